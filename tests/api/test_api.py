"""The read-only API: each resource's list and record, its filters, links, limits and refusals."""

import pytest
from django.core.cache import cache
from rest_framework.throttling import AnonRateThrottle

from betankanden.models import Proposal, Report
from forum.models import Meeting
from remissvar.models import Position, Remiss, Statement
from tillit.models import Organisation, Person, Source, SourceKind

pytestmark = pytest.mark.django_db

API = "/api/v1"


def get_json(client, url, status=200):
    response = client.get(url, HTTP_ACCEPT="application/json")
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/json"
    return response.json()


def every_row(client, url):
    """Every row of a list, page by page, as a client walks it."""
    rows = []
    while url:
        page = get_json(client, url)
        rows += page["results"]
        url = page["next"]
    return rows


# (resource, model, key of a record, the record's key as the API gives it)
RESOURCES = [
    ("meetings", Meeting, "forum-tillit-en-larande-tillsyn", lambda r: r.slug),
    ("people", Person, "laura-hartman", lambda r: r.slug),
    ("organisations", Organisation, "stockholms-stad", lambda r: r.slug),
    ("reports", Report, "sou-2018-47", lambda r: r.slug),
    ("proposals", Proposal, "sou-2018-47.nationellt-policylabb", lambda r: r.key),
    ("remisses", Remiss, "tillitsdelegationens-betankanden-ks-2018-1086", lambda r: r.slug),
    ("statements", Statement, "utbildningsnamnden", lambda r: r.slug),
    ("positions", Position, None, None),
    ("sources", Source, "forum-tillit", lambda r: r.slug),
]


@pytest.mark.parametrize(("resource", "model", "key", "key_of"), RESOURCES)
def test_each_list_holds_every_record_once_with_working_links(client, resource, model, key, key_of):
    rows = every_row(client, f"{API}/{resource}/?page_size=10")
    assert len(rows) == model.objects.count()
    keys = [row["key"] if "key" in row else row["slug"] for row in rows]
    assert len(set(keys)) == len(keys)
    if key_of:
        assert set(keys) == {key_of(record) for record in model.objects.all()}
    first = rows[0]
    assert first["url"].startswith(f"http://testserver{API}/{resource}/")
    assert get_json(client, first["url"])["url"] == first["url"]
    assert client.get(first["page"].removeprefix("http://testserver")).status_code == 200


@pytest.mark.parametrize(("resource", "model", "key", "key_of"), [r for r in RESOURCES if r[2]])
def test_each_record_is_found_by_its_stable_key(client, resource, model, key, key_of):
    record = get_json(client, f"{API}/{resource}/{key}/")
    assert record["key" if "key" in record else "slug"] == key
    assert record["url"] == f"http://testserver{API}/{resource}/{key}/"


def test_a_statement_has_its_paragraphs_numbered_as_on_its_page(client, statement):
    record = get_json(client, f"{API}/statements/{statement.slug}/")
    assert [(p["number"], p["text"]) for p in record["paragraphs"]] == list(statement.paragraphs())
    assert record["body"]["slug"] == statement.body.slug
    assert record["decision_date"] == statement.decision_date.isoformat()
    positions = {p["proposal"]["key"]: p for p in record["positions"]}
    expected = statement.positions.select_related("proposal__report")
    assert set(positions) == {position.proposal.key for position in expected}
    for position in expected:
        found = positions[position.proposal.key]
        assert (found["stance"], found["passage"]) == (position.stance, position.passage)
        assert found["paragraph"] == position.paragraph_number
        # The paragraph the number names holds the passage.
        assert position.passage in record["paragraphs"][found["paragraph"] - 1]["text"]


def test_a_position_is_found_by_statement_report_and_proposal(client):
    position = Position.objects.select_related("statement", "proposal__report").get(
        statement__slug="utbildningsnamnden", stance="hesitant"
    )
    key = f"utbildningsnamnden.{position.proposal.report.slug}.{position.proposal.slug}"
    record = get_json(client, f"{API}/positions/{key}/")
    assert record["key"] == key
    assert record["stance"] == position.stance
    assert record["page"].endswith(position.get_absolute_url())


def test_a_news_article_is_cited_but_its_text_is_not_published(client):
    article = Source.objects.filter(kind=SourceKind.NEWS_ARTICLE).first()
    record = get_json(client, f"{API}/sources/{article.slug}/")
    assert record["may_reproduce"] is False
    assert record["full_text"] is None
    assert record["citation"] == article.citation


@pytest.mark.parametrize(
    ("api", "page", "name"),
    [
        ("/positions/?stance=hesitant", "/remissvar/positioner/?stance=hesitant", "position_list"),
        ("/positions/?body=farsta-stadsdelsnamnd&report=sou-2018-48",
         "/remissvar/positioner/?body=farsta-stadsdelsnamnd&report=sou-2018-48", "position_list"),
        ("/statements/?stance=supports&sort=-body",
         "/remissvar/?stance=supports&sort=-body", "statement_list"),
        ("/meetings/?person=laura-hartman", "/forum/?person=laura-hartman", "meeting_list"),
        ("/organisations/?kind=district_committee", "/organisationer/?kind=district_committee",
         "organisation_list"),
        ("/people/?q=ordförande", "/personer/?q=ordförande", "person_list"),
    ],
)  # fmt: skip
def test_the_api_filters_as_the_page_does_with_the_same_parameters(client, api, page, name):
    rows = every_row(client, API + api)
    shown = client.get(page + "&per_page=100").context[name]
    assert rows
    assert [row["page"].removeprefix("http://testserver") for row in rows] == [
        record.get_absolute_url() for record in shown
    ]


def test_statements_filter_by_remiss_as_the_remiss_record_links(client, remiss):
    record = get_json(client, f"{API}/remisses/{remiss.slug}/")
    rows = every_row(client, record["statements_url"])
    assert {row["slug"] for row in rows} == set(remiss.statements.values_list("slug", flat=True))
    assert {s["slug"] for s in record["statements"]} == {row["slug"] for row in rows}


def test_proposals_filter_by_report_kind_and_chapter(client):
    rows = every_row(client, f"{API}/proposals/?report=sou-2018-47&chapter=7.6")
    expected = Proposal.objects.filter(report__slug="sou-2018-47", chapter="7.6")
    assert {row["key"] for row in rows} == {p.key for p in expected}
    assert expected.exists()


@pytest.mark.parametrize(
    ("url", "parameter", "message"),
    [
        ("/positions/?stance=nonsense", "stance", "nonsense finns inte"),
        ("/positions/?chapter=sju", "chapter", "Skriv kapitlet som siffror"),
        ("/statements/?date_from=igår", "date_from", "Fyll i ett giltigt datum"),
        ("/statements/?body=ingen-sadan-namnd", "body", "Inget matchar"),
        ("/meetings/?page_size=1000", "page_size", "Ett heltal från 1 till 100"),
        ("/meetings/?page_size=abc", "page_size", "Ett heltal från 1 till 100"),
    ],
)
def test_a_bad_parameter_gets_a_400_that_says_which_and_why(client, url, parameter, message):
    errors = get_json(client, API + url, status=400)
    assert message in " ".join(errors[parameter])


@pytest.mark.parametrize(
    "url",
    [f"{API}/meetings/finns-inte/", f"{API}/proposals/sou-2018-47/", f"{API}/nothing/here/",
     f"{API}/proposals/a.b.c/", f"{API}/meetings/?page=999"],
)  # fmt: skip
def test_what_is_not_there_is_a_404_in_json(client, url):
    assert "detail" in get_json(client, url, status=404)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", [f"{API}/statements/", f"{API}/statements/utbildningsnamnden/"])
def test_writes_are_refused_with_405(client, method, url):
    response = getattr(client, method)(url, data={}, content_type="application/json")
    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert Statement.objects.filter(slug="utbildningsnamnden").exists()


def test_any_site_may_read_the_api_but_not_the_pages(client):
    response = client.get(f"{API}/meetings/", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        f"{API}/meetings/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    page = client.get("/forum/", HTTP_ORIGIN="https://example.org")
    assert not page.has_header("Access-Control-Allow-Origin")


def test_the_rate_limit_answers_429_with_retry_after(client, monkeypatch):
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "3/minute")
    cache.clear()
    for _ in range(3):
        assert client.get(f"{API}/reports/").status_code == 200
    response = client.get(f"{API}/reports/", HTTP_ACCEPT="application/json")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "detail" in response.json()
    # Another address has its own count; the pages are not limited.
    assert client.get(f"{API}/reports/", REMOTE_ADDR="10.0.0.2").status_code == 200
    assert client.get("/betankanden/").status_code == 200
    cache.clear()


def test_the_default_rate_is_the_documented_one(settings, monkeypatch):
    monkeypatch.undo()  # the suite's own lifting of the limit (tests/conftest.py)
    assert settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["anon"] == "120/minute"


def test_links_use_the_site_origin_not_the_host_header(client, settings):
    settings.TILLIT_SITE_URL = "https://kunskapsbank.example.se"
    page = get_json(client, f"{API}/organisations/?page_size=5")
    assert page["next"] == f"https://kunskapsbank.example.se{API}/organisations/?page=2&page_size=5"
    assert all(row["url"].startswith("https://kunskapsbank.example.se/") for row in page["results"])
    assert all(
        row["page"].startswith("https://kunskapsbank.example.se/") for row in page["results"]
    )


def test_the_schema_and_its_docs_are_served_from_the_site(client):
    schema = get_json(client, f"{API}/openapi.json")
    assert schema["openapi"].startswith("3.")
    assert f"{API}/positions/" in schema["paths"]
    docs = client.get(f"{API}/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "swagger-ui" in html
    assert "cdn" not in html.lower()  # Swagger UI's files are ours (drf-spectacular-sidecar)


def test_the_browsable_api_answers_a_browser(client):
    response = client.get(f"{API}/meetings/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize(("resource", "queries"), [
    ("meetings", 2), ("people", 2), ("organisations", 2), ("reports", 2), ("proposals", 3),
    ("remisses", 3), ("statements", 2), ("positions", 2), ("sources", 2),
])  # fmt: skip
def test_a_list_page_costs_a_fixed_number_of_queries(
    client, django_assert_num_queries, resource, queries
):
    # count, keys, rows (+ one per prefetched relation), whatever the page size
    for size in (5, 50):
        with django_assert_num_queries(queries + 1):
            client.get(f"{API}/{resource}/?page_size={size}", HTTP_ACCEPT="application/json")
