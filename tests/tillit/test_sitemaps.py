"""sitemap.xml and robots.txt: every public page, in both languages, for search engines."""

import re
from collections import deque
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
HREF = re.compile(r'href="([^"#]*)')


def sitemap_pages(client):
    """{path: {hreflang: path}} of every page in every section of the sitemap."""
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    pages = {}
    for section in index.findall("s:sitemap/s:loc", NS):
        response = client.get(urlsplit(section.text).path)
        assert response.status_code == 200, section.text
        for url in ElementTree.fromstring(response.content).findall("s:url", NS):
            path = urlsplit(url.find("s:loc", NS).text).path
            pages[path] = {
                link.get("hreflang"): urlsplit(link.get("href")).path
                for link in url.findall("x:link", NS)
            }
    return pages


def crawl(client):
    """The paths of the HTML pages that links from both home pages reach (no query strings)."""
    seen, pages, queue = set(), set(), deque(["/", "/en/"])
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        # Feeds and downloads are linked too; the sitemap lists pages.
        if "html" not in response.get("Content-Type", ""):
            continue
        pages.add(path)
        for href in HREF.findall(response.content.decode()):
            parts = urlsplit(href.replace("&amp;", "&"))
            if parts.scheme or parts.netloc or parts.query or not parts.path.startswith("/"):
                continue
            # The API is for programs, kept from crawlers by robots.txt.
            if not parts.path.startswith((reverse("admin:index"), "/static/", "/i18n/", "/api/")):
                queue.append(parts.path)
    return pages


def test_robots_txt_names_the_sitemap_and_not_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    # The admin's path may be secret (TILLIT_ADMIN_PATH): robots.txt must not
    # give it away. Its pages keep crawlers out themselves.
    assert not [line for line in lines if reverse("admin:index") in line]
    login = client.get(reverse("admin:login")).content.decode()
    assert '<meta name="robots" content="NONE,NOARCHIVE">' in login
    assert lines.index("Allow: /api/v1/docs/") < lines.index("Disallow: /api/")
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_every_page_is_in_the_sitemap_in_both_languages_with_its_alternate(client):
    pages = sitemap_pages(client)
    assert pages["/forum/"] == {"sv": "/forum/", "en": "/en/forum/", "x-default": "/forum/"}
    assert pages["/en/forum/"] == pages["/forum/"]
    # Every page a visitor can reach by following links is listed.
    assert crawl(client) - set(pages) == set()
    # And every listed page answers.
    for path in pages:
        assert client.get(path).status_code == 200, path


def test_the_sitemap_asks_a_query_per_section_not_per_page(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        client.get("/sitemap-remissvar.xml")


def test_a_section_is_paged_and_each_page_has_both_languages_of_its_records(client, monkeypatch):
    from tillit.sitemaps import PortalSitemap

    monkeypatch.setattr(PortalSitemap, "limit", 3)
    index = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-remissvar.xml?p=2" in index
    whole = []
    page = 1
    while (response := client.get(f"/sitemap-remissvar.xml?p={page}")).status_code == 200:
        urls = ElementTree.fromstring(response.content).findall("s:url/s:loc", NS)
        whole += [urlsplit(url.text).path for url in urls]
        page += 1
    from remissvar.models import Statement

    slugs = Statement.objects.order_by("pk").values_list("slug", flat=True)
    assert whole == [f"{prefix}/remissvar/{slug}/" for slug in slugs for prefix in ("", "/en")]
