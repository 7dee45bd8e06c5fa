"""
Build ``fixtures/corpus.json`` from the curated data (``fixtures/curated/``)
and the official source texts (``fixtures/sources/``).

Run it after correcting the curated data (`make corpus`); the test suite
fails while the committed fixture differs from what this command builds.
Every quote is checked to stand verbatim in its source; a record that fails
is named and nothing is written.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tillit.corpus.build import CURATED_DIR, FIXTURE, SOURCES_DIR, CorpusError, build


def render(objects):
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


class Command(BaseCommand):
    help = (
        "Bygger fixtures/corpus.json ur den kurerade datan i fixtures/curated/ och "
        "källtexterna i fixtures/sources/, och kontrollerar varje citat mot källan."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--curated",
            default=str(CURATED_DIR),
            help="Den kurerade datan (standard: %(default)s).",
        )
        parser.add_argument(
            "--sources", default=str(SOURCES_DIR), help="Källtexterna (standard: %(default)s)."
        )
        parser.add_argument(
            "--output", default=str(FIXTURE), help="Fil att skriva (standard: %(default)s)."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Bygg och kontrollera, men skriv ingenting; säg om filen skulle ändras.",
        )

    def handle(self, *args, curated, sources, output, dry_run, **options):
        try:
            objects = build(curated, sources)
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
