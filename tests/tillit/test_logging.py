"""What the log says: JSON lines with request ids, a bad host as one warning."""

import io
import json
import logging
import re
import uuid
from datetime import datetime

import pytest

from tests import processes

pytestmark = pytest.mark.django_db


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def test_a_bad_host_header_is_one_warning_without_a_traceback(client):
    logger = logging.getLogger("django.security.DisallowedHost")
    collected = Collect()
    logger.addHandler(collected)
    try:
        response = client.get("/forum/", HTTP_HOST="evil.example")
    finally:
        logger.removeHandler(collected)
    assert response.status_code == 400
    [record] = collected.records
    assert record.levelname == "WARNING"
    assert record.exc_info is None
    assert "evil.example" in record.getMessage()


# The log as production writes it: JSON lines on stdout, each with the id of
# its request (settings.LOGGING, django-guid).


@pytest.fixture
def json_log():
    """What the configured console handler writes, one parsed JSON object per line."""
    [console] = [handler for handler in logging.getLogger().handlers if handler.name == "console"]
    stream = io.StringIO()
    previous = console.setStream(stream)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        console.setStream(previous)


def test_the_log_is_json_with_the_request_id_of_the_response(client, json_log):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    request_id = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    [line] = [line for line in json_log() if line["logger"] == "django.request"]
    assert line["level"] == "WARNING"
    assert line["message"] == "Not Found: /finns-inte/"
    assert line["request_id"] == request_id
    assert line["status_code"] == 404
    assert datetime.fromisoformat(line["timestamp"]).tzinfo is not None


def test_two_requests_have_two_request_ids(client):
    assert client.get("/health/")["X-Request-ID"] != client.get("/health/")["X-Request-ID"]


def test_a_valid_incoming_request_id_is_kept(client, json_log):
    incoming = str(uuid.uuid4())
    response = client.get("/finns-inte/", HTTP_X_REQUEST_ID=incoming)
    assert response["X-Request-ID"] == incoming
    [line] = [line for line in json_log() if line["logger"] == "django.request"]
    assert line["request_id"] == incoming


@pytest.mark.parametrize(
    "hostile",
    [
        "a" * 500,
        "0" * 32 + "\n" + '{"level": "ERROR", "message": "forged"}',
        "../../etc/passwd",
        "' OR 1=1 --",
    ],
)
def test_a_hostile_incoming_request_id_is_replaced(client, json_log, hostile):
    response = client.get("/finns-inte/", HTTP_X_REQUEST_ID=hostile)
    replaced = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", replaced)
    lines = json_log()
    # Every line is still one JSON object: nothing forged a line of its own.
    assert all(line["message"] != "forged" for line in lines)
    [line] = [line for line in lines if line["logger"] == "django.request"]
    assert line["request_id"] == replaced


def test_an_exception_in_a_view_is_one_json_object_with_its_traceback(client, settings, json_log):
    settings.ROOT_URLCONF = "tests.error_urls"
    client.raise_request_exception = False
    response = client.get("/trasig/")
    assert response.status_code == 500
    [line] = [line for line in json_log() if line["level"] == "ERROR"]
    assert line["logger"] == "django.request"
    assert line["message"] == "Internal Server Error: /trasig/"
    assert line["request_id"] == response["X-Request-ID"]
    assert line["exception"].startswith("Traceback (most recent call last):")
    assert "RuntimeError: Simulated failure" in line["exception"]


def test_a_log_line_outside_a_request_has_no_request_id(json_log):
    logging.getLogger("tillit").warning("Utan förfrågan")
    [line] = json_log()
    assert line == {
        "level": "WARNING",
        "logger": "tillit",
        "message": "Utan förfrågan",
        "request_id": None,
        "timestamp": line["timestamp"],
    }


def test_runservers_request_lines_are_json_without_the_socket(json_log):
    # As django.core.servers.basehttp logs each request, its socket as an extra.
    logging.getLogger("django.server").warning(
        '"%s" %s %s',
        "GET /finns-inte/ HTTP/1.1",
        "404",
        "179",
        extra={"request": object(), "server_time": "01/Dec/2026 03:00:00", "status_code": 404},
    )
    [line] = json_log()
    assert line["logger"] == "django.server"
    assert line["message"] == '"GET /finns-inte/ HTTP/1.1" 404 179'
    assert line["status_code"] == 404
    assert "request" not in line
    assert "server_time" not in line


def log_format(**env):
    return processes.setting("s.LOG_FORMAT", **env)


def test_the_log_is_json_without_debug_and_text_with_it():
    assert log_format(DJANGO_DEBUG="0") == "json"
    assert log_format(DJANGO_DEBUG="1") == "text"
    assert log_format(DJANGO_DEBUG="1", DJANGO_LOG_FORMAT="json") == "json"
    assert "DJANGO_LOG_FORMAT must be json or text" in log_format(DJANGO_LOG_FORMAT="xml")


# Errors reach a person: mailed to ADMINS, or found in the log at ERROR.


def test_a_server_error_is_mailed_to_the_admins(client, settings, mailoutbox):
    settings.ROOT_URLCONF = "tests.error_urls"
    settings.ADMINS = [("Drift", "drift@example.se")]
    client.raise_request_exception = False
    response = client.get("/trasig/")
    assert response.status_code == 500
    [message] = mailoutbox
    assert message.to == ["drift@example.se"]
    assert message.subject.startswith(settings.EMAIL_SUBJECT_PREFIX)
    assert "Internal Server Error: /trasig/" in message.subject
    assert "RuntimeError at /trasig/\nSimulated failure" in message.body
    # The report lists the settings, its secrets masked.
    assert settings.SECRET_KEY not in message.body


def test_without_admins_an_error_is_mailed_to_no_one(client, settings, mailoutbox, json_log):
    settings.ROOT_URLCONF = "tests.error_urls"
    settings.ADMINS = []
    client.raise_request_exception = False
    assert client.get("/trasig/").status_code == 500
    assert mailoutbox == []
    assert [line["level"] for line in json_log() if line["logger"] == "django.request"] == ["ERROR"]


def test_a_missing_page_is_mailed_to_no_one(client, settings, mailoutbox):
    settings.ADMINS = [("Drift", "drift@example.se")]
    assert client.get("/finns-inte/").status_code == 404
    assert mailoutbox == []


def admins(value):
    return processes.setting("s.ADMINS", DJANGO_ADMINS=value)


def test_admins_are_read_from_one_variable():
    assert admins("Drift Tillit <drift@example.se>, jour@example.se") == str(
        [("Drift Tillit", "drift@example.se"), ("", "jour@example.se")]
    )
    assert admins("") == "[]"


def test_admins_that_are_not_addresses_stop_the_start():
    assert "DJANGO_ADMINS must be addresses" in admins("drift; jour")
