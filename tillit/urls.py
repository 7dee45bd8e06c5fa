"""
Root URLconf: the admin, then the public pages in Swedish (unprefixed) and
English (/en/). The only module that imports the portal layer.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from tillit.portal import views as portal_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("health/", portal_views.health, name="health"),
]

urlpatterns += i18n_patterns(
    path("", include("tillit.portal.urls")),
    path("forum/", include("forum.urls")),
    path("betankanden/", include("betankanden.urls")),
    path("", include("remissvar.urls")),
    prefix_default_language=False,
)
