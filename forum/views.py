from django.http import HttpResponseNotFound
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, View

from forum.calendars import all_meetings_calendar, calendar_response, one_meeting_calendar
from forum.exports import MEETING_COLUMNS
from forum.filters import MeetingFilter
from forum.models import Meeting
from forum.structured_data import meeting_event
from tillit.exports import ExportMixin
from tillit.filtering import FilteredListView
from tillit.pages import BreadcrumbsMixin


class MeetingListView(BreadcrumbsMixin, ExportMixin, FilteredListView):
    filterset_class = MeetingFilter
    export_columns = MEETING_COLUMNS
    export_name = "moten"
    queryset = Meeting.objects.chronological().select_related("theme")

    def get_breadcrumbs(self):
        return [(_("Forum Tillit"), None)]


class MeetingDetailView(BreadcrumbsMixin, DetailView):
    queryset = Meeting.objects.select_related("theme").prefetch_related(
        "participations__person",
        "participations__person_role",
        "participations__organisation",
        "sources",
    )

    def get_breadcrumbs(self):
        return [(_("Forum Tillit"), reverse("forum:meeting-list")), (self.object.title, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["structured_data"] = [meeting_event(self.object, self.request)]
        return context


def not_found(message):
    # A calendar program shows a plain-text reason better than the site's 404 page.
    return HttpResponseNotFound(message.encode(), content_type="text/plain; charset=utf-8")


class MeetingCalendarView(View):
    """Every meeting with a known day, as iCalendar (forum/calendars.py)."""

    def get(self, request):
        meetings = Meeting.objects.dated().chronological().select_related("theme")
        return calendar_response(all_meetings_calendar(meetings, request), "forum-tillit.ics")


class MeetingEventView(View):
    """One meeting as iCalendar, to add to a calendar; a meeting without a known day has none."""

    def get(self, request, slug):
        meeting = Meeting.objects.select_related("theme").filter(slug=slug).first()
        if meeting is None:
            return not_found(
                gettext("Det finns inget möte med adressen %(slug)s.") % {"slug": slug}
            )
        if meeting.date is None:
            message = gettext(
                "Källorna anger inte vilken dag mötet ”%(title)s” hölls, "
                "så det kan inte läggas i en kalender."
            )
            return not_found(message % {"title": meeting.title})
        return calendar_response(one_meeting_calendar(meeting, request), f"{meeting.slug}.ics")
