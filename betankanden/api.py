"""The API's reports and proposals (tillit.api)."""

from betankanden.filters import ProposalListFilter
from betankanden.models import Proposal, Report
from betankanden.serializers import (
    ProposalDetailSerializer,
    ProposalSerializer,
    ReportDetailSerializer,
    ReportSerializer,
)
from tillit.api import CompositeKeyViewSet, ReadOnlyViewSet, api_filterset


class ReportViewSet(ReadOnlyViewSet):
    """The delegation's reports (SOU), in number order, each with its proposals."""

    queryset = Report.objects.order_by("sou_number")
    detail_queryset = queryset.select_related("recipient_person").prefetch_related(
        "proposals__report", "sources"
    )
    serializer_class = ReportSerializer
    detail_serializer_class = ReportDetailSerializer
    filterset_class = None


class ProposalViewSet(CompositeKeyViewSet):
    """
    The reports' proposals, found by ``<report slug>.<proposal slug>``
    (``sou-2018-47.nationellt-policylabb``): a proposal's slug is unique
    within its report only.
    """

    queryset = (
        Proposal.objects.select_related("report")
        .prefetch_related("addressees")
        .order_by("report__sou_number", "chapter_sort", "pk")
    )
    detail_queryset = queryset.prefetch_related("sources")
    serializer_class = ProposalSerializer
    detail_serializer_class = ProposalDetailSerializer
    filterset_class = api_filterset(ProposalListFilter)
    key_fields = ("report__slug", "slug")
