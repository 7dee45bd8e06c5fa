"""
What of the forum is searchable: each meeting, by its title, summary and
audience and the titles and descriptions of the talks given at it.
"""

from django.utils.translation import gettext_lazy as _

from forum.models import Meeting, Participation
from tillit import markdown
from tillit.search.documents import Document, register


def meeting_documents(meetings):
    for meeting in meetings:
        talks = [
            part
            for participation in meeting.participations.all()
            for part in (participation.talk_title, participation.description)
        ]
        # The summary is the editors' Markdown: its words, not its markup.
        summary = markdown.plain(meeting.summary)
        text = "\n\n".join(part for part in (summary, meeting.audience, *talks) if part)
        yield Document("meeting", meeting.pk, meeting.title, text, meeting.get_absolute_url())


def register_documents():
    register(
        Meeting, "meeting", _("Möte"), meeting_documents,
        lambda model: model.objects.prefetch_related("participations"), rank=30,
        follows=[(Participation, "participations")],
    )  # fmt: skip
