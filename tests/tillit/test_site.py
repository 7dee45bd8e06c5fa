"""The portal's absolute links follow TILLIT_SITE_URL, not the Host header."""

import pytest

pytestmark = pytest.mark.django_db


def test_canonical_and_alternates_come_from_the_setting(client, settings):
    settings.TILLIT_SITE_URL = "https://kunskapsbank.example.se/"
    html = client.get("/forum/").content.decode()
    assert '<link rel="canonical" href="https://kunskapsbank.example.se/forum/">' in html
    assert 'hreflang="en" href="https://kunskapsbank.example.se/en/forum/"' in html
    assert "testserver" not in html


def test_without_the_setting_the_request_origin_is_used(client, settings):
    settings.TILLIT_SITE_URL = ""
    html = client.get("/forum/").content.decode()
    assert '<link rel="canonical" href="http://testserver/forum/">' in html


def test_robots_names_the_sitemap_at_the_site_origin(client, settings):
    settings.TILLIT_SITE_URL = "https://kunskapsbank.example.se"
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: https://kunskapsbank.example.se/sitemap.xml" in body


def test_the_sitemap_and_feeds_name_the_site_origin(client, settings):
    settings.TILLIT_SITE_URL = "https://kunskapsbank.example.se"
    index = client.get("/sitemap.xml").content.decode()
    assert "<loc>https://kunskapsbank.example.se/sitemap-moten.xml</loc>" in index
    assert "testserver" not in index
    section = client.get("/sitemap-moten.xml").content.decode()
    assert "<loc>https://kunskapsbank.example.se/forum/" in section
    assert "testserver" not in section
    feed = client.get("/forum/feed/").content.decode()
    assert 'href="https://kunskapsbank.example.se/forum/"' in feed
    assert "<id>https://kunskapsbank.example.se/forum/</id>" in feed
    assert "testserver" not in feed
