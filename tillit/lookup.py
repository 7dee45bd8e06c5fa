"""
Choosing one record among thousands without a select of thousands.

A :class:`LookupField` is a text field. It takes the record's key (the slug
that links and shared URLs carry) or words from its name:

- a key, or a name that matches one record, chooses that record;
- words that match several records are refused with up to ten of them
  offered as links ("Menade du …"), so a visitor without JavaScript picks one
  with a click; words that match none are refused with a message.

Where the choices are few (the real corpus), the field also lists them in a
``<datalist>``, which browsers offer as type-ahead; where they are many, the
page stays small and the server does the matching.
"""

import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from tillit.models import Organisation

# "Utbildningsnämnden (Ekby kommun)": a name and, in brackets, what it belongs to.
_NAME_IN_PARENT = re.compile(r"^(?P<name>.+?) \((?P<parent>[^()]+)\)$")


def name_in_parent_query(text, name_field="name", parent_field="parent__name"):
    """The records whose label is ``text`` when labels read "Name (Parent)"."""
    query = Q(**{f"{name_field}__iexact": text})
    match = _NAME_IN_PARENT.match(text)
    if match:
        query |= Q(
            **{f"{name_field}__iexact": match["name"], f"{parent_field}__iexact": match["parent"]}
        )
    return query


class LookupInput(forms.TextInput):
    """A text input with the field's choices as a datalist, when they are few."""

    input_type = "search"

    def __init__(self, attrs=None):
        super().__init__({"autocomplete": "off", **(attrs or {})})
        self.field = None

    def render(self, name, value, attrs=None, renderer=None):
        options = self.field.datalist_options() if self.field is not None else []
        if not options:
            return super().render(name, value, attrs, renderer)
        list_id = f"{(attrs or {}).get('id') or name}-val"
        html = super().render(name, value, {**(attrs or {}), "list": list_id}, renderer)
        return format_html(
            '{}<datalist id="{}">{}</datalist>',
            html,
            list_id,
            format_html_join("", '<option value="{}"></option>', ((label,) for label in options)),
        )


class LookupField(forms.Field):
    widget = LookupInput
    default_error_messages = {
        "none": _("Inget matchar ”%(text)s”. Prova en del av namnet."),
        "several": _("Flera matchar ”%(text)s”. Välj ett av förslagen nedan eller skriv mer."),
    }
    datalist_limit = 200
    suggestion_limit = 10
    max_length = 200
    # The columns a label is made of (see label_from): the datalist reads
    # these alone. A model instance for each of 201 options, built only to
    # learn that there are too many to list, cost about 10 ms a field.
    label_fields = ("name",)

    def __init__(self, queryset, *, key="slug", search_fields=("name",), label_query=None,
                 **kwargs):  # fmt: skip
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.queryset = queryset
        self.key = key
        self.search_fields = search_fields
        self.label_query = label_query or (lambda text: Q(**{f"{search_fields[0]}__iexact": text}))
        self.suggestions = []
        self.resolved = {}
        self.widget.field = self

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.widget.field = result
        result.suggestions, result.resolved = [], {}
        return result

    # What the field shows and offers ------------------------------------------
    def label_of(self, obj):
        return str(obj)

    def label_from(self, *values):
        """The label of a record from its ``label_fields``, as label_of makes it."""
        return values[0]

    def key_of(self, obj):
        return getattr(obj, self.key)

    def datalist_options(self):
        rows = list(self.queryset.values_list(*self.label_fields)[: self.datalist_limit + 1])
        if len(rows) > self.datalist_limit:
            return []
        return sorted({self.label_from(*row) for row in rows})

    def prepare_value(self, value):
        # A key in the URL shows as the record's name in the field.
        obj = self.resolved.get(value)
        return self.label_of(obj) if obj is not None else value

    # Matching -------------------------------------------------------------------
    def find_by_key(self, text):
        return self.queryset.filter(**{self.key: text}).first()

    def to_python(self, value):
        text = " ".join(str(value or "").split())
        if not text:
            return None
        if len(text) > self.max_length:
            raise ValidationError(
                _("Skriv högst %(limit)d tecken."), code="max_length",
                params={"limit": self.max_length},
            )  # fmt: skip
        found = self.find_by_key(text)
        if found is None:
            exact = list(self.queryset.filter(self.label_query(text))[:2])
            if len(exact) == 1:
                found = exact[0]
        if found is None:
            words = Q()
            for field in self.search_fields:
                words |= Q(**{f"{field}__icontains": text})
            candidates = list(self.queryset.filter(words)[: self.suggestion_limit + 1])
            exact = [obj for obj in candidates if self.label_of(obj).casefold() == text.casefold()]
            if len(exact) == 1:
                found = exact[0]
            elif len(candidates) == 1:
                found = candidates[0]
            elif candidates:
                self.suggestions = [
                    (self.label_of(obj), self.key_of(obj))
                    for obj in candidates[: self.suggestion_limit]
                ]
                raise ValidationError(
                    self.error_messages["several"], code="several", params={"text": text}
                )
            else:
                raise ValidationError(
                    self.error_messages["none"], code="none", params={"text": text}
                )
        self.resolved[value] = found
        return found


class OrganisationLookupField(LookupField):
    """An organisation, labelled and matched as "Name (Parent)" where it belongs to one."""

    label_fields = ("name", "parent__name")

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("label_query", name_in_parent_query)
        super().__init__(queryset.select_related("parent"), **kwargs)

    def label_from(self, name, parent_name):
        return Organisation.label(name, parent_name)


class LookupFilter(django_filters.Filter):
    """A django-filter filter over a :class:`LookupField`."""

    field_class = LookupField


class OrganisationLookupFilter(LookupFilter):
    field_class = OrganisationLookupField
