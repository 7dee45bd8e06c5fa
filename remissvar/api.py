"""The API's remisses, statements and positions (tillit.api), filtered as their lists are."""

from django.db.models import F

from remissvar.filters import PositionFilter, StatementFilter
from remissvar.models import Position, Remiss, Statement
from remissvar.serializers import (
    PositionSerializer,
    RemissDetailSerializer,
    RemissSerializer,
    StatementDetailSerializer,
    StatementSerializer,
)
from tillit.api import CompositeKeyViewSet, ReadOnlyViewSet, api_filterset


class RemissViewSet(ReadOnlyViewSet):
    """Remisses: who referred which reports to whom, and who answered."""

    queryset = (
        Remiss.objects.select_related("sender", "responding_organisation")
        .prefetch_related("reports")
        .order_by(F("deadline").desc(nulls_last=True), "title", "pk")
    )
    detail_queryset = queryset.select_related("source").prefetch_related(
        "decision_steps__organisation", "decision_steps__person"
    )
    serializer_class = RemissSerializer
    detail_serializer_class = RemissDetailSerializer
    filterset_class = None


class StatementViewSet(ReadOnlyViewSet):
    """Statements (remissvar), newest decision first; a record has its numbered paragraphs."""

    # The list leaves the texts out (6 KB each); a record has them.
    queryset = (
        Statement.objects.select_related("body", "remiss")
        .defer("text", "adoption_passage")
        .order_by(F("decision_date").desc(nulls_last=True), "-pk")
    )
    detail_queryset = Statement.objects.select_related(
        "body", "remiss", "prepared_by", "signatory", "adopts_views_of__body", "source"
    ).prefetch_related("positions__proposal__report")
    serializer_class = StatementSerializer
    detail_serializer_class = StatementDetailSerializer
    filterset_class = api_filterset(StatementFilter)


class PositionViewSet(CompositeKeyViewSet):
    """
    Each statement's stand on each proposal, with the passage that shows it;
    found by ``<statement slug>.<report slug>.<proposal slug>``.
    """

    queryset = (
        Position.objects.with_stance_rank()
        .select_related("statement__body", "proposal__report")
        .order_by("proposal__report__sou_number", "proposal__chapter_sort", "stance_rank", "pk")
    )
    serializer_class = PositionSerializer
    filterset_class = api_filterset(PositionFilter)
    key_fields = ("statement__slug", "proposal__report__slug", "proposal__slug")
