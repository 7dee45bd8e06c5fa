from django.urls import path

from remissvar import views
from remissvar.feeds import StatementFeed
from tillit.methods import read_only

app_name = "remissvar"

urlpatterns = [
    path("remisser/", views.RemissListView.as_view(), name="remiss-list"),
    path("remisser/<slug:slug>/", views.RemissDetailView.as_view(), name="remiss-detail"),
    path("remisser/<slug:slug>/matris/", views.RemissMatrixView.as_view(), name="remiss-matrix"),
    path("remissvar/", views.StatementListView.as_view(), name="statement-list"),
    path("remissvar/jamfor/", views.StatementCompareView.as_view(), name="statement-compare"),
    # Before the statement pattern, which would otherwise take "positioner" as a slug.
    path("remissvar/positioner/", views.PositionListView.as_view(), name="position-list"),
    path("remissvar/feed/", read_only(StatementFeed()), name="statement-feed"),
    path("remissvar/<slug:slug>/", views.StatementDetailView.as_view(), name="statement-detail"),
]
