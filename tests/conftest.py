"""Shared fixtures: the real corpus, loaded once per test session, and an admin client."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

CORPUS = Path(settings.BASE_DIR) / "fixtures" / "corpus.json"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # Every test sees the whole corpus; each test's changes are rolled back.
    with django_db_blocker.unblock():
        call_command("loaddata", str(CORPUS), verbosity=0)


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


@pytest.fixture(autouse=True)
def _swedish_by_default():
    # A request to an /en/ page leaves English active in the thread; each test
    # starts in the site's default language again.
    from django.utils import translation

    with translation.override("sv"):
        yield
