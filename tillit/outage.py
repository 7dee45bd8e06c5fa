"""
A database that cannot be reached is an outage, not a bug: every page then
answers 503 with Retry-After (so clients and proxies come back later, and
monitoring tells it from a 500), and /health/ says so in JSON.
"""

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

# Seconds a client is asked to wait before it tries again.
RETRY_AFTER = 30
# The errors that mean "no database", not "a query is wrong" (ProgrammingError,
# IntegrityError), which stay 500s and are reported as bugs.
OUTAGE = (OperationalError, InterfaceError)


def outage_response():
    # Rendered without the request context: its processors may need the database.
    content = loader.get_template("503.html").render()
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    return response


class DatabaseOutageMiddleware:
    """Turns a lost database into the 503 page instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OUTAGE):
            return outage_response()
        return None
