"""
One timeline of everything dated in the corpus: meetings, reports handed
over, remiss deadlines, tjänsteutlåtanden, decisions and memoranda.

A national archive dates hundreds of thousands of things: the timeline shows
one year at a time (and, within a busy year, ENTRIES_PER_PAGE at a time).
The same few queries whatever the size. An inferred year is carried with its
entry; an undated item is listed apart, never placed.
"""

from itertools import groupby

from django import forms
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from betankanden.queries import hand_over_years, reports_handed_over
from forum.queries import dated_meetings, meeting_years, undated_meetings
from remissvar.queries import dated_statements, dated_years, remisses_with_deadline
from tillit.filtering import PortalForm

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


class TimelineForm(PortalForm):
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


class Entry:
    """
    One dated thing on the timeline. Its label and address are made only when
    a page shows it: a busy year has tens of thousands of entries, and
    reversing a URL and translating a label for each cost seconds.
    """

    __slots__ = ("date", "kind", "obj", "sort_name")

    def __init__(self, date, kind, obj, sort_name):
        self.date, self.kind, self.obj, self.sort_name = date, kind, obj, sort_name

    @property
    def sort_key(self):
        return (self.date, KIND_ORDER[self.kind], self.sort_name)

    @property
    def label(self):
        obj = self.obj
        if self.kind == "meeting":
            return obj.title
        if self.kind == "report":
            return gettext("%(sou)s %(title)s överlämnas") % {
                "sou": obj.sou_number,
                "title": obj.title,
            }
        if self.kind == "remiss":
            return gettext("Remisstiden går ut: %(title)s") % {"title": obj.title}
        if self.kind == "memorandum":
            return gettext("Promemoria: %(body)s") % {"body": obj.body.name}
        if self.kind == "officials_report":
            return officials_report_label(obj)
        return gettext("%(body)s beslutar om sitt remissvar") % {"body": obj.body.name}

    @property
    def url(self):
        return self.obj.get_absolute_url()

    @property
    def year_is_inferred(self):
        return self.kind == "meeting" and self.obj.year_is_inferred

    @property
    def reasoning(self):
        return self.obj.date_reasoning if self.kind == "meeting" else ""

    @property
    def date_display(self):
        if self.kind == "meeting":
            return self.obj.date_display
        return date_format(self.date, "j F Y")

    @property
    def kind_label(self):
        return KIND_OF_ENTRY[self.kind]


KIND_ORDER = {kind: order for order, (kind, _label) in enumerate(KINDS)}


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


def entry_rows(year=None, kinds=None):
    """
    The timeline's entries as rows (date, kind, kind order, name, id) of one
    UNION ALL query in date order: of ``year`` only, if given, and of
    ``kinds`` only, if given. A page of it is a LIMIT and OFFSET in the
    database, so a year of tens of thousands of entries costs no more than
    one of ten; :func:`materialize` turns a page of rows into entries.
    """
    wanted = set(kinds or dict(KINDS))
    parts = []

    def add(kind, queryset, date_field, name):
        if kind in wanted:
            rows = queryset.exclude(**{date_field: None})
            if year is not None:
                rows = rows.filter(**{f"{date_field}__year": year})
            parts.append(
                rows.order_by()
                .annotate(
                    entry_date=F(date_field),
                    entry_kind=Value(kind),
                    entry_order=Value(KIND_ORDER[kind]),
                    entry_name=name,
                )
                .values_list("entry_date", "entry_kind", "entry_order", "entry_name", "pk")
            )

    add("meeting", dated_meetings(), "date", F("title"))
    add("report", reports_handed_over(), "handed_over", F("sou_number"))
    add("remiss", remisses_with_deadline(), "deadline", F("title"))
    statements = dated_statements()
    add("officials_report", statements.exclude(kind="memorandum"), "report_date",
        Coalesce(F("prepared_by__name"), F("body__name")))  # fmt: skip
    add("memorandum", statements.filter(kind="memorandum"), "report_date", F("body__name"))
    add("decision", statements, "decision_date", F("body__name"))
    if not parts:
        return []
    union = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return union.order_by("entry_date", "entry_order", "entry_name", "pk")


def materialize(rows):
    """Entries for ``rows`` of :func:`entry_rows`, with one query for each kind of record."""
    rows = list(rows)
    ids = {}
    for _date, kind, _order, _name, pk in rows:
        ids.setdefault(kind, set()).add(pk)
    statement_ids = (
        ids.get("officials_report", set())
        | ids.get("memorandum", set())
        | ids.get("decision", set())
    )
    records = {
        "meeting": dated_meetings().in_bulk(ids.get("meeting", ())),
        "report": reports_handed_over().in_bulk(ids.get("report", ())),
        "remiss": remisses_with_deadline().in_bulk(ids.get("remiss", ())),
        "statement": dated_statements().in_bulk(statement_ids),
    }
    return [
        Entry(date, kind, records[kind if kind in records else "statement"][pk], name)
        for date, kind, _order, name, pk in rows
    ]


def entries(year=None, kinds=None):
    """(placed entries in date order, undated entries), all of them: for tests and small sets."""
    placed = materialize(entry_rows(year, kinds))
    return placed, [] if year is not None else undated_entries(kinds)


def undated_entries(kinds=None):
    """The undated meetings (nothing else is ever undated): listed apart, never placed."""
    if kinds is not None and "meeting" not in kinds:
        return []
    return [Entry(None, "meeting", meeting, meeting.title) for meeting in undated_meetings()]


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
