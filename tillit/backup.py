"""
Backups of the whole database, and their restoring (manage.py backup_database
and restore_database, ``make backup`` and ``make restore``).

A backup is one file, taken as one consistent snapshot while the site runs:
on PostgreSQL ``pg_dump --format=custom`` (one transaction, one snapshot), on
SQLite the library's own backup API (it copies under a read lock and starts
again if a writer interferes). A restore goes into an empty database only
(:func:`is_empty`): the backup brings the schema, migrations included, with it,
and a restore that mixed two databases' rows would be worse than none.
"""

import os
import re
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection

POSTGRESQL, SQLITE = "postgresql", "sqlite"
SUFFIXES = {POSTGRESQL: ".dump", SQLITE: ".sqlite3"}
# What each kind of file starts with: pg_dump's custom format, and SQLite's header.
MAGIC = {POSTGRESQL: b"PGDMP", SQLITE: b"SQLite format 3\x00"}
KIND_NAMES = {POSTGRESQL: "en PostgreSQL-dump (pg_dump)", SQLITE: "en SQLite-databas"}
# libpq reads these from the environment, so the password never shows in a
# process list, as it would on pg_dump's command line.
ENVIRONMENT = {"HOST": "PGHOST", "PORT": "PGPORT", "USER": "PGUSER", "PASSWORD": "PGPASSWORD"}
OPTION_ENVIRONMENT = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


def engine():
    """The configured database's kind: POSTGRESQL or SQLITE; any other is refused."""
    if connection.vendor not in SUFFIXES:
        raise CommandError(f"Databasen är {connection.vendor}; bara PostgreSQL och SQLite stöds.")
    return connection.vendor


def backup_directory(output_dir=None):
    """--output-dir, else TILLIT_BACKUP_DIR, else backups/ in the checkout."""
    chosen = (
        output_dir or os.environ.get("TILLIT_BACKUP_DIR") or Path(settings.BASE_DIR) / "backups"
    )
    return Path(chosen)


def backup_path(directory, kind, now=None):
    """<directory>/tillit-<UTC timestamp><suffix>: sorted by name is sorted by time."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return Path(directory) / f"tillit-{stamp}{SUFFIXES[kind]}"


def database_label():
    """The database as an operator would name it, without its password."""
    params = connection.settings_dict
    if connection.vendor == SQLITE:
        return f"SQLite {params['NAME']}"
    return (
        f"PostgreSQL {params['NAME']} på {params['HOST'] or 'localhost'}:{params['PORT'] or 5432}"
    )


def file_kind(path):
    """POSTGRESQL or SQLITE by the file's first bytes, or None for anything else."""
    with open(path, "rb") as file:
        head = file.read(max(len(magic) for magic in MAGIC.values()))
    for kind, magic in MAGIC.items():
        if head.startswith(magic):
            return kind
    return None


def is_empty():
    """
    Empty means no tables at all (not even django_migrations): a database
    just made with createdb, or a SQLite file that does not exist yet. A
    migrated database without rows is not empty: the backup's schema would
    collide with its tables.
    """
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


# PostgreSQL


def pg_environment(params=None):
    params = params or connection.settings_dict
    environment = dict(os.environ)
    for key, variable in ENVIRONMENT.items():
        if params.get(key):
            environment[variable] = str(params[key])
    for option, variable in OPTION_ENVIRONMENT.items():
        if params.get("OPTIONS", {}).get(option) is not None:
            environment[variable] = str(params["OPTIONS"][option])
    environment["PGDATABASE"] = params["NAME"]
    return environment


def pg_tool(name):
    """The path of pg_dump or pg_restore, checked to be no older than the server."""
    path = shutil.which(name)
    if path is None:
        raise CommandError(
            f"{name} finns inte. Installera PostgreSQL:s klientprogram (Debian: "
            f"apt-get install postgresql-client-{server_major()}) eller kör från en "
            f"maskin som har dem."
        )
    output = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"\(PostgreSQL\) (\d+)", output)
    if match is None:
        raise CommandError(f"Kunde inte läsa versionen av {path}: {output.strip()!r}")
    if int(match.group(1)) < server_major():
        raise CommandError(
            f"{path} är version {match.group(1)} men servern är version {server_major()}: "
            f"{name} måste vara minst lika ny som servern. Installera "
            f"postgresql-client-{server_major()}."
        )
    return path


def server_major():
    connection.ensure_connection()
    return connection.pg_version // 10000


def run_pg(arguments):
    """Run pg_dump or pg_restore; its own error message, if any, becomes the command's."""
    result = subprocess.run(
        arguments, env=pg_environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise CommandError(f"{Path(arguments[0]).name} misslyckades: {result.stderr.strip()}")


def pg_dump(target):
    run_pg([pg_tool("pg_dump"), "--format=custom", f"--file={target}"])


def pg_restore(source):
    # Owners and grants belong to the old server's roles, which the new one
    # may not have; the restoring user owns everything. One transaction:
    # a failed restore leaves the database as empty as it was.
    run_pg(
        [
            pg_tool("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(source),
        ]
    )


# SQLite


def sqlite_backup(target):
    connection.ensure_connection()
    with sqlite3.connect(target) as copy:
        connection.connection.backup(copy)
    copy.close()


def sqlite_restore(source):
    connection.ensure_connection()
    with sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True) as backup:
        if backup.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise CommandError(f"{source} är en skadad SQLite-databas.")
        backup.backup(connection.connection)
    backup.close()
