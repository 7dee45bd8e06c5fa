"""
How a proposal was received: every position taken on it, grouped by stance,
the statements that do not take it up, and the proportions for a bar the
server draws (no chart library, no script).

It belongs here, not in betankanden: a report does not know its answers.
The proposal page shows it through the ``proposal_reception`` template tag.
"""

from collections import Counter

from django.utils.translation import gettext_lazy as _

from remissvar.adoption import AdoptedPosition
from remissvar.models import Position, Stance, Statement

NOT_ADDRESSED = _("Tar inte upp förslaget")


def reception_of(proposal):
    """The context of the reception partial: positions, silent statements and the bar."""
    positions = list(
        Position.objects.filter(proposal=proposal)
        .with_stance_rank()
        .select_related("statement__body", "statement__remiss")
        .order_by("stance_rank", "statement__body__name")
    )
    # Of the statements that say nothing of it themselves, those that adopt
    # one that does carry its position (remissvar.adoption).
    by_statement = {position.statement_id: position for position in positions}
    adopted, not_addressed = [], []
    for statement in Statement.objects.not_addressing(proposal).select_related("body"):
        if statement.adopts_views_of_id in by_statement:
            adopted.append(AdoptedPosition(statement, by_statement[statement.adopts_views_of_id]))
        else:
            not_addressed.append(statement)
    if adopted:
        order = list(Stance.values)
        positions = sorted(
            positions + adopted,
            key=lambda p: (order.index(p.stance), p.statement.body.name),
        )
    return {
        "positions": positions,
        "not_addressed": not_addressed,
        "bar": stance_bar(positions, len(not_addressed)),
    }


def stance_bar(positions, not_addressed):
    """
    (key, label, count, x, width) per stance with at least one body, then
    "not addressed"; x and width are percentages of the bar.
    """
    counts = Counter(position.stance for position in positions)
    rows = [(value, label, counts[value]) for value, label in Stance.choices if counts[value]]
    if not_addressed:
        rows.append(("none", NOT_ADDRESSED, not_addressed))
    total = sum(count for _value, _label, count in rows) or 1
    result, x = [], 0.0
    for value, label, count in rows:
        width = round(100 * count / total, 2)
        result.append({"key": value, "label": label, "count": count, "x": x, "width": width})
        x = round(x + width, 2)
    return result
