"""The Makefile's commands for editors, run as a newcomer would (a real make, a scratch database)."""

import os
import re
import sqlite3
import subprocess

import pytest
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


@pytest.mark.browser
def test_screenshots_of_a_page_kind_in_both_languages_and_widths(tmp_path):
    from tests.screenshots import main

    main(["--out", str(tmp_path), "--only", "remiss-list"])
    taken = sorted(path.name for path in tmp_path.glob("*.png"))
    assert taken == [
        "en-1280-remiss-list.png",
        "en-360-remiss-list.png",
        "sv-1280-remiss-list.png",
        "sv-360-remiss-list.png",
    ]
    assert all((tmp_path / name).stat().st_size > 10_000 for name in taken)


def test_restore_without_a_file_says_how_to_name_one(tmp_path):
    done, _database = run_make("restore", tmp_path)
    assert done.returncode != 0
    assert "make restore FILE=backups/tillit-" in done.stderr


def test_backup_writes_a_timestamped_copy_into_the_backup_directory(tmp_path):
    directory = tmp_path / "kopior"
    done, _database = run_make("backup", tmp_path, TILLIT_BACKUP_DIR=str(directory))
    assert done.returncode == 0, done.stderr
    [copy] = directory.iterdir()
    assert re.fullmatch(r"tillit-\d{8}T\d{6}Z\.sqlite3", copy.name)
    assert str(copy) in done.stdout
