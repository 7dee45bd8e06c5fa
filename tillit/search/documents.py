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


REGISTRY = {}


def register(model, kind, label, documents, queryset=None):
    """
    Make ``model`` searchable as ``kind``: ``documents(records)`` yields the
    Documents of some records, read from ``queryset(model)`` (by default all
    of them; give select_related and prefetch_related there).
    """
    REGISTRY[kind] = Registration(
        model, kind, label, documents, queryset or (lambda model: model._default_manager.all())
    )
    from tillit.search.index import connect_signals

    connect_signals(model, kind)


def kind_labels():
    """{kind: label} in the order the kinds were registered."""
    return {kind: registration.label for kind, registration in REGISTRY.items()}
