"""Shared fixtures: the real corpus, loaded once per test session, an admin
client, and a server with the corpus for the browser tests."""

import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from tests.page_kinds import AXE_JS, CHROMIUM, ServerError, require, serve_corpus

CORPUS = Path(settings.BASE_DIR) / "fixtures" / "corpus.json"

# Property-based tests (hypothesis). "ci", the default, is what every run of
# the suite does: the same examples each time (derandomize), few enough per
# test to keep tests/test_hostile_input.py well under two minutes, and no
# example database written into the checkout. "thorough" is for a long run
# on a developer's machine: HYPOTHESIS_PROFILE=thorough (README, testing).
# Django's test client and database are function-scoped fixtures, shared by
# a test's examples on purpose: each example is a request, not a new setup.
_HYPOTHESIS_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
hypothesis_settings.register_profile(
    "ci", max_examples=6, derandomize=True, database=None, **_HYPOTHESIS_COMMON
)
hypothesis_settings.register_profile("thorough", max_examples=300, **_HYPOTHESIS_COMMON)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # Every test sees the whole corpus; each test's changes are rolled back.
    with django_db_blocker.unblock():
        call_command("loaddata", str(CORPUS), verbosity=0)
        call_command("rebuild_search_index", verbosity=0, stdout=io.StringIO())


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    # Production's manifest storage needs collectstatic first; tests render
    # templates without it.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Production hashes with PBKDF2 on purpose (slow for guessers); in tests
    # that cost about 6 s per user here and protects nothing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _plain_http(settings):
    # The suite runs with debug off, as production, where every request is
    # redirected to HTTPS; the test client speaks plain HTTP.
    # tests/test_settings.py checks the HTTPS settings themselves.
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture(autouse=True)
def _links_at_the_test_client(settings):
    # With debug off the site's links name the first allowed host
    # (tillit/settings.py, tested in tests/test_settings.py); the suite's
    # assertions name the test client's host, as with debug on.
    settings.TILLIT_SITE_URL = ""


@pytest.fixture(autouse=True)
def _no_api_rate_limit(monkeypatch):
    # The API's limit counts per address in the cache for a minute: the
    # suite's own requests would reach it, sooner on a faster machine. Its
    # test (tests/api/test_api.py) sets a rate of its own.
    from rest_framework.throttling import AnonRateThrottle

    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", None)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("redaktor", "redaktor@example.org", "x")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def remiss(db):
    from remissvar.models import Remiss

    return Remiss.objects.get(file_number="KS 2018/1086")


@pytest.fixture
def statement(db):
    from remissvar.models import Statement

    return Statement.objects.get(slug="utbildningsnamnden")


@pytest.fixture
def large_remiss(db):
    """A remiss answered by 30 committees, each supporting one of two proposals: more than a page of its matrix (25)."""
    from tests.factories import (
        make_organisation,
        make_position,
        make_proposal,
        make_remiss,
        make_report,
        make_statement,
    )

    report = make_report()
    remiss = make_remiss()
    remiss.reports.add(report)
    first, second = make_proposal(report=report), make_proposal(report=report)
    for number in range(30):
        statement = make_statement(
            remiss=remiss, body=make_organisation(kind="committee", name=f"Nämnd {number:02}")
        )
        make_position(statement=statement, proposal=first if number % 3 else second)
    return remiss


@pytest.fixture(autouse=True)
def _swedish_by_default():
    # A request to an /en/ page leaves English active in the thread; each test
    # starts in the site's default language again.
    from django.utils import translation

    with translation.override("sv"):
        yield


@pytest.fixture(scope="session")
def browser_tools():
    require(CHROMIUM.exists(), f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        require(False, "the playwright package is not installed (make install)")
    require(
        AXE_JS.is_file(),
        f"{AXE_JS} is missing (run `npm ci` in the checkout, or `make test` with npm installed)",
    )


@pytest.fixture(scope="session")
def site(browser_tools, tmp_path_factory):
    """The base URL of a server with the corpus in a database of its own."""
    try:
        with serve_corpus(tmp_path_factory.mktemp("a11y-server")) as base:
            yield base
    except ServerError as error:
        pytest.fail(str(error))
