"""The pages' schema.org JSON-LD, read back as a search engine reads it, against the database."""

import json
import re

import pytest

from betankanden.models import Proposal, ProposalKind, Report
from forum.models import Meeting
from remissvar.models import Statement
from tests.page_kinds import PAGE_KINDS

pytestmark = pytest.mark.django_db

SITE = "https://kunskapsbank.example.se"
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.TILLIT_SITE_URL = SITE + "/"


def items(client, url, status=200):
    """Every ld+json item of a page, parsed; each must name schema.org."""
    response = client.get(url)
    assert response.status_code == status, url
    found = [json.loads(text) for text in LD_JSON.findall(response.content.decode())]
    assert all(item["@context"] == "https://schema.org" for item in found), url
    return found


def one(found, type_):
    [item] = [item for item in found if item["@type"] == type_]
    return item


@pytest.mark.parametrize(("name", "url", "status"), PAGE_KINDS, ids=[k[0] for k in PAGE_KINDS])
def test_every_page_with_a_trail_carries_it_as_a_breadcrumb_list(client, name, url, status):
    found = items(client, url, status)
    trails = [item for item in found if item["@type"] == "BreadcrumbList"]
    if name in {"home", "not-found"}:
        # The home page shows no trail (it would be itself alone); nor does an error page.
        assert trails == []
        return
    [trail] = trails
    elements = trail["itemListElement"]
    assert [element["position"] for element in elements] == list(range(1, len(elements) + 1))
    assert all(element["@type"] == "ListItem" and element["name"] for element in elements)
    assert all(element["item"].startswith(SITE + "/") for element in elements)
    assert elements[0] == {"@type": "ListItem", "position": 1, "name": "Start", "item": SITE + "/"}
    # The page itself is last, by its canonical address (no query string).
    assert elements[-1]["item"] == SITE + url.split("?")[0]


def test_the_trail_of_an_english_page_is_english(client):
    [trail, _report] = items(client, "/en/betankanden/sou-2018-47/")
    assert [(e["name"], e["item"]) for e in trail["itemListElement"]] == [
        ("Home", SITE + "/en/"),
        ("Reports", SITE + "/en/betankanden/"),
        ("SOU 2018:47", SITE + "/en/betankanden/sou-2018-47/"),
    ]


def test_without_the_setting_the_request_origin_is_used(client, settings):
    settings.TILLIT_SITE_URL = ""
    trail = one(items(client, "/forum/"), "BreadcrumbList")
    assert trail["itemListElement"][-1]["item"] == "http://testserver/forum/"


def test_a_meeting_with_an_inferred_year_states_no_start_date(client):
    meeting = Meeting.objects.get(slug="forum-tillit-en-larande-tillsyn")
    assert meeting.year_is_inferred
    event = one(items(client, meeting.get_absolute_url()), "Event")
    assert event["name"] == meeting.title
    assert event["url"] == SITE + meeting.get_absolute_url()
    assert event["inLanguage"] == "sv"
    # The year is not the sources': it is not given as fact, but told with its reasoning.
    assert "startDate" not in event
    assert "[2017, året härlett]" in event["description"]
    assert meeting.date_reasoning in event["description"]
    assert meeting.summary in event["description"]
    # Nothing the model does not hold.
    for unknown in ("eventStatus", "eventAttendanceMode", "location", "organizer"):
        assert unknown not in event
    assert [source["url"] for source in event["subjectOf"]] == [
        SITE + source.get_absolute_url() for source in meeting.sources.all()
    ]
    # The date as the page says it, in the page's language.
    english = one(items(client, "/en" + meeting.get_absolute_url()), "Event")
    assert "3 October [2017, year inferred]" in english["description"]


def test_a_meeting_with_a_known_date_states_it_as_a_date(client):
    meeting = Meeting.objects.filter(date__isnull=False, year_is_inferred=False).first()
    event = one(items(client, meeting.get_absolute_url()), "Event")
    assert event["startDate"] == meeting.date.isoformat()
    assert event.get("description", "") == meeting.summary


def test_a_meeting_without_a_date_says_why(client):
    meeting = Meeting.objects.get(slug="startmote-statliga-myndigheter")
    assert meeting.date is None
    event = one(items(client, meeting.get_absolute_url()), "Event")
    assert "startDate" not in event
    assert event["description"].endswith(f"Datum okänt: {meeting.date_reasoning}")


def test_a_report_is_a_report_with_its_sou_number(client):
    report = Report.objects.get(slug="sou-2018-47")
    found = one(items(client, "/betankanden/sou-2018-47/"), "Report")
    assert found["name"] == report.title
    assert found["alternativeHeadline"] == report.subtitle
    assert found["reportNumber"] == report.sou_number == "SOU 2018:47"
    assert found["datePublished"] == report.handed_over.isoformat()
    assert found["url"] == SITE + report.get_absolute_url()
    # The model names no author or publisher: none is invented.
    assert "author" not in found
    assert "publisher" not in found
    assert {source["name"] for source in found["subjectOf"]} == {
        source.title for source in report.sources.all()
    }


def test_a_proposal_is_a_creative_work_in_its_report(client):
    proposal = Proposal.objects.get(report__slug="sou-2018-47", slug="nationellt-policylabb")
    assert proposal.kind != ProposalKind.STATUTE_CHANGE
    found = one(items(client, proposal.get_absolute_url()), "CreativeWork")
    assert found["name"] == proposal.short_title
    assert found["url"] == SITE + proposal.get_absolute_url()
    assert found["isPartOf"]["@type"] == "Report"
    assert found["isPartOf"]["reportNumber"] == proposal.report.sou_number
    assert found["isPartOf"]["url"] == SITE + proposal.report.get_absolute_url()
    assert "legislationChanges" not in found


def test_a_statute_change_is_legislation_naming_the_statute(client):
    proposal = Proposal.objects.filter(kind=ProposalKind.STATUTE_CHANGE).first()
    found = one(items(client, proposal.get_absolute_url()), "Legislation")
    assert found["name"] == proposal.short_title
    assert found["legislationChanges"] == {"@type": "Legislation", "name": proposal.statute}
    assert found["isPartOf"]["reportNumber"] == proposal.report.sou_number


def test_a_statement_is_its_bodys_work_in_the_remiss(client):
    statement = Statement.objects.get(slug="utbildningsnamnden")
    found = one(items(client, statement.get_absolute_url()), "CreativeWork")
    assert found["author"]["@type"] == "GovernmentOrganization"
    assert found["author"]["name"] == statement.body.name
    assert found["author"]["url"] == SITE + statement.body.get_absolute_url()
    assert found["author"]["parentOrganization"]["name"] == statement.body.parent.name
    assert found["dateCreated"] == statement.decision_date.isoformat()
    assert found["url"] == SITE + statement.get_absolute_url()
    remiss, source = found["isPartOf"]
    assert remiss["name"] == statement.remiss.title
    assert remiss["identifier"]["value"] == statement.remiss.file_number == "KS 2018/1086"
    assert remiss["url"] == SITE + statement.remiss.get_absolute_url()
    assert source["name"] == statement.source.title


def test_a_statement_without_a_decision_is_dated_by_its_text(client):
    statement = Statement.objects.filter(decision_date__isnull=True).first()
    found = one(items(client, statement.get_absolute_url()), "CreativeWork")
    assert found["dateCreated"] == statement.report_date.isoformat()


def test_a_title_cannot_close_the_script_element(client):
    meeting = Meeting.objects.get(slug="forum-tillit-en-larande-tillsyn")
    meeting.title = 'Möte </script><script>alert("x")</script> <!-- & > slut'
    meeting.save()
    response = client.get(meeting.get_absolute_url())
    page = response.content.decode()
    assert "<script>alert" not in page
    head = page.split("</head>")[0]
    # Two data blocks, the trail and the event, each whole: the title added no element.
    assert head.count("<script") == head.count("</script>") == 2
    assert "\\u003C/script\\u003E" in head
    event = one([json.loads(text) for text in LD_JSON.findall(page)], "Event")
    assert event["name"] == meeting.title
    trail = one([json.loads(text) for text in LD_JSON.findall(page)], "BreadcrumbList")
    assert trail["itemListElement"][-1]["name"] == meeting.title
