"""
What the forum app tells the rest of the portal, as named queries.

Pages that gather from several apps (tillit/portal/) ask here instead of
reaching through the reverse accessors of the shared models, so the forum's
tables can change without the portal knowing.
"""

from django.db.models import Exists, OuterRef

from forum.models import Meeting, Participation, Theme
from tillit.counting import estimated_count


def meetings_of(organisation):
    """Meetings an organisation took part in (itself, or through someone representing it)."""
    taking_part = Participation.objects.filter(meeting=OuterRef("pk"), organisation=organisation)
    return Meeting.objects.filter(Exists(taking_part)).chronological()


def participations_of(person):
    """A person's participations, with their meetings, in the order of the meetings."""
    return (
        Participation.objects.filter(person=person)
        .select_related("meeting")
        # The meeting's own order: by date, undated last.
        .order_by("meeting", "order")
    )


def dated_meetings():
    """Every meeting, dated ones first in date order; the undated come last."""
    return Meeting.objects.chronological()


def undated_meetings():
    return Meeting.objects.filter(date=None).order_by("title")


def meeting_years():
    return {day.year for day in Meeting.objects.exclude(date=None).dates("date", "year")}


def latest_meetings(count):
    """The meetings added to the database last."""
    return Meeting.objects.order_by("-pk")[:count]


def meetings_citing(source):
    return Meeting.objects.filter(sources=source).chronological()


def themes_citing(source):
    return Theme.objects.filter(sources=source)


def meeting_count():
    return estimated_count(Meeting.objects.all())
