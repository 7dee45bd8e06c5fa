"""Lookup fields: a record among thousands, by key or by words, without a select."""

import pytest

from remissvar.models import Position
from tillit.lookup import LookupField

pytestmark = pytest.mark.django_db

POSITIONS = "/remissvar/positioner/"


def bodies_in(response):
    return {p.statement.body.slug for p in response.context["position_list"]}


@pytest.mark.parametrize(
    "value",
    [
        "utbildningsnamnden",  # the key, as links carry it
        "Utbildningsnämnden (Stockholms stad)",  # the label the field shows
        "utbildningsnämnden",  # the name, any case
        "utbildnings",  # words that match one body
        "  Utbildningsnämnden  ",
    ],
)
def test_a_body_is_found_by_key_label_or_words(client, value):
    response = client.get(POSITIONS, {"body": value})
    assert response.status_code == 200
    assert bodies_in(response) == {"utbildningsnamnden"}
    # The field shows the body's label, whatever was typed.
    assert 'value="Utbildningsnämnden (Stockholms stad)"' in response.content.decode()


def test_words_that_match_several_offer_them_as_links(client):
    response = client.get(POSITIONS, {"body": "stadsdelsnämnd", "stance": "supports"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Flera matchar ”stadsdelsnämnd”" in page
    assert "Menade du:" in page
    for slug in (
        "farsta-stadsdelsnamnd",
        "hasselby-vallingby-stadsdelsnamnd",
        "norrmalms-stadsdelsnamnd",
    ):
        # Each link keeps the other filters and chooses one body by its key.
        assert f'href="?body={slug}&amp;stance=supports"' in page
    chosen = client.get(POSITIONS, {"body": "farsta-stadsdelsnamnd", "stance": "supports"})
    assert bodies_in(chosen) == {"farsta-stadsdelsnamnd"}


def test_words_that_match_nothing_are_refused_with_a_message(client):
    response = client.get(POSITIONS, {"body": "<script>finns inte</script>"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Inget matchar ”&lt;script&gt;finns inte&lt;/script&gt;”" in page
    assert "<script>finns" not in page


def test_overlong_input_is_refused(client):
    response = client.get(POSITIONS, {"body": "x" * 3000})
    assert response.status_code == 400
    assert "högst 200 tecken" in response.content.decode()


def test_a_proposal_is_found_by_key_or_title(client):
    position = Position.objects.get(
        statement__slug="farsta-stadsdelsnamnd", proposal__slug="nationellt-policylabb"
    )
    for value in (
        "sou-2018-47.nationellt-policylabb",
        "Nationellt policylabb (SOU 2018:47)",
        "policylabb",
    ):
        response = client.get(POSITIONS, {"proposal": value, "body": "farsta-stadsdelsnamnd"})
        assert [p.pk for p in response.context["position_list"]] == [position.pk], value


def test_few_choices_come_as_a_datalist_and_many_do_not(client, monkeypatch):
    page = client.get(POSITIONS).content.decode()
    assert (
        '<datalist id="id_body-val"><option value="Farsta stadsdelsnämnd (Stockholms stad)">'
        in page
    )
    monkeypatch.setattr(LookupField, "datalist_limit", 3)
    page = client.get(POSITIONS).content.decode()
    assert 'id="id_body-val"' not in page
    assert 'name="body"' in page
    # The corpus's three reports are few enough still.
    assert '<datalist id="id_report-val"><option value="SOU 2018:38 ' in page


def test_meeting_and_people_lists_look_up_people_and_organisations(client):
    response = client.get("/forum/", {"person": "Laura Hartman"})
    assert response.status_code == 200
    assert all(
        m.participations.filter(person__slug="laura-hartman").exists()
        for m in response.context["meeting_list"]
    )
    response = client.get("/personer/", {"organisation": "Falkenbergs kommun"})
    assert response.status_code == 200
    assert [p.slug for p in response.context["person_list"]] == ["charlott-johansson"]
    response = client.get("/organisationer/", {"parent": "Stockholms stad"})
    assert response.status_code == 200
    assert {o.parent.slug for o in response.context["organisation_list"]} == {"stockholms-stad"}


def test_a_report_is_chosen_by_key_number_or_title(client):
    expected = {"SOU 2018:48"}
    for value in ("sou-2018-48", "SOU 2018:48", "sou 2018:48", "En lärande tillsyn"):
        response = client.get(POSITIONS, {"report": value})
        assert response.status_code == 200, value
        reports = {p.proposal.report.sou_number for p in response.context["position_list"]}
        assert reports == expected, value
    response = client.get(POSITIONS, {"report": "SOU 2018"})
    assert response.status_code == 400
    assert "Menade du:" in response.content.decode()


def test_the_comparison_takes_a_remiss_by_title_or_file_number(client):
    for value in ("KS 2018/1086", "Tillitsdelegationens betänkanden"):
        response = client.get(
            "/remissvar/jamfor/",
            {"remiss": value, "a": "Farsta stadsdelsnämnd", "b": "Norrmalms stadsdelsnämnd"},
        )
        assert response.status_code == 200, value
        assert response.context["a"].body.name == "Farsta stadsdelsnämnd"
