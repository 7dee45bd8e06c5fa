"""
Writing the search index: the documents of some records, replaced as a
whole, on an edit (signals, after the commit) or for everything at once.

PostgreSQL derives each row's tsvector itself (a generated column); on
SQLite the stemmed words go into the FTS5 table beside it, rowid for id.
Every word written joins the vocabulary (SearchWord), which the search
reads for spellings and compounds (tillit.search.vocabulary).
"""

from itertools import islice

from django.conf import settings
from django.db import connections, transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import translation

from tillit.models import SearchDocument, SearchWord
from tillit.search import swedish
from tillit.search.documents import REGISTRY

FTS_TABLE = "tillit_searchdocument_fts"
WORD_TRIGRAM_TABLE = "tillit_searchword_trigrams"
BATCH = 2000
# Longer "words" are codes or run-together text, not words anyone types.
VOCABULARY_WORD_LENGTH = 60


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


def write(documents, using="default", known_words=None):
    """
    Add ``documents`` to the index. Returns how many were written.
    ``known_words``, a set kept across calls, spares asking the database
    again for words already in the vocabulary (a rebuild passes one).
    """
    written = 0
    for batch in _batches(documents):
        add_words((text for d in batch for text in (d.title, d.text)), using, known_words)
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


def vocabulary_words(text):
    """The words of ``text`` worth a place in the vocabulary: not numbers, not overlong."""
    return {
        word
        for word in swedish.words(text)
        if len(word) <= VOCABULARY_WORD_LENGTH and not word.isdigit()
    }


def add_words(texts, using="default", known=None):
    """Add the words of ``texts`` that the vocabulary lacks."""
    words = set()
    for text in texts:
        words |= vocabulary_words(text)
    if known is not None:
        words -= known
        known |= words
    words = sorted(words)
    new = []
    for batch in _batches(words, 500):
        present = set(
            SearchWord.objects.using(using).filter(word__in=batch).values_list("word", flat=True)
        )
        new += [
            SearchWord(word=word, stem=swedish.stem(word)) for word in batch if word not in present
        ]
    # Two writers may add the same word at once: the second one's is dropped.
    SearchWord.objects.using(using).bulk_create(new, batch_size=BATCH, ignore_conflicts=True)
    if new and _uses_fts(using):
        # Ids only grow: the trigram table takes the words above its last one.
        with connections[using].cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {WORD_TRIGRAM_TABLE} (rowid, word) SELECT id, word "
                f"FROM tillit_searchword WHERE id > (SELECT coalesce(max(rowid), 0) "
                f"FROM {WORD_TRIGRAM_TABLE})"
            )


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
            cursor.execute(f"DELETE FROM {WORD_TRIGRAM_TABLE}")
    SearchDocument.objects.using(using).all().delete()
    SearchWord.objects.using(using).all().delete()


def rebuild(using="default"):
    """Every registered record's documents, from nothing. {kind: documents written}."""
    written = {}
    with transaction.atomic(using=using), translation.override(settings.LANGUAGE_CODE):
        clear(using)
        known_words = set()
        for kind, registration in REGISTRY.items():
            records = registration.queryset(registration.model).using(using).order_by("pk")
            documents = registration.documents(records.iterator(chunk_size=BATCH))
            written[kind] = write(documents, using, known_words)
        if connections[using].vendor == "postgresql":
            # The planner chooses each search's plan and estimates its large
            # counts from these statistics: they must describe the new index.
            with connections[using].cursor() as cursor:
                cursor.execute("ANALYZE tillit_searchdocument, tillit_searchword")
    return written


def connect_signals(model, kind, follows=()):
    """
    Keep the index's documents of ``kind`` in step with every save and delete
    of ``model``, and with every edit of the models it ``follows``.
    """

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
    for other, path in follows:
        saved_other, deleting_other = _followers(model, kind, path)
        uid = f"search-{kind}-follows-{other._meta.label_lower}-{path}"
        post_save.connect(saved_other, sender=other, weak=False, dispatch_uid=f"{uid}-save")
        pre_delete.connect(deleting_other, sender=other, weak=False, dispatch_uid=f"{uid}-del")


def _followers(model, kind, path):
    """
    Handlers for a save and a delete of a followed record: each rewrites,
    after the commit, the documents of the records of ``model`` that reach
    it by ``path``. A delete finds them first, while the link is there.
    """

    def records(pk, using):
        return list(
            model._default_manager.using(using).filter(**{path: pk}).values_list("pk", flat=True)
        )

    def rewrite(ids, using):
        if ids:
            reindex(kind, ids, using)

    def saved(sender, instance, raw=False, using="default", **kwargs):
        if not raw:
            pk = instance.pk
            transaction.on_commit(lambda: rewrite(records(pk, using), using), using=using)

    def deleting(sender, instance, using="default", **kwargs):
        ids = records(instance.pk, using)
        # Records deleted with it (a cascade) are gone by then: reindex() of
        # a missing record only removes its documents.
        transaction.on_commit(lambda: rewrite(ids, using), using=using)

    return saved, deleting
