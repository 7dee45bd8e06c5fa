"""Every public record's page answers, and list pages cost a fixed number of queries."""

import pytest
from django.apps import apps
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLIC_APPS = ["tillit", "forum", "betankanden", "remissvar"]


def public_objects():
    for label in PUBLIC_APPS:
        for model in apps.get_app_config(label).get_models():
            if hasattr(model, "get_absolute_url"):
                yield from model.objects.all()


def test_every_get_absolute_url_answers(client):
    urls = {obj.get_absolute_url().split("#")[0] for obj in public_objects()}
    assert len(urls) > 100
    for url in sorted(urls):
        assert client.get(url).status_code == 200, url


def test_home_page(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Tillit kunskapsbank" in response.content.decode()


def test_health(client):
    assert client.get("/health/").json() == {"status": "ok"}


def test_unknown_page_is_a_404_in_the_site_look(client):
    response = client.get("/forum/finns-inte/")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_statement_page_anchors_paragraphs(client):
    page = client.get("/remissvar/utbildningsnamnden/").content.decode()
    assert 'id="stycke-1"' in page


@pytest.mark.parametrize(
    ("url_name", "queries"),
    [
        ("forum:meeting-list", 1),
        ("betankanden:report-list", 1),
        ("remissvar:statement-list", 1),
        ("tillit:organisation-list", 1),
        ("tillit:person-list", 1),
        ("tillit:source-list", 1),
        ("home", 7),
    ],
)
def test_list_page_query_counts(client, django_assert_num_queries, url_name, queries):
    with django_assert_num_queries(queries):
        assert client.get(reverse(url_name)).status_code == 200
