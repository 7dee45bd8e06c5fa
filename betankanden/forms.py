"""Form fields that name reports' records by their stable keys, never by database id."""

import re

from django.db.models import Q

from betankanden.models import Proposal, Report
from tillit.lookup import LookupField, LookupFilter

# "Nationellt policylabb (SOU 2018:47)": how a proposal reads in a lookup field.
_TITLE_IN_REPORT = re.compile(r"^(?P<title>.+) \((?P<sou>SOU [0-9]{4}:[0-9]{1,3})\)$")
# "SOU 2018:47 Med tillit växer handlingsutrymmet", or the number alone.
_NUMBER_FIRST = re.compile(r"^(?P<sou>SOU [0-9]{4}:[0-9]{1,3})(?: .*)?$", re.IGNORECASE)


class ReportLookupField(LookupField):
    """
    A report chosen by its key (``sou-2018-47``), its SOU number or words of
    its title: an archive holds an SOU series of decades, thousands of
    reports, too many for a select.
    """

    label_fields = ("sou_number", "title")

    def __init__(self, queryset=None, **kwargs):
        kwargs.pop("to_field_name", None)
        super().__init__(
            queryset if queryset is not None else Report.objects.all(),
            search_fields=("title", "sou_number"),
            label_query=self.number_or_title,
            **kwargs,
        )

    @staticmethod
    def number_or_title(text):
        match = _NUMBER_FIRST.match(text)
        return Q(sou_number__iexact=match["sou"]) if match else Q(title__iexact=text)

    def label_of(self, report):
        return self.label_from(report.sou_number, report.title)

    def label_from(self, sou_number, title):
        return f"{sou_number} {title}"


class ReportFilter(LookupFilter):
    field_class = ReportLookupField


class ProposalLookupField(LookupField):
    """
    A proposal chosen by its key, ``<report slug>.<proposal slug>``
    (``sou-2018-47.nationellt-policylabb``), so that a shared link means the
    same proposal on any copy of the database, which an id does not; or by
    words of its short title, among thousands of proposals.
    """

    def __init__(self, queryset=None, **kwargs):
        kwargs.pop("to_field_name", None)
        super().__init__(
            (queryset if queryset is not None else Proposal.objects).select_related("report"),
            search_fields=("short_title",),
            label_query=self.title_in_report,
            **kwargs,
        )

    @staticmethod
    def title_in_report(text):
        match = _TITLE_IN_REPORT.match(text)
        if not match:
            return Q(short_title__iexact=text)
        return Q(short_title__iexact=match["title"], report__sou_number=match["sou"])

    label_fields = ("short_title", "report__sou_number")

    def label_of(self, proposal):
        return self.label_from(proposal.short_title, proposal.report.sou_number)

    def label_from(self, short_title, sou_number):
        return f"{short_title} ({sou_number})"

    def key_of(self, proposal):
        return proposal.key

    def find_by_key(self, text):
        report_slug, dot, slug = text.partition(".")
        if not dot:
            return None
        return self.queryset.filter(report__slug=report_slug, slug=slug).first()


class ProposalFilter(LookupFilter):
    field_class = ProposalLookupField
