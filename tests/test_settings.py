"""Settings come from the environment; production refuses to start without a secret key."""

import pytest
from django.conf import settings

from tests import processes


def run_settings(**env):
    return processes.run_settings("s.DATABASES['default']['ENGINE']", **env)


def test_secret_key_is_required_when_debug_is_off():
    result = run_settings(DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr


def test_debug_runs_without_a_secret_key_on_sqlite():
    result = run_settings(DJANGO_DEBUG="1", DATABASE_URL="")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.sqlite3"


def test_database_url_selects_postgresql():
    result = run_settings(
        DJANGO_SECRET_KEY="k", DATABASE_URL="postgres://postgres@127.0.0.1:5432/tillit"
    )
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_swedish_and_stockholm_time():
    assert settings.LANGUAGE_CODE == "sv"
    assert settings.TIME_ZONE == "Europe/Stockholm"
    assert settings.USE_TZ


def run_manage(*args, **env):
    return processes.manage(*args, **env)


PRODUCTION = {
    "DJANGO_SECRET_KEY": "a-long-random-secret-for-this-test-only-0123456789-abcdefghijklmnop",
    "DJANGO_ALLOWED_HOSTS": "kunskapsbank.example.se",
}


def test_production_is_secure_by_default_check_deploy_finds_nothing():
    # Debug off and only the two variables production must set.
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def site_url(**env):
    printed = "from django.conf import settings; print(settings.TILLIT_SITE_URL)"
    return run_manage("shell", "--no-imports", "-c", printed, **env)


def test_links_name_the_allowed_host_never_the_host_header():
    assert site_url(**PRODUCTION).stdout.strip() == "https://kunskapsbank.example.se"
    named = site_url(**PRODUCTION, TILLIT_SITE_URL="https://tillit.example.se")
    assert named.stdout.strip() == "https://tillit.example.se"
    trial = site_url(**PRODUCTION, DJANGO_HTTPS="0")
    assert trial.stdout.strip() == "http://kunskapsbank.example.se"
    wildcard = site_url(**{**PRODUCTION, "DJANGO_ALLOWED_HOSTS": ".example.se"})
    assert wildcard.returncode != 0
    assert "Set TILLIT_SITE_URL" in wildcard.stderr


@pytest.mark.django_db
def test_a_host_header_in_capitals_does_not_change_the_links(client, settings):
    settings.TILLIT_SITE_URL = "https://kunskapsbank.example.se"
    settings.ALLOWED_HOSTS = ["kunskapsbank.example.se"]
    html = client.get("/forum/", HTTP_HOST="KUNSKAPSBANK.EXAMPLE.SE").content.decode()
    assert '<link rel="canonical" href="https://kunskapsbank.example.se/forum/">' in html


def test_plain_http_for_a_trial_on_localhost_turns_the_https_settings_off():
    result = run_manage("check", "--deploy", **PRODUCTION, DJANGO_HTTPS="0")
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr


def test_the_old_cookie_variable_is_refused_with_what_replaces_it():
    result = run_settings(**PRODUCTION, DJANGO_SECURE_COOKIES="0")
    assert result.returncode != 0
    assert "DJANGO_SECURE_COOKIES is replaced by DJANGO_HTTPS" in result.stderr


def test_https_settings_as_production_has_them():
    assert settings.SECURE_HSTS_SECONDS >= 365 * 24 * 60 * 60
    assert settings.SECURE_HSTS_INCLUDE_SUBDOMAINS
    assert settings.SESSION_COOKIE_SECURE
    assert settings.CSRF_COOKIE_SECURE


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https_but_the_health_check_is_not(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/forum/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/forum/"
    assert client.get("/health/").status_code == 200
    secure = client.get("/forum/", secure=True)
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
