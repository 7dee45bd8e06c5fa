"""The Makefile's commands for editors, run as a newcomer would (a real make, a scratch database)."""

import os
import sqlite3
import subprocess

from django.conf import settings


def run_make(target, tmp_path, **env):
    database = tmp_path / "db.sqlite3"
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("DJANGO_SUPERUSER")
    }
    environment.update(DATABASE_URL=f"sqlite:///{database}", DJANGO_DEBUG="1", **env)
    done = subprocess.run(
        ["make", "--no-print-directory", target],
        cwd=settings.BASE_DIR,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done, database


def test_superuser_without_a_terminal_says_what_to_set(tmp_path):
    done, _database = run_make("superuser", tmp_path)
    assert done.returncode != 0
    assert "DJANGO_SUPERUSER_PASSWORD" in done.stderr


def test_superuser_from_the_environment(tmp_path):
    done, database = run_make(
        "superuser",
        tmp_path,
        DJANGO_SUPERUSER_USERNAME="redaktor",
        DJANGO_SUPERUSER_EMAIL="redaktor@example.org",
        DJANGO_SUPERUSER_PASSWORD="ett-langt-losenord-for-test",
    )
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT username, is_superuser FROM auth_user").fetchall()
    assert rows == [("redaktor", 1)]
