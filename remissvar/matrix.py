"""
The stance matrix of a remiss: who said what about which proposal, in one table.

Built from a fixed number of queries whatever the size of the remiss, then
arranged in Python, so the table can be transposed and filtered without
asking the database again.
"""

from collections import Counter, namedtuple
from dataclasses import dataclass, field

from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from betankanden.models import Proposal
from remissvar.adoption import with_adopted
from remissvar.models import Position, Stance, Statement, StatementKind
from tillit.models import OrganisationKind

# Symbols repeat the word, never replace it; screen readers get the word.
STANCE_SYMBOLS = {
    Stance.SUPPORTS: "✔",
    Stance.SUPPORTS_WITH_RESERVATIONS: "✔?",
    Stance.HESITANT: "?",
    Stance.OPPOSES: "✘",
    Stance.COMMENTS_ONLY: "…",
}
NOT_ADDRESSED_SYMBOL = "–"
NOT_ADDRESSED_LABEL = _("Tar inte upp")

# Stances that take a side; comments without a stance agree or disagree with no one.
TAKING_A_SIDE = {
    Stance.SUPPORTS,
    Stance.SUPPORTS_WITH_RESERVATIONS,
    Stance.HESITANT,
    Stance.OPPOSES,
}


@dataclass
class Header:
    label: str
    url: str
    detail: str = ""
    lang: str = "sv"
    # Columns are headed by a number, keyed to a list under the grid, so that
    # the grid fits the screen; the full label goes to screen readers and hover.
    number: int = 0


@dataclass
class Cell:
    position: Position | None
    # The header of the cell's column, set once the columns are numbered: a
    # card on a narrow screen names the proposal (or body) beside the stance.
    column: Header | None = None

    @property
    def stance(self):
        return self.position.stance if self.position else None

    @property
    def symbol(self):
        return STANCE_SYMBOLS.get(self.stance, NOT_ADDRESSED_SYMBOL)

    @cached_property
    def url(self):
        # Finding the quoted paragraph reads the statement's text: once a
        # cell, though the grid and the cards both link it.
        return self.position.get_absolute_url() if self.position else ""

    @property
    def label(self):
        # Not get_stance_display(): it rebuilds the field's choices on every
        # call, which took a fifth of a 600-cell page's time.
        return Stance(self.stance).label if self.stance else NOT_ADDRESSED_LABEL


@dataclass
class Row:
    header: Header
    cells: list
    totals: list = field(default_factory=list)

    @property
    def addressed(self):
        """The cells that hold a position: what a card on a narrow screen lists."""
        return [cell for cell in self.cells if cell.position]

    @property
    def adopted_from(self):
        """The bodies whose views the row's adopted cells carry, for a card's footnote."""
        names = {cell.position.source.statement.body.name for cell in self.addressed
                 if getattr(cell.position, "adopted", False)}  # fmt: skip
        return sorted(names)


# What the filters and the totals need of a cell: its stance and nothing else.
StanceOnly = namedtuple("StanceOnly", "stance")

# A cell as a row of the matrix's download (remissvar.exports.MATRIX_COLUMNS):
# its stance None where the statement does not take the proposal up, and the
# statement whose view it carries where it is adopted by reference.
MatrixCell = namedtuple("MatrixCell", "statement proposal stance adopted_from")


def disagrees(stances):
    """
    Whether the bodies disagree on a proposal: at least two different stances
    among those that take a side. Support with reservations against plain
    support counts: the reservations are the point a compiler must see.
    """
    return len(set(stances) & TAKING_A_SIDE) >= 2


ADOPTED_LABEL = _("genom hänvisning till ett annat remissvar")


def legend():
    """(symbol, label) for every stance, for a proposal not taken up, and for an adopted view."""
    return [
        *((STANCE_SYMBOLS[value], label) for value, label in Stance.choices),
        (NOT_ADDRESSED_SYMBOL, NOT_ADDRESSED_LABEL),
        ("*", ADOPTED_LABEL),
    ]


def stance_totals(stances):
    counts = Counter(stances)
    return [(value, label, counts[value]) for value, label in Stance.choices if counts[value]]


class StanceMatrix:
    """
    Every statement of a remiss against every proposal it covers, filtered.

    A national archive's remiss has a thousand answers: the view pages the
    statements (rows, or columns when transposed), and the totals always
    count them all. So every cell's stance is read as a plain tuple (for the
    filters and the totals), and only the page's positions as records, by
    :meth:`load_page`: 25,000 Position instances, to show 600 of them, cost
    most of a second. Five queries whatever the size: the statements
    (without their texts), the proposals, every stance, and for a page its
    positions and its statements' texts.
    """

    def __init__(self, remiss, *, report=None, chapter="", body_kind="", stances=(),
                 only_disagreement=False, transpose=False):  # fmt: skip
        statements = list(
            remiss.statements.select_related("body").defer(
                "text", "overall_summary", "adoption_passage"
            )
        )
        self.by_id = {statement.pk: statement for statement in statements}
        proposals = list(
            Proposal.objects.filter(report__in=remiss.reports.all())
            .select_related("report")
            .order_by("report__sou_number", "chapter_sort", "short_title")
        )
        # Unordered: the default order joins five tables to sort 25,000 rows.
        every_stance = (
            Position.objects.filter(statement__remiss=remiss)
            .order_by()
            .values_list("statement_id", "proposal_id", "stance")
        )
        positions = with_adopted(
            statements,
            {
                (statement, proposal): StanceOnly(stance)
                for statement, proposal, stance in every_stance
            },
        )
        if report is not None:
            proposals = [p for p in proposals if p.report_id == report.pk]
        if chapter:
            proposals = [p for p in proposals if p.chapter == chapter]
        if body_kind:
            statements = [s for s in statements if s.body.kind == body_kind or s.is_memorandum]
        if stances:
            # Keep the proposals and bodies that have at least one cell with one of these stances.
            hits = [key for key, p in positions.items() if p.stance in stances]
            hit_statements, hit_proposals = {k[0] for k in hits}, {k[1] for k in hits}
            proposals = [p for p in proposals if p.pk in hit_proposals]
            statements = [s for s in statements if s.pk in hit_statements]
        if only_disagreement:
            proposals = [
                p
                for p in proposals
                if disagrees(
                    positions[(s.pk, p.pk)].stance for s in statements if (s.pk, p.pk) in positions
                )
            ]
        self.proposals, self.stances = proposals, positions
        # The records of the cells shown, once load_page has read them.
        self.positions = {}
        # In the order of their groups, so that a page of them keeps each group together.
        self.statements = [
            s for _label, members in self.statement_groups(statements) for s in members
        ]
        self.transposed = transpose

    def statement_header(self, statement):
        return Header(
            statement.body.name, statement.get_absolute_url(), detail=statement.get_kind_display()
        )

    def proposal_header(self, proposal):
        chapter = f", {gettext('kap.')} {proposal.chapter}" if proposal.chapter else ""
        return Header(
            proposal.short_title,
            proposal.get_absolute_url(),
            detail=f"{proposal.report.sou_number}{chapter}",
        )

    @staticmethod
    def statement_groups(statements):
        """Statements grouped by the kind of body, the memorandum in a group of its own first."""
        groups = []
        memoranda = [s for s in statements if s.kind == StatementKind.MEMORANDUM]
        if memoranda:
            groups.append((_("Promemoria"), memoranda))
        for value, label in OrganisationKind.choices:
            members = [
                s for s in statements if s.kind != StatementKind.MEMORANDUM and s.body.kind == value
            ]
            if members:
                groups.append((label, members))
        return groups

    def proposal_groups(self):
        groups = {}
        for proposal in self.proposals:
            groups.setdefault(proposal.report.sou_number, []).append(proposal)
        return list(groups.items())

    def cell(self, statement, proposal):
        """A cell shown: its position as a record (see load_page)."""
        return Cell(self.positions.get((statement.pk, proposal.pk)))

    def stance(self, statement, proposal):
        """A cell's stance, or None: for the totals, which count every statement."""
        found = self.stances.get((statement.pk, proposal.pk))
        return found.stance if found else None

    def load_page(self, statements):
        """
        Read the positions of ``statements`` (a page) and of the statements
        whose views they adopt, and those statements' texts, so the cells can
        link to the quoted paragraph: two queries.
        """
        wanted = {s.pk for s in statements} | {
            s.adopts_views_of_id for s in statements if s.adopts_views_of_id
        }
        own = {}
        for position in (
            Position.objects.filter(statement__in=wanted)
            .order_by()
            .only("id", "statement_id", "proposal_id", "stance", "passage")
        ):
            # The statement is at hand: an adopted cell names the statement it adopts.
            position.statement = self.by_id[position.statement_id]
            own[(position.statement_id, position.proposal_id)] = position
        texts = dict(Statement.objects.filter(pk__in=wanted).values_list("pk", "text"))
        for pk, text in texts.items():
            self.by_id[pk].text = text
        self.positions = with_adopted(statements, own)

    def column_groups(self, statements=None):
        """(label, number of columns) over the columns, in the chosen orientation."""
        if self.transposed:
            groups = self.statement_groups(self.statements if statements is None else statements)
        else:
            groups = self.proposal_groups()
        return [(label, len(members)) for label, members in groups]

    def table(self, statements=None):
        """
        (column headers, row groups, column totals), in the chosen orientation,
        for ``statements`` (a page of them; all by default). Totals count every
        statement: a page's rows are a part, the totals speak for the whole.
        """
        shown = self.statements if statements is None else statements
        if self.transposed:
            columns = [self.statement_header(s) for s in shown]
            groups = [
                (label, [self._row(self.proposal_header(p), [self.cell(s, p) for s in shown],
                                   [self.stance(s, p) for s in self.statements])
                         for p in members])
                for label, members in self.proposal_groups()
            ]  # fmt: skip
            column_stances = [[self.stance(s, p) for p in self.proposals] for s in shown]
        else:
            columns = [self.proposal_header(p) for p in self.proposals]
            groups = [
                (label, [self._row(self.statement_header(s), [self.cell(s, p) for p in self.proposals])
                         for s in members])
                for label, members in self.statement_groups(shown)
            ]  # fmt: skip
            column_stances = [[self.stance(s, p) for s in self.statements] for p in self.proposals]
        column_totals = [stance_totals(filter(None, stances)) for stances in column_stances]
        for number, column in enumerate(columns, start=1):
            column.number = number
        for _label, rows in groups:
            for row in rows:
                for cell, column in zip(row.cells, columns, strict=True):
                    cell.column = column
        return columns, groups, column_totals

    def _row(self, header, cells, stances=None):
        if stances is None:
            stances = [cell.stance for cell in cells]
        return Row(header, cells, stance_totals(filter(None, stances)))

    def cells(self):
        """
        Every cell the filters keep, on every page, as MatrixCells: in the
        page's reading order, statement by statement (each proposal in turn),
        or proposal by proposal when transposed. No queries: every stance was
        read with the matrix.
        """
        if self.transposed:
            pairs = ((s, p) for p in self.proposals for s in self.statements)
        else:
            pairs = ((s, p) for s in self.statements for p in self.proposals)
        for statement, proposal in pairs:
            found = self.stances.get((statement.pk, proposal.pk))
            adopted = getattr(found, "adopted", False)
            yield MatrixCell(
                statement,
                proposal,
                found.stance if found else None,
                self.by_id.get(statement.adopts_views_of_id) if adopted else None,
            )

    not_addressed_label = NOT_ADDRESSED_LABEL

    def cell_count(self):
        return len(self.statements) * len(self.proposals)
