"""
The baseline: a minimal Django view (no database, about 1 KB of HTML) served
by the same gunicorn settings as the portal, so each page's requests per
second can be read as a share of what Django itself does on this machine.

Run as ``gunicorn bench.minimal:application``.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-only-not-secret",
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=["django.middleware.common.CommonMiddleware"],
)

PAGE = (
    "<!DOCTYPE html><html lang=sv><head><meta charset=utf-8><title>Minimal</title></head><body>"
    + "<p>Tillitsdelegationens kunskapsbank, en minimal sida för mätning.</p>" * 14
    + "</body></html>"
)


def minimal(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", minimal)]
application = get_wsgi_application()
