"""Values every page template needs: its canonical URL and its address in each language."""

from django.conf import settings
from django.urls import translate_url

from tillit.site import absolute_url


def site(request):
    path = request.get_full_path()
    return {
        "canonical_url": absolute_url(request.path, request),
        "language_links": [
            {"code": code, "name": name, "url": url, "absolute_url": absolute_url(url, request)}
            for code, name in settings.LANGUAGES
            for url in [translate_url(path, code)]
        ],
    }
