"""
Generate data at the scale of a national archive, to measure the portal.

``manage.py generate_corpus --statements 100000`` adds about 1,000
organisations, 2,000 people, 5,000 meetings, 300 reports, 200 remisses,
100,000 statements and 1,000,000 positions beside the real corpus; the
numbers scale with ``--statements``. The same ``--seed`` gives the same data.
Generated rows are marked and never reach the corpus fixture or its export
(see tillit/corpus/generate.py), and are searchable: the search index is
rebuilt at the end (``--no-index`` leaves that to ``rebuild_search_index``). ``--replace`` removes earlier generated rows first;
without it the command refuses to add a second set.
"""

from django.apps import apps
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tillit.cache import PAGES
from tillit.corpus.generate import (
    POSITIONS_PER_STATEMENT,
    Generator,
    Plan,
    delete_generated,
    generated_counts,
    generated_rows,
)
from tillit.models import SearchDocument
from tillit.search.index import rebuild as rebuild_search_index


def generated_data_is_indexed():
    """Whether the newest generated statement has its paragraphs in the search index."""
    newest = generated_rows("remissvar.statement").order_by("-pk").values_list("pk", flat=True)
    return SearchDocument.objects.filter(kind="paragraph", object_id__in=newest[:1]).exists()


class Command(BaseCommand):
    help = (
        "Genererar testdata i stor skala (organisationer, möten, betänkanden, remisser, "
        "remissvar och ställningstaganden) för att mäta kunskapsbanken."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--statements",
            type=int,
            default=10_000,
            help="Antal remissvar; allt annat skalar med det (standard: %(default)s).",
        )
        parser.add_argument("--seed", type=int, default=1, help="Slumpfrö (standard: 1).")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Ta bort tidigare genererade data först.",
        )
        parser.add_argument(
            "--reuse",
            action="store_true",
            help="Behåll genererade data som redan har just så många remissvar (för make bench); "
            "ersätt annars.",
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Bygg inte om sökindexet (gör det senare med rebuild_search_index).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Säg vad som skulle göras, men ändra ingenting."
        )

    def handle(self, *args, statements, seed, replace, reuse, no_index, dry_run, **options):
        if statements < 1:
            raise CommandError("--statements måste vara minst 1.")
        plan = Plan(statements)
        counts = generated_counts()
        existing = sum(counts.values())
        if reuse:
            if counts["remissvar.statement"] == statements:
                self.stdout.write(f"Genererade data med {statements} remissvar finns redan.")
                if not no_index and not generated_data_is_indexed():
                    self.stdout.write("Bygger sökindexet …")
                    rebuild_search_index()
                return
            replace = True
        if existing and not replace:
            raise CommandError(
                f"Databasen har redan {existing} genererade rader. Använd --replace för att "
                "ersätta dem."
            )
        if dry_run:
            verb = "Skulle ersätta" if existing else "Skulle generera"
            self.stdout.write(f"{verb}: {plan.describe()} (frö {seed}).")
            return
        if existing:
            self.stdout.write(f"Tar bort {existing} genererade rader …")
            delete_generated()
            caches[PAGES].clear()
        # Statements and positions are nearly all of the rows: the bar follows them.
        total = statements * (1 + POSITIONS_PER_STATEMENT)
        with tqdm(
            total=total,
            unit=" rader",
            disable=options["verbosity"] == 0,
            file=self.stderr._out,
        ) as bar:

            def progress(label, count):
                if label in ("remissvar", "ställningstaganden"):
                    bar.update(count)
                bar.set_description(label)

            Generator(plan, seed=seed, progress=progress).run()
        # Bulk inserts send no signals: index the new rows and empty the page
        # cache here. The index is rebuilt whole (its vocabulary, too), which
        # at 100,000 statements takes minutes rather than seconds.
        if not no_index:
            self.stdout.write("Bygger sökindexet …")
            rebuild_search_index()
        caches[PAGES].clear()
        counts = generated_counts()
        self.stdout.write(
            self.style.SUCCESS(
                "Genererat: "
                + ", ".join(
                    f"{count} {apps.get_model(label)._meta.verbose_name_plural}"
                    for label, count in counts.items()
                )
            )
        )
