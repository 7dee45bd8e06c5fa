"""
Writing the search index: the documents of some records, replaced as a
whole, on an edit (signals, after the commit) or for everything at once.

PostgreSQL derives each row's tsvector itself (a generated column); on
SQLite the stemmed words go into the FTS5 table beside it, rowid for id.
"""

from itertools import islice

from django.conf import settings
from django.db import connections, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from tillit.models import SearchDocument
from tillit.search import swedish
from tillit.search.documents import REGISTRY

FTS_TABLE = "tillit_searchdocument_fts"
BATCH = 2000


def _batches(iterable, size=BATCH):
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def _uses_fts(using):
    return connections[using].vendor == "sqlite"


def as_row(document):
    return SearchDocument(
        kind=document.kind,
        object_id=document.object_id,
        part=document.part,
        title=document.title[:500],
        text=document.text,
        url=document.url[:500],
    )


def write(documents, using="default"):
    """Add ``documents`` to the index. Returns how many were written."""
    written = 0
    for batch in _batches(documents):
        rows = SearchDocument.objects.using(using).bulk_create(
            [as_row(document) for document in batch]
        )
        if _uses_fts(using):
            with connections[using].cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {FTS_TABLE} (rowid, title, text) VALUES (%s, %s, %s)",
                    [
                        (row.pk, swedish.stemmed(row.title), swedish.stemmed(row.text))
                        for row in rows
                    ],
                )
        written += len(rows)
    return written


def remove(kind, object_ids, using="default"):
    """Take the documents of these records of ``kind`` (ids, or a query of them) out of the index."""
    documents = SearchDocument.objects.using(using).filter(kind=kind, object_id__in=object_ids)
    if _uses_fts(using):
        sql, params = documents.values("pk").query.sql_with_params()
        with connections[using].cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({sql})", params)
    documents.delete()


def reindex(kind, object_ids, using="default"):
    """The documents of these records of ``kind``, replaced by what they read as now."""
    registration = REGISTRY[kind]
    # Addresses as the site's own language has them (no /en/ prefix).
    with transaction.atomic(using=using), translation.override(settings.LANGUAGE_CODE):
        remove(kind, object_ids, using)
        records = registration.queryset(registration.model).using(using).filter(pk__in=object_ids)
        return write(registration.documents(records), using)


def clear(using="default"):
    if _uses_fts(using):
        with connections[using].cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE}")
    SearchDocument.objects.using(using).all().delete()


def rebuild(using="default"):
    """Every registered record's documents, from nothing. {kind: documents written}."""
    written = {}
    with transaction.atomic(using=using), translation.override(settings.LANGUAGE_CODE):
        clear(using)
        for kind, registration in REGISTRY.items():
            records = registration.queryset(registration.model).using(using).order_by("pk")
            written[kind] = write(registration.documents(records.iterator(chunk_size=BATCH)), using)
    return written


def connect_signals(model, kind):
    """Keep the index's documents of ``kind`` in step with every save and delete of ``model``."""

    def saved(sender, instance, raw=False, using="default", **kwargs):
        # Fixtures (raw) are indexed by load_corpus's rebuild afterwards.
        if not raw:
            pk = instance.pk
            transaction.on_commit(lambda: reindex(kind, [pk], using), using=using)

    def deleted(sender, instance, using="default", **kwargs):
        remove(kind, [instance.pk], using)

    # Held strongly: nothing else refers to these handlers.
    post_save.connect(saved, sender=model, weak=False, dispatch_uid=f"search-save-{kind}")
    post_delete.connect(deleted, sender=model, weak=False, dispatch_uid=f"search-del-{kind}")
