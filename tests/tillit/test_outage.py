"""A lost database: /health/ says so in JSON, every page answers 503 with Retry-After."""

import pytest
from django.db import OperationalError, connection

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1 failed: timeout expired")

    monkeypatch.setattr(connection, "cursor", unreachable)


def test_health_answers_200_in_json_when_the_database_answers(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert client.head("/health/").status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "delete", "trace", "options"])
def test_health_takes_get_and_head_only(client, method):
    response = getattr(client, method)("/health/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_health_answers_503_in_json_when_the_database_is_gone(client, database_down):
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}
    assert response["Retry-After"] == "30"


def test_a_page_answers_503_with_retry_after_when_the_database_is_gone(client, database_down):
    response = client.get("/forum/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "Tillfälligt ur funktion" in page
    assert "Temporarily unavailable" in page


def test_a_wrong_query_is_still_a_500_not_an_outage(client, monkeypatch):
    from django.db import ProgrammingError

    def wrong(*args, **kwargs):
        raise ProgrammingError("column does not exist")

    monkeypatch.setattr(connection, "cursor", wrong)
    client.raise_request_exception = False
    assert client.get("/forum/").status_code == 500


def test_postgresql_gives_up_connecting_within_seconds(settings):
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("connect_timeout is PostgreSQL's (SQLite is a file)")
    assert 0 < database["OPTIONS"]["connect_timeout"] <= 10
