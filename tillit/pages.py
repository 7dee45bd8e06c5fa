"""What public page views share: their breadcrumb trail, previews and pages of long lists."""

from dataclasses import dataclass

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class BreadcrumbsMixin:
    """Views list their trail below the home page as (label, url) pairs; the last is the page."""

    def get_breadcrumbs(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = [(_("Start"), reverse("portal:home")), *self.get_breadcrumbs()]
        return context


@dataclass
class Preview:
    """
    The first ``limit`` items of something that may run to thousands, and the
    list page where all of them are (filtered and paginated). ``more`` says
    whether there are others; it costs no count: one row beyond the limit is read.
    """

    items: list
    more: bool
    url: str

    def __iter__(self):
        return iter(self.items)

    def __bool__(self):
        return bool(self.items)


def preview(queryset, limit, url):
    rows = list(queryset[: limit + 1])
    return Preview(rows[:limit], len(rows) > limit, url)


def paginate(request, queryset, per_page):
    """A page of ``queryset`` by the ``page`` parameter, as the pagination partial expects."""
    paginator = Paginator(queryset, per_page)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(_("Sidan finns inte.")) from error
    return {"page_obj": page, "paginator": paginator, "is_paginated": page.has_other_pages()}
