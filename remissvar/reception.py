"""
How a proposal was received: how many bodies took each stance (a bar the
server draws, no chart library, no script), the first positions of each
stance in the bodies' own words, and the statements that do not take it up.

A proposal may have ten thousand positions in a national archive: the page
shows the counts of all of them and SHOWN_PER_STANCE of each stance, and
links to the positions list, filtered and paginated, for the rest.

It belongs here, not in betankanden: a report does not know its answers.
The proposal page shows it through the ``proposal_reception`` template tag.
"""

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from remissvar.adoption import AdoptedPosition
from remissvar.models import Position, Stance, Statement

NOT_ADDRESSED = _("Tar inte upp förslaget")
SHOWN_PER_STANCE = 10
SHOWN_NOT_ADDRESSING = 30


def reception_of(proposal):
    """The context of the reception partial: counts, the first positions, silent statements."""
    positions = Position.objects.filter(proposal=proposal)
    counts = dict(positions.values_list("stance").annotate(count=Count("pk")).order_by())
    # The first SHOWN_PER_STANCE of each stance, by body name, in one query.
    shown = list(
        positions.select_related("statement__body", "statement__remiss")
        .annotate(
            row=Window(
                RowNumber(),
                partition_by=[F("stance")],
                order_by=[F("statement__body__name").asc(), F("pk").asc()],
            )
        )
        .filter(row__lte=SHOWN_PER_STANCE)
    )
    # Of the statements that say nothing of it themselves, those that adopt
    # one that does carry its position (remissvar.adoption).
    silent = Statement.objects.not_addressing(proposal)
    adopting = list(
        silent.filter(adopts_views_of__positions__proposal=proposal).select_related("body")
    )
    adopted_sources = {
        position.statement_id: position
        for position in positions.filter(
            statement__in=[statement.adopts_views_of_id for statement in adopting]
        ).select_related("statement__body")
    }
    adopted = [
        AdoptedPosition(statement, adopted_sources[statement.adopts_views_of_id])
        for statement in adopting
    ]
    for position in adopted:
        counts[position.stance] = counts.get(position.stance, 0) + 1
    not_addressing = silent.exclude(pk__in=[statement.pk for statement in adopting])
    not_addressed_count = not_addressing.count()
    order = list(Stance.values)
    shown = sorted(shown + adopted, key=lambda p: (order.index(p.stance), p.statement.body.name))
    groups = []
    for value, label in Stance.choices:
        members = [position for position in shown if position.stance == value]
        if not members:
            continue
        more = counts.get(value, 0) - len(members)
        query = urlencode({"proposal": proposal.key, "stance": value})
        groups.append({
            "stance": value,
            "label": label,
            "count": counts.get(value, 0),
            "positions": members,
            "more": max(more, 0),
            "all_url": f"{reverse('remissvar:position-list')}?{query}",
        })  # fmt: skip
    return {
        "groups": groups,
        "not_addressed": list(not_addressing.select_related("body")[:SHOWN_NOT_ADDRESSING]),
        "not_addressed_count": not_addressed_count,
        "bar": stance_bar(counts, not_addressed_count),
    }


def stance_bar(counts, not_addressed):
    """
    (key, label, count, x, width) per stance with at least one body, then
    "not addressed"; x and width are percentages of the bar.
    """
    rows = [(value, label, counts.get(value, 0)) for value, label in Stance.choices]
    rows = [row for row in rows if row[2]]
    if not_addressed:
        rows.append(("none", NOT_ADDRESSED, not_addressed))
    total = sum(count for _value, _label, count in rows) or 1
    result, x = [], 0.0
    for value, label, count in rows:
        width = round(100 * count / total, 2)
        result.append({"key": value, "label": label, "count": count, "x": x, "width": width})
        x = round(x + width, 2)
    return result
