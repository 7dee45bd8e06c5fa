"""
Whole public pages from a cache, emptied on every edit.

The portal's pages change only when an editor saves something, so a page is
rendered once and then served from the ``pages`` cache (Redis when
``REDIS_URL`` is set, shared by every process and instance) until the next
edit empties it (:func:`empty_page_cache`, connected to every content model
by ``TillitConfig.ready``). Without ``REDIS_URL`` the ``pages`` cache is a
dummy: per-process memory could not be emptied in every worker at once, and
a stale page is worse than a slow one.

Django's own cache middleware is not used: it gives browsers and proxies the
same lifetime as the server's copy, so a page cached for a day on the server
would be stale in browsers for a day after an edit. Here the server keeps
its copy until the next edit, and browsers and proxies are told
PUBLIC_MAX_AGE.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from simple_history.models import HistoricalChanges

PAGES = "pages"
# How long a browser or a proxy may keep a public page (issue 14 asks for "briefly").
PUBLIC_MAX_AGE = 60
# How long the server keeps a page if no edit empties the cache first.
SERVER_SECONDS = 24 * 60 * 60
# Content models live in these apps; a change to any of them may show on any page.
CONTENT_APPS = ("tillit", "forum", "betankanden", "remissvar")
# Headers made per response, never replayed from a cached copy.
NOT_KEPT = {"set-cookie", "date", "x-page-cache"}


def page_key(request):
    return "page:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()


def cacheable_request(request):
    """Anonymous GET and HEAD of a public page: never the admin, never a logged-in editor."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(tuple(settings.TILLIT_UNCACHED_PATHS))
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def cacheable_response(response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Cache-Control")
    )


class PageCacheMiddleware:
    """Serves a cached copy of an anonymous GET, or renders and keeps it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        cache = caches[PAGES]
        key = page_key(request)
        stored = cache.get(key)
        if stored is not None:
            response = HttpResponse(stored["content"])
            for name, value in stored["headers"].items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
        else:
            response = self.get_response(request)
            if not cacheable_response(response):
                return response
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(
                key,
                {
                    "content": response.content,
                    "headers": {
                        name: value
                        for name, value in response.headers.items()
                        if name.lower() not in NOT_KEPT
                    },
                },
                SERVER_SECONDS,
            )
            response["X-Page-Cache"] = "miss"
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
        return response


def empty_page_cache(**kwargs):
    """Empty the page cache once the edit is committed (a rolled-back edit changed nothing)."""
    transaction.on_commit(lambda: caches[PAGES].clear())


def connect_signals(apps):
    """Empty the page cache whenever a record of a content model is saved, deleted or relinked."""
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            # A historical record (tillit.models.EditedModel) is saved with
            # the record it copies, whose own signal empties the cache.
            if not getattr(model, "empties_page_cache", True) or issubclass(
                model, HistoricalChanges
            ):
                continue
            post_save.connect(empty_page_cache, sender=model, dispatch_uid=f"pages-save-{model}")
            post_delete.connect(empty_page_cache, sender=model, dispatch_uid=f"pages-del-{model}")
            for field in model._meta.many_to_many:
                m2m_changed.connect(
                    empty_page_cache,
                    sender=field.remote_field.through,
                    dispatch_uid=f"pages-m2m-{field.remote_field.through}",
                )
