"""The admin's address comes from TILLIT_ADMIN_PATH; a bad one stops start-up with a clear message."""

import importlib.util

import pytest
from django.conf import settings
from django.urls import reverse

import tillit.urls
from tests import processes


def run_settings(**env):
    return processes.run_settings("s.TILLIT_UNCACHED_PATHS[0]", DJANGO_SECRET_KEY="k", **env)


def test_the_admin_is_at_admin_by_default():
    assert reverse("admin:index") == "/admin/"
    assert run_settings().stdout.strip() == "/admin/"
    assert run_settings(TILLIT_ADMIN_PATH="").stdout.strip() == "/admin/"


def test_a_custom_admin_path_is_never_cached():
    result = run_settings(TILLIT_ADMIN_PATH="redigering/intern/")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "/redigering/intern/"


@pytest.mark.parametrize(
    "value", ["/admin/", "admin", "api/", "en/", "health/", "static/x/", "forum/", "a b/", "a//"]
)
def test_a_bad_admin_path_is_refused(value):
    result = run_settings(TILLIT_ADMIN_PATH=value)
    assert result.returncode != 0
    assert f"TILLIT_ADMIN_PATH={value!r} is not usable" in result.stderr


@pytest.fixture
def admin_elsewhere(settings):
    # A fresh copy of the real URLconf, built with the setting changed; the
    # settings fixture puts ROOT_URLCONF back (and empties the URL caches).
    settings.TILLIT_ADMIN_PATH = "redigering/"
    spec = importlib.util.spec_from_file_location("urls_with_admin_elsewhere", tillit.urls.__file__)
    urls = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(urls)
    settings.ROOT_URLCONF = urls
    settings.TILLIT_UNCACHED_PATHS = ["/redigering/", "/i18n/", "/health/", "/api/"]
    return "/redigering/"


@pytest.mark.django_db
def test_the_admin_answers_at_its_custom_path_and_not_at_admin(client, superuser, admin_elsewhere):
    assert reverse("admin:index") == admin_elsewhere
    response = client.get(admin_elsewhere)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{admin_elsewhere}login/")
    assert client.get("/admin/").status_code == 404
    assert client.get("/admin/login/").status_code == 404
    client.force_login(superuser)
    assert client.get(f"{admin_elsewhere}forum/meeting/").status_code == 200
    # The public site is where it was.
    assert client.get("/forum/").status_code == 200


@pytest.mark.django_db
def test_the_lockout_guards_the_custom_path(client, superuser, admin_elsewhere):
    login = f"{admin_elsewhere}login/"
    for n in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(login, {"username": "redaktor", "password": f"fel-{n}"})
    assert response.status_code == 429
    assert client.post(login, {"username": "redaktor", "password": "x"}).status_code == 429
