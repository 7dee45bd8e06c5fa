"""
Security headers on every kind of response, and their Observatory grade.

Each page kind (tests/page_kinds.py, both languages), the admin, the API and
the files the site serves (feeds, calendars, downloads, robots.txt…) must
carry a strict Content-Security-Policy and the other headers, and score A+
by Mozilla's HTTP Observatory rules (tests/observatory.py). A browser test
then loads the pages that run script (the admin, the API's pages, Swagger
UI) and finds no CSP violation: a policy that breaks a page is no policy.
"""

import pytest
from django.urls import reverse

from tests import observatory
from tests.page_kinds import CHROMIUM, CHROMIUM_ARGS, EDITOR, PAGE_KINDS, pages

# Other public responses than the HTML pages: (name, path).
FILES = [
    ("robots", "/robots.txt"),
    ("sitemap", "/sitemap.xml"),
    ("meeting-feed", "/forum/feed/"),
    ("statement-feed", "/remissvar/feed/"),
    ("calendar", "/forum/kalender.ics"),
    ("statement-csv", "/remissvar/?format=csv"),
    ("statement-xlsx", "/remissvar/positioner/?format=xlsx"),
    ("citation-bibtex", "/remissvar/utbildningsnamnden/?cite=bibtex"),
    ("data-catalogue", "/data/dcat.jsonld"),
]
API = [
    ("api-list", "/api/v1/statements/", "application/json"),
    ("api-record", "/api/v1/statements/utbildningsnamnden/", "application/json"),
    ("api-browsable", "/api/v1/statements/", "text/html"),
    ("api-root-browsable", "/api/v1/", "text/html"),
    ("api-docs", "/api/v1/docs/", "text/html"),
    ("api-schema", "/api/v1/openapi.json", "application/json"),
]
PUBLIC_PAGES = [
    (f"{language}:{name}", path, status)
    for language in ("sv", "en")
    for name, path, status in pages(language)
]


@pytest.fixture(autouse=True)
def _production_https(settings):
    # As production runs (tillit/settings.py with DJANGO_HTTPS on; tests/
    # test_settings.py checks these are the defaults): the suite's autouse
    # _plain_http turns the redirect off, this test needs it on.
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True


def scan(client, path, **headers):
    """What the Observatory would see of ``path``: the HTTPS answer and the plain-HTTP one."""
    response = client.get(path, secure=True, **headers)
    body = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )
    plain = client.get(path, **headers)
    return response, observatory.Scan(
        url=f"https://testserver{path}",
        headers=dict(response.headers),
        body=body,
        cookies=response.cookies,
        http_redirect=plain.headers.get("Location") if plain.status_code in (301, 302) else None,
    )


def assert_strict(response, where):
    policy = observatory.parse_csp(response.headers.get("Content-Security-Policy", ""))
    assert policy, f"{where}: no Content-Security-Policy"
    sources = set().union(*policy.values())
    assert not sources & {"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"}, (
        f"{where}: {response.headers['Content-Security-Policy']}"
    )
    assert policy["default-src"] == {"'none'"}, where
    assert policy["frame-ancestors"] == {"'none'"}, where
    assert policy["base-uri"] == {"'none'"}, where
    assert policy["form-action"] == {"'self'"}, where
    assert "'self'" in policy["script-src"], where
    assert "data:" not in policy["script-src"], where
    headers = response.headers
    assert headers["X-Content-Type-Options"] == "nosniff", where
    assert headers["Referrer-Policy"] == "same-origin", where
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin", where
    assert "camera=()" in headers["Permissions-Policy"], where
    assert "geolocation=()" in headers["Permissions-Policy"], where
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000"), where


def assert_a_plus(scanned, where):
    result = observatory.score(scanned)
    assert result.grade == "A+", f"{where}: {result.score} ({result.grade})\n{result.explain()}"


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "path", "status"), PUBLIC_PAGES, ids=[k[0] for k in PUBLIC_PAGES])
def test_every_public_page_is_strict_and_graded_a_plus(client, name, path, status):
    response, scanned = scan(client, path)
    assert response.status_code == status
    assert_strict(response, name)
    assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
    # A nonce would be frozen into the cached copy of a public page.
    assert "nonce-" not in response.headers["Content-Security-Policy"]
    assert_a_plus(scanned, name)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "path", "status"), PAGE_KINDS[:3] + PAGE_KINDS[9:12])
def test_public_pages_may_be_kept_briefly_by_proxies(client, name, path, status):
    control = client.get(path, secure=True).headers["Cache-Control"]
    directives = dict(
        [*part.strip().split("="), ""][:2] for part in control.split(",") if part.strip()
    )
    assert "public" in directives, control
    assert 0 < int(directives["max-age"]) <= 300, control


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "path"), FILES, ids=[k[0] for k in FILES])
def test_every_file_the_site_serves_is_strict_and_graded_a_plus(client, name, path):
    response, scanned = scan(client, path)
    assert response.status_code == 200
    assert_strict(response, name)
    assert_a_plus(scanned, name)


@pytest.mark.django_db
def test_the_health_check_is_strict_but_answers_plain_http(client):
    # The container asks it over plain HTTP (SECURE_REDIRECT_EXEMPT), so it
    # cannot have the redirect the Observatory scores; it has every header.
    response, scanned = scan(client, "/health/")
    assert response.status_code == 200
    assert_strict(response, "health")
    assert scanned.http_redirect is None
    assert observatory.score(scanned).score == 80  # 100 less the missing redirect


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "path", "accept"), API, ids=[k[0] for k in API])
def test_the_api_is_strict_and_graded_a_plus(client, name, path, accept):
    response, scanned = scan(client, path, HTTP_ACCEPT=accept)
    assert response.status_code == 200
    assert_strict(response, name)
    # Other sites' scripts may read the API (CORS), so other sites may load it.
    assert response.headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert_a_plus(scanned, name)


def admin_pages(statement):
    return [
        ("admin-index", reverse("admin:index")),
        ("admin-changelist", reverse("admin:remissvar_statement_changelist") + "?q=tillit"),
        ("admin-change", reverse("admin:remissvar_statement_change", args=[statement.pk])),
        ("admin-add", reverse("admin:remissvar_statement_add")),
        ("admin-history", reverse("admin:remissvar_statement_history", args=[statement.pk])),
    ]


def test_the_admin_is_strict_graded_a_plus_and_never_cached(admin_client, statement):
    for name, path in admin_pages(statement):
        response, scanned = scan(admin_client, path)
        assert response.status_code == 200, name
        assert_strict(response, name)
        assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
        assert "public" not in response.headers.get("Cache-Control", ""), name
        assert "private" in response.headers["Cache-Control"], name
        assert_a_plus(scanned, name)


def test_the_login_and_its_cookies_are_graded_a_plus(client, superuser):
    login = reverse("admin:login")
    response, scanned = scan(client, login)
    assert_strict(response, "login")
    assert_a_plus(scanned, "login")
    # The answer that sets the session cookie: Secure, HttpOnly, SameSite.
    response = client.post(
        login,
        {"username": "redaktor", "password": "x", "next": reverse("admin:index")},
        secure=True,
    )
    assert response.status_code == 302
    assert response.cookies["sessionid"]["httponly"]
    scanned = observatory.Scan(
        url="https://testserver" + login,
        headers=dict(response.headers),
        cookies=response.cookies,
        http_redirect="https://testserver" + login,
    )
    assert observatory.cookies(scanned) == (
        "cookies-secure-with-httponly-sessions-and-samesite",
        5,
    )
    assert_a_plus(scanned, "login POST")


def test_plain_http_is_redirected_to_https_on_the_same_host(client):
    response = client.get("/remisser/?page=2")
    assert response.status_code == 301
    assert response.headers["Location"] == "https://testserver/remisser/?page=2"


def test_the_score_can_fail():
    # The headers the issue measured before this work: no CSP, no HSTS, no
    # redirect. The Observatory gave about 35 (D); so must this module.
    before = observatory.Scan(
        url="https://testserver/",
        headers={
            "Content-Type": "text/html; charset=utf-8",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "same-origin",
            "X-Frame-Options": "DENY",
        },
    )
    result = observatory.score(before)
    assert (result.score, result.grade) == (35, "D")
    unsafe = observatory.Scan(
        url="https://testserver/",
        headers={
            "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'"
        },
    )
    assert observatory.content_security_policy(unsafe) == (
        "csp-implemented-with-unsafe-inline",
        -20,
    )


def test_a_page_that_uses_the_nonce_gets_it_in_its_policy(rf):
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse

    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')

    request = rf.get("/")
    response = CSPMiddleware(view)(request)
    nonce = str(request.csp_nonce)
    assert f"'nonce-{nonce}'" in response.headers["Content-Security-Policy"]
    assert f'nonce="{nonce}"' in response.content.decode()


# The pages that run script, loaded in Chromium: none may break the policy.
BROWSER_PAGES = [
    "/",
    "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/",
    "/remissvar/utbildningsnamnden/",
    "/api/v1/",
    "/api/v1/statements/?format=api",
    "/api/v1/docs/",
]


@pytest.mark.browser
def test_no_page_breaks_the_content_security_policy(site):
    from playwright.sync_api import sync_playwright

    violations = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page()
            page.on(
                "console",
                lambda message: (
                    violations.append((page.url, message.text))
                    if "Content Security Policy" in message.text
                    else None
                ),
            )
            page.on("pageerror", lambda error: violations.append((page.url, str(error))))
            for path in BROWSER_PAGES:
                page.goto(site + path, wait_until="networkidle")
            # Swagger UI has loaded the schema and drawn the operations.
            page.goto(site + "/api/v1/docs/", wait_until="networkidle")
            page.wait_for_selector(".opblock", timeout=15000)
            # The admin, logged in as an editor would: its forms, inlines and widgets.
            username, password = EDITOR
            page.goto(site + "/admin/login/", wait_until="networkidle")
            page.fill("#id_username", username)
            page.fill("#id_password", password)
            page.click("input[type=submit]")
            page.wait_for_load_state("networkidle")
            assert "/login/" not in page.url, "the editor could not log in"
            for path in (
                "/admin/",
                "/admin/remissvar/statement/",
                "/admin/remissvar/statement/?q=tillit",
                "/admin/remissvar/statement/add/",
                "/admin/forum/meeting/add/",
            ):
                page.goto(site + path, wait_until="networkidle")
            page.goto(site + "/admin/remissvar/statement/", wait_until="networkidle")
            page.click("#result_list tbody tr th a")
            page.wait_for_load_state("networkidle")
            # An inline row added by the admin's script.
            add_row = page.locator(".add-row a").first
            if add_row.count():
                add_row.click()
        finally:
            browser.close()
    assert not violations, "\n".join(f"{url}: {text}" for url, text in violations)
