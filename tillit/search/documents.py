"""
What is searchable: each app registers, for a model, how its records read
as documents (in its AppConfig.ready). The index is written from these
alone, by an edit (signals) or by ``manage.py rebuild_search_index``.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    kind: str
    object_id: int
    title: str
    text: str
    url: str
    # The paragraph of a statement; 0 for a whole record.
    part: int = 0


@dataclass(frozen=True)
class Registration:
    model: type
    kind: str
    label: object  # what a visitor reads as the kind: "Möte", "Remissvar (stycke)"
    documents: object  # documents(queryset) -> iterable of Document
    queryset: object  # queryset(model) -> what documents() needs, fetched ahead
    # Where this kind's hits come among equally good ones: lower first.
    rank: int = 100
    # (model, path): an edit of that model rewrites the documents of the
    # records that reach it by ``path`` (a body's new name is in the titles
    # of its statements' paragraphs).
    follows: tuple = ()


REGISTRY = {}


def register(model, kind, label, documents, queryset=None, rank=100, follows=()):
    """
    Make ``model`` searchable as ``kind``: ``documents(records)`` yields the
    Documents of some records, read from ``queryset(model)`` (by default all
    of them; give select_related and prefetch_related there). ``rank`` places
    the kind's hits among equally good ones (lower first): a report before a
    paragraph that quotes it. ``follows`` lists (model, path) for each other
    model whose fields the documents read, path leading from ``model`` to it.
    """
    REGISTRY[kind] = Registration(
        model, kind, label, documents,
        queryset or (lambda model: model._default_manager.all()), rank, tuple(follows),
    )  # fmt: skip
    from tillit.search.index import connect_signals

    connect_signals(model, kind, follows)


def kinds():
    """The registered kinds, in their rank's order."""
    return sorted(REGISTRY, key=lambda kind: (REGISTRY[kind].rank, kind))


def kind_labels():
    """{kind: label} in their rank's order."""
    return {kind: REGISTRY[kind].label for kind in kinds()}
