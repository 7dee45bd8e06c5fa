"""
Forum Tillit's meetings as iCalendar (RFC 5545): ``/forum/kalender.ics`` for
a calendar program to subscribe to, ``/forum/<slug>/kalender.ics`` to add one
meeting to a calendar.

The sources give a meeting's day, never its hour or its place. So a meeting
is an all-day event (DTSTART a DATE, DTEND the next day, which is how RFC
5545 ends an all-day event) and has no LOCATION: a time or a room made up
for the calendar would reach a reader's calendar as fact. A meeting without
a known day is left out. Where the year is the portal's inference, the
description says so and how it was inferred, as the meeting's page does.

Nothing random and nothing of the moment goes in (UIDs are the meeting's key
at the site's host, DTSTAMP is derived from the meeting's day): the same data
gives the same file, so the page cache can keep it, and a subscribed program
is not told of a change where there is none.
"""

import datetime
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import get_language, gettext
from icalendar import Calendar, Event

from tillit.dates import at_midnight
from tillit.site import absolute_url, site_origin

CONTENT_TYPE = "text/calendar; charset=utf-8"


def host(request):
    """The site's host name, which makes the UIDs unique beyond this site (RFC 5545, 3.8.4.7)."""
    return urlsplit(site_origin(request)).hostname or "localhost"


def meeting_uid(meeting, request):
    # The slug, not the primary key: it is the meeting's key in the corpus and
    # its export, so a reloaded database keeps every UID a calendar has seen.
    return f"meeting-{meeting.slug}@{host(request)}"


def meeting_description(meeting, url):
    """Kind, theme, an inferred year with its reasoning, and the page: in the active language."""
    lines = [f"{gettext('Typ')}: {meeting.get_kind_display()}"]
    if meeting.theme_id:
        lines.append(f"{gettext('Tema')}: {meeting.theme.title}")
    if meeting.year_is_inferred:
        lines.append(
            gettext("Året %(year)s är härlett, inte angivet av källan.")
            % {"year": meeting.date.year}
        )
        lines.append(meeting.date_reasoning)
    # Many calendar programs show the description but not the URL property.
    lines.append(url)
    return "\n".join(lines)


def meeting_event(meeting, request):
    """One dated meeting (with its theme selected) as a VEVENT."""
    url = absolute_url(meeting.get_absolute_url(), request)
    return Event.new(
        uid=meeting_uid(meeting, request),
        # DTSTAMP must be a UTC date-time. With METHOD:PUBLISH, RFC 5545 makes
        # it the moment the file was made, but "now" would make every download
        # differ and could read as a new revision on every poll; the model keeps
        # no time of its last change. Midnight UTC of the meeting's day is the
        # Atom feed's "updated" for the same meeting (tillit.feeds): stable,
        # and it moves only when the date, the one fact that places the event, does.
        stamp=at_midnight(meeting.date),
        start=meeting.date,
        end=meeting.date + datetime.timedelta(days=1),
        summary=meeting.title,
        description=meeting_description(meeting, url),
        url=url,
    )


def meeting_calendar(meetings, request, *, uid):
    """
    A calendar of ``meetings`` (dated ones, their themes selected), named for
    Forum Tillit in the active language. ``uid`` names the calendar itself
    (RFC 7986): given, because icalendar would otherwise make a random one.
    """
    # The last part of a PRODID names the language of the calendar's text.
    language = (get_language() or "sv").upper()
    calendar = Calendar.new(
        prodid=f"-//Tillitsdelegationens kunskapsbank//Forum Tillit//{language}",
        calscale="GREGORIAN",
        method="PUBLISH",
        name=gettext("Forum Tillit: möten"),
        uid=uid,
        url=absolute_url(reverse("forum:meeting-list"), request),
    )
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting, request))
    return calendar


def all_meetings_calendar(meetings, request):
    return meeting_calendar(meetings, request, uid=f"calendar-forum-tillit@{host(request)}")


def one_meeting_calendar(meeting, request):
    return meeting_calendar(
        [meeting], request, uid=f"calendar-meeting-{meeting.slug}@{host(request)}"
    )


def calendar_response(calendar, filename):
    """``calendar`` as a download named ``filename``."""
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
