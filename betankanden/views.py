from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from betankanden.models import Proposal, Report
from remissvar.models import Position, Statement
from tillit.pages import BreadcrumbsMixin


class ReportListView(BreadcrumbsMixin, ListView):
    queryset = Report.objects.prefetch_related("proposals")

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

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["positions"] = (
            Position.objects.filter(proposal=self.object)
            .with_stance_rank()
            .select_related("statement__body", "statement__remiss")
            .order_by("stance_rank", "statement__body__name")
        )
        context["not_addressed"] = Statement.objects.not_addressing(self.object).select_related(
            "body"
        )
        return context
