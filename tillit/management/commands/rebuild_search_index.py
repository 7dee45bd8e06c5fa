"""
manage.py rebuild_search_index: write the site-wide search index from nothing.

Every edit keeps the index in step by itself (tillit.search.index); this is
for a database filled without them: loaded fixtures (load_corpus runs it),
generated data, or a restored backup. It runs in one transaction, so a
search during it finds the old index until it is done.
"""

from django.core.management.base import BaseCommand

from tillit.search.documents import REGISTRY
from tillit.search.index import rebuild


class Command(BaseCommand):
    help = "Bygger om sökindexet för hela webbplatsen från grunden."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Visa vad som skulle indexeras utan att skriva."
        )

    def handle(self, *args, dry_run, **options):
        if dry_run:
            for kind, registration in REGISTRY.items():
                count = registration.queryset(registration.model).count()
                self.stdout.write(f"Skulle indexera {count} poster som {kind}.")
            return
        written = rebuild()
        summary = ", ".join(f"{count} {kind}" for kind, count in written.items())
        self.stdout.write(self.style.SUCCESS(f"Sökindexet är ombyggt: {summary}."))
