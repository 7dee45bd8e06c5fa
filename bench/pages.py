"""
The pages a benchmark drives: every page kind, with the URLs that are hardest
on the data in the database (the largest remiss, the proposal with the most
positions, the organisation with the most statements, deep pages of lists).
"""

import math

from django.db.models import Count

from betankanden.models import Proposal, Report
from forum.models import Meeting
from remissvar.models import Position, Remiss, Statement
from tillit.filtering import DEFAULT_PAGE_SIZE, MAX_LISTED
from tillit.models import Organisation, Person


def last_page(queryset):
    """The deepest page a list shows (lists page up to MAX_LISTED rows)."""
    rows = min(queryset.count(), MAX_LISTED)
    return max(1, math.ceil(rows / DEFAULT_PAGE_SIZE))


def largest(queryset, relation):
    return queryset.annotate(size=Count(relation)).order_by("-size", "pk").first()


def page_urls():
    """(page kind, URL) for every page kind, on the data that is there."""
    remiss = largest(Remiss.objects.all(), "statements")
    statements = list(remiss.statements.order_by("pk")[:2])
    proposal = largest(Proposal.objects.all(), "positions")
    # The body with the most statements, and the organisation that answers the
    # largest remiss (its page has roll-ups of the bodies below it).
    organisation = largest(Organisation.objects.filter(remisses_answered=None), "statements")
    responding = remiss.responding_organisation
    person = largest(Person.objects.all(), "participations")
    meeting = largest(Meeting.objects.all(), "participations")
    report = largest(Report.objects.all(), "proposals")
    statement = Statement.objects.order_by("-pk").first()
    matrix = f"/remisser/{remiss.slug}/matris/"
    return [
        ("home", "/"),
        ("meeting-list", "/forum/"),
        ("meeting-list-filtered", "/forum/?kind=dialogue_meeting&sort=-date"),
        ("meeting-list-deep", f"/forum/?page={last_page(Meeting.objects.all())}"),
        ("meeting", meeting.get_absolute_url()),
        ("person-list", "/personer/"),
        ("person", person.get_absolute_url()),
        ("organisation-list", "/organisationer/"),
        ("organisation-list-filtered", "/organisationer/?kind=committee"),
        ("organisation", organisation.get_absolute_url()),
        ("organisation-responding", responding.get_absolute_url()),
        ("report-list", "/betankanden/"),
        ("report", report.get_absolute_url()),
        ("proposal", proposal.get_absolute_url()),
        ("remiss-list", "/remisser/"),
        ("remiss", remiss.get_absolute_url()),
        ("remiss-matrix", matrix),
        ("remiss-matrix-filtered", f"{matrix}?stance=hesitant&stance=opposes"),
        ("statement-list", "/remissvar/"),
        ("statement-list-filtered", "/remissvar/?stance=opposes&sort=-date"),
        ("statement-list-deep", f"/remissvar/?page={last_page(Statement.objects.all())}"),
        ("statement", statement.get_absolute_url()),
        ("statement-compare", f"/remissvar/jamfor/?a={statements[0].slug}&b={statements[-1].slug}"),
        ("position-list", "/remissvar/positioner/"),
        ("position-list-filtered", "/remissvar/positioner/?stance=hesitant&body_kind=committee"),
        ("position-list-deep", f"/remissvar/positioner/?page={last_page(Position.objects.all())}"),
        ("timeline", "/tidslinje/"),
        ("source-list", "/kallor/"),
        # Two words most documents have: the broadest search, counts estimated.
        ("search", "/sok/?q=tillitsbaserad+styrning"),
        ("search-narrowed", "/sok/?q=vitesf%C3%B6rel%C3%A4gande&kind=paragraph&page=2"),
    ]
