"""
One timeline of everything dated in the corpus: meetings, reports handed
over, remiss deadlines, tjänsteutlåtanden, decisions and memoranda.

Four queries whatever the size of the corpus. An inferred year is carried
with its entry; an undated item is listed apart, never placed.
"""

from dataclasses import dataclass
from itertools import groupby

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from betankanden.models import Report
from forum.models import Meeting
from remissvar.models import Remiss, Statement

KINDS = [
    ("meeting", _("Möten")),
    ("report", _("Betänkanden överlämnas")),
    ("remiss", _("Remisstider")),
    ("officials_report", _("Tjänsteutlåtanden")),
    ("decision", _("Beslut")),
    ("memorandum", _("Promemorior")),
]


# What one entry is, in the singular, next to its date.
KIND_OF_ENTRY = {
    "meeting": _("Möte"),
    "report": _("Betänkande"),
    "remiss": _("Remisstid"),
    "officials_report": _("Tjänsteutlåtande"),
    "decision": _("Beslut"),
    "memorandum": _("Promemoria"),
}


class TimelineForm(forms.Form):
    kind = forms.MultipleChoiceField(
        label=_("Visa"), choices=KINDS, required=False, widget=forms.CheckboxSelectMultiple
    )


@dataclass
class Entry:
    date: object
    kind: str
    label: str
    url: str
    year_is_inferred: bool = False
    reasoning: str = ""

    @property
    def kind_label(self):
        return KIND_OF_ENTRY[self.kind]


def entries():
    """(placed entries in date order, undated entries)."""
    placed, undated = [], []
    for meeting in Meeting.objects.all():
        entry = Entry(
            meeting.date,
            "meeting",
            meeting.title,
            meeting.get_absolute_url(),
            meeting.year_is_inferred,
            meeting.date_reasoning,
        )
        (placed if meeting.date else undated).append(entry)
    for report in Report.objects.exclude(handed_over=None):
        placed.append(
            Entry(
                report.handed_over,
                "report",
                gettext("%(sou)s %(title)s överlämnas")
                % {"sou": report.sou_number, "title": report.title},
                report.get_absolute_url(),
            )
        )
    for remiss in Remiss.objects.exclude(deadline=None):
        placed.append(
            Entry(
                remiss.deadline,
                "remiss",
                gettext("Remisstiden går ut: %(title)s") % {"title": remiss.title},
                remiss.get_absolute_url(),
            )
        )
    for statement in Statement.objects.select_related("body"):
        if statement.report_date:
            if statement.is_memorandum:
                label = gettext("Promemoria: %(body)s") % {"body": statement.body.name}
                kind = "memorandum"
            else:
                label = gettext("Tjänsteutlåtande till %(body)s") % {"body": statement.body.name}
                kind = "officials_report"
            placed.append(Entry(statement.report_date, kind, label, statement.get_absolute_url()))
        if statement.decision_date:
            placed.append(
                Entry(
                    statement.decision_date,
                    "decision",
                    gettext("%(body)s beslutar om sitt remissvar") % {"body": statement.body.name},
                    statement.get_absolute_url(),
                )
            )
    placed.sort(
        key=lambda entry: (entry.date, [k for k, _l in KINDS].index(entry.kind), entry.label)
    )
    return placed, undated


def grouped(placed):
    """[(year, has an inferred year, [(month name, entries)])] in date order."""
    years = []
    for year, in_year in groupby(placed, key=lambda entry: entry.date.year):
        months = []
        for _month, in_month in groupby(in_year, key=lambda entry: entry.date.month):
            in_month = list(in_month)
            months.append((date_format(in_month[0].date, "F"), in_month))
        inferred = any(entry.year_is_inferred for _name, items in months for entry in items)
        years.append((year, inferred, months))
    return years
