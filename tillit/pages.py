"""What every public page view shares: its breadcrumb trail."""

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
