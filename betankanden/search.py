"""What of the reports is searchable: each report, and each proposal with its text."""

from django.utils.translation import gettext_lazy as _

from betankanden.models import Proposal, Report
from tillit.search.documents import Document, register


def report_documents(reports):
    for report in reports:
        title = f"{report.sou_number} {report.title}"
        yield Document("report", report.pk, title, report.subtitle, report.get_absolute_url())


def proposal_documents(proposals):
    for proposal in proposals:
        title = f"{proposal.short_title} ({proposal.report.sou_number})"
        yield Document("proposal", proposal.pk, title, proposal.text, proposal.get_absolute_url())


def register_documents():
    register(Report, "report", _("Betänkande"), report_documents, rank=10)
    register(
        Proposal, "proposal", _("Förslag"), proposal_documents,
        lambda model: model.objects.select_related("report"), rank=20,
        follows=[(Report, "report")],
    )  # fmt: skip
