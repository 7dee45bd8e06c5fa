"""The list of remisses, and the ways from a statement or a remiss to its matrix."""

import pytest

from tests.factories import make_remiss

pytestmark = pytest.mark.django_db

REMISS = "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/"


def test_remiss_list_shows_each_remiss_with_its_answers_and_matrix(client):
    response = client.get("/remisser/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f'href="{REMISS}"' in page
    assert f'href="{REMISS}matris/"' in page
    assert "8 remissvar" in page
    assert "Dnr KS 2018/1086" in page


def test_remiss_list_is_paged_and_its_queries_are_fixed(client, django_assert_num_queries):
    for _ in range(30):
        make_remiss()
    with django_assert_num_queries(3):
        response = client.get("/remisser/")
    assert len(response.context["remiss_list"]) == 25
    assert client.get("/remisser/?page=2").context["page_obj"].number == 2
    assert client.get("/remisser/?page=3").status_code == 404


def test_statement_list_links_each_statement_to_its_remiss_and_matrix(client):
    page = client.get("/remissvar/").content.decode()
    assert page.count(f'href="{REMISS}matris/"') >= 8


def test_remiss_page_offers_the_matrix_before_its_decision_path(client):
    page = client.get(REMISS).content.decode()
    assert page.index(f'href="{REMISS}matris/"') < page.index("Beslutsgång")


def test_remiss_breadcrumbs_lead_to_the_list(client):
    response = client.get(REMISS)
    assert ("Remisser", "/remisser/") in [
        tuple(map(str, crumb)) for crumb in response.context["breadcrumbs"]
    ]
