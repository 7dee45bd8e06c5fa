"""Rotating the secret key: the old one, kept in DJANGO_SECRET_KEY_FALLBACKS, still validates."""

import pytest
from django.core import signing

from tests import processes

OLD, NEW = "gammal-nyckel-" + "x" * 40, "ny-nyckel-" + "y" * 40


def test_a_value_signed_with_the_old_key_validates_only_with_the_fallback(settings):
    settings.SECRET_KEY = OLD
    signed = signing.dumps({"id": 7})
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW, [OLD]
    assert signing.loads(signed) == {"id": 7}
    # New values are signed with the new key only.
    settings.SECRET_KEY_FALLBACKS = []
    assert signing.loads(signing.dumps({"id": 8})) == {"id": 8}
    with pytest.raises(signing.BadSignature):
        signing.loads(signed)


@pytest.mark.django_db
def test_an_editor_stays_logged_in_across_a_rotation_while_the_old_key_is_a_fallback(
    client, superuser, settings
):
    settings.SECRET_KEY = OLD
    client.force_login(superuser)
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW, [OLD]
    assert client.get("/admin/").status_code == 200
    # That request moved the session to the new key: it outlives the fallback.
    settings.SECRET_KEY_FALLBACKS = []
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_without_the_fallback_a_session_of_the_old_key_is_logged_out(client, superuser, settings):
    settings.SECRET_KEY = OLD
    client.force_login(superuser)
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW, []
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_fallbacks_are_read_from_the_environment():
    fallbacks = processes.setting(
        "s.SECRET_KEY_FALLBACKS",
        DJANGO_SECRET_KEY=NEW,
        DJANGO_SECRET_KEY_FALLBACKS=f"{OLD}, aldre-nyckel-{'z' * 40}",
    )
    assert fallbacks == str([OLD, f"aldre-nyckel-{'z' * 40}"])
