"""The admin's login: lockout after repeated failures (django-axes), logged, and the public site untouched."""

import datetime
import logging

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests import processes

pytestmark = pytest.mark.django_db

PASSWORD = "x"  # the superuser fixture's
GUESSER = "203.0.113.7"
ELSEWHERE = "198.51.100.20"


def log_in(client, password, address=GUESSER, username="redaktor"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
    )


def lock_out(client, settings):
    answers = [log_in(client, f"fel-{n}") for n in range(settings.AXES_FAILURE_LIMIT)]
    return answers[-1], answers[:-1]


def settings_in(**env):
    return processes.setting(
        "s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME, getattr(s, 'AXES_IPWARE_PROXY_ORDER', None)",
        **env,
    )


def test_the_limit_and_cool_off_come_from_the_environment():
    assert settings_in() == "5 0:15:00 None"
    assert settings_in(TILLIT_LOGIN_FAILURES="3", TILLIT_LOGIN_COOLOFF_MINUTES="60") == (
        "3 1:00:00 None"
    )
    # Behind the proxy, the client is the address the one proxy adds: the right-most.
    assert settings_in(DJANGO_BEHIND_PROXY="1") == "5 0:15:00 right-most"


def test_a_right_password_logs_in(client, superuser):
    response = log_in(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


def test_failures_up_to_the_limit_lock_the_login_with_a_clear_page(client, superuser, settings):
    settings.TILLIT_CONTACT_EMAIL = "support@example.org"
    locked, before = lock_out(client, settings)
    # The attempts before the limit are the ordinary login form with its error.
    assert [response.status_code for response in before] == [200] * (len(before))
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Inloggningen är spärrad efter 5 misslyckade försök." in page
    assert "Försök igen om 15 minuter." in page
    assert 'href="mailto:support@example.org"' in page


def test_the_right_password_is_refused_while_locked(client, superuser, settings):
    lock_out(client, settings)
    response = log_in(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("admin:index")).status_code == 302  # to the login page


def test_the_lock_holds_only_for_that_address(client, superuser, settings):
    # A guesser elsewhere cannot lock the editor out of their own desk.
    lock_out(client, settings)
    response = log_in(client, PASSWORD, address=ELSEWHERE)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


def test_a_locked_address_still_reads_the_public_site_and_the_api(client, superuser, settings):
    lock_out(client, settings)
    for url in ["/", "/forum/", "/en/", reverse("api:meeting-list"), reverse("health")]:
        assert client.get(url, REMOTE_ADDR=GUESSER).status_code == 200, url


def test_a_failed_login_is_logged_without_the_password(client, superuser, caplog):
    with caplog.at_level(logging.WARNING):
        log_in(client, "hemligt-lösenord-123")
    failures = [r for r in caplog.records if "AXES: New login failure" in r.getMessage()]
    assert len(failures) == 1
    assert failures[0].levelno == logging.WARNING
    assert "redaktor" in failures[0].getMessage()
    assert GUESSER in failures[0].getMessage()
    assert all("hemligt-lösenord-123" not in r.getMessage() for r in caplog.records)
    # Nor in what axes keeps of the attempt.
    from axes.models import AccessAttempt

    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address) == ("redaktor", GUESSER)
    assert "hemligt" not in attempt.post_data


def test_a_success_resets_the_count(client, superuser, settings):
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, f"fel-{n}")
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, f"fel-igen-{n}").status_code == 200
    assert log_in(client, PASSWORD).status_code == 302


def test_the_lock_ends_after_the_cool_off(client, superuser, settings):
    from axes.models import AccessAttempt

    lock_out(client, settings)
    assert log_in(client, PASSWORD).status_code == 429
    # Time travel: the failures were made just over the cool-off ago.
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC)
        - settings.AXES_COOLOFF_TIME
        - datetime.timedelta(minutes=1)
    )
    assert log_in(client, PASSWORD).status_code == 302


def test_an_administrator_can_lift_the_lock(client, superuser, settings):
    lock_out(client, settings)
    call_command("axes_reset", verbosity=0)
    assert log_in(client, PASSWORD).status_code == 302


def test_the_lockout_never_touches_a_login_outside_the_admin(rf, superuser, settings):
    from django.contrib.auth import authenticate

    # Only the admin site is guarded (AXES_ONLY_ADMIN_SITE): a request elsewhere is not counted.
    assert settings.AXES_ONLY_ADMIN_SITE
    request = rf.post("/", REMOTE_ADDR=GUESSER)
    for n in range(settings.AXES_FAILURE_LIMIT + 1):
        assert authenticate(request, username="redaktor", password=f"fel-{n}") is None
    assert authenticate(request, username="redaktor", password=PASSWORD) == superuser


def test_behind_the_proxy_each_client_is_counted_by_its_forwarded_address(
    client, superuser, settings
):
    # As tillit/settings.py sets it with DJANGO_BEHIND_PROXY=1.
    settings.AXES_IPWARE_PROXY_ORDER = "right-most"
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for n in range(settings.AXES_FAILURE_LIMIT):
        # A guesser who writes a header of its own: the proxy appends the
        # real address, and that is the one counted.
        response = client.post(
            reverse("admin:login"),
            {"username": "redaktor", "password": f"fel-{n}"},
            HTTP_X_FORWARDED_FOR=f"{ELSEWHERE}, {GUESSER}",
            **proxy,
        )
    assert response.status_code == 429
    # Another client through the same proxy (one address in the header, as a
    # single proxy sends it) is not locked out.
    response = client.post(
        reverse("admin:login"),
        {"username": "redaktor", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR=ELSEWHERE,
        **proxy,
    )
    assert response.status_code == 302
