"""The API's form of the reports and their proposals (tillit.api)."""

from rest_framework import serializers

from betankanden.models import Addressee, Proposal, Report
from tillit.api import ApiLink, PageLink
from tillit.serializers import PersonLinkSerializer, SourceLinkSerializer


def proposal_key(proposal):
    return proposal.key


class ReportLinkSerializer(serializers.ModelSerializer):
    url = ApiLink("api:report-detail")

    class Meta:
        model = Report
        fields = ["slug", "url", "sou_number", "title"]


class ProposalLinkSerializer(serializers.ModelSerializer):
    key = serializers.CharField(read_only=True)
    url = ApiLink("api:proposal-detail", key=proposal_key)

    class Meta:
        model = Proposal
        fields = ["key", "url", "short_title", "chapter"]


class AddresseeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Addressee
        fields = ["slug", "name"]


class ReportSerializer(serializers.ModelSerializer):
    url = ApiLink("api:report-detail")
    page = PageLink()

    class Meta:
        model = Report
        fields = [
            "slug", "url", "page", "sou_number", "title", "subtitle", "kind", "handed_over",
            "recipient",
        ]  # fmt: skip


class ReportDetailSerializer(ReportSerializer):
    recipient_person = PersonLinkSerializer(read_only=True, allow_null=True)
    proposals = ProposalLinkSerializer(many=True, read_only=True)
    sources = SourceLinkSerializer(many=True, read_only=True)

    class Meta(ReportSerializer.Meta):
        fields = [*ReportSerializer.Meta.fields, "recipient_person", "proposals", "sources"]


class ProposalSerializer(serializers.ModelSerializer):
    key = serializers.CharField(read_only=True)
    url = ApiLink("api:proposal-detail", key=proposal_key)
    page = PageLink()
    report = ReportLinkSerializer(read_only=True)
    addressees = AddresseeSerializer(many=True, read_only=True)

    class Meta:
        model = Proposal
        fields = [
            "key", "url", "page", "report", "slug", "kind", "chapter", "statute", "short_title",
            "text", "note", "addressees",
        ]  # fmt: skip


class ProposalDetailSerializer(ProposalSerializer):
    sources = SourceLinkSerializer(many=True, read_only=True)

    class Meta(ProposalSerializer.Meta):
        fields = [*ProposalSerializer.Meta.fields, "sources"]
