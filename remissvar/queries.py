"""What the remissvar app tells the rest of the portal, as named queries."""

from django.db.models import F

from remissvar.models import Position, Remiss, Stance, Statement
from remissvar.rollup import rollups
from tillit.counting import estimated_count
from tillit.dates import years_with
from tillit.models import Organisation


def statements_by(organisation):
    """The statements an organisation gave, the latest first, with their remisses."""
    return (
        Statement.objects.filter(body=organisation)
        .select_related("remiss")
        .order_by(F("decision_date").desc(nulls_last=True), "-pk")
    )


def positions_by(organisation):
    """Every position in the statements an organisation gave, the latest statements first."""
    return (
        Position.objects.filter(statement__body=organisation)
        .select_related("proposal__report", "statement")
        .order_by(
            F("statement__decision_date").desc(nulls_last=True),
            "-statement_id",
            "proposal__report__sou_number",
            "proposal__chapter_sort",
        )
    )


# Roll-ups are tables of every proposal a remiss covers: the page shows the latest few.
ROLLUPS_SHOWN = 5


def rollups_of(organisation):
    """
    For the latest remisses the organisation answered (ROLLUPS_SHOWN of
    them): its final answer next to the bodies below it. Three queries.
    """
    remisses = list(
        Remiss.objects.filter(responding_organisation=organisation).order_by(
            F("deadline").desc(nulls_last=True), "-pk"
        )[:ROLLUPS_SHOWN]
    )
    if not remisses:
        return []
    organisations = Organisation.objects.only("pk", "parent_id")
    rows = rollups(remisses, organisation, organisations)
    return [(remiss, rows[remiss.pk]) for remiss in remisses]


def remisses_with_deadline():
    return Remiss.objects.exclude(deadline=None)


def dated_statements():
    """
    Statements with a decision or report date, with their bodies, for the
    timeline: without their texts, which it never shows.
    """
    return (
        Statement.objects.exclude(decision_date=None, report_date=None)
        .select_related("body", "prepared_by")
        .only("slug", "kind", "decision_date", "report_date", "body__name", "prepared_by__name")
    )


def dated_years():
    """The years in which a remiss deadline, a tjänsteutlåtande or a decision falls."""
    years = {day.year for day in Remiss.objects.exclude(deadline=None).dates("deadline", "year")}
    return years | years_with(Statement.objects.all(), "decision_date", "report_date")


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
        "statements": estimated_count(Statement.objects.all()),
        "positions": estimated_count(Position.objects.all()),
        "hesitant": estimated_count(Position.objects.filter(stance=Stance.HESITANT)),
    }
