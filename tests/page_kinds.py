"""Every kind of public page, for the accessibility and HTML validity tests, and their tools.

Both tests visit the same pages in Swedish (unprefixed) and in English (/en/),
with real slugs from the corpus. The tools they need (Chromium, Java, the npm
packages in node_modules) may be missing on a developer's machine: the tests
then skip and say why. In CI (CI=true) a missing tool is a failure.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings

NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Debian's Chromium, driven by Playwright; no browser is ever downloaded. The
# flags keep it off the network, which these machines do not have.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# (name, Swedish path, expected status)
PAGE_KINDS = [
    ("home", "/", 200),
    ("about", "/om/", 200),
    ("meeting-list", "/forum/", 200),
    ("meeting", "/forum/forum-tillit-en-larande-tillsyn/", 200),
    ("person-list", "/personer/", 200),
    ("person", "/personer/laura-hartman/", 200),
    ("organisation-list", "/organisationer/", 200),
    ("organisation", "/organisationer/stockholms-stad/", 200),
    ("report-list", "/betankanden/", 200),
    ("report", "/betankanden/sou-2018-47/", 200),
    ("proposal-list", "/betankanden/forslag/?report=sou-2018-47", 200),
    ("proposal", "/betankanden/sou-2018-47/forslag/nationellt-policylabb/", 200),
    ("remiss-list", "/remisser/", 200),
    ("remiss", "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/", 200),
    ("remiss-matrix", "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/", 200),
    (
        "remiss-matrix-transposed",
        "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/?transpose=on",
        200,
    ),
    ("statement-list", "/remissvar/", 200),
    ("statement", "/remissvar/utbildningsnamnden/", 200),
    ("statement-compare-empty", "/remissvar/jamfor/", 200),
    (
        "statement-compare",
        "/remissvar/jamfor/?a=hasselby-vallingby-stadsdelsnamnd&b=norrmalms-stadsdelsnamnd",
        200,
    ),
    ("position-list", "/remissvar/positioner/", 200),
    ("position-list-filtered", "/remissvar/positioner/?stance=hesitant", 200),
    # An invalid filter answers 400 with the form's error shown.
    ("meeting-list-invalid-filter", "/forum/?year=abc", 400),
    ("source-list", "/kallor/", 200),
    ("source-official", "/kallor/forum-tillit/", 200),
    ("source-news", "/kallor/altinget-det-ska-bli-mer-tillit-i-staten/", 200),
    ("timeline", "/tidslinje/", 200),
    ("search-empty", "/sok/", 200),
    ("search", "/sok/?q=statsbidragen", 200),
    ("search-nothing", "/sok/?q=qwzxq", 200),
    ("accessibility", "/tillganglighet/", 200),
    ("data", "/data/", 200),
    ("not-found", "/forum/finns-inte/", 404),
]

LANGUAGES = ["sv", "en"]

# An admin account in the server's database, for the browser tests that open
# the admin (tests/test_security_headers.py). Test-only, like the database.
EDITOR = ("granskare", "test-only-editor-password")


def pages(language):
    """(name, path, expected status) of every page kind in one language."""
    prefix = "" if language == "sv" else f"/{language}"
    return [(name, prefix + path, status) for name, path, status in PAGE_KINDS]


def in_ci():
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def require(condition, reason):
    """Skip the test when a tool is missing, saying why; in CI, fail instead."""
    if condition:
        return
    if in_ci():
        pytest.fail(
            f"{reason}. CI=true: .ci/run must install it, so this is a failure.", pytrace=False
        )
    pytest.skip(reason)


class ServerError(RuntimeError):
    """The server with the corpus could not be set up or did not start."""


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve_corpus(folder):
    """
    The base URL of a server with the corpus in a SQLite database of its own
    in ``folder``, run as production is (debug off), for as long as the block
    lasts. A separate process: the test database is rolled back per test.
    """
    folder = Path(folder)
    log_path = folder / "server.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.server_settings",
        "DJANGO_DEBUG": "0",
        # Plain HTTP on localhost: no redirect to HTTPS, no Secure cookies.
        "DJANGO_HTTPS": "0",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or "test-only-not-secret",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "PYTHONUNBUFFERED": "1",
        "DJANGO_SUPERUSER_USERNAME": EDITOR[0],
        "DJANGO_SUPERUSER_PASSWORD": EDITOR[1],
        "DJANGO_SUPERUSER_EMAIL": "granskare@example.org",
    }
    manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
    for command in (["migrate", "--noinput"], ["load_corpus"], ["createsuperuser", "--noinput"]):
        done = subprocess.run(
            [*manage, *command, "-v", "0"],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise ServerError(f"manage.py {command[0]} failed:\n{done.stdout}{done.stderr}")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env["TILLIT_SITE_URL"] = base
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health/", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise ServerError(f"the server did not start:\n{log_path.read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
