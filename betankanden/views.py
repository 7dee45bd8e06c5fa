from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from betankanden.citations import proposal_citation, report_citation
from betankanden.exports import PROPOSAL_COLUMNS
from betankanden.filters import ProposalListFilter
from betankanden.models import Proposal, Report
from betankanden.structured_data import proposal_item, report_item
from tillit.citations import CitationMixin
from tillit.exports import ExportMixin
from tillit.filtering import BoundedPaginator, FilteredListView
from tillit.pages import BreadcrumbsMixin


class ReportListView(BreadcrumbsMixin, ListView):
    # Counted, not fetched: 300 reports' 6,000 proposals were read only to count them.
    queryset = Report.objects.with_proposal_count().order_by("sou_number")
    paginate_by = 25
    paginator_class = BoundedPaginator

    def get_breadcrumbs(self):
        return [(_("Betänkanden"), None)]


class ProposalListView(BreadcrumbsMixin, ExportMixin, FilteredListView):
    """Every report's proposals in one list, to filter and download."""

    filterset_class = ProposalListFilter
    export_columns = PROPOSAL_COLUMNS
    export_name = "forslag"
    queryset = (
        Proposal.objects.select_related("report")
        .prefetch_related("addressees")
        .order_by("report__sou_number", "chapter_sort", "pk")
    )

    def get_breadcrumbs(self):
        return [
            (_("Betänkanden"), reverse("betankanden:report-list")),
            (_("Alla förslag"), None),
        ]


class ReportDetailView(BreadcrumbsMixin, CitationMixin, DetailView):
    queryset = Report.objects.select_related("recipient_person").prefetch_related(
        "proposals__addressees", "sources"
    )

    def get_breadcrumbs(self):
        return [
            (_("Betänkanden"), reverse("betankanden:report-list")),
            (self.object.sou_number, None),
        ]

    def get_citation(self):
        return report_citation(self.object, self.request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["structured_data"] = [report_item(self.object, self.request)]
        return context


class ProposalDetailView(BreadcrumbsMixin, CitationMixin, DetailView):
    def get_queryset(self):
        return (
            Proposal.objects.filter(report__slug=self.kwargs["report_slug"])
            .select_related("report")
            .prefetch_related("addressees", "sources")
        )

    def get_breadcrumbs(self):
        report = self.object.report
        return [
            (_("Betänkanden"), reverse("betankanden:report-list")),
            (report.sou_number, report.get_absolute_url()),
            (self.object.short_title, None),
        ]

    def get_citation(self):
        return proposal_citation(self.object, self.request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["structured_data"] = [proposal_item(self.object, self.request)]
        return context
