"""
What every sitemap section of the portal shares: both languages, each page
with its alternate in the other (hreflang) and the Swedish one as x-default.
Each app lists its own pages in its sitemaps.py; tillit/urls.py gathers them.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views

from tillit.methods import read_only
from tillit.site import site_origin


class _PagesInEachLanguage:
    """
    (item, language) for every item of a query and language, read a slice at
    a time. Django's sitemap builds this list whole for every request: at
    100,000 statements that took 3.3 s for each file of the sitemap.
    """

    def __init__(self, items, languages):
        self.items, self.languages = items, languages

    def __len__(self):
        count = len(self.items) if isinstance(self.items, list) else self.items.count()
        return count * len(self.languages)

    def count(self):
        return len(self)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        per_item = len(self.languages)
        start, stop = index.start or 0, index.stop
        first = start // per_item
        last = -(-stop // per_item) if stop is not None else None
        pairs = [(item, language) for item in self.items[first:last] for language in self.languages]
        return pairs[start - first * per_item :][: None if stop is None else stop - start]


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    # URLs in one file of the sitemap (each page twice: sv and en). A file
    # renders every URL with its alternates: 20,000 took 2.4 s and 7.5 MB at
    # 100,000 statements; 5,000 take about 0.6 s, and the index 0.2 s.
    limit = 5_000

    # The site's origin, not the Host header's, where TILLIT_SITE_URL is set.
    def get_protocol(self, protocol=None):
        origin = urlsplit(site_origin())
        return origin.scheme or super().get_protocol(protocol)

    def get_domain(self, site=None):
        return urlsplit(site_origin()).netloc or super().get_domain(site)

    def _items(self):
        return _PagesInEachLanguage(self.items(), self._languages())


@read_only
def index(request, **kwargs):
    """Django's sitemap index, its files named at the site's origin (TILLIT_SITE_URL) if set."""
    response = sitemap_views.index(request, **kwargs)
    origin = site_origin()
    if origin:
        for item in response.context_data["sitemaps"]:
            parts = urlsplit(item.location)
            item.location = origin + parts.path + (f"?{parts.query}" if parts.query else "")
    return response
