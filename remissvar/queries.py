"""What the remissvar app tells the rest of the portal, as named queries."""

from remissvar.models import Position, Remiss, Stance, Statement
from remissvar.rollup import rollup
from tillit.models import Organisation


def statements_by(organisation):
    """The statements an organisation gave, with their remisses."""
    return Statement.objects.filter(body=organisation).select_related("remiss")


def positions_by(organisation):
    """Every position in the statements an organisation gave."""
    return Position.objects.filter(statement__body=organisation).select_related(
        "proposal__report", "statement"
    )


def rollups_of(organisation):
    """For each remiss the organisation answered: its final answer next to the bodies below it."""
    remisses = list(Remiss.objects.filter(responding_organisation=organisation))
    if not remisses:
        return []
    organisations = Organisation.objects.only("pk", "parent_id")
    return [(remiss, rollup(remiss, organisation, organisations)) for remiss in remisses]


def remisses_with_deadline():
    return Remiss.objects.exclude(deadline=None)


def dated_statements():
    """Statements with a decision or report date, with their bodies, for the timeline."""
    return Statement.objects.exclude(decision_date=None, report_date=None).select_related(
        "body", "prepared_by"
    )


def latest_remiss():
    return Remiss.objects.order_by("-deadline").first()


def latest_statements(count):
    """The statements added to the database last."""
    return Statement.objects.select_related("body").order_by("-pk")[:count]


def statements_citing(source):
    return Statement.objects.filter(source=source).select_related("body")


def statement_counts():
    """How many statements and positions there are, and how many positions hesitate."""
    return {
        "statements": Statement.objects.count(),
        "positions": Position.objects.count(),
        "hesitant": Position.objects.filter(stance=Stance.HESITANT).count(),
    }
