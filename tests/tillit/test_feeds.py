"""The Atom feeds of meetings and statements, read back as a feed reader reads them."""

import feedparser
import pytest

from forum.models import Meeting
from remissvar.models import Statement

pytestmark = pytest.mark.django_db


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_the_meeting_feed_has_every_meeting_newest_first(client):
    feed = read(client, "/forum/feed/")
    assert feed.feed.title == "Forum Tillit: möten"
    assert feed.version == "atom10"
    meetings = Meeting.objects.all()
    assert len(feed.entries) == meetings.count()
    dated = [entry.updated[:10] for entry in feed.entries if "updated" in entry]
    assert dated == sorted(dated, reverse=True)
    links = {entry.link for entry in feed.entries}
    assert {f"http://testserver{m.get_absolute_url()}" for m in meetings} == links


def test_the_statement_feed_has_the_statements_with_their_summaries(client):
    feed = read(client, "/remissvar/feed/")
    farsta = Statement.objects.get(body__slug="farsta-stadsdelsnamnd")
    entry = next(e for e in feed.entries if e.link.endswith(farsta.get_absolute_url()))
    assert entry.title == str(farsta)
    assert entry.updated.startswith(farsta.decision_date.isoformat())
    assert len(feed.entries) == Statement.objects.count()


def test_the_english_feed_has_english_titles_and_links(client):
    feed = read(client, "/en/forum/feed/")
    assert feed.feed.title == "Forum Tillit: meetings"
    assert all("/en/forum/" in entry.link for entry in feed.entries)


def test_every_page_points_feed_readers_to_both_feeds(client):
    page = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in page
    assert 'href="/forum/feed/"' in page
    assert 'href="/remissvar/feed/"' in page


def test_a_feed_asks_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        client.get("/remissvar/feed/")
