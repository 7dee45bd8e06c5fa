"""
Write the database's corpus back into the curated data (``fixtures/curated/``).

The way to carry corrections made in the admin into the version of the corpus
that ships with the code: `make export-corpus`, then `make corpus`, then
commit both the YAML files and ``fixtures/corpus.json``. Comments and order
in the files are kept. What the data cannot hold (an edited statement text,
which is sliced from its source) is reported, never dropped silently.
"""

from django.core.management.base import BaseCommand, CommandError

from tillit.corpus.build import CURATED_DIR, SOURCES_DIR, CorpusError
from tillit.corpus.export import changed_files, export, write


class Command(BaseCommand):
    help = (
        "Skriver databasens korpus tillbaka till den kurerade datan i fixtures/curated/, "
        "så att rättelser i redigeringsgränssnittet kan checkas in."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--curated",
            default=str(CURATED_DIR),
            help="Den kurerade datan som uppdateras (standard: %(default)s).",
        )
        parser.add_argument(
            "--output",
            default=None,
            help="Mapp att skriva till (standard: samma som --curated).",
        )
        parser.add_argument(
            "--sources", default=str(SOURCES_DIR), help="Källtexterna (standard: %(default)s)."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Skriv ingenting; säg vilka filer som skulle ändras.",
        )

    def handle(self, *args, curated, output, sources, dry_run, **options):
        try:
            texts, warnings = export(curated, sources)
        except CorpusError as error:
            raise CommandError(str(error)) from error
        for warning in warnings:
            self.stderr.write(self.style.WARNING(warning))
        target = output or curated
        if dry_run:
            changed = changed_files(texts, target)
            state = ", ".join(f"{name}.yaml" for name in changed) or "inga filer"
            self.stdout.write(f"Skulle ändra: {state}.")
            return
        written = write(texts, target)
        if written:
            names = ", ".join(f"{name}.yaml" for name in written)
            self.stdout.write(self.style.SUCCESS(f"Skrev {names} i {target}."))
        else:
            self.stdout.write(f"Den kurerade datan i {target} var redan aktuell.")
