"""
make bench: every page kind under load, beside a minimal Django view, in one run.

For each database (PostgreSQL at 100,000 generated statements, SQLite at
10,000): migrate, load the corpus, generate the data unless it is there,
collect the static files, start the portal as production runs it (gunicorn,
2 sync workers, debug off, whitenoise) and the minimal view of
bench/minimal.py under the same gunicorn settings, then drive every page
kind of bench/pages.py, the minimal view and a static file with wrk
(16 connections, 10 s each). SQL queries and bytes per request come from
bench/measure.py. Results go to bench/results.json and bench/results.md; on
PostgreSQL, bench/explain.py writes the query plan of every list's filters
and sorts to bench/explain.md, bench/search.py the time of 64 searches to
bench/search.md, and bench/exports.py the memory of the exports to
bench/exports.md.

Compare ratios within one run: these machines are shared and noisy.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORKERS = 2
# Redis databases of the benchmark's own (the pages cache is the next one).
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
CONFIGS = {
    "postgresql": {
        "statements": 100_000,
        "database_url": os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tillit_bench"
        ),
        # As production runs: the page cache on Redis; and without, to show the pages' own cost.
        "modes": ["cached", "uncached"],
    },
    "sqlite": {
        "statements": 10_000,
        "database_url": f"sqlite:///{BENCH / 'bench.sqlite3'}",
        # The embedded default: no Redis.
        "modes": ["uncached"],
    },
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env, **kwargs):
    print("$", " ".join(str(part) for part in command), flush=True)
    return subprocess.run(command, env=env, cwd=ROOT, check=True, **kwargs)


def create_database(url):
    """PostgreSQL: create the benchmark's database if it is not there."""
    if not url.startswith("postgres"):
        return
    name = url.rsplit("/", 1)[1]
    server = url.rsplit("/", 1)[0]
    exists = subprocess.run(
        ["psql", f"{server}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not exists:
        subprocess.run(["createdb", "--maintenance-db", f"{server}/postgres", name], check=True)


def start(app, port, env, log):
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}",
         "--workers", str(WORKERS), "--worker-class", "sync", "--timeout", "60"],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read()
            return process
        except OSError as error:
            if getattr(error, "code", None):  # an HTTP answer, even 404: it is up
                return process
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError(f"{app} did not start on port {port}")


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def worker_rss_mb(master):
    """The largest resident memory of the master's workers, in MB."""
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return round(max(sizes), 1) if sizes else None


def load(url, duration, connections):
    """One wrk run: the JSON line bench/wrk_report.lua prints."""
    out = subprocess.run(
        ["wrk", "--threads", "2", "--connections", str(connections), "--duration", f"{duration}s",
         "--timeout", "30s", "--script", str(BENCH / "wrk_report.lua"), url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def bench_database(name, config, args):
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        # wrk and the test client speak plain HTTP to 127.0.0.1.
        "DJANGO_HTTPS": "0",
        "DJANGO_SECRET_KEY": "bench-only-not-secret",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": config["database_url"],
        "PYTHONPATH": str(ROOT),
    }
    statements = args.statements or config["statements"]
    create_database(config["database_url"])
    manage = [sys.executable, "manage.py"]
    run([*manage, "migrate", "--noinput", "-v", "0"], env)
    run([*manage, "load_corpus"], env)
    started = time.monotonic()
    run([*manage, "generate_corpus", "--statements", str(statements), "--reuse"], env)
    generation_seconds = round(time.monotonic() - started, 1)
    run([*manage, "collectstatic", "--noinput", "-v", "0"], env)
    measured = [
        json.loads(line)
        for line in run([sys.executable, "-m", "bench.measure"], env, capture_output=True, text=True)
        .stdout.splitlines()
    ]  # fmt: skip
    if args.pages:
        measured = [page for page in measured if page["kind"] in args.pages]
    if name == "postgresql":
        # The plan of every list's filters and sorts: bench/explain.md.
        run([sys.executable, "-m", "bench.explain"], env)
        # The search page's queries: bench/search.md.
        run([sys.executable, "-m", "bench.search"], env)
        # Memory of the lists' CSV and Excel exports: bench/exports.md.
        run([sys.executable, "-m", "bench.exports"], env)
    log = open(BENCH / f"gunicorn-{name}.log", "w")  # noqa: SIM115 (open for the run)
    minimal_port = free_port()
    minimal = start("bench.minimal:application", minimal_port, env, log)
    modes = {}
    try:
        baseline = load(f"http://127.0.0.1:{minimal_port}/", args.duration, args.connections)
        baseline.update(kind="minimal-view", url="/", queries=0, rss_mb=worker_rss_mb(minimal))
        for mode in config["modes"]:
            modes[mode] = bench_portal(mode, env, measured, baseline, args, log)
    finally:
        stop(minimal)
        log.close()
    return {
        "database": name,
        "statements": statements,
        "generation_seconds": generation_seconds,
        "workers": WORKERS,
        "connections": args.connections,
        "duration_seconds": args.duration,
        "modes": modes,
    }


def bench_portal(mode, env, measured, baseline, args, log):
    """Every page kind against one portal server, with the page cache on Redis or without."""
    if mode == "cached":
        env = {**env, "REDIS_URL": REDIS_URL}
        empty_redis_pages()
    port = free_port()
    portal = start("tillit.wsgi", port, env, log)
    results = [baseline]
    try:
        for page in measured:
            url = f"http://127.0.0.1:{port}{page['url']}"
            urllib.request.urlopen(url, timeout=60).read()  # warm: fills the cache, if any
            result = load(url, args.duration, args.connections)
            result.update(page, html_bytes=page["bytes"], rss_mb=worker_rss_mb(portal))
            result["share"] = round(result["rps"] / baseline["rps"], 4) if baseline["rps"] else 0
            results.append(result)
            print(
                f"{mode:8} {page['kind']:28} {result['rps']:8.1f} req/s  p95 {result['p95']:8.1f} ms",
                flush=True,
            )
    finally:
        stop(portal)
    return results


def empty_redis_pages():
    """Start the cached run with an empty page cache (the Redis database after REDIS_URL's)."""
    import redis

    from tillit.redis_databases import redis_database

    redis.Redis.from_url(redis_database(REDIS_URL, 1)).flushdb()


def write(report):
    (BENCH / "results.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` ({Path(__file__).relative_to(ROOT)}) on {report['date']}, "
        f"{report['machine']}. wrk, {report['runs'][0]['connections']} connections, "
        f"{report['runs'][0]['duration_seconds']} s a page; gunicorn, {WORKERS} sync workers, "
        "debug off. *Share* is requests/s as a share of the minimal Django view in the same run.",
        "",
    ]
    for run_ in report["runs"]:
        for mode, pages in run_["modes"].items():
            how = (
                "Pages from the Redis page cache (REDIS_URL set), as production runs."
                if mode == "cached"
                else "No page cache: every request renders its page."
            )
            lines += [
                f"## {run_['database']}, {run_['statements']:,} generated statements, {mode}",
                "",
                f"Generating the data took {run_['generation_seconds']} s (or, where it was "
                f"there already, finding that out). {how}",
                "",
                "| page | requests/s | share | p50 ms | p95 ms | p99 ms | errors | HTML bytes "
                "| SQL queries | worker MB |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            ]
            for page in pages:
                lines.append(
                    f"| {page['kind']} | {page['rps']:.1f} | {100 * page.get('share', 1):.1f} % | "
                    f"{page['p50']:.1f} | {page['p95']:.1f} | {page['p99']:.1f} | "
                    f"{page['errors']} | {page.get('html_bytes', '')} | {page['queries']} | "
                    f"{page['rss_mb']} |"
                )
            lines.append("")
    (BENCH / "results.md").write_text("\n".join(lines))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--databases", nargs="*", default=list(CONFIGS), choices=list(CONFIGS))
    parser.add_argument("--statements", type=int, default=0, help="instead of the defaults")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--pages", nargs="*", default=[], help="only these page kinds")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk).")
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}",
        "runs": [bench_database(name, CONFIGS[name], args) for name in args.databases],
    }
    write(report)
    print(f"Wrote {BENCH / 'results.md'} and results.json.")


if __name__ == "__main__":
    main()
