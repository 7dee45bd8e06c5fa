from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from betankanden.models import Proposal, Report
from tillit.filtering import BoundedPaginator
from tillit.pages import BreadcrumbsMixin


class ReportListView(BreadcrumbsMixin, ListView):
    # Counted, not fetched: 300 reports' 6,000 proposals were read only to count them.
    queryset = Report.objects.with_proposal_count().order_by("sou_number")
    paginate_by = 25
    paginator_class = BoundedPaginator

    def get_breadcrumbs(self):
        return [(_("Betänkanden"), None)]


class ReportDetailView(BreadcrumbsMixin, DetailView):
    queryset = Report.objects.select_related("recipient_person").prefetch_related(
        "proposals__addressees", "sources"
    )

    def get_breadcrumbs(self):
        return [
            (_("Betänkanden"), reverse("betankanden:report-list")),
            (self.object.sou_number, None),
        ]


class ProposalDetailView(BreadcrumbsMixin, DetailView):
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
