"""
manage.py backup_database: one consistent, timestamped file of the whole database.

PostgreSQL: ``pg_dump --format=custom`` into ``tillit-<UTC time>.dump``, the
connection passed to pg_dump through the environment (PGHOST, PGPASSWORD …),
never its command line. SQLite: the backup API into
``tillit-<UTC time>.sqlite3``. Both are consistent while the site runs. The
file goes to --output-dir, else TILLIT_BACKUP_DIR, else backups/ in the
checkout; it holds password hashes, so only its owner may read it. Restore
with restore_database (README, "Operations").
"""

import os

from django.core.management.base import BaseCommand, CommandError

from tillit import backup


class Command(BaseCommand):
    help = "Säkerhetskopierar hela databasen till en tidsstämplad fil."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            help="Katalog för kopian. Standard: TILLIT_BACKUP_DIR, annars backups/ i utcheckningen.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Säg vad som skulle hända, men skriv ingenting."
        )

    def handle(self, *args, output_dir, dry_run, **options):
        kind = backup.engine()
        directory = backup.backup_directory(output_dir)
        target = backup.backup_path(directory, kind)
        if dry_run:
            self.stdout.write(f"Skulle säkerhetskopiera {backup.database_label()} till {target}.")
            return
        if target.exists():
            raise CommandError(f"{target} finns redan; försök igen om en sekund.")
        # Only the owner may list or read the copies: they hold password hashes.
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Written under another name first, so that a copy that stops half-way
        # is never taken for a backup.
        partial = target.with_name(target.name + ".partial")
        try:
            if kind == backup.POSTGRESQL:
                backup.pg_dump(partial)
            else:
                backup.sqlite_backup(partial)
            os.chmod(partial, 0o600)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        size = target.stat().st_size
        self.stdout.write(
            self.style.SUCCESS(f"Säkerhetskopian är skriven: {target} ({size} byte).")
        )
