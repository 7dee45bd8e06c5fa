"""
What of the remiss answers is searchable: each paragraph of a statement (a
hit links to the paragraph), and each position by its quoted passage.
"""

from django.utils.translation import gettext_lazy as _

from betankanden.models import Proposal
from remissvar.models import Position, Statement
from tillit.models import Organisation
from tillit.search.documents import Document, register
from tillit.text import numbered_paragraphs


def paragraph_documents(statements):
    for statement in statements:
        title = f"{statement.body.name}: {statement.get_kind_display().lower()}"
        url = statement.get_absolute_url()
        for number, paragraph in numbered_paragraphs(statement.text):
            yield Document(
                "paragraph", statement.pk, title, paragraph, f"{url}#stycke-{number}", number
            )


def position_documents(positions):
    for position in positions:
        title = f"{position.statement.body.name} om {position.proposal.short_title}"
        yield Document(
            "position", position.pk, title, position.passage, position.get_absolute_url()
        )


def register_documents():
    register(
        Statement, "paragraph", _("Remissvar"), paragraph_documents,
        lambda model: model.objects.select_related("body"), rank=70,
        follows=[(Organisation, "body")],
    )  # fmt: skip
    register(
        Position, "position", _("Ställningstagande"), position_documents,
        lambda model: model.objects.select_related("statement__body", "proposal"), rank=60,
        follows=[(Organisation, "statement__body"), (Proposal, "proposal")],
    )  # fmt: skip
