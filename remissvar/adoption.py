"""
Positions a statement takes by reference.

A statement may adopt another statement's views where it says nothing itself
(the mayor's memorandum: "I övrigt hänvisar jag till vad som sägs i
stadsledningskontorets tjänsteutlåtande"). Where it takes no position of its
own on a proposal, it then carries the adopted statement's position, marked
as adopted, so the city's final answer is not shown as silent where its
office spoke.
"""

from dataclasses import dataclass


@dataclass(eq=False)
class AdoptedPosition:
    """Another statement's position, taken over by reference; reads like a Position."""

    statement: object  # the statement that adopts
    source: object  # the adopted Position

    adopted = True

    @property
    def proposal(self):
        return self.source.proposal

    @property
    def proposal_id(self):
        return self.source.proposal_id

    @property
    def stance(self):
        return self.source.stance

    @property
    def passage(self):
        return self.source.passage

    @property
    def paragraph_number(self):
        return self.source.paragraph_number

    def get_stance_display(self):
        return self.source.get_stance_display()

    def get_absolute_url(self):
        # The words are the adopted statement's: the link goes to them.
        return self.source.get_absolute_url()


def with_adopted(statements, positions):
    """
    ``positions`` ({(statement id, proposal id): Position}) with, for each of
    ``statements`` that adopts another's views, the adopted positions on the
    proposals it does not take up itself. No queries: the adopted statement's
    positions must be in ``positions`` already (both answer the same remiss).
    """
    result = dict(positions)
    for statement in statements:
        if not statement.adopts_views_of_id:
            continue
        for (statement_id, proposal_id), position in positions.items():
            if statement_id == statement.adopts_views_of_id:
                result.setdefault((statement.pk, proposal_id), AdoptedPosition(statement, position))
    return result
