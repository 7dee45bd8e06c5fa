"""The remisses' pages (and their matrices) and the statements' for the sitemap (tillit.sitemaps)."""

from django.urls import reverse

from remissvar.models import Remiss, Statement
from tillit.sitemaps import PortalSitemap


class RemissSitemap(PortalSitemap):
    def items(self):
        return Remiss.objects.only("slug").order_by("pk")


class RemissMatrixSitemap(RemissSitemap):
    def location(self, remiss):
        return reverse("remissvar:remiss-matrix", kwargs={"slug": remiss.slug})


class StatementSitemap(PortalSitemap):
    def items(self):
        return Statement.objects.only("slug").order_by("pk")
