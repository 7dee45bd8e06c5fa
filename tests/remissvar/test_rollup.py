import pytest

from remissvar.rollup import diverges

pytestmark = pytest.mark.django_db

REMISS = "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/"


def rows_by_title(response):
    return {row.proposal.short_title: row for row in response.context["rollup"]}


def test_city_answer_next_to_its_bodies(client):
    rows = rows_by_title(client.get(REMISS))
    grants = rows["Generella statsbidrag som huvudprincip"]
    assert grants.final.stance == "supports"  # the memorandum welcomes general state grants
    assert {p.statement.body.name for p in grants.positions} == {
        "Stadsledningskontoret",
        "Utbildningsnämnden",
        "Äldrenämnden",
    }
    assert grants.diverging == []


@pytest.mark.parametrize(
    ("proposal", "diverging_bodies"),
    [
        # The city adopts the office's hesitation (the memorandum refers to its
        # tjänsteutlåtande): the bodies that support the policylab now diverge.
        ("Nationellt policylabb", {"Farsta stadsdelsnämnd", "Äldrenämnden"}),
        ("Vitesföreläggande blir frivilligt för Skolinspektionen", {"Utbildningsnämnden"}),
        ("Sammantagen styrning utan mer detaljstyrning än nödvändigt", set()),
    ],
)
def test_bodies_that_diverge_from_the_citys_answer_are_flagged(client, proposal, diverging_bodies):
    row = rows_by_title(client.get(REMISS))[proposal]
    assert {p.statement.body.name for p in row.diverging} == diverging_bodies


def test_rollup_on_the_organisation_page(client):
    response = client.get("/organisationer/stockholms-stad/")
    [(remiss, rows)] = response.context["rollups"]
    assert remiss.file_number == "KS 2018/1086"
    # Every proposal some Stockholm body addresses; only the coordinated-steering one is left out.
    assert len(rows) == 22
    page = response.content.decode()
    assert "Avviker:" in page


def test_no_rollup_for_a_body_without_an_answer_of_its_own(client):
    assert client.get("/organisationer/farsta-stadsdelsnamnd/").context["rollups"] == []


@pytest.mark.parametrize(
    ("final", "body", "expected"),
    [
        ("supports", "hesitant", True),
        (None, "hesitant", True),
        ("hesitant", "hesitant", False),
        ("hesitant", "supports", True),
        ("supports", "supports_with_reservations", False),
        (None, "supports", False),
        ("supports", "comments_only", False),
    ],
)
def test_divergence_rule(final, body, expected):
    assert diverges(final, body) is expected
