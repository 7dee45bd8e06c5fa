from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from forum.exports import MEETING_COLUMNS
from forum.filters import MeetingFilter
from forum.models import Meeting
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
