"""
Root URLconf: the admin, then the public pages in Swedish (unprefixed) and
English (/en/). The only module that imports the portal layer.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from betankanden.sitemaps import ProposalSitemap, ReportSitemap
from forum.sitemaps import MeetingSitemap
from remissvar.sitemaps import RemissMatrixSitemap, RemissSitemap, StatementSitemap
from tillit.portal import views as portal_views
from tillit.portal.sitemaps import OrganisationSitemap, PageSitemap, PersonSitemap, SourceSitemap

# Every public page, in both languages (tillit.sitemaps).
SITEMAPS = {
    "sidor": PageSitemap,
    "moten": MeetingSitemap,
    "personer": PersonSitemap,
    "organisationer": OrganisationSitemap,
    "betankanden": ReportSitemap,
    "forslag": ProposalSitemap,
    "remisser": RemissSitemap,
    "matriser": RemissMatrixSitemap,
    "remissvar": StatementSitemap,
    "kallor": SourceSitemap,
}

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("health/", portal_views.health, name="health"),
    # One sitemap for both languages: outside the language prefixes.
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("robots.txt", portal_views.RobotsView.as_view(), name="robots-txt"),
]

urlpatterns += i18n_patterns(
    path("", include("tillit.portal.urls")),
    path("forum/", include("forum.urls")),
    path("betankanden/", include("betankanden.urls")),
    path("", include("remissvar.urls")),
    prefix_default_language=False,
)
