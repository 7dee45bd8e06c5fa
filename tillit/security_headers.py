"""
The two security headers Django does not set itself.

``Permissions-Policy`` switches off the browser features no page here uses
(camera, geolocation, payment…), so that an injected script could not use
them either. ``Cross-Origin-Resource-Policy`` stops other sites embedding
our responses as images, scripts or frames' resources, except under
``TILLIT_CROSS_ORIGIN_PATHS`` (the API), which other sites' scripts are
meant to read. Two fixed headers: a library per header would add more than
it saves.
"""

from django.conf import settings


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.TILLIT_PERMISSIONS_POLICY)
        shared = request.path.startswith(tuple(settings.TILLIT_CROSS_ORIGIN_PATHS))
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", "cross-origin" if shared else "same-origin"
        )
        return response
