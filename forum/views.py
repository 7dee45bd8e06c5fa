from django.views.generic import DetailView, ListView

from forum.models import Meeting


class MeetingListView(ListView):
    queryset = Meeting.objects.chronological().select_related("theme")


class MeetingDetailView(DetailView):
    queryset = Meeting.objects.select_related("theme").prefetch_related(
        "participations__person", "participations__organisation", "sources"
    )
