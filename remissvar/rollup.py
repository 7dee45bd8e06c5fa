"""
The roll-up of a parent organisation's answer: its own (final) position on
each proposal next to the positions of the bodies below it, divergences flagged.
"""

from dataclasses import dataclass

from django.db.models import Q

from remissvar.adoption import with_adopted
from remissvar.matrix import NOT_ADDRESSED_SYMBOL, STANCE_SYMBOLS
from remissvar.models import Position, Stance, Statement

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
    """The roll-up of one remiss (see :func:`rollups`)."""
    return rollups([remiss], organisation, organisations)[remiss.pk]


def rollups(remisses, organisation, organisations):
    """
    {remiss id: rows} with, for each remiss, a row for each proposal that
    the organisation or any body below it addresses. Two queries, however
    many remisses.

    The final answer is the organisation's own position, or, where it takes
    none and its statement adopts another's views (remissvar.adoption), the
    adopted one: divergences are counted against that.
    """
    below = {o.pk for o in descendants(organisation, organisations)}
    finals = list(Statement.objects.filter(remiss__in=remisses, body=organisation))
    adopted_ids = {s.adopts_views_of_id for s in finals if s.adopts_views_of_id}
    positions = list(
        Position.objects.filter(statement__remiss__in=remisses)
        .filter(Q(statement__body__in=below | {organisation.pk}) | Q(statement__in=adopted_ids))
        .with_stance_rank()
        .select_related("statement__body", "proposal__report")
        .order_by("proposal__report__sou_number", "proposal__chapter_sort", "stance_rank")
    )
    by_key = with_adopted(finals, {(p.statement_id, p.proposal_id): p for p in positions})
    result = {}
    for remiss in remisses:
        own_finals = [final for final in finals if final.remiss_id == remiss.pk]
        rows = {}
        for position in positions:
            if position.statement.remiss_id != remiss.pk:
                continue
            row = rows.setdefault(position.proposal_id, RollupRow(position.proposal, None, []))
            if position.statement.body_id != organisation.pk:
                row.positions.append(position)
        for row in rows.values():
            for final in own_finals:
                found = by_key.get((final.pk, row.proposal.pk))
                if found is not None and (row.final is None or row.final.adopted):
                    row.final = found
        result[remiss.pk] = list(rows.values())
    return result
