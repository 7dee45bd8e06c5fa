"""
Build ``fixtures/corpus.json`` from the five saved source texts and the
curated data in ``tillit/corpus/``.

Run it after changing the curated data; the test suite fails while the
committed fixture differs from what this command builds.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tillit.corpus.build import CorpusError, build

DEFAULT_OUTPUT = Path(settings.BASE_DIR) / "fixtures" / "corpus.json"


def render(objects):
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


class Command(BaseCommand):
    help = "Bygger fixtures/corpus.json ur källtexterna och den kurerade datan i tillit/corpus/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--seeds",
            default=str(settings.SEEDS_DIR),
            help="Mappen med de fem källtexterna (standard: %(default)s).",
        )
        parser.add_argument(
            "--output", default=str(DEFAULT_OUTPUT), help="Fil att skriva (standard: %(default)s)."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Bygg och kontrollera, men skriv ingenting; säg om filen skulle ändras.",
        )

    def handle(self, *args, seeds, output, dry_run, **options):
        try:
            objects = build(seeds)
        except CorpusError as error:
            raise CommandError(str(error)) from error
        content = render(objects)
        path = Path(output)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        changed = current != content
        if dry_run:
            state = "skulle ändras" if changed else "är aktuell"
            self.stdout.write(f"{len(objects)} objekt byggda; {path} {state}.")
            return
        if changed:
            path.write_text(content, encoding="utf-8")
        self.stdout.write(
            self.style.SUCCESS(f"{len(objects)} objekt skrivna till {path}.")
            if changed
            else f"{path} var redan aktuell ({len(objects)} objekt)."
        )
