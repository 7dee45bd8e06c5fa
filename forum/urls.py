from django.urls import path

from forum import views
from forum.feeds import MeetingFeed
from tillit.methods import read_only

app_name = "forum"

urlpatterns = [
    path("", views.MeetingListView.as_view(), name="meeting-list"),
    # Before the meeting pattern, which would otherwise take "feed" as a slug.
    path("feed/", read_only(MeetingFeed()), name="meeting-feed"),
    path("kalender.ics", views.MeetingCalendarView.as_view(), name="meeting-calendar"),
    path("<slug:slug>/", views.MeetingDetailView.as_view(), name="meeting-detail"),
    path("<slug:slug>/kalender.ics", views.MeetingEventView.as_view(), name="meeting-event"),
]
