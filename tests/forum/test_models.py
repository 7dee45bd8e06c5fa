import datetime

import pytest
from django.core.exceptions import ValidationError

from forum.models import Meeting, Participation
from tests.asserts import assert_refused
from tests.factories import make_meeting, make_person
from tillit.models import Role, Source

pytestmark = pytest.mark.django_db

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]  # fmt: skip


def test_inferred_year_needs_reasoning():
    assert_refused(lambda: make_meeting(date=datetime.date(2017, 4, 27), year_is_inferred=True))


def test_inferred_year_needs_a_date():
    assert_refused(lambda: make_meeting(year_is_inferred=True, date_reasoning="Härlett."))


def test_participant_count_needs_the_source_wording():
    assert_refused(lambda: make_meeting(participant_count=70))


def test_participation_needs_a_person_or_organisation():
    meeting = make_meeting()
    assert_refused(lambda: Participation.objects.create(meeting=meeting, order=1, role="speaker"))


def test_participation_order_is_unique_per_meeting():
    meeting = make_meeting()
    person = make_person()
    Participation.objects.create(meeting=meeting, order=1, person=person, role="speaker")
    assert_refused(
        lambda: Participation.objects.create(
            meeting=meeting, order=1, person=make_person(), role="speaker"
        )
    )


def test_person_has_a_role_at_a_meeting_once():
    meeting = make_meeting()
    person = make_person()
    Participation.objects.create(meeting=meeting, order=1, person=person, role="speaker")
    assert_refused(
        lambda: Participation.objects.create(
            meeting=meeting, order=2, person=person, role="speaker"
        )
    )


def test_participation_role_must_belong_to_the_person():
    meeting = make_meeting()
    other_role = Role.objects.get(person__slug="anna-skarhed")
    participation = Participation(
        meeting=meeting, order=1, person=make_person(), person_role=other_role, role="speaker"
    )
    with pytest.raises(ValidationError, match="tillhöra den person"):
        participation.full_clean()


def test_no_inferred_year_is_shown_as_certain():
    for meeting in Meeting.objects.filter(year_is_inferred=True):
        assert meeting.date_reasoning
        assert f"[{meeting.date.year}, året härlett]" in meeting.date_display
        assert str(meeting.date.year) in meeting.date_reasoning


def test_every_certain_year_is_written_in_a_source():
    certain = Meeting.objects.filter(date__isnull=False, year_is_inferred=False)
    assert certain.exists()
    for meeting in certain:
        written = f"{meeting.date.day} {MONTHS[meeting.date.month - 1]} {meeting.date.year}"
        assert any(written in s.full_text for s in meeting.sources.all()), meeting


def test_meetings_of_the_corpus():
    dialogue = Meeting.objects.get(slug="dialogmote-med-kommuner-och-landsting")
    # 000 and 001 describe this meeting twice: one record with both sources.
    assert set(dialogue.sources.values_list("file_name", flat=True)) == {
        "000_aa469d6d68b3550f.txt",
        "001_8406357b04164dbc.txt",
    }
    assert dialogue.participations.filter(person__slug="charlott-johansson").exists()
    assert (dialogue.participant_count, dialogue.participant_count_wording) == (50, "50 personer")
    researchers = Meeting.objects.get(slug="dialogmote-med-forskare")
    assert researchers.participant_count_wording == "ett 20-tal välrenommerade forskare"
    agencies = Meeting.objects.get(slug="startmote-statliga-myndigheter")
    assert agencies.date is None
    assert agencies.participant_count_wording == "närmare tvåhundra personer"
    assert agencies.sources.get().kind == "news_article"
    supervision = Meeting.objects.get(slug="forum-tillit-en-larande-tillsyn")
    assert supervision.theme.title == "En lärande tillsyn"
    panel = supervision.participations.filter(role="panellist", person__isnull=True)
    assert {p.organisation.name for p in panel} == {
        "Arbetsmiljöverket",
        "Skolinspektionen",
        "Inspektionen för vård och omsorg",
        "Justitiekanslern",
    }
    assert supervision.participations.get(
        person__slug="gustaf-kastberg", role="speaker"
    ).talk_title == ("Vi granskar mer men ser mindre")
    handover = Meeting.objects.get(slug="overlamningsseminarium-2018")
    assert handover.has_slides
    assert not handover.year_is_inferred


def test_undated_meetings_come_last():
    meetings = list(Meeting.objects.chronological())
    assert meetings[-1].date is None
    dates = [m.date for m in meetings if m.date]
    assert dates == sorted(dates)


def test_meeting_str_and_url():
    meeting = Meeting.objects.get(slug="forum-tillit-en-larande-tillsyn")
    assert str(meeting) == "Forum Tillit om En lärande tillsyn (3 oktober [2017, året härlett])"
    assert meeting.get_absolute_url() == "/forum/forum-tillit-en-larande-tillsyn/"
    assert Source.objects.filter(meetings=meeting).count() == 1


def test_organisation_has_a_panel_role_once():
    meeting = make_meeting()
    organisation = Participation.objects.filter(person__isnull=True).first().organisation
    Participation.objects.create(
        meeting=meeting, order=1, organisation=organisation, role="panellist"
    )
    assert_refused(
        lambda: Participation.objects.create(
            meeting=meeting, order=2, organisation=organisation, role="panellist"
        )
    )
