"""schemathesis, run against the API's own OpenAPI schema: no server error, no answer outside it."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance


# Read from the app at collection (the schema needs no database). Not through
# schemathesis.pytest.from_fixture: its lazy loader reads a pytest internal
# that pytest 9 no longer has.
def over_https(app):
    """The app as production serves it, behind TLS: with debug off, plain HTTP is redirected."""

    def served(environ, start_response):
        environ["wsgi.url_scheme"] = "https"
        return app(environ, start_response)

    return served


schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", over_https(get_wsgi_application()))


@pytest.fixture(autouse=True)
def _keep_the_test_transaction():
    # Called as a WSGI app, Django closes the database connection after each
    # request (close_old_connections), which ends the test's transaction on
    # PostgreSQL; its test client disconnects the same handlers.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_generated_request_gets_an_answer_the_schema_describes(case):
    # Every check but one: a filter naming a body, person or report that is
    # not there ("body=0") is refused with a 400 that says so, as the pages
    # refuse it, though the schema can only say "a string".
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
