"""
manage.py restore_database --file F: a backup from backup_database back into an empty database.

Only into an empty database, one without any tables (tillit.backup.is_empty):
the backup brings its schema and migrations with it. On PostgreSQL make one
with ``createdb``; on SQLite remove (or move away) the file. PostgreSQL:
``pg_restore --no-owner --no-privileges --exit-on-error --single-transaction``,
so a failed restore leaves the database empty; SQLite: the backup API. The
file must be of the configured database's kind. Afterwards the page cache is
emptied, as after an edit: it holds pages of the database before.
"""

from pathlib import Path

from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from tillit import backup
from tillit.cache import PAGES


class Command(BaseCommand):
    help = "Läser tillbaka en säkerhetskopia från backup_database till en tom databas."

    def add_arguments(self, parser):
        parser.add_argument("--file", required=True, help="Säkerhetskopian (.dump eller .sqlite3).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Säg vad som skulle hända, men ändra ingenting."
        )

    def handle(self, *args, file, dry_run, **options):
        kind = backup.engine()
        source = Path(file)
        if not source.is_file():
            raise CommandError(f"Filen finns inte: {source}")
        found = backup.file_kind(source)
        if found is None:
            raise CommandError(
                f"{source} är ingen säkerhetskopia från backup_database: "
                f"varken en PostgreSQL-dump eller en SQLite-databas."
            )
        if found != kind:
            raise CommandError(
                f"{source} är {backup.KIND_NAMES[found]}, men databasen är "
                f"{backup.database_label()}: en kopia läses bara tillbaka till samma slags databas."
            )
        if not backup.is_empty():
            raise CommandError(
                f"{backup.database_label()} är inte tom: den har redan tabeller. Läs bara "
                f"tillbaka till en tom databas (PostgreSQL: dropdb och createdb; SQLite: "
                f"flytta undan filen)."
            )
        if dry_run:
            self.stdout.write(f"Skulle läsa tillbaka {source} till {backup.database_label()}.")
            return
        if kind == backup.POSTGRESQL:
            backup.pg_restore(source)
        else:
            backup.sqlite_restore(source)
        # The next query reconnects and sees the restored database.
        connection.close()
        caches[PAGES].clear()
        self.stdout.write(
            self.style.SUCCESS(f"{source} är tillbakaläst till {backup.database_label()}.")
        )
