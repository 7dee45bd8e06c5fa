from collections import Counter

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from betankanden.models import Proposal, Report
from remissvar.models import Position, Stance, Statement
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
        context["not_addressed"] = list(
            Statement.objects.not_addressing(self.object).select_related("body")
        )
        context["reception"] = reception(context["positions"], len(context["not_addressed"]))
        return context


def reception(positions, not_addressed):
    """
    How a proposal was received: (key, label, count, x, width) per stance with
    at least one body, then "not addressed"; x and width are percentages for
    the bar, so it is drawn by the server with no chart library.
    """
    counts = Counter(position.stance for position in positions)
    rows = [(value, label, counts[value]) for value, label in Stance.choices if counts[value]]
    if not_addressed:
        rows.append(("none", _("Tar inte upp förslaget"), not_addressed))
    total = sum(count for _value, _label, count in rows) or 1
    result, x = [], 0.0
    for value, label, count in rows:
        width = round(100 * count / total, 2)
        result.append({"key": value, "label": label, "count": count, "x": x, "width": width})
        x = round(x + width, 2)
    return result
