"""
Every page kind on generated data with nested organisations and thousands of
choices: the SQL queries per page stay the same as the data grows fivefold,
and no page passes PAGE_BYTES of HTML.

The generated rows are made inside a transaction that the module rolls back,
as tests/test_query_counts.py does with its 50x corpus.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.pages import page_urls

PAGE_BYTES = 500_000
SMALL, LARGE = 400, 2000


def generate(statements):
    call_command(
        "generate_corpus", "--statements", str(statements), "--replace", "-v", "0",
        stdout=io.StringIO(),
    )  # fmt: skip


def api_urls():
    """The API's lists and its largest records, as clients read them."""
    from remissvar.models import Remiss, Statement

    remiss = Remiss.objects.order_by("-pk").first()
    statement = Statement.objects.order_by("-pk").first()
    return [
        ("api-statements", "/api/v1/statements/?page_size=100"),
        ("api-statements-filtered", "/api/v1/statements/?stance=opposes&sort=-date"),
        ("api-positions", "/api/v1/positions/?page_size=100"),
        ("api-positions-filtered", "/api/v1/positions/?stance=hesitant&body_kind=committee"),
        ("api-organisations", "/api/v1/organisations/?page_size=100"),
        ("api-people", "/api/v1/people/?page_size=100"),
        ("api-proposals", "/api/v1/proposals/?page_size=100"),
        ("api-remisses", "/api/v1/remisses/?page_size=100"),
        ("api-remiss", f"/api/v1/remisses/{remiss.slug}/"),
        ("api-statement", f"/api/v1/statements/{statement.slug}/"),
    ]


def measure(client):
    """{page kind: (status, SQL queries, bytes)} for every page kind of bench/pages.py and the API."""
    found = {}
    for kind, url in [*page_urls(), *api_urls(), ("proposal-list", "/betankanden/forslag/")]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        found[kind] = (response.status_code, len(queries.captured_queries), len(response.content))
    return found


@pytest.mark.django_db
def test_queries_stay_the_same_as_the_data_grows_and_pages_stay_small(client):
    generate(SMALL)
    small = measure(client)
    generate(LARGE)
    large = measure(client)
    assert {kind: status for kind, (status, _q, _b) in large.items()} == dict.fromkeys(large, 200)
    assert {kind: q for kind, (_s, q, _b) in large.items()} == {
        kind: q for kind, (_s, q, _b) in small.items()
    }
    too_large = {kind: size for kind, (_s, _q, size) in large.items() if size > PAGE_BYTES}
    assert too_large == {}


@pytest.mark.django_db
def test_every_filter_and_sort_bench_explain_plans_finds_its_row_queries(client):
    # bench/explain.py plans these queries on the benchmark's database; here,
    # that each of its URLs answers and has a count or a page of keys to plan.
    from bench.explain import list_urls, row_queries

    generate(SMALL)
    for _list, choice, url in list_urls():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        assert row_queries(queries.captured_queries), (choice, url)


@pytest.mark.django_db
def test_the_search_benchmark_measures_its_queries_and_writes_a_table():
    # bench/search.py times these on the benchmark's database; here, once
    # each on the corpus: every query answers, and the table is written.
    from bench.search import ISSUE_QUERIES, OTHER_QUERIES, markdown, measure

    queries = [*ISSUE_QUERIES, *OTHER_QUERIES]
    assert len(OTHER_QUERIES) == 50
    rows = measure(queries, repeats=1)
    # The corpus has too few hits for a fifth page; the generated data has them.
    assert {row["status"] for row in rows if row["label"] != "page 5"} == {200}
    first = {row["query"]: row["first"] for row in rows}
    assert first["tillsynens"] == "report: SOU 2018:48 En lärande tillsyn"
    assert {row["query"]: row["suggestion"] for row in rows}[
        "vitesförelägande"
    ] == "vitesföreläggande"
    table = markdown({"date": "d", "machine": "m", "database": "db", "statements": 8,
                      "positions": 63, "documents": 315, "repeats": 1, "goal_ms": 50,
                      "rows": rows})  # fmt: skip
    assert table.count("\n| `") == len(queries)
