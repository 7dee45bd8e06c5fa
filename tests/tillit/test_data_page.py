"""/data/: every dataset with its downloads and columns, the sources' terms, and its DCAT-AP-SE description."""

import json

import pytest

from forum.exports import MEETING_COLUMNS
from remissvar.exports import MATRIX_COLUMNS
from tillit.models import Source, SourceKind
from tillit.portal import datasets

pytestmark = pytest.mark.django_db


def test_every_download_the_page_offers_answers(client):
    response = client.get("/data/")
    assert response.status_code == 200
    html = response.content.decode()
    offered = response.context["datasets"]
    assert {dataset.slug for dataset in offered} >= {
        "moten", "personer", "organisationer", "forslag", "remissvar", "stallningstaganden",
        "matris", "kallor",
    }  # fmt: skip
    for dataset in offered:
        assert f'id="{dataset.slug}"' in html
        for distribution in dataset.distributions():
            assert f'href="{distribution.url}"' in html
            answer = client.get(distribution.url)
            assert answer.status_code == 200, distribution.url


def test_each_column_is_described(client):
    html = client.get("/data/").content.decode()
    for column in [*MEETING_COLUMNS, *MATRIX_COLUMNS]:
        assert column.description, column.name
        assert f"<code>{column.name}</code>" in html
        assert str(column.description) in html


def test_the_news_article_is_named_as_facts_only(client):
    html = client.get("/data/").content.decode()
    article = Source.objects.get(kind=SourceKind.NEWS_ARTICLE)
    assert article.title in html
    assert "bara fakta" in html
    assert "creativecommons.org/publicdomain/zero/1.0/" in html


def test_the_page_reads_in_english_too(client):
    html = client.get("/en/data/").content.decode()
    assert "<h1>Open data</h1>" in html
    assert 'href="/en/forum/?format=csv"' in html


def test_the_dcat_description_names_every_dataset_and_its_distributions(client, settings):
    settings.TILLIT_SITE_URL = "https://kunskapsbank.example.se"
    settings.TILLIT_CONTACT_EMAIL = "registrator@example.se"
    response = client.get("/data/dcat.jsonld")
    assert response["Content-Type"] == "application/ld+json"
    catalogue = json.loads(response.content)
    assert catalogue["@type"] == "dcat:Catalog"
    assert catalogue["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    assert catalogue["dcterms:license"] == {"@id": datasets.LICENCE}
    found = {entry["@id"].rpartition("#")[2]: entry for entry in catalogue["dcat:dataset"]}
    assert set(found) == {dataset.slug for dataset in datasets.datasets()}
    for entry in found.values():
        assert entry["@type"] == "dcat:Dataset"
        # DCAT-AP-SE's mandatory properties of a dataset.
        for name in ("dcterms:title", "dcterms:description", "dcterms:publisher"):
            assert entry[name]
        assert entry["dcat:contactPoint"]["vcard:hasEmail"] == {
            "@id": "mailto:registrator@example.se"
        }
        for distribution in entry["dcat:distribution"]:
            url = distribution["dcat:accessURL"]["@id"]
            assert url.startswith("https://kunskapsbank.example.se/")
            assert distribution["dcterms:format"]["@id"].startswith(datasets.EU_AUTHORITY)
            path = url.removeprefix("https://kunskapsbank.example.se")
            assert client.get(path).status_code == 200, path
    meetings = found["moten"]["dcat:distribution"]
    assert {d["dcat:mediaType"] for d in meetings} == {
        "text/csv", datasets.FILE_TYPES["xlsx"][1], "application/json", "text/calendar",
        "application/atom+xml",
    }  # fmt: skip
