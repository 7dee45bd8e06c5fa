from django.urls import path

from forum import views

app_name = "forum"

urlpatterns = [
    path("", views.MeetingListView.as_view(), name="meeting-list"),
    path("<slug:slug>/", views.MeetingDetailView.as_view(), name="meeting-detail"),
]
