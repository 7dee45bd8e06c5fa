"""
Static files, served by whitenoise, except the manifest.

In production collectstatic writes staticfiles.json beside the files: the
map from every static file's name to its hashed name, which Django reads to
write the links. It is no static file of the site's, and plain whitenoise
would serve it to anyone as /static/staticfiles.json, listing everything
installed (the admin's, the API browser's files) with versions to guess at.
"""

from django.contrib.staticfiles.storage import staticfiles_storage
from whitenoise.middleware import WhiteNoiseMiddleware


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoiseMiddleware that never serves the storage's manifest."""

    def hidden(self, url):
        manifest = getattr(staticfiles_storage, "manifest_name", None)
        return manifest is not None and url == self.static_prefix + manifest

    # Without autorefresh (production) whitenoise lists the files once, at start.
    def add_file_to_dictionary(self, url, path, stat_cache=None):
        if not self.hidden(url):
            super().add_file_to_dictionary(url, path, stat_cache=stat_cache)

    # With autorefresh (debug) it looks for each requested file on disk.
    def find_file(self, url):
        return None if self.hidden(url) else super().find_file(url)
