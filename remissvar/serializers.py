"""The API's form of the remisses, statements and positions (tillit.api)."""

from urllib.parse import urlencode

from django.urls import reverse
from rest_framework import serializers

from betankanden.serializers import ProposalLinkSerializer, ReportLinkSerializer
from remissvar.models import DecisionStep, Position, Remiss, Statement
from tillit.api import ApiLink, PageLink
from tillit.serializers import (
    OrganisationLinkSerializer,
    PersonLinkSerializer,
    SourceLinkSerializer,
)
from tillit.site import absolute_url
from tillit.text import is_subheading


def position_key(position):
    return f"{position.statement.slug}.{position.proposal.key}"


class RemissLinkSerializer(serializers.ModelSerializer):
    url = ApiLink("api:remiss-detail")

    class Meta:
        model = Remiss
        fields = ["slug", "url", "title", "file_number"]


class StatementLinkSerializer(serializers.ModelSerializer):
    url = ApiLink("api:statement-detail")
    body = OrganisationLinkSerializer(read_only=True)

    class Meta:
        model = Statement
        fields = ["slug", "url", "body"]


class RemissSerializer(serializers.ModelSerializer):
    url = ApiLink("api:remiss-detail")
    page = PageLink()
    sender = OrganisationLinkSerializer(read_only=True)
    responding_organisation = OrganisationLinkSerializer(read_only=True)
    reports = ReportLinkSerializer(many=True, read_only=True)

    class Meta:
        model = Remiss
        fields = [
            "slug", "url", "page", "title", "file_number", "deadline", "sender",
            "responding_organisation", "reports",
        ]  # fmt: skip


class DecisionStepSerializer(serializers.ModelSerializer):
    organisation = OrganisationLinkSerializer(read_only=True)
    person = PersonLinkSerializer(read_only=True, allow_null=True)

    class Meta:
        model = DecisionStep
        fields = ["order", "organisation", "person", "date", "text"]


class RemissDetailSerializer(RemissSerializer):
    decision_steps = DecisionStepSerializer(many=True, read_only=True)
    source = SourceLinkSerializer(read_only=True)
    statements = serializers.SerializerMethodField(
        help_text="The first statements; `statements_url` lists them all, filtered as you like."
    )
    statements_url = serializers.SerializerMethodField()

    class Meta(RemissSerializer.Meta):
        fields = [
            *RemissSerializer.Meta.fields, "decision_steps", "source", "statements",
            "statements_url",
        ]  # fmt: skip

    # A national remiss has hundreds of answers: the record names the first
    # ones and links to the statement list, which pages through all of them.
    STATEMENTS_SHOWN = 100

    def get_statements(self, remiss) -> list[dict]:
        statements = remiss.statements.select_related("body").order_by("body__name", "pk")
        return StatementLinkSerializer(
            statements[: self.STATEMENTS_SHOWN], many=True, context=self.context
        ).data

    def get_statements_url(self, remiss) -> str:
        path = reverse("api:statement-list") + "?" + urlencode({"remiss": remiss.slug})
        return absolute_url(path, self.context.get("request"))


class StatementSerializer(serializers.ModelSerializer):
    url = ApiLink("api:statement-detail")
    page = PageLink()
    remiss = RemissLinkSerializer(read_only=True)
    body = OrganisationLinkSerializer(read_only=True)

    class Meta:
        model = Statement
        fields = [
            "slug", "url", "page", "remiss", "body", "kind", "decision_date", "report_date",
            "overall_stance", "overall_summary",
        ]  # fmt: skip


class StatementPositionSerializer(serializers.ModelSerializer):
    """A position within its statement: the statement is the record around it."""

    key = serializers.SerializerMethodField()
    proposal = ProposalLinkSerializer(read_only=True)
    paragraph = serializers.IntegerField(source="paragraph_number", read_only=True)

    class Meta:
        model = Position
        fields = ["key", "proposal", "stance", "passage", "paragraph"]

    def get_key(self, position) -> str:
        return position_key(position)


class ParagraphSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    text = serializers.CharField()
    is_subheading = serializers.BooleanField()


class StatementDetailSerializer(StatementSerializer):
    prepared_by = OrganisationLinkSerializer(read_only=True, allow_null=True)
    signatory = PersonLinkSerializer(read_only=True, allow_null=True)
    adopts_views_of = StatementLinkSerializer(read_only=True, allow_null=True)
    positions = StatementPositionSerializer(many=True, read_only=True)
    paragraphs = serializers.SerializerMethodField()
    source = SourceLinkSerializer(read_only=True)

    class Meta(StatementSerializer.Meta):
        fields = [
            *StatementSerializer.Meta.fields, "prepared_by", "signatory", "adopts_views_of",
            "adoption_passage", "positions", "paragraphs", "source",
        ]  # fmt: skip

    def get_paragraphs(self, statement) -> ParagraphSerializer(many=True):
        # Numbered as on the page (#stycke-N), so that a number found here
        # points at the same paragraph there.
        return [
            {"number": number, "text": text, "is_subheading": is_subheading(text)}
            for number, text in statement.paragraphs()
        ]


class PositionSerializer(serializers.ModelSerializer):
    key = serializers.SerializerMethodField()
    url = ApiLink("api:position-detail", key=position_key)
    page = PageLink()
    statement = StatementLinkSerializer(read_only=True)
    proposal = ProposalLinkSerializer(read_only=True)
    report = ReportLinkSerializer(source="proposal.report", read_only=True)
    paragraph = serializers.IntegerField(source="paragraph_number", read_only=True)

    class Meta:
        model = Position
        fields = [
            "key", "url", "page", "statement", "proposal", "report", "stance", "passage",
            "paragraph",
        ]  # fmt: skip

    def get_key(self, position) -> str:
        return position_key(position)
