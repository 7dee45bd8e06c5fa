"""
The trigrams of the search vocabulary (tillit_searchword), per database, for
words close to a misspelt one and for the compounds a word is part of.

PostgreSQL: the pg_trgm extension (a trusted extension: a database's owner
may create it) and a GIN index of the words' trigrams, which serves both
``word % 'term'`` (similar words) and ``word LIKE '%term%'`` (words that
contain the term).

SQLite: an FTS5 table with the trigram tokenizer whose rowid is the word's
id. A quoted string of three letters or more matches the words containing it;
an OR of a word's trigrams finds the words that share some.
"""

from django.db import migrations

POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX search_word_trigrams ON tillit_searchword USING gin (word gin_trgm_ops)",
]
SQLITE = [
    "CREATE VIRTUAL TABLE tillit_searchword_trigrams USING fts5(word, tokenize = 'trigram')",
]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"postgresql": POSTGRESQL, "sqlite": SQLITE}.get(vendor, []):
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        # The extension stays: other tables may use it.
        schema_editor.execute("DROP INDEX search_word_trigrams")
    elif vendor == "sqlite":
        schema_editor.execute("DROP TABLE tillit_searchword_trigrams")


class Migration(migrations.Migration):
    dependencies = [("tillit", "0007_search_word")]

    operations = [migrations.RunPython(create, drop)]
