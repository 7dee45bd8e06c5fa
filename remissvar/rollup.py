"""
The roll-up of a parent organisation's answer: its own (final) position on
each proposal next to the positions of the bodies below it, divergences flagged.
"""

from dataclasses import dataclass

from remissvar.matrix import NOT_ADDRESSED_SYMBOL, STANCE_SYMBOLS
from remissvar.models import Position, Stance

# A body diverges when it doubts or opposes what the final answer supports
# or leaves unmentioned, or supports what the final answer doubts.
DOUBT = {Stance.HESITANT, Stance.OPPOSES}
SUPPORT = {Stance.SUPPORTS, Stance.SUPPORTS_WITH_RESERVATIONS}


def diverges(final_stance, body_stance):
    if body_stance in DOUBT:
        return final_stance not in DOUBT
    if body_stance in SUPPORT:
        return final_stance in DOUBT
    return False


@dataclass
class RollupRow:
    proposal: object
    final: Position | None
    positions: list

    @property
    def diverging(self):
        final = self.final.stance if self.final else None
        return [p for p in self.positions if diverges(final, p.stance)]

    @property
    def symbol(self):
        return STANCE_SYMBOLS[self.final.stance] if self.final else NOT_ADDRESSED_SYMBOL


def descendants(organisation, organisations):
    """Every organisation below ``organisation``, from a list of all of them (no queries)."""
    children = {}
    for candidate in organisations:
        children.setdefault(candidate.parent_id, []).append(candidate)
    found, queue = [], list(children.get(organisation.pk, []))
    while queue:
        node = queue.pop()
        found.append(node)
        queue.extend(children.get(node.pk, []))
    return found


def rollup(remiss, organisation, organisations):
    """Rows for each proposal that the organisation or any body below it addresses."""
    below = {o.pk for o in descendants(organisation, organisations)}
    positions = list(
        Position.objects.filter(statement__remiss=remiss)
        .filter(statement__body__in=below | {organisation.pk})
        .with_stance_rank()
        .select_related("statement__body", "proposal__report")
        .order_by("proposal__report__sou_number", "proposal__chapter_sort", "stance_rank")
    )
    rows = {}
    for position in positions:
        row = rows.setdefault(position.proposal_id, RollupRow(position.proposal, None, []))
        if position.statement.body_id == organisation.pk:
            row.final = position
        else:
            row.positions.append(position)
    return list(rows.values())
