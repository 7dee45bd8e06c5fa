"""The API's form of Forum Tillit's meetings (tillit.api)."""

from rest_framework import serializers

from forum.models import Meeting, Participation, Theme
from tillit.api import ApiLink, PageLink
from tillit.serializers import (
    OrganisationLinkSerializer,
    PersonLinkSerializer,
    SourceLinkSerializer,
)


class ThemeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["slug", "number", "title"]


class MeetingSerializer(serializers.ModelSerializer):
    url = ApiLink("api:meeting-detail")
    page = PageLink()
    theme = ThemeSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Meeting
        fields = [
            "slug", "url", "page", "title", "kind", "date", "year_is_inferred",
            "date_reasoning", "theme",
        ]  # fmt: skip


class ParticipationSerializer(serializers.ModelSerializer):
    person = PersonLinkSerializer(read_only=True, allow_null=True)
    person_role = serializers.CharField(
        source="person_role.title", default=None, read_only=True, allow_null=True
    )
    organisation = OrganisationLinkSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Participation
        fields = ["role", "person", "person_role", "organisation", "talk_title", "description"]


class MeetingDetailSerializer(MeetingSerializer):
    participations = ParticipationSerializer(many=True, read_only=True)
    sources = SourceLinkSerializer(many=True, read_only=True)

    class Meta(MeetingSerializer.Meta):
        fields = [
            *MeetingSerializer.Meta.fields,
            "audience", "audience_is_the_series", "participant_count",
            "participant_count_wording", "summary", "has_recording", "has_slides",
            "media_note", "participations", "sources",
        ]  # fmt: skip
