"""The meetings as an Atom feed (/forum/feed/), the newest date first."""

from django.db.models import F
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from forum.models import Meeting
from tillit import markdown
from tillit.feeds import ENTRIES, DatedAtomFeed


class MeetingFeed(DatedAtomFeed):
    date_field = "date"
    title = _("Forum Tillit: möten")
    subtitle = _("Tillitsdelegationens möten, det senaste först.")
    link = reverse_lazy("forum:meeting-list")

    def items(self):
        return Meeting.objects.order_by(F("date").desc(nulls_last=True), "-pk")[:ENTRIES]

    def item_title(self, meeting):
        return meeting.title

    def item_description(self, meeting):
        # The editor's Markdown as words: a feed reader gets no markup from us.
        return markdown.plain(meeting.summary)
