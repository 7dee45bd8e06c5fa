"""
Load the corpus fixture into an empty database.

``make run`` calls this on every start. It loads only when the database holds
no sources yet, so corrections that editors made in the admin survive a
restart; ``--force`` loads anyway and overwrites the corpus records (matched by
natural key) with the fixture's version.
"""

import json
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from tillit.corpus.build import FIXTURE
from tillit.models import Source


class Command(BaseCommand):
    help = "Läser in korpusen (fixtures/corpus.json) om databasen är tom."

    def add_arguments(self, parser):
        parser.add_argument("--fixture", default=str(FIXTURE), help="Standard: %(default)s.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Läs in även om databasen har innehåll; skriver över korpusens poster.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Säg vad som skulle hända, men ändra ingenting."
        )

    def handle(self, *args, fixture, force, dry_run, **options):
        path = Path(fixture)
        if not path.exists():
            raise CommandError(f"Fixturen finns inte: {path}")
        count = len(json.loads(path.read_text(encoding="utf-8")))
        # Generated data (manage.py generate_corpus) is not the corpus.
        has_data = Source.objects.filter(generated=False).exists()
        if has_data and not force:
            self.stdout.write("Databasen har redan innehåll; korpusen läses inte in igen.")
            return
        if dry_run:
            self.stdout.write(f"Skulle läsa in {count} objekt från {path}.")
            return
        call_command("loaddata", str(path), verbosity=0)
        # Fixtures are saved raw, past the signals that index an edit.
        call_command("rebuild_search_index", verbosity=0, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"{count} objekt inlästa från {path}."))
