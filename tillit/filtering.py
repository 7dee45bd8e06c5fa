"""
What every filtered list page shares: a plain GET form (so each view is a
URL to share), a page size to choose, the active filters as links that
remove one each, and a 400 with the form's messages for values it refuses.
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

PAGE_SIZES = (10, 25, 50, 100)
DEFAULT_PAGE_SIZE = 25
# Longer search texts than this are refused, not silently cut.
MAX_QUERY_LENGTH = 200

# Parameters that do not narrow the list and so are not shown as filters.
NOT_FILTERS = {"page", "per_page", "sort"}


class PortalFilterSet(django_filters.FilterSet):
    per_page = django_filters.ChoiceFilter(
        label=_("Träffar per sida"),
        choices=[(str(size), str(size)) for size in PAGE_SIZES],
        empty_label=_("Standard (%(size)s)") % {"size": DEFAULT_PAGE_SIZE},
        method="keep_all",
    )

    def keep_all(self, queryset, name, value):
        # Page size is the view's business, not the query's.
        return queryset


def ordering_filter(fields, labels):
    """The sort choice; the empty choice is the list's own order."""
    return django_filters.OrderingFilter(
        label=_("Sortera"), fields=fields, field_labels=labels, empty_label=_("Standardordning")
    )


def text_filter(label, *fields):
    """A free-text filter that matches any of ``fields`` (case-insensitive)."""

    def search(queryset, name, value):
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__icontains": value})
        return queryset.filter(condition).distinct()

    return django_filters.CharFilter(
        label=label, method=search, max_length=MAX_QUERY_LENGTH, strip=True
    )


def date_filter(label, field, lookup):
    return django_filters.DateFilter(
        label=label,
        field_name=field,
        lookup_expr=lookup,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


def display_value(field, value):
    """How a cleaned filter value reads in the list of active filters."""
    if hasattr(value, "date") and not isinstance(value, str):
        return date_format(value, "j F Y")
    if hasattr(field, "choices") and not hasattr(value, "pk"):
        for choice, label in field.choices:
            if str(choice) == str(value):
                return label
    return str(value)


class FilteredListView(ListView):
    filterset_class = None
    page_size_choices = PAGE_SIZES

    def get(self, request, *args, **kwargs):
        self.filterset = self.filterset_class(
            request.GET or None, queryset=self.get_queryset(), request=request
        )
        self.filters_valid = not self.filterset.is_bound or self.filterset.is_valid()
        self.object_list = (
            self.filterset.qs if self.filters_valid else self.filterset.queryset.none()
        )
        context = self.get_context_data()
        # A value the form refuses is the visitor's error: say so, with the
        # form's message, rather than show an unfiltered list.
        return self.render_to_response(context, status=200 if self.filters_valid else 400)

    def get_paginate_by(self, queryset):
        if self.filters_valid and self.filterset.is_bound:
            return int(self.filterset.form.cleaned_data.get("per_page") or DEFAULT_PAGE_SIZE)
        return DEFAULT_PAGE_SIZE

    def active_filters(self):
        """(label, value, url without it) for each filter the visitor has set."""
        if not (self.filterset.is_bound and self.filters_valid):
            return []
        active = []
        form = self.filterset.form
        for name, value in form.cleaned_data.items():
            if name in NOT_FILTERS or value in (None, "", []):
                continue
            remaining = self.request.GET.copy()
            remaining.pop(name, None)
            remaining.pop("page", None)
            query = remaining.urlencode()
            active.append(
                {
                    "label": form.fields[name].label,
                    "value": display_value(form.fields[name], value),
                    "url": f"?{query}" if query else self.request.path,
                }
            )
        return active

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filterset
        context["active_filters"] = self.active_filters()
        context["result_count"] = (
            context["paginator"].count if context.get("paginator") else len(self.object_list)
        )
        return context
