"""The API's form of the shared records: sources, organisations and people (tillit.api)."""

from rest_framework import serializers

from tillit.api import ApiLink, PageLink
from tillit.models import Organisation, Person, Role, Source


class SourceSerializer(serializers.ModelSerializer):
    url = ApiLink("api:source-detail")
    page = PageLink()

    class Meta:
        model = Source
        fields = ["slug", "url", "page", "title", "publisher", "kind", "date", "citation"]


class SourceDetailSerializer(SourceSerializer):
    # A news article is copyrighted: only its citation and the facts taken
    # from it are published, never its text (the model refuses to store it).
    may_reproduce = serializers.BooleanField(read_only=True)
    full_text = serializers.SerializerMethodField()

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "may_reproduce", "full_text"]

    def get_full_text(self, source) -> str | None:
        return source.full_text if source.may_reproduce else None


class SourceLinkSerializer(serializers.ModelSerializer):
    """A source named where something is taken from it."""

    url = ApiLink("api:source-detail")

    class Meta:
        model = Source
        fields = ["slug", "url", "title"]


class OrganisationLinkSerializer(serializers.ModelSerializer):
    url = ApiLink("api:organisation-detail")

    class Meta:
        model = Organisation
        fields = ["slug", "url", "name"]


class OrganisationSerializer(serializers.ModelSerializer):
    url = ApiLink("api:organisation-detail")
    page = PageLink()
    parent = ApiLink("api:organisation-detail", related=True)

    class Meta:
        model = Organisation
        fields = ["slug", "url", "page", "name", "abbreviation", "kind", "parent"]


class OrganisationDetailSerializer(OrganisationSerializer):
    sources = SourceLinkSerializer(many=True, read_only=True)

    class Meta(OrganisationSerializer.Meta):
        fields = [*OrganisationSerializer.Meta.fields, "sources"]


class RoleSerializer(serializers.ModelSerializer):
    organisation = OrganisationLinkSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Role
        fields = ["title", "organisation", "is_former", "wording"]


class PersonLinkSerializer(serializers.ModelSerializer):
    url = ApiLink("api:person-detail")

    class Meta:
        model = Person
        fields = ["slug", "url", "name"]


class PersonSerializer(serializers.ModelSerializer):
    url = ApiLink("api:person-detail")
    page = PageLink()

    class Meta:
        model = Person
        fields = ["slug", "url", "page", "name"]


class PersonDetailSerializer(PersonSerializer):
    roles = RoleSerializer(many=True, read_only=True)
    sources = SourceLinkSerializer(many=True, read_only=True)

    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "roles", "sources"]
