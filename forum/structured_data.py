"""A meeting as a schema.org Event (tillit/structured_data.py), from the rows its page loads."""

from django.utils.text import capfirst

from tillit import markdown
from tillit.site import absolute_url
from tillit.structured_data import iso_date, item, sources_about


def meeting_event(meeting, request=None):
    """
    What the sources say of a meeting, and nothing they do not:

    - ``startDate`` only when the whole date is known. Most dates lack a year
      in the sources; a year the portal inferred is shown on the page as
      inferred, but a reader of JSON-LD takes ``startDate`` as fact and has
      no way to see the doubt. So an inferred year gives no ``startDate``:
      the ``description`` gives the date as the page does (the year marked
      as inferred, in the page's language) with the reasoning. A date is a
      date only: no time of day is known.
    - No ``eventStatus`` or ``eventAttendanceMode``, no ``location``: the
      model records none of them.
    - No ``organizer``: no field records who organised a meeting. The
      "värd" role (Laura Hartman welcoming the participants, once) says who
      hosted the day, not that the delegation organised it.
    - ``subjectOf``: the sources that tell of the meeting.
    """
    described = [markdown.plain(meeting.summary)]
    known = meeting.date is not None and not meeting.year_is_inferred
    if not known and meeting.date_reasoning:
        described.append(f"{capfirst(meeting.date_display)}: {meeting.date_reasoning}")
    return item(
        "Event",
        name=meeting.title,
        startDate=iso_date(meeting.date) if known else None,
        description=" ".join(part for part in described if part),
        url=absolute_url(meeting.get_absolute_url(), request),
        inLanguage="sv",
        subjectOf=sources_about(meeting.sources.all(), request),
    )
