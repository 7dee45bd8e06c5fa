"""
Root URLconf: the admin, then the public pages in Swedish (unprefixed) and
English (/en/). The only module that imports the portal layer.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from betankanden.api import ProposalViewSet, ReportViewSet
from betankanden.sitemaps import ProposalSitemap, ReportSitemap
from forum.api import MeetingViewSet
from forum.sitemaps import MeetingSitemap
from remissvar.api import PositionViewSet, RemissViewSet, StatementViewSet
from remissvar.sitemaps import RemissMatrixSitemap, RemissSitemap, StatementSitemap
from tillit import sitemaps
from tillit.api import not_found as api_not_found
from tillit.methods import read_only
from tillit.portal import views as portal_views
from tillit.portal.api import OrganisationViewSet, PersonViewSet, SourceViewSet
from tillit.portal.sitemaps import OrganisationSitemap, PageSitemap, PersonSitemap, SourceSitemap

# Every public page, in both languages (tillit.sitemaps). The sitemap and feed
# views are functions that would answer any method: read_only() declares them
# GET and HEAD only (tillit/methods.py).
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

# The read-only API (tillit.api): English resource names, as APIs are read
# by programs; one language, outside the language prefixes.
api = DefaultRouter()
api.include_format_suffixes = False
for prefix, viewset, basename in [
    ("meetings", MeetingViewSet, "meeting"),
    ("people", PersonViewSet, "person"),
    ("organisations", OrganisationViewSet, "organisation"),
    ("reports", ReportViewSet, "report"),
    ("proposals", ProposalViewSet, "proposal"),
    ("remisses", RemissViewSet, "remiss"),
    ("statements", StatementViewSet, "statement"),
    ("positions", PositionViewSet, "position"),
    ("sources", SourceViewSet, "source"),
]:
    api.register(prefix, viewset, basename=basename)

api_patterns = [
    *api.urls,
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:openapi"), name="docs"),
    re_path(r"^(?P<path>.*)$", api_not_found),
]

urlpatterns = [
    # Configurable (TILLIT_ADMIN_PATH), checked in the settings.
    path(settings.TILLIT_ADMIN_PATH, admin.site.urls),
    path("api/v1/", include((api_patterns, "api"))),
    path("i18n/", include("django.conf.urls.i18n")),
    path("health/", portal_views.health, name="health"),
    # One sitemap for both languages: outside the language prefixes.
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        read_only(sitemap_views.sitemap),
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
