"""Settings for the server the accessibility tests run Chromium against.

As in the rest of the suite: debug off (so errors show the site's own 404
page, not Django's debug page), and plain static files, so no collectstatic is
needed; ``runserver --insecure`` serves them.
"""

from tillit.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
