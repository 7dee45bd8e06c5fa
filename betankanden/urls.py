from django.urls import path

from betankanden import views

app_name = "betankanden"

urlpatterns = [
    path("", views.ReportListView.as_view(), name="report-list"),
    # Before the report pattern, which would otherwise take "forslag" as a slug.
    path("forslag/", views.ProposalListView.as_view(), name="proposal-list"),
    path("<slug:slug>/", views.ReportDetailView.as_view(), name="report-detail"),
    path(
        "<slug:report_slug>/forslag/<slug:slug>/",
        views.ProposalDetailView.as_view(),
        name="proposal-detail",
    ),
]
