"""Values every page template needs: its canonical URL and its address in each language."""

from django.conf import settings
from django.urls import translate_url


def site(request):
    path = request.get_full_path()
    return {
        "canonical_url": request.build_absolute_uri(request.path),
        "language_links": [
            {"code": code, "name": name, "url": translate_url(path, code)}
            for code, name in settings.LANGUAGES
        ],
    }
