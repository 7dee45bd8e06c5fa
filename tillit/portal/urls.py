"""Pages that gather from several apps: sources, organisations, people, the timeline."""

from django.urls import path

from tillit.portal import views

app_name = "portal"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("kallor/", views.SourceListView.as_view(), name="source-list"),
    path("kallor/<slug:slug>/", views.SourceDetailView.as_view(), name="source-detail"),
    path("organisationer/", views.OrganisationListView.as_view(), name="organisation-list"),
    path(
        "organisationer/<slug:slug>/",
        views.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
    path("personer/", views.PersonListView.as_view(), name="person-list"),
    path("personer/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("om/", views.AboutView.as_view(), name="about"),
    path("tillganglighet/", views.AccessibilityView.as_view(), name="accessibility"),
    path("tidslinje/", views.TimelineView.as_view(), name="timeline"),
    path("data/", views.DataView.as_view(), name="data"),
    path("data/dcat.jsonld", views.data_catalogue, name="data-catalogue"),
    path("sok/", views.SearchView.as_view(), name="search"),
]
