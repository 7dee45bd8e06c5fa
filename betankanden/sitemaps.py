"""The reports' and proposals' pages for the sitemap (tillit.sitemaps)."""

from betankanden.models import Proposal, Report
from tillit.sitemaps import PortalSitemap


class ReportSitemap(PortalSitemap):
    def items(self):
        return Report.objects.only("slug").order_by("pk")


class ProposalSitemap(PortalSitemap):
    def items(self):
        return Proposal.objects.select_related("report").only("slug", "report__slug").order_by("pk")
