"""Every page answers, every internal link works, and the pages cost a fixed number of queries."""

import re
from collections import deque
from urllib.parse import urldefrag, urlsplit

import pytest
from django.apps import apps
from django.contrib.staticfiles import finders
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLIC_APPS = ["tillit", "forum", "betankanden", "remissvar"]
HREF = re.compile(r'href="([^"]+)"')
ID = re.compile(r'\sid="([^"]*)"')
# What an id and a link's fragment may hold: a number localised as "2 016"
# (USE_THOUSAND_SEPARATOR) broke the timeline's #ar-2016 links once.
PLAIN_ID = re.compile(r"^[A-Za-z0-9_-]+$")


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


def test_no_public_page_names_the_admin(client):
    # TILLIT_ADMIN_PATH may be made hard to guess; a link on every page (or in
    # robots.txt) would give it away. Editors keep their own bookmark.
    admin = reverse("admin:index")
    for path in ("/", "/en/", "/forum/", "/robots.txt", "/om/"):
        assert f'"{admin}"' not in client.get(path).content.decode(), path


def test_crawl_from_home_finds_no_broken_link_or_anchor(client):
    seen, queue = set(), deque(["/", "/en/"])
    admin = reverse("admin:index")
    ids, fragments = {}, []
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        if url.startswith("/static/"):
            # Tests run without collectstatic: the file must exist for the finders.
            assert finders.find(url.removeprefix("/static/")), url
            continue
        # The admin is for editors: its link must lead to its login page.
        response = client.get(url, follow=url.startswith(admin))
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        if url.startswith(admin) or "html" not in response.get("Content-Type", ""):
            continue
        page = response.content.decode()
        # Nothing inline, so a strict Content-Security-Policy can be switched on.
        assert "style=" not in page, url
        # Scripts only from files (static/js/), never inline. JSON-LD is data,
        # never run, and a script-src policy does not govern it.
        assert (
            re.findall(r"<script(?![^>]*\s(?:src=|type=\"application/ld\+json\"))", page) == []
        ), url
        ids[url] = ID.findall(page)
        assert all(PLAIN_ID.match(value) for value in ids[url]), (url, ids[url])
        for href in HREF.findall(page):
            target, fragment = urldefrag(href.replace("&amp;", "&"))
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or target.startswith("mailto:"):
                continue
            if not target:
                target = url
            elif not target.startswith("/"):
                target = urlsplit(url).path + target
            if fragment:
                fragments.append((url, target, fragment))
            if target not in seen:
                queue.append(target)
    assert len(seen) > 150
    # Every link to a place in a page finds that place.
    broken = [
        f"{source} -> {target}#{fragment}"
        for source, target, fragment in fragments
        if target in ids and fragment not in ids[target]
    ]
    assert broken == []
    assert any(fragment.startswith("stycke-") for _s, _t, fragment in fragments)


def test_timeline_years_are_anchors_without_separators(client):
    assert 'id="ar-2016"' in client.get("/tidslinje/").content.decode()
    page = client.get("/tidslinje/?year=2018").content.decode()
    assert 'aria-labelledby="ar-2018"' in page
    assert ">2018<" in page or ">2018 <" in page


def test_home_page(client):
    response = client.get("/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Tillitsdelegationens kunskapsbank" in page
    assert "/remissvar/positioner/?stance=hesitant" in page


def test_health(client):
    assert client.get("/health/").json() == {"status": "ok", "database": "ok"}


@pytest.mark.parametrize("url", ["/forum/finns-inte/", "/en/personer/finns-inte/", "/nej/"])
def test_unknown_page_is_a_404_in_the_site_look(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert 'class="site-header"' in response.content.decode()


def test_server_error_shows_the_500_page(client, settings):
    settings.ROOT_URLCONF = "tests.error_urls"
    client.raise_request_exception = False
    response = client.get("/trasig/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Ett fel uppstod" in page
    assert "Simulated failure" not in page


def test_500_page_stands_alone():
    from django.template.loader import get_template

    # Rendered without a request context, as Django does when things break.
    page = get_template("500.html").render()
    assert "Ett fel uppstod" in page
    assert 'lang="sv"' in page
