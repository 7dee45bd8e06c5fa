"""Whole public pages from the cache, emptied by every edit (tillit/cache.py)."""

import socket

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from forum.models import Meeting
from remissvar.models import Position
from tests.page_kinds import require
from tillit.cache import PAGES, PUBLIC_MAX_AGE
from tillit.redis_databases import redis_database

pytestmark = pytest.mark.django_db

MEETING = "/forum/forum-tillit-en-larande-tillsyn/"


def local_pages_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        PAGES: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }


def redis_pages_cache(settings):
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        require(False, "Redis is not answering at 127.0.0.1:6379")
    settings.CACHES = {
        **settings.CACHES,
        PAGES: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # A database of its own: the test empties it.
            "LOCATION": "redis://127.0.0.1:6379/14",
        },
    }


@pytest.fixture(params=["local", "redis"])
def page_cache(request, settings):
    (local_pages_cache if request.param == "local" else redis_pages_cache)(settings)
    caches[PAGES].clear()
    yield caches[PAGES]
    caches[PAGES].clear()


def test_a_page_is_rendered_once_then_served_from_the_cache(
    client, page_cache, django_assert_num_queries
):
    first = client.get(MEETING)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(MEETING)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "sv"
    # Browsers and proxies keep it briefly; the server keeps it until an edit.
    assert f"max-age={PUBLIC_MAX_AGE}" in second["Cache-Control"]
    assert "public" in second["Cache-Control"]


def test_an_edit_is_visible_on_the_next_request(
    client, page_cache, django_capture_on_commit_callbacks
):
    assert "Ny titel" not in client.get(MEETING).content.decode()
    assert client.get(MEETING)["X-Page-Cache"] == "hit"
    meeting = Meeting.objects.get(slug="forum-tillit-en-larande-tillsyn")
    with django_capture_on_commit_callbacks(execute=True):
        meeting.title = "Ny titel på mötet"
        meeting.save()
    response = client.get(MEETING)
    assert response["X-Page-Cache"] == "miss"
    assert "Ny titel på mötet" in response.content.decode()
    # Other pages that show it are emptied too: the whole cache goes.
    assert "Ny titel på mötet" in client.get("/forum/").content.decode()


def test_a_many_to_many_change_and_a_delete_empty_it_too(
    client, page_cache, django_capture_on_commit_callbacks
):
    client.get(MEETING)
    meeting = Meeting.objects.get(slug="forum-tillit-en-larande-tillsyn")
    with django_capture_on_commit_callbacks(execute=True):
        meeting.sources.clear()
    assert client.get(MEETING)["X-Page-Cache"] == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        meeting.participations.first().delete()
    assert client.get(MEETING)["X-Page-Cache"] == "miss"


def test_errors_and_the_admin_are_never_cached(client, page_cache):
    assert client.get("/forum/finns-inte/").status_code == 404
    assert client.get("/forum/finns-inte/").get("X-Page-Cache") is None
    assert client.get("/forum/?year=abc").status_code == 400
    assert client.get("/forum/?year=abc").get("X-Page-Cache") is None
    assert "X-Page-Cache" not in client.post(MEETING)


def test_each_query_string_and_language_is_a_page_of_its_own(client, page_cache):
    assert client.get("/forum/?kind=forum_seminar")["X-Page-Cache"] == "miss"
    assert client.get("/forum/?kind=dialogue_meeting")["X-Page-Cache"] == "miss"
    english = client.get("/en" + MEETING)
    assert english["X-Page-Cache"] == "miss"
    assert client.get("/en" + MEETING)["Content-Language"] == "en"


def test_without_redis_pages_are_not_cached(client, settings):
    """The default without REDIS_URL: per-process copies could not all be emptied at an edit."""
    assert "dummy" in settings.CACHES[PAGES]["BACKEND"].lower()
    assert client.get(MEETING)["X-Page-Cache"] == "miss"
    assert client.get(MEETING)["X-Page-Cache"] == "miss"


def test_the_pages_cache_is_the_next_redis_database():
    assert redis_database("redis://127.0.0.1:6379/0", 1) == "redis://127.0.0.1:6379/1"
    assert redis_database("redis://127.0.0.1:6379", 1) == "redis://127.0.0.1:6379/1"
    assert redis_database("redis://:secret@cache:6380/3", 1) == "redis://:secret@cache:6380/4"


def test_a_logged_in_editor_is_never_served_or_given_a_cached_page(admin_client, page_cache):
    assert "X-Page-Cache" not in admin_client.get(MEETING)
    assert "X-Page-Cache" not in admin_client.get(reverse("admin:index"))


def test_an_edit_through_the_admin_is_visible_to_visitors_at_once(
    admin_client, page_cache, django_capture_on_commit_callbacks
):
    visitor = Client()
    url = "/remissvar/positioner/?body=farsta-stadsdelsnamnd&proposal=sou-2018-47.nationellt-policylabb"
    assert "stance--opposes" not in visitor.get(url).content.decode()
    assert visitor.get(url)["X-Page-Cache"] == "hit"
    position = Position.objects.get(
        statement__slug="farsta-stadsdelsnamnd", proposal__slug="nationellt-policylabb"
    )
    change = reverse("admin:remissvar_position_change", args=[position.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            change,
            {
                "statement": position.statement_id,
                "proposal": position.proposal_id,
                "stance": "opposes",
                "passage": position.passage,
                "version": position.version,
            },
        )
    assert response.status_code == 302
    page = visitor.get(url)
    assert page["X-Page-Cache"] == "miss"
    assert "stance--opposes" in page.content.decode()


def test_a_history_record_does_not_empty_the_cache_a_second_time():
    # The edit's own save empties it; the copy kept in the history is no edit.
    from django.db.models.signals import post_save

    assert post_save.has_listeners(Position)
    assert not post_save.has_listeners(Position.history.model)
