"""
The portal's own address, for the links that must be absolute: the canonical
link, JSON-LD, citations, calendars, the API's links between resources.

``TILLIT_SITE_URL`` (https://kunskapsbank.example.se) names the origin that
readers should cite and search engines index, whatever Host header a request
came with. With debug off it is always set: from the environment, or from the
first host in DJANGO_ALLOWED_HOSTS (tillit/settings.py). Only with debug on (a
developer's machine, runserver on any port) is the request's own origin used.
"""

from django.conf import settings
from django.core.exceptions import DisallowedHost


def site_origin(request=None):
    """The origin without a trailing slash: the setting, else the request's."""
    if settings.TILLIT_SITE_URL:
        return settings.TILLIT_SITE_URL.rstrip("/")
    if request is None:
        return ""
    try:
        return f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        # The 400 page of a request for a host not allowed: it names no link.
        return ""


def absolute_url(path, request=None):
    """``path`` (from ``reverse`` or ``get_absolute_url``) as a full URL."""
    return site_origin(request) + path
