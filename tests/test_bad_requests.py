"""
Requests no reader's browser sends: too large, too many fields, bytes that
are not UTF-8, page numbers out of range, methods a page does not take. Each
gets a 4xx that says what is wrong, never a 500.

The test client skips the CSRF check unless told otherwise; these tests use
``Client(enforce_csrf_checks=True)`` where it matters, as a real client gets
it. Read-only pages answer other methods with 405 before the CSRF check
(tillit/methods.py). OPTIONS is left to the view: a class-based page answers
200 with Allow (Django's View), a function view (the health check, the
sitemaps, the feeds) 405 with Allow; both list GET and HEAD, never POST.
"""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.page_kinds import PAGE_KINDS
from tests.url_walk import routes
from tillit.methods import declared_methods

READ_ONLY_PAGES = [path for _name, path, status in PAGE_KINDS if status == 200] + [
    "/forum/feed/",
    "/remissvar/feed/",
    "/forum/kalender.ics",
    "/sitemap.xml",
    "/sitemap-remissvar.xml",
    "/robots.txt",
    "/data/dcat.jsonld",
    "/health/",
    "/en/remissvar/utbildningsnamnden/",
]
WRITES = ["POST", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND"]

pytestmark = pytest.mark.django_db


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


# ------------------------------------------------------------------ too much


def test_the_400_page_is_readable():
    from django.template.loader import get_template

    page = get_template("400.html").render()
    assert "Felaktig begäran" in page
    assert "för mycket data" in page
    assert 'lang="sv"' in page
    assert 'lang="en"' in page


# A client with a CSRF token gets this far; one without is refused with 403 first.
@pytest.mark.parametrize("path", ["admin:login", "set_language"])
def test_a_form_sent_without_its_csrf_token_gets_a_readable_403(csrf_client, path):
    response = csrf_client.post(reverse(path), {"username": "x", "password": "y", "language": "en"})
    assert response.status_code == 403
    page = body(response).decode()
    assert "<h1>Formuläret kunde inte skickas</h1>" in page
    assert "The form could not be sent" in page


def test_a_body_over_the_limit_to_the_admin_login_is_a_400_page(client):
    data = "username=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post(
        reverse("admin:login"), data, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "Felaktig begäran" in response.content.decode()


def test_a_body_over_the_limit_to_an_admin_form_is_a_400_page(admin_client, statement):
    url = reverse("admin:remissvar_statement_change", args=[statement.pk])
    data = "text=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = admin_client.post(url, data, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "Felaktig begäran" in response.content.decode()


def test_a_body_over_the_limit_to_the_language_switch_is_a_400_page(client):
    data = "language=en&next=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post(
        reverse("set_language"), data, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "Felaktig begäran" in response.content.decode()


def test_a_body_over_the_limit_to_a_read_only_page_is_a_405_unread(csrf_client):
    data = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = csrf_client.post("/remissvar/", data, content_type="text/plain")
    assert response.status_code == 405


def too_many_fields():
    return "&".join(f"f{n}=1" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))


def test_too_many_form_fields_are_a_400_page(client):
    response = client.post(
        reverse("admin:login"), too_many_fields(), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "Felaktig begäran" in response.content.decode()


@pytest.mark.parametrize("path", ["/remissvar/", "/sok/", "/remissvar/positioner/"])
def test_too_many_query_fields_are_a_400_page(client, path):
    response = client.get(f"{path}?{too_many_fields()}")
    assert response.status_code == 400
    assert "Felaktig begäran" in response.content.decode()


def test_too_many_query_fields_to_the_api_are_a_400(client):
    response = client.get(f"/api/v1/statements/?{too_many_fields()}")
    assert response.status_code == 400


# ------------------------------------------------------------ not UTF-8


@pytest.mark.parametrize(
    "url",
    [
        "/remissvar/%ff/",
        "/remissvar/%ED%A0%80/",
        "/%C0%AF/",
        "/en/forum/%ff/kalender.ics",
        "/api/v1/statements/%ff/",
        "/api/v1/%ff",
    ],
)
def test_a_path_that_is_not_utf8_is_a_404_page(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert body(response)


@pytest.mark.parametrize(
    "url",
    [
        "/remissvar/?q=%ff",
        "/remissvar/?q=%ED%A0%80",
        "/sok/?q=%ED%A0%80",
        "/sok/?q=%ff%fe",
        "/remissvar/positioner/?body=%C0%AF",
        "/forum/?%ff=1",
        "/remissvar/utbildningsnamnden/?stycke=%ff",
        "/api/v1/statements/?q=%ED%A0%80",
    ],
)
def test_a_query_that_is_not_utf8_is_answered(client, url):
    response = client.get(url)
    # Django decodes the query string with replacement characters: a search
    # for them finds nothing, a filter refuses them with its message.
    assert response.status_code in (200, 400)
    assert body(response)


def test_a_null_byte_in_a_filter_is_a_400_with_the_message(client):
    response = client.get("/remissvar/?q=a%00b")
    assert response.status_code == 400
    assert 'class="site-header"' in response.content.decode()


# ------------------------------------------------------------- page numbers


LIST_PAGES = [
    "/forum/",
    "/personer/",
    "/organisationer/",
    "/organisationer/stockholms-stad/",
    "/betankanden/forslag/",
    "/remisser/",
    "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/",
    "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/",
    "/remissvar/",
    "/remissvar/positioner/",
    "/tidslinje/",
    "/sok/?q=tillit",
    "/en/remissvar/",
]


@pytest.mark.parametrize("path", LIST_PAGES)
@pytest.mark.parametrize("page", [str(10**30), "-1", "0", "abc", "1e3", "%ff"])
def test_a_page_number_out_of_range_is_a_404_page(client, path, page):
    joiner = "&" if "?" in path else "?"
    response = client.get(f"{path}{joiner}page={page}")
    assert response.status_code == 404
    page = response.content.decode()
    assert 'class="site-header"' in page
    assert ("Sidan finns inte" if not path.startswith("/en/") else "<h1>") in page


@pytest.mark.parametrize("page", [str(10**30), "-1", "0", "abc"])
def test_an_api_page_out_of_range_is_a_404_in_json(client, page):
    response = client.get(f"/api/v1/statements/?page={page}")
    assert response.status_code == 404
    assert response.json()["detail"]


# ------------------------------------------------------------------ methods


@pytest.mark.parametrize("method", WRITES)
@pytest.mark.parametrize("path", READ_ONLY_PAGES)
def test_a_read_only_page_answers_other_methods_with_405(csrf_client, path, method):
    response = csrf_client.generic(method, path)
    assert response.status_code == 405
    allowed = {name.strip() for name in response["Allow"].split(",")}
    assert {"GET", "HEAD"} <= allowed
    assert "POST" not in allowed
    assert "Metoden stöds inte" in response.content.decode()


@pytest.mark.parametrize("path", READ_ONLY_PAGES)
def test_options_says_what_a_page_allows(client, path):
    response = client.options(path)
    assert response.status_code in (200, 405)
    allowed = {name.strip() for name in response["Allow"].split(",")}
    assert {"GET", "HEAD"} <= allowed
    assert "POST" not in allowed


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_health_answers_405_to_writes_with_csrf_enforced(csrf_client, method):
    response = csrf_client.generic(method, "/health/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_the_api_answers_405_in_json_to_writes_with_csrf_enforced(csrf_client, method):
    response = csrf_client.generic(method, "/api/v1/statements/")
    assert response.status_code == 405
    assert response.json()["detail"]


def test_an_unknown_api_address_is_a_404_in_json_whatever_the_method(csrf_client):
    response = csrf_client.post("/api/v1/finns-inte/")
    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize("url", ["/i18n/setlang/", "/admin/login/"])
def test_forms_that_write_keep_their_csrf_check(csrf_client, url):
    response = csrf_client.post(url, {"language": "en", "username": "x", "password": "y"})
    assert response.status_code == 403


def test_every_page_outside_the_admin_and_the_language_switch_refuses_a_post(csrf_client):
    # From the resolver, so that a page added later is held to it too: a
    # view that declares no methods (tillit/methods.py) fails here.
    checked = []
    for route in routes():
        if route.namespace == "admin" or route.view_name == "set_language":
            continue
        if getattr(route.callback, "csrf_exempt", False):
            continue  # the API, which answers for itself (tested above)
        assert declared_methods(route.callback) is not None, f"{route.id} declares no methods"
        assert "POST" not in declared_methods(route.callback), route.id
        checked.append(route.id)
    assert len(checked) > 40


@pytest.mark.parametrize("path", READ_ONLY_PAGES)
def test_head_answers_as_get_without_a_body(client, path):
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]
    assert body(head) == b""


# ---------------------------------------------------------------- the admin


@pytest.mark.parametrize("value", ["'\"><script>x</script>", str(10**30), "abc"])
def test_an_admin_form_with_a_key_that_is_no_key_shows_its_error(admin_client, value):
    # Organisation's parent and sources are autocomplete fields: Django's own
    # widget looked the posted value up as it was, and the page was a 500.
    response = admin_client.post(
        reverse("admin:tillit_organisation_add"),
        {"name": "Ny nämnd", "parent": value, "sources": [value]},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "errornote" in page
    assert "<script>x" not in page
