"""What the log says of a request for a host the site does not serve."""

import logging

import pytest

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
