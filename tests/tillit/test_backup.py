"""
Backup and restore (manage.py backup_database, restore_database): a backup
read back into an empty database gives every row of every table back.

The round trip runs the commands as an operator would, in processes of
their own, against a real database of the configured engine made for the
test (a fresh PostgreSQL database, or a SQLite file): pg_dump cannot see
the test database's rows inside the test's transaction.
"""

import io
import json
import os
import secrets
import sqlite3
import stat
import subprocess
import sys
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from tillit import backup

pytestmark = pytest.mark.django_db

# Every row of every table, models' own and many-to-many ones, ordered by key.
DUMP_ROWS = """
import json
from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
rows = {
    model._meta.db_table: list(model._base_manager.order_by("pk").values_list())
    for model in apps.get_models(include_auto_created=True)
}
print(json.dumps(rows, cls=DjangoJSONEncoder))
"""

# Rows in auth too: a group of the editors' kind, a user in it, and one of the
# group's permissions (the migrations' own groups are there as well).
ADD_ACCOUNTS = """
from django.contrib.auth.models import Group, Permission, User
group = Group.objects.create(name="Korrekturläsare")
group.permissions.add(Permission.objects.get(codename="change_source"))
user = User.objects.create(username="redaktor", email="r@example.se", is_staff=True)
user.set_unusable_password()
user.save()
user.groups.add(group)
"""


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


class ScratchDatabase:
    """A database of the configured engine that is not the test database."""

    def __init__(self, tmp_path):
        params = connection.settings_dict
        self.vendor = connection.vendor
        if self.vendor == "postgresql":
            self.params = params
            self.name = f"tillit_backup_{secrets.token_hex(4)}"
            user = quote(params["USER"] or "", safe="")
            password = f":{quote(params['PASSWORD'], safe='')}" if params["PASSWORD"] else ""
            host = params["HOST"] or "localhost"
            self.url = f"postgres://{user}{password}@{host}:{params['PORT'] or 5432}/{self.name}"
        else:
            self.path = tmp_path / "scratch.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def _admin(self, statement):
        import psycopg

        with psycopg.connect(
            dbname="postgres",
            host=self.params["HOST"] or None,
            port=self.params["PORT"] or None,
            user=self.params["USER"] or None,
            password=self.params["PASSWORD"] or None,
            autocommit=True,
        ) as admin:
            admin.execute(statement)

    def create(self):
        if self.vendor == "postgresql":
            self._admin(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        if self.vendor == "postgresql":
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        else:
            self.path.unlink(missing_ok=True)

    def manage(self, *args, check=True):
        environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        environment.update(
            DATABASE_URL=self.url,
            DJANGO_DEBUG="0",
            DJANGO_SECRET_KEY="test-only",
            DJANGO_LOG_FORMAT="text",
        )
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    def rows(self):
        return json.loads(self.manage("shell", "--verbosity=0", "-c", DUMP_ROWS).stdout)


@pytest.fixture
def scratch(tmp_path):
    database = ScratchDatabase(tmp_path)
    database.create()
    try:
        yield database
    finally:
        database.drop()


def test_backup_then_wipe_then_restore_gives_every_row_back(scratch, tmp_path):
    scratch.manage("migrate", "--noinput")
    scratch.manage("load_corpus")
    scratch.manage("shell", "--verbosity=0", "-c", ADD_ACCOUNTS)
    before = scratch.rows()
    # The comparison compares something: the corpus, its index and the accounts.
    assert len(before["tillit_source"]) == 5
    assert len(before["auth_user_groups"]) == 1
    # The editors' and viewers' groups (a migration), and the one added here.
    assert len(before["auth_group"]) == 3
    assert len(before["auth_group_permissions"]) > 1
    assert sum(len(rows) for rows in before.values()) > 500

    written = scratch.manage("backup_database", "--output-dir", str(tmp_path / "kopior")).stdout
    [dump] = (tmp_path / "kopior").iterdir()
    assert str(dump) in written
    assert dump.name.startswith("tillit-")
    assert backup.file_kind(dump) == connection.vendor

    scratch.drop()
    scratch.create()
    scratch.manage("restore_database", "--file", str(dump))

    assert scratch.rows() == before
    # The schema's history came with it, and new rows get keys of their own.
    scratch.manage("migrate", "--check")
    created = scratch.manage(
        "shell",
        "--verbosity=0",
        "-c",
        "from django.contrib.auth.models import Group; print(Group.objects.create(name='Ny').pk)",
    )
    assert int(created.stdout) > max(row[0] for row in before["auth_group"])
    # A second restore would mix two databases: refused.
    again = scratch.manage("restore_database", "--file", str(dump), check=False)
    assert again.returncode != 0
    assert "inte tom" in again.stderr


def test_a_backup_is_one_file_that_only_its_owner_may_read(tmp_path):
    output = run("backup_database", "--output-dir", str(tmp_path / "kopior"))
    [dump] = (tmp_path / "kopior").iterdir()
    assert f"Säkerhetskopian är skriven: {dump}" in output
    assert dump.suffix == backup.SUFFIXES[connection.vendor]
    assert backup.file_kind(dump) == connection.vendor
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "kopior").stat().st_mode) == 0o700


def test_the_backup_directory_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TILLIT_BACKUP_DIR", str(tmp_path / "frånmiljön"))
    output = run("backup_database", "--dry-run")
    assert f"till {tmp_path / 'frånmiljön'}/tillit-" in output
    assert not (tmp_path / "frånmiljön").exists()


def test_backup_dry_run_writes_nothing(tmp_path):
    output = run("backup_database", "--dry-run", "--output-dir", str(tmp_path))
    assert output.startswith("Skulle säkerhetskopiera")
    assert str(tmp_path) in output
    assert list(tmp_path.iterdir()) == []


def test_restore_refuses_a_database_that_has_tables(tmp_path):
    run("backup_database", "--output-dir", str(tmp_path))
    [dump] = tmp_path.iterdir()
    with pytest.raises(CommandError, match="är inte tom"):
        run("restore_database", "--file", str(dump))
    with pytest.raises(CommandError, match="är inte tom"):
        run("restore_database", "--file", str(dump), "--dry-run")


def test_restore_refuses_a_backup_of_the_other_engine(tmp_path):
    other = tmp_path / "annan"
    if connection.vendor == "postgresql":
        sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
        expected = "är en SQLite-databas, men databasen är PostgreSQL"
    else:
        other.write_bytes(b"PGDMP\x01\x0e\x00" + bytes(100))
        expected = "är en PostgreSQL-dump \\(pg_dump\\), men databasen är SQLite"
    with pytest.raises(CommandError, match=expected):
        run("restore_database", "--file", str(other))


def test_restore_refuses_a_file_that_is_no_backup(tmp_path):
    text = tmp_path / "anteckningar.txt"
    text.write_text("inte en databas")
    with pytest.raises(CommandError, match="ingen säkerhetskopia"):
        run("restore_database", "--file", str(text))
    with pytest.raises(CommandError, match="finns inte"):
        run("restore_database", "--file", str(tmp_path / "saknas.dump"))


def test_restore_needs_a_file():
    with pytest.raises(CommandError, match="--file"):
        run("restore_database")


def test_a_missing_pg_dump_is_named(monkeypatch):
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    monkeypatch.setattr(backup, "server_major", lambda: 15)
    with pytest.raises(CommandError, match=r"pg_dump finns inte\..*postgresql-client-15"):
        backup.pg_tool("pg_dump")


@pytest.mark.skipif(backup.shutil.which("pg_dump") is None, reason="pg_dump is not installed here")
def test_a_pg_dump_older_than_the_server_is_refused(monkeypatch):
    monkeypatch.setattr(backup, "server_major", lambda: 99)
    with pytest.raises(CommandError, match="måste vara minst lika ny som servern"):
        backup.pg_tool("pg_dump")


def test_the_database_password_is_passed_in_the_environment():
    params = {**connection.settings_dict, "NAME": "tillit", "HOST": "db.example.se"}
    params.update(PORT="5433", USER="tillit", PASSWORD="hemligt", OPTIONS={"sslmode": "require"})
    environment = backup.pg_environment(params)
    assert environment["PGPASSWORD"] == "hemligt"
    assert environment["PGHOST"] == "db.example.se"
    assert environment["PGPORT"] == "5433"
    assert environment["PGDATABASE"] == "tillit"
    assert environment["PGSSLMODE"] == "require"
