"""A statement that adopts another's views where it says nothing itself (the memorandum's reference)."""

import re

import pytest
from django.core.exceptions import ValidationError

from remissvar.matrix import StanceMatrix
from remissvar.rollup import rollup
from tests.asserts import assert_refused
from tests.factories import (
    make_organisation,
    make_position,
    make_proposal,
    make_remiss,
    make_statement,
)
from tillit.models import Organisation

pytestmark = pytest.mark.django_db

REFERENCE = "I övrigt hänvisar jag till vad som sägs i kontorets tjänsteutlåtande."


@pytest.fixture
def city_answer():
    """A city, its office (hesitant on a proposal) and the city's memorandum referring to it."""
    city = make_organisation(kind="municipality")
    office = make_organisation(kind="administration", parent=city)
    committee = make_organisation(kind="committee", parent=city)
    remiss = make_remiss(responding_organisation=city)
    lab, research = make_proposal(), make_proposal()
    remiss.reports.add(lab.report, research.report)
    office_statement = make_statement(remiss=remiss, body=office)
    make_position(
        statement=office_statement,
        proposal=lab,
        stance="hesitant",
        passage="Nämnden är tveksam till policylabbet.",
    )
    committee_statement = make_statement(remiss=remiss, body=committee)
    make_position(statement=committee_statement, proposal=lab, stance="hesitant")
    make_position(statement=committee_statement, proposal=research, stance="opposes")
    memorandum = make_statement(
        remiss=remiss,
        body=city,
        kind="memorandum",
        text="Staden tillstyrker forskningen.\n\n" + REFERENCE,
        overall_summary="Staden tillstyrker forskningen.",
        adopts_views_of=office_statement,
        adoption_passage=REFERENCE,
    )
    make_position(
        statement=memorandum,
        proposal=research,
        stance="supports",
        passage="Staden tillstyrker forskningen.",
    )
    return {
        "city": city,
        "remiss": remiss,
        "lab": lab,
        "research": research,
        "office": office_statement,
        "memorandum": memorandum,
    }


def test_matrix_shows_the_adopted_position_marked(city_answer):
    matrix = StanceMatrix(city_answer["remiss"])
    matrix.load_page(matrix.statements)
    assert matrix.stance(city_answer["memorandum"], city_answer["lab"]) == "hesitant"
    cell = matrix.cell(city_answer["memorandum"], city_answer["lab"])
    assert cell.stance == "hesitant"
    assert cell.position.adopted
    assert cell.position.get_absolute_url() == cell.position.source.get_absolute_url()
    own = matrix.cell(city_answer["memorandum"], city_answer["research"])
    assert own.stance == "supports"
    assert not own.position.adopted


def test_rollup_counts_divergence_against_the_adopted_answer(city_answer):
    rows = {
        row.proposal: row
        for row in rollup(
            city_answer["remiss"], city_answer["city"], Organisation.objects.only("pk", "parent_id")
        )
    }
    lab = rows[city_answer["lab"]]
    assert lab.final.adopted
    assert lab.final.stance == "hesitant"
    # Office and committee hesitate, as the adopted final answer does: no divergence.
    assert lab.diverging == []
    research = rows[city_answer["research"]]
    assert not research.final.adopted
    assert [p.stance for p in research.diverging] == ["opposes"]


def test_the_matrix_page_says_the_position_is_adopted(client, city_answer):
    page = client.get(f"/remisser/{city_answer['remiss'].slug}/matris/").content.decode()
    assert "(hänvisar till" in page


def test_a_statement_cannot_adopt_one_from_another_remiss(city_answer):
    elsewhere = make_statement(remiss=make_remiss())
    memorandum = city_answer["memorandum"]
    memorandum.adopts_views_of = elsewhere
    with pytest.raises(ValidationError) as error:
        memorandum.full_clean()
    assert "samma remiss" in str(error.value)


def test_the_reference_must_be_quoted_verbatim(city_answer):
    memorandum = city_answer["memorandum"]
    memorandum.adoption_passage = "I övrigt hänvisar jag till något annat."
    with pytest.raises(ValidationError) as error:
        memorandum.full_clean()
    assert "adoption_passage" in error.value.message_dict


def test_the_database_refuses_an_unquoted_or_circular_reference(city_answer):
    memorandum = city_answer["memorandum"]
    memorandum.adoption_passage = ""
    assert_refused(memorandum.save)
    memorandum.refresh_from_db()
    memorandum.adopts_views_of = memorandum
    assert_refused(memorandum.save)


def test_proposal_page_counts_the_adopting_statement_with_the_adopted_words(client, city_answer):
    lab = city_answer["lab"]
    response = client.get(lab.get_absolute_url())
    positions = [p for group in response.context["groups"] for p in group["positions"]]
    adopted = [p for p in positions if p.adopted]
    assert [p.statement for p in adopted] == [city_answer["memorandum"]]
    assert city_answer["memorandum"] not in response.context["not_addressed"]
    assert "genom hänvisning till" in response.content.decode()


def test_statement_and_remiss_pages_show_the_reference(client, city_answer):
    memorandum = city_answer["memorandum"]
    page = client.get(memorandum.get_absolute_url()).content.decode()
    assert "Hänvisar i övrigt till" in page
    assert city_answer["office"].get_absolute_url() in page
    remiss_page = client.get(city_answer["remiss"].get_absolute_url()).content.decode()
    # As text: "Promemorian" may be marked as a glossary term.
    assert "Promemorian hänvisar i övrigt till" in re.sub(r"<[^>]+>", "", remiss_page)
    assert REFERENCE in remiss_page


def test_the_city_answer_adopts_the_office_on_the_policylab(client):
    """The real corpus: the memorandum refers to stadsledningskontoret's tjänsteutlåtande."""
    from remissvar.models import Remiss

    remiss = Remiss.objects.get()
    city = remiss.responding_organisation
    rows = {
        row.proposal.slug: row
        for row in rollup(remiss, city, Organisation.objects.only("pk", "parent_id"))
    }
    policylab = rows["nationellt-policylabb"]
    assert policylab.final.adopted
    assert policylab.final.stance == "hesitant"
    assert policylab.final.source.statement.slug == "stadsledningskontoret"
    # The office's hesitation is the city's answer now, not a divergence from it.
    assert "stadsledningskontoret" not in [p.statement.slug for p in policylab.diverging]
    # Where the memorandum speaks itself, its own position stands.
    assert not rows["generella-statsbidrag"].final.adopted
