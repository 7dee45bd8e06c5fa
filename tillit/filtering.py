"""
What every page with a GET form shares: a plain GET form (so each view is a
URL to share) and a 400 with the form's messages for values it refuses; and
what the filtered lists add on top of django-filter's FilterView: a page
size to choose and the active filters as links that remove one each.
"""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from django.forms.renderers import Jinja2
from django.http import HttpResponseRedirect
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_filters.views import FilterView

from tillit.search.query import matching

PAGE_SIZES = (10, 25, 50, 100)
DEFAULT_PAGE_SIZE = 25
# The most rows a list counts and pages through (see BoundedPaginator).
MAX_LISTED = 10_000
# Longer search texts than this are refused, not silently cut.
MAX_QUERY_LENGTH = 200

# Parameters that do not narrow the list and so are not shown as filters.
NOT_FILTERS = {"page", "per_page", "sort"}


# The public pages' forms render with Jinja2, from the twin of each form
# template that Django ships: a list's filter form took half as long, which was
# a third of the page. One renderer for all, so its engine is built once. The
# admin keeps Django's own renderer: its widgets have no Jinja2 templates.
PUBLIC_FORMS = Jinja2()


class PortalForm(forms.Form):
    """A form on a public page."""

    default_renderer = PUBLIC_FORMS


class PortalFilterSet(django_filters.FilterSet):
    per_page = django_filters.ChoiceFilter(
        label=_("Träffar per sida"),
        choices=[(str(size), str(size)) for size in PAGE_SIZES],
        empty_label=_("Standard (%(size)s)") % {"size": DEFAULT_PAGE_SIZE},
        method="keep_all",
    )

    def get_form_class(self):
        form_class = super().get_form_class()
        form_class.default_renderer = PUBLIC_FORMS
        return form_class

    def keep_all(self, queryset, name, value):
        # Page size is the view's business, not the query's.
        return queryset

    @property
    def form(self):
        # The page size is the least used field: it goes last, after the
        # filters and the sort order, not first as the base class declares it.
        if not hasattr(self, "_form"):
            form = super().form
            form.order_fields([name for name in form.fields if name != "per_page"])
        return self._form


def ordering_filter(fields, labels):
    """
    The sort choice; the empty choice is the list's own order. ``fields`` are
    (model field, URL parameter) pairs, ``labels`` are keyed by the parameter
    and its descending form ("body", "-body").
    """
    # django-filter looks up an ascending label by the model field's name and
    # falls back to an English pretty name ("Body") when it finds none.
    field_labels = dict(labels)
    for field, param in fields:
        if param in labels:
            field_labels[field] = labels[param]
    return django_filters.OrderingFilter(
        label=_("Sortera"),
        fields=fields,
        field_labels=field_labels,
        empty_label=_("Standardordning"),
    )


def text_filter(label, kind):
    """
    A list's own search field: the records whose search documents of
    ``kind`` (tillit.search) hold every word, stemmed as the search page
    stems them, so that a list and /sok/ agree.
    """

    def search(queryset, name, value):
        found = matching(value, kind, queryset.db)
        return queryset if found is None else queryset.filter(pk__in=RawSQL(*found))

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
    if isinstance(value, list | tuple):
        # In the order the form offers them, whatever order the URL has.
        order = [str(choice) for choice, _label in getattr(field, "choices", [])]
        value = sorted(value, key=lambda item: order.index(str(item)) if str(item) in order else 0)
        return ", ".join(str(display_value(field, item)) for item in value)
    if hasattr(value, "date") and not isinstance(value, str):
        return date_format(value, "j F Y")
    if hasattr(field, "choices") and not hasattr(value, "pk"):
        for choice, label in field.choices:
            if str(choice) == str(value):
                return label
    return str(value)


class QueryFormMixin:
    """
    Binds ``form_class`` to the query string. A value the form refuses is the
    visitor's error: the page answers 400 and shows the form's message, rather
    than showing everything as if no filter had been asked for.
    """

    form_class = None
    # Fields that choose how to show the results, not which: never "active filters".
    not_filters = NOT_FILTERS

    def get(self, request, *args, **kwargs):
        # A submitted form sends every field, the empty ones too
        # (?per_page=&q=&report=&proposal=...). Redirect to the same page with
        # only what was chosen, so a link to share says what it shows.
        chosen = [(key, value) for key, values in request.GET.lists() for value in values if value]
        if len(chosen) < sum(len(values) for _key, values in request.GET.lists()):
            query = urlencode(chosen)
            return HttpResponseRedirect(f"{request.path}?{query}" if query else request.path)
        return super().get(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {"data": self.request.GET or None}

    @cached_property
    def form(self):
        # Built on first use, so a detail view can pass its object to the form.
        return self.form_class(**self.get_form_kwargs())

    def query_is_valid(self):
        return not self.form.is_bound or self.form.is_valid()

    def active_filters(self):
        """(label, value, url without it) for each filter the visitor has set."""
        if not (self.form.is_bound and self.query_is_valid()):
            return []
        active = []
        for name, value in self.form.cleaned_data.items():
            if name in self.not_filters or value in (None, "", []) or value is False:
                continue
            remaining = self.request.GET.copy()
            remaining.pop(name, None)
            remaining.pop("page", None)
            query = remaining.urlencode()
            active.append(
                {
                    "label": self.form.fields[name].label,
                    "value": display_value(self.form.fields[name], value),
                    "url": f"?{query}" if query else self.request.path,
                }
            )
        return active

    def suggestions(self):
        """
        {field name: [(label, url)]} for each lookup field whose words matched
        several records: links to this page with one of them chosen.
        """
        found = {}
        for name, field in self.form.fields.items():
            for label, key in getattr(field, "suggestions", []):
                query = self.request.GET.copy()
                query[name] = key
                query.pop("page", None)
                found.setdefault(name, []).append((label, f"?{query.urlencode()}"))
        return found

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["active_filters"] = self.active_filters()
        context["suggestions"] = self.suggestions()
        return context

    def render_to_response(self, context, **response_kwargs):
        if not self.query_is_valid():
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)


def with_tiebreak(queryset):
    """
    ``queryset`` ordered to the last row: its own order, then the primary key.
    Rows that tie (two positions of one body, sorted by body) come back in any
    order the database likes, which may differ from one page's query to the
    next: a row could show on two pages, or on none.
    """
    ordering = list(queryset.query.order_by) or list(queryset.model._meta.ordering)
    if not ordering:
        return queryset
    last = ordering[-1]
    if isinstance(last, str) and last.lstrip("-") in ("pk", queryset.model._meta.pk.name):
        return queryset
    return queryset.order_by(*ordering, "pk")


class BoundedPaginator(Paginator):
    """
    Pages over at most MAX_LISTED rows of a list. Counting a million filtered
    positions, and skipping to the 20,000th page (OFFSET 500,000), each took
    seconds; counting stops one row past the bound (COUNT over a LIMIT
    subquery), and pages reach no further than it. Narrower filters, or the
    reverse sort order, reach the rest.
    """

    max_rows = MAX_LISTED

    @cached_property
    def count(self):
        if hasattr(self.object_list, "count") and not isinstance(self.object_list, list):
            # Without the ordering: sorting every row to count some is wasted.
            found = self.object_list.order_by()[: self.max_rows + 1].count()
        else:
            found = len(self.object_list)
        self.truncated = found > self.max_rows
        return min(found, self.max_rows)

    def page(self, number):
        """
        A page of a queryset in two steps: the keys of its rows in order, then
        those rows. Sorting the whole rows (a position with its statement, body
        and proposal) to keep 25 of them sorted megabytes, on disk at depth; the
        keys alone sort in memory (70 ms against 9 ms for page 1 of the
        positions at a million rows, 111 against 17 ms for the deepest).
        """
        if not isinstance(self.object_list, QuerySet):
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = list(with_tiebreak(self.object_list).values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=keys).order_by()}
        return self._get_page([rows[key] for key in keys if key in rows], number, self)


class FilteredListView(QueryFormMixin, FilterView):
    """django-filter's FilterView with a page size, removable active filters and a 400."""

    # Templates keep the usual <app>/<model>_list.html names.
    template_name_suffix = "_list"
    paginator_class = BoundedPaginator

    @cached_property
    def form(self):
        return self.filterset.form

    def get_paginate_by(self, queryset):
        if self.filterset.is_bound and self.query_is_valid():
            return int(self.form.cleaned_data.get("per_page") or DEFAULT_PAGE_SIZE)
        return DEFAULT_PAGE_SIZE

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = context.get("paginator")
        context["result_count"] = paginator.count if paginator else len(self.object_list)
        context["results_truncated"] = getattr(paginator, "truncated", False)
        return context
