"""The portal's own pages, people, organisations and sources for the sitemap (tillit.sitemaps)."""

from django.urls import reverse

from tillit.models import Organisation, Person, Source
from tillit.sitemaps import PortalSitemap

# The pages that are not a record's: the lists, the search, the timeline, about.
PAGES = [
    "portal:home", "forum:meeting-list", "portal:person-list", "portal:organisation-list",
    "betankanden:report-list", "betankanden:proposal-list", "remissvar:remiss-list", "remissvar:statement-list",
    "remissvar:position-list", "remissvar:statement-compare", "portal:timeline",
    "portal:source-list", "portal:search", "portal:about", "portal:accessibility", "portal:data",
]  # fmt: skip


class PageSitemap(PortalSitemap):
    def items(self):
        return PAGES

    def location(self, name):
        return reverse(name)


class PersonSitemap(PortalSitemap):
    def items(self):
        return Person.objects.only("slug").order_by("pk")


class OrganisationSitemap(PortalSitemap):
    def items(self):
        return Organisation.objects.only("slug").order_by("pk")


class SourceSitemap(PortalSitemap):
    def items(self):
        return Source.objects.only("slug").order_by("pk")
