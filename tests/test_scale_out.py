"""
Two instances of the portal behind one database and one Redis, as a load
balancer would run them: an edit made through one is read through the other
at once (the page cache they share is emptied on the edit), and an editor's
login made on one holds on the other (sessions live in the database).

Each instance is a gunicorn of its own, run as production is (debug off),
on the database the suite runs on: a SQLite file, or a PostgreSQL database
made for this test and dropped after it.
"""

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from contextlib import ExitStack, contextmanager
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from pathlib import Path

from django.conf import settings
from django.db import connection

from tests.page_kinds import _free_port, require

ROOT = Path(settings.BASE_DIR)
# Redis databases of this test's own (the pages cache is the next one).
REDIS_URL = "redis://127.0.0.1:6379/12"
MEETING = "forum-tillit-en-larande-tillsyn"
PASSWORD = "not-a-secret-only-for-this-test"


def redis_is_there():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except Exception:  # any failure means it cannot be used
        return False


def manage(env, *command):
    done = subprocess.run(
        [sys.executable, "manage.py", *command], cwd=ROOT, env=env,
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"manage.py {command[0]}:\n{done.stdout}{done.stderr}"


@contextmanager
def shared_database(folder):
    """A database URL both instances use: the suite's kind of database, made for this test."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{folder / 'db.sqlite3'}"
        return
    parameters = connection.settings_dict
    user = parameters["USER"] + (f":{parameters['PASSWORD']}" if parameters["PASSWORD"] else "")
    host = f"{parameters['HOST'] or '127.0.0.1'}:{parameters['PORT'] or 5432}"
    server = f"postgres://{user}@{host}"
    name = f"tillit_scale_out_{uuid.uuid4().hex[:8]}"
    subprocess.run(["createdb", "--maintenance-db", f"{server}/postgres", name], check=True)
    try:
        yield f"{server}/{name}"
    finally:
        subprocess.run(
            ["dropdb", "--force", "--maintenance-db", f"{server}/postgres", name], check=False
        )


@contextmanager
def instance(env, log):
    """One gunicorn of the portal, for as long as the block lasts; yields its base URL."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "tillit.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--timeout", "60"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/health/", timeout=5).read()
                break
            except OSError:
                assert server.poll() is None, "gunicorn stopped; see its log"
                assert time.monotonic() < deadline, "gunicorn did not answer in 60 s"
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


class FormReader(HTMLParser):
    """The fields of a page's forms as a browser would submit them, unchanged."""

    def __init__(self):
        super().__init__()
        self.fields, self._select, self._textarea = [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            default = "on" if attrs.get("type") == "checkbox" else ""
            self.fields.append((name, attrs.get("value", default)))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append((self._select, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            # A browser drops the one newline that may follow <textarea>.
            name, value = self._textarea
            self.fields.append((name, value[1:] if value.startswith("\n") else value))
            self._textarea = None


class Browser:
    """A visitor with cookies, who can be sent to either instance."""

    def __init__(self):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def get(self, url):
        with self.opener.open(url, timeout=30) as response:
            self.cache = response.headers.get("X-Page-Cache")
            return response.geturl(), response.read().decode()

    def post(self, url, fields):
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(urllib.request.Request(url, data=data), timeout=30) as response:
            return response.geturl(), response.read().decode()

    def submit(self, url, changes):
        """GET a form, change some fields, POST it back as a browser would."""
        _url, page = self.get(url)
        reader = FormReader()
        reader.feed(page)
        fields = [(name, value) for name, value in reader.fields if name not in changes]
        return self.post(url, [*fields, *changes.items()])


def test_two_instances_share_edits_cache_and_logins(tmp_path):
    require(redis_is_there(), f"Redis does not answer at {REDIS_URL}")
    import redis

    from tillit.redis_databases import redis_database

    for url in (REDIS_URL, redis_database(REDIS_URL, 1)):
        redis.Redis.from_url(url).flushdb()
    with ExitStack() as stack:
        database_url = stack.enter_context(shared_database(tmp_path))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.server_settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "one-secret-for-both-instances",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            # Plain HTTP on localhost: a Secure cookie would never be sent back.
            "DJANGO_HTTPS": "0",
            "DATABASE_URL": database_url,
            "REDIS_URL": REDIS_URL,
            "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
            "PYTHONUNBUFFERED": "1",
        }
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_corpus", "-v", "0")
        manage(env, "createsuperuser", "--noinput", "--username", "redaktor",
               "--email", "redaktor@example.org")  # fmt: skip
        log = stack.enter_context(open(tmp_path / "gunicorn.log", "w"))
        first = stack.enter_context(instance(env, log))
        second = stack.enter_context(instance(env, log))

        visitor = Browser()
        page = f"/forum/{MEETING}/"
        _url, before = visitor.get(first + page)
        assert visitor.cache == "miss"
        _url, again = visitor.get(second + page)
        # The second instance serves the copy the first one cached.
        assert (visitor.cache, again) == ("hit", before)

        # An editor logs in on the first instance...
        editor = Browser()
        login = f"{first}/admin/login/?next=/admin/"
        landed, _page = editor.submit(login, {"username": "redaktor", "password": PASSWORD})
        assert landed == f"{first}/admin/", "the login was refused"
        # ...and is still logged in on the second, where the edit is made.
        _url, admin_index = editor.get(f"{second}/admin/")
        assert "Logga ut" in admin_index or "Log out" in admin_index
        _url, changelist = editor.get(f"{second}/admin/forum/meeting/?q=l%C3%A4rande+tillsyn")
        meeting_id = re.search(r'href="/admin/forum/meeting/(\d+)/change/', changelist)[1]
        word = f"Ändrat-{uuid.uuid4().hex[:6]}"
        edit_url = f"{second}/admin/forum/meeting/{meeting_id}/change/"
        _url, form_page = editor.get(edit_url)
        reader = FormReader()
        reader.feed(form_page)
        summary = dict(reader.fields)["summary"]
        landed, answer = editor.submit(edit_url, {"summary": f"{summary} {word}"})
        assert landed.endswith("/admin/forum/meeting/"), answer[:2000]

        # The first instance, which had the page cached, shows the edit at once.
        _url, after = visitor.get(first + page)
        assert word in after
        assert word not in before
        assert visitor.cache == "miss"
