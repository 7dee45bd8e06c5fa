"""Form fields that name reports' records by their stable keys, never by database id."""

from django import forms
from django.core.exceptions import ValidationError

from betankanden.models import Proposal


class ProposalChoiceField(forms.ModelChoiceField):
    """
    A proposal chosen by its key, ``<report slug>.<proposal slug>``
    (``sou-2018-47.nationellt-policylabb``): a shared link then means the same
    proposal on any copy of the database, which an id does not.
    """

    def prepare_value(self, value):
        if isinstance(value, Proposal):
            return value.key
        return super().prepare_value(value)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        report_slug, _dot, slug = str(value).partition(".")
        try:
            return self.queryset.get(report__slug=report_slug, slug=slug)
        except (Proposal.DoesNotExist, ValueError):
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None
