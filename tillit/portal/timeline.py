"""
One timeline of everything dated in the corpus: meetings, reports handed
over, remiss deadlines, tjänsteutlåtanden, decisions and memoranda.

A national archive dates hundreds of thousands of things: the timeline shows
one year at a time (and, within a busy year, ENTRIES_PER_PAGE at a time).
The same few queries whatever the size. An inferred year is carried with its
entry; an undated item is listed apart, never placed.
"""

from dataclasses import dataclass
from itertools import groupby

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from betankanden.queries import hand_over_years, reports_handed_over
from forum.queries import dated_meetings, meeting_years, undated_meetings
from remissvar.queries import dated_statements, dated_years, remisses_with_deadline

UNDATED = "utan-datum"
ENTRIES_PER_PAGE = 200

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


def years():
    """Every year in which something is dated, in order."""
    return sorted(meeting_years() | hand_over_years() | dated_years())


class TimelineForm(forms.Form):
    year = forms.ChoiceField(label=_("År"), required=False)
    kind = forms.MultipleChoiceField(
        label=_("Visa"), choices=KINDS, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [
            *((str(year), str(year)) for year in years),
            (UNDATED, _("Utan känt datum")),
        ]


@dataclass
class Entry:
    date: object
    kind: str
    label: str
    url: str
    year_is_inferred: bool = False
    reasoning: str = ""
    # How the date reads: a meeting says itself whether its year is inferred.
    date_text: str = ""

    @property
    def date_display(self):
        return self.date_text or date_format(self.date, "j F Y")

    @property
    def kind_label(self):
        return KIND_OF_ENTRY[self.kind]


def officials_report_label(statement):
    """
    Who wrote a tjänsteutlåtande and for whom: an administration writes it for
    its committee; an office that answers in its own name (stadsledningskontoret)
    wrote its own, and the source names no recipient.
    """
    if statement.prepared_by_id:
        return gettext("Tjänsteutlåtande från %(author)s till %(body)s") % {
            "author": statement.prepared_by.name,
            "body": statement.body.name,
        }
    return gettext("Tjänsteutlåtande från %(author)s") % {"author": statement.body.name}


def entries(year=None, kinds=None):
    """
    (placed entries in date order, undated entries): of ``year`` only, if
    given, and of ``kinds`` only (the keys of KINDS), if given; a kind not
    asked for costs no query.
    """
    wanted = set(kinds or dict(KINDS))
    placed, undated = [], []
    for meeting in dated_meetings(year) if "meeting" in wanted else ():
        entry = Entry(
            meeting.date,
            "meeting",
            meeting.title,
            meeting.get_absolute_url(),
            meeting.year_is_inferred,
            meeting.date_reasoning,
            meeting.date_display,
        )
        (placed if meeting.date else undated).append(entry)
    for report in reports_handed_over(year) if "report" in wanted else ():
        placed.append(
            Entry(
                report.handed_over,
                "report",
                gettext("%(sou)s %(title)s överlämnas")
                % {"sou": report.sou_number, "title": report.title},
                report.get_absolute_url(),
            )
        )
    for remiss in remisses_with_deadline(year) if "remiss" in wanted else ():
        placed.append(
            Entry(
                remiss.deadline,
                "remiss",
                gettext("Remisstiden går ut: %(title)s") % {"title": remiss.title},
                remiss.get_absolute_url(),
            )
        )
    statement_kinds = {"officials_report", "decision", "memorandum"}
    for statement in dated_statements(year) if wanted & statement_kinds else ():
        if statement.report_date:
            if statement.is_memorandum:
                label = gettext("Promemoria: %(body)s") % {"body": statement.body.name}
                kind = "memorandum"
            else:
                label = officials_report_label(statement)
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
    placed = [
        entry
        for entry in placed
        if entry.kind in wanted and (year is None or entry.date.year == year)
    ]
    placed.sort(
        key=lambda entry: (entry.date, [k for k, _l in KINDS].index(entry.kind), entry.label)
    )
    return placed, [] if year is not None else undated


def undated_entries(kinds=None):
    """The undated meetings (nothing else is ever undated): listed apart, never placed."""
    if kinds is not None and "meeting" not in kinds:
        return []
    return [
        Entry(None, "meeting", meeting.title, meeting.get_absolute_url(),
              reasoning=meeting.date_reasoning)
        for meeting in undated_meetings()
    ]  # fmt: skip


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
