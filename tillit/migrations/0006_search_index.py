"""
The search index beside tillit_searchdocument, per database.

PostgreSQL: a stored generated tsvector, the title weighted above the text,
with the ``swedish`` configuration (Snowball stemming and stop words), and a
GIN index on it. The database keeps it in step with every row written.

SQLite: an FTS5 table whose rowid is the document's id. SQLite has no Swedish
stemmer, so tillit.search writes each document's words stemmed in Python
(snowballstemmer) and stems a query the same way. Diacritics are kept: å, ä
and ö are letters of their own in Swedish.
"""

from django.db import migrations

POSTGRESQL = [
    """
    ALTER TABLE tillit_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish', title), 'A')
        || setweight(to_tsvector('swedish', text), 'B')
    ) STORED
    """,
    "CREATE INDEX search_document_vector ON tillit_searchdocument USING gin (vector)",
]
SQLITE = [
    "CREATE VIRTUAL TABLE tillit_searchdocument_fts USING fts5("
    "title, text, tokenize = 'unicode61 remove_diacritics 0')",
]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"postgresql": POSTGRESQL, "sqlite": SQLITE}.get(vendor, []):
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute("ALTER TABLE tillit_searchdocument DROP COLUMN vector")
    elif vendor == "sqlite":
        schema_editor.execute("DROP TABLE tillit_searchdocument_fts")


class Migration(migrations.Migration):
    dependencies = [("tillit", "0005_search_document")]

    operations = [migrations.RunPython(create, drop)]
