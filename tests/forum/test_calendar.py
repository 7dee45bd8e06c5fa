"""Forum Tillit's meetings as iCalendar: every dated meeting, all-day, nothing invented."""

import datetime

import pytest
from icalendar import Calendar

from forum.models import Meeting

pytestmark = pytest.mark.django_db

UNDATED = "startmote-statliga-myndigheter"


def read(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar):
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_the_calendar_holds_every_dated_meeting_and_no_other(client):
    response = client.get("/forum/kalender.ics")
    assert response["Content-Disposition"] == 'attachment; filename="forum-tillit.ics"'
    calendar = read(response)
    dated = Meeting.objects.filter(date__isnull=False)
    assert set(events(calendar)) == {f"meeting-{m.slug}@testserver" for m in dated}
    assert sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT")) == sorted(
        m.title for m in dated
    )
    assert Meeting.objects.filter(date__isnull=True).exists()  # one is left out
    assert len(calendar.walk("VEVENT")) == dated.count() > 0


def test_the_calendar_says_what_it_is(client):
    calendar = read(client.get("/forum/kalender.ics"))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Tillitsdelegationens kunskapsbank//")
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Forum Tillit: möten"


def test_each_event_is_a_whole_day_with_a_stable_uid_and_a_utc_stamp(client):
    calendar = read(client.get("/forum/kalender.ics"))
    by_slug = {m.slug: m for m in Meeting.objects.filter(date__isnull=False)}
    for uid, event in events(calendar).items():
        meeting = by_slug[uid.removeprefix("meeting-").removesuffix("@testserver")]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        # A date, not a midnight: no source gives a meeting's hour.
        assert type(start) is datetime.date
        assert start == meeting.date
        assert end == meeting.date + datetime.timedelta(days=1)
        assert event["DTSTART"].params["VALUE"] == "DATE"
        stamp = event.decoded("DTSTAMP")
        assert isinstance(stamp, datetime.datetime)
        assert stamp.utcoffset() == datetime.timedelta(0)
        assert str(event["URL"]) == f"http://testserver/forum/{meeting.slug}/"
        # No place is known, so none is given.
        assert "LOCATION" not in event
    # The same data gives the same file: nothing random, nothing of the moment.
    assert client.get("/forum/kalender.ics").content == client.get("/forum/kalender.ics").content


def test_the_description_gives_kind_theme_and_an_inferred_years_reasoning(client):
    calendar = events(read(client.get("/forum/kalender.ics")))
    inferred = Meeting.objects.filter(year_is_inferred=True, theme__isnull=False).first()
    description = str(calendar[f"meeting-{inferred.slug}@testserver"]["DESCRIPTION"])
    assert f"Typ: {inferred.get_kind_display()}" in description
    assert f"Tema: {inferred.theme.title}" in description
    assert f"Året {inferred.date.year} är härlett, inte angivet av källan." in description
    assert inferred.date_reasoning in description
    stated = Meeting.objects.filter(year_is_inferred=False, date__isnull=False).first()
    assert "härlett" not in str(calendar[f"meeting-{stated.slug}@testserver"]["DESCRIPTION"])


def test_the_site_url_setting_names_the_host_and_the_links(client, settings):
    settings.TILLIT_SITE_URL = "https://kunskapsbank.example.se/"
    meeting = Meeting.objects.filter(date__isnull=False).first()
    event = read(client.get(f"/forum/{meeting.slug}/kalender.ics")).walk("VEVENT")[0]
    assert str(event["UID"]) == f"meeting-{meeting.slug}@kunskapsbank.example.se"
    assert str(event["URL"]) == f"https://kunskapsbank.example.se/forum/{meeting.slug}/"


def test_one_meetings_calendar_holds_its_event_as_the_whole_calendar_does(client):
    meeting = Meeting.objects.get(slug="forum-tillit-en-larande-tillsyn")
    response = client.get(f"/forum/{meeting.slug}/kalender.ics")
    assert response["Content-Disposition"] == f'attachment; filename="{meeting.slug}.ics"'
    calendar = read(response)
    assert str(calendar["METHOD"]) == "PUBLISH"
    [event] = calendar.walk("VEVENT")
    whole = events(read(client.get("/forum/kalender.ics")))
    assert event.to_ical() == whole[f"meeting-{meeting.slug}@testserver"].to_ical()
    assert event.decoded("DTSTART") == datetime.date(2017, 10, 3)


@pytest.mark.parametrize(
    ("slug", "message"),
    [(UNDATED, "Källorna anger inte vilken dag mötet"), ("finns-inte", "Det finns inget möte")],
)
def test_an_undated_or_unknown_meeting_has_no_calendar_and_says_why(client, slug, message):
    response = client.get(f"/forum/{slug}/kalender.ics")
    assert response.status_code == 404
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert message in response.content.decode()


def test_the_calendars_cost_one_query_however_many_meetings(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        read(client.get("/forum/kalender.ics"))
    with django_assert_num_queries(1):
        read(client.get("/forum/forum-tillit-en-larande-tillsyn/kalender.ics"))


def test_the_pages_link_to_the_calendars(client):
    assert 'href="/forum/kalender.ics"' in client.get("/forum/").content.decode()
    dated = client.get("/forum/forum-tillit-en-larande-tillsyn/").content.decode()
    assert 'href="/forum/forum-tillit-en-larande-tillsyn/kalender.ics"' in dated
    undated = client.get(f"/forum/{UNDATED}/").content.decode()
    assert "kalender.ics" not in undated


def test_the_english_calendar_is_in_english(client):
    calendar = read(client.get("/en/forum/kalender.ics"))
    assert str(calendar["X-WR-CALNAME"]) == "Forum Tillit: meetings"
    assert str(calendar["PRODID"]).endswith("//EN")
    meeting = Meeting.objects.get(slug="forum-tillit-en-larande-tillsyn")
    event = events(calendar)[f"meeting-{meeting.slug}@testserver"]
    assert str(event["URL"]) == f"http://testserver/en/forum/{meeting.slug}/"
    description = str(event["DESCRIPTION"])
    assert description.startswith("Type: ")
    assert "Theme: " in description
    assert 'href="/en/forum/kalender.ics"' in client.get("/en/forum/").content.decode()
    one = read(client.get(f"/en/forum/{meeting.slug}/kalender.ics"))
    assert str(one["X-WR-CALNAME"]) == "Forum Tillit: meetings"
