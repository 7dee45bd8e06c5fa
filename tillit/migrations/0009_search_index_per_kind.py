"""
PostgreSQL: one GIN index of the search vector per kind of record, in place
of one for all, so that a search of a few hundred reports does not read the
postings of two million paragraphs. tillit.search.query asks kind by kind
(counts, and the candidates it ranks); the planner picks each kind's index,
or walks that kind's newest records where a word is in most of them.

A kind registered later needs its index here too: tests/tillit/test_search.py
checks that every registered kind has one.

The vector's statistics target is raised so that the planner's estimates
(the estimated counts, and the choice of plan) know more words.
"""

from django.db import migrations

KINDS = ["meeting", "person", "organisation", "report", "proposal", "paragraph", "position"]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for kind in KINDS:
        schema_editor.execute(
            f"CREATE INDEX search_document_vector_{kind} ON tillit_searchdocument "
            f"USING gin (vector) WHERE kind = '{kind}'"
        )
    schema_editor.execute("DROP INDEX search_document_vector")
    schema_editor.execute(
        "ALTER TABLE tillit_searchdocument ALTER COLUMN vector SET STATISTICS 1000"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX search_document_vector ON tillit_searchdocument USING gin (vector)"
    )
    for kind in KINDS:
        schema_editor.execute(f"DROP INDEX search_document_vector_{kind}")


class Migration(migrations.Migration):
    dependencies = [("tillit", "0008_search_word_trigrams")]

    operations = [migrations.RunPython(create, drop)]
