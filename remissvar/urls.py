from django.urls import path

from remissvar import views

app_name = "remissvar"

urlpatterns = [
    path("remisser/<slug:slug>/", views.RemissDetailView.as_view(), name="remiss-detail"),
    path("remissvar/", views.StatementListView.as_view(), name="statement-list"),
    path("remissvar/<slug:slug>/", views.StatementDetailView.as_view(), name="statement-detail"),
]
