"""
The admin's choice fields and autocomplete widgets, safe with any value posted.

Django looks a posted related key up in the database as it comes. A value
that is no key of the related model (text, a number beyond the column's
range) raised there (ValueError, OverflowError on SQLite) in two places:

- ModelMultipleChoiceField's check of the chosen keys (and the database
  refused a number too large for a ModelChoiceField);
- AutocompleteSelect(Multiple), when the form is shown again with its errors.

The editor got a 500 instead of the form's own message ("Välj ett giltigt
alternativ"). Here such a value is refused as the field refuses any other
key that does not exist, and the widget skips it. Found by
tests/test_hostile_input.py.
"""

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError


def _is_key(model, to_field_name, value):
    """Whether ``value`` could be a key of ``model`` at all, asking no database."""
    target = model._meta.get_field(to_field_name or model._meta.pk.name)
    try:
        # to_python refuses what is not a key; the validators refuse numbers
        # the database column cannot hold.
        target.run_validators(target.to_python(value))
    except (ValidationError, TypeError):
        return False
    return True


class CheckedModelChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not _is_key(
            self.queryset.model, self.to_field_name, value
        ):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class CheckedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        if isinstance(value, list | tuple):
            for item in value:
                if not _is_key(self.queryset.model, self.to_field_name, item):
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": item},
                    )
        return super()._check_values(value)


class _CheckedValuesMixin:
    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        to_field = getattr(remote, "field_name", None)
        keys = [item for item in value if _is_key(remote.model, to_field, item)]
        return super().optgroups(name, keys, attr)


class CheckedAutocompleteSelect(_CheckedValuesMixin, AutocompleteSelect):
    pass


class CheckedAutocompleteSelectMultiple(_CheckedValuesMixin, AutocompleteSelectMultiple):
    pass
