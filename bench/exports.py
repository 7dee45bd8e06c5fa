"""
The exports benchmark: memory and time of a list's CSV and Excel download
at 100,000 rows and more (the statement list, and positions), on the
benchmark's database. Each download runs in a process of its own, reads the
response as a client would (chunk by chunk, keeping nothing), and reports
its peak resident memory; the goal is under 200 MB, flat as rows grow.

Writes bench/exports.md and bench/exports.json. Run by bench/run.py on
PostgreSQL, or alone on a prepared database: ``DATABASE_URL=… python -m
bench.exports``.
"""

import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
GOAL_MB = 200
EXPORTS = [
    ("statements, all", "/remissvar/"),
    ("positions, one stance", "/remissvar/positioner/?stance=hesitant"),
]
FORMATS = ["csv", "xlsx"]


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(url):
    """In a process of its own: download ``url`` and print what it cost, as JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    # Django's test client speaks plain HTTP: no redirect to HTTPS.
    os.environ.setdefault("DJANGO_HTTPS", "0")
    import django

    django.setup()
    from django.test import Client

    client = Client()
    client.get("/")  # imports and caches, before the measurement
    before = peak_mb()
    started = time.perf_counter()
    response = client.get(url)
    size = lines = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        lines += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    json.dump(
        {"status": response.status_code, "bytes": size, "csv_lines": lines,
         "seconds": round(seconds, 1), "peak_mb": round(peak_mb(), 1),
         "before_mb": round(before, 1)},
        sys.stdout,
    )  # fmt: skip


def main():
    rows = []
    for label, url in EXPORTS:
        for format_ in FORMATS:
            separator = "&" if "?" in url else "?"
            full = f"{url}{separator}format={format_}"
            out = subprocess.run(
                [sys.executable, "-m", "bench.exports", "--one", full],
                capture_output=True, text=True, check=True, cwd=BENCH.parent,
            ).stdout  # fmt: skip
            row = {"label": label, "url": full, "format": format_, **json.loads(out)}
            rows.append(row)
            print(f"{label:24} {format_:4} {row['peak_mb']:7.1f} MB {row['seconds']:6.1f} s")
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()}, {os.cpu_count()} cores",
        "goal_mb": GOAL_MB,
        "rows": rows,
    }
    (BENCH / "exports.json").write_text(json.dumps(report, indent=1) + "\n")
    lines = [
        "# Exports benchmark",
        "",
        f"Run of {report['date']} on {report['machine']}. Each download in a process of its "
        "own, read chunk by chunk; peak resident memory of that process (Django and the "
        f"database driver included). The goal: under {GOAL_MB} MB. Written by `bench/exports.py`.",
        "",
        "| Export | Format | Rows | MB sent | Seconds | Peak MB | MB before |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        count = f"{row['csv_lines'] - 1:,}" if row["format"] == "csv" else "(as CSV)"
        lines.append(
            f"| `{row['url']}` | {row['format']} | {count} | {row['bytes'] / 1e6:.1f} | "
            f"{row['seconds']} | {row['peak_mb']} | {row['before_mb']} |"
        )
    (BENCH / "exports.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one(sys.argv[2])
    else:
        main()
