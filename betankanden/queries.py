"""What the betankanden app tells the rest of the portal, as named queries."""

from betankanden.models import Proposal, Report
from tillit.counting import estimated_count


def reports_handed_over():
    """Reports with a known hand-over date, in date order."""
    return Report.objects.exclude(handed_over=None).order_by("handed_over", "sou_number")


def hand_over_years():
    return {
        day.year for day in Report.objects.exclude(handed_over=None).dates("handed_over", "year")
    }


def reports_citing(source):
    return Report.objects.filter(sources=source)


def proposals_citing(source):
    return Proposal.objects.filter(sources=source).select_related("report")


def report_count():
    return estimated_count(Report.objects.all())


def proposal_count():
    return estimated_count(Proposal.objects.all())
