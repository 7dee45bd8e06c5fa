"""The meetings' pages for the sitemap (tillit.sitemaps)."""

from forum.models import Meeting
from tillit.sitemaps import PortalSitemap


class MeetingSitemap(PortalSitemap):
    def items(self):
        return Meeting.objects.only("slug").order_by("pk")
