"""
Writes to pages that only read: a 405 that says so, before the CSRF check.

Every public page only reads. Django's own answer to a POST, PUT or an
unknown method there is a 405 with an empty body, and only after
CsrfViewMiddleware has run: a real client without a CSRF token got a 403
about a missing cookie instead, which misnames the problem. This middleware,
placed before CsrfViewMiddleware, answers 405 with ``Allow`` and a short page
for any method a resolved view does not declare. Skipping the CSRF check for
those requests is safe: they never reach a view, so nothing can change.

A view declares its methods as

- a class-based view: the handlers it has (``get``, ``options``; HEAD
  wherever there is GET, as View.setup adds it), which is what Django's
  View itself would allow;
- a function view (or a callable such as a Feed): by being wrapped in
  ``read_only`` below.

Views that declare nothing are left alone: the admin and the language switch
accept POSTs and keep their CSRF check; the API's views are csrf_exempt
(Django REST framework) and answer 405 in JSON themselves.
"""

from django.http import HttpResponseNotAllowed
from django.template import loader
from django.views.decorators.http import require_safe

READ_ONLY = ("GET", "HEAD")


def read_only(view):
    """A function view that answers GET and HEAD only (require_safe), declared to the middleware."""
    wrapped = require_safe(view)
    wrapped.allowed_methods = READ_ONLY
    return wrapped


def declared_methods(view_func):
    """The methods ``view_func`` accepts, upper case, or None when it does not say."""
    if getattr(view_func, "csrf_exempt", False):
        # It reaches the view whatever the method and answers for itself (the API).
        return None
    declared = getattr(view_func, "allowed_methods", None)
    if declared is not None:
        return tuple(declared)
    view_class = getattr(view_func, "view_class", None)
    if view_class is None:
        return None
    return tuple(
        name.upper()
        for name in view_class.http_method_names
        if hasattr(view_class, name) or (name == "head" and hasattr(view_class, "get"))
    )


def not_allowed(allowed):
    # Rendered without the request context, as the 400 and 500 pages are: the
    # page must not depend on anything the refused request carries.
    return HttpResponseNotAllowed(allowed, loader.render_to_string("405.html"))


class MethodNotAllowedMiddleware:
    """A 405 with Allow and a message, for any method the resolved view does not declare."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        allowed = declared_methods(view_func)
        if allowed is not None and request.method not in allowed:
            return not_allowed(allowed)
        return None
