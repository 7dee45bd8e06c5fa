from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from betankanden.models import Proposal, Report
from forum.models import Meeting
from remissvar.models import Position, Remiss, Stance, Statement
from tillit import timeline
from tillit.filtering import FilteredListView
from tillit.filters import OrganisationFilter, PersonFilter
from tillit.models import Organisation, Person, Source
from tillit.pages import BreadcrumbsMixin
from tillit.timeline import TimelineForm


def health(request):
    """For the container's health check: the app answers and reaches its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


class HomeView(BreadcrumbsMixin, TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = []
        context["counts"] = {
            "meetings": Meeting.objects.count(),
            "reports": Report.objects.count(),
            "proposals": Proposal.objects.count(),
            "statements": Statement.objects.count(),
            "positions": Position.objects.count(),
            "hesitant": Position.objects.filter(stance=Stance.HESITANT).count(),
        }
        context["remiss"] = Remiss.objects.order_by("-deadline").first()
        # "Latest" in the order records were added to the database.
        context["latest_meetings"] = Meeting.objects.order_by("-pk")[:3]
        context["latest_statements"] = Statement.objects.select_related("body").order_by("-pk")[:3]
        return context


class AccessibilityView(BreadcrumbsMixin, TemplateView):
    template_name = "tillit/accessibility.html"

    def get_breadcrumbs(self):
        return [(_("Tillgänglighetsredogörelse"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["contact_email"] = settings.TILLIT_CONTACT_EMAIL
        return context


class SourceListView(BreadcrumbsMixin, ListView):
    model = Source

    def get_breadcrumbs(self):
        return [(_("Källor"), None)]


class SourceDetailView(BreadcrumbsMixin, DetailView):
    model = Source

    def get_breadcrumbs(self):
        return [(_("Källor"), reverse("tillit:source-list")), (self.object.title, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["taken"] = self.object.what_was_taken()
        return context


class OrganisationListView(BreadcrumbsMixin, FilteredListView):
    filterset_class = OrganisationFilter
    queryset = Organisation.objects.select_related("parent").order_by("name")

    def get_breadcrumbs(self):
        return [(_("Organisationer"), None)]


class OrganisationDetailView(BreadcrumbsMixin, DetailView):
    queryset = Organisation.objects.select_related("parent__parent").prefetch_related(
        "children", "sources"
    )

    def get_breadcrumbs(self):
        crumbs = [(_("Organisationer"), reverse("tillit:organisation-list"))]
        crumbs += [(a.name, a.get_absolute_url()) for a in reversed(self.object.ancestors())]
        return [*crumbs, (self.object.name, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.object.related_records())
        return context


class PersonListView(BreadcrumbsMixin, FilteredListView):
    filterset_class = PersonFilter
    queryset = Person.objects.prefetch_related("roles__organisation").order_by("name")

    def get_breadcrumbs(self):
        return [(_("Personer"), None)]


class PersonDetailView(BreadcrumbsMixin, DetailView):
    queryset = Person.objects.prefetch_related(
        "roles__organisation", "roles__sources", "participations__meeting", "sources"
    )

    def get_breadcrumbs(self):
        return [(_("Personer"), reverse("tillit:person-list")), (self.object.name, None)]


class TimelineView(BreadcrumbsMixin, TemplateView):
    template_name = "tillit/timeline.html"

    def get(self, request, *args, **kwargs):
        self.form = TimelineForm(request.GET or None)
        valid = not self.form.is_bound or self.form.is_valid()
        return self.render_to_response(self.get_context_data(), status=200 if valid else 400)

    def get_breadcrumbs(self):
        return [(_("Tidslinje"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        if self.form.is_bound and not self.form.is_valid():
            return context
        chosen = set(self.form.cleaned_data.get("kind") or []) if self.form.is_bound else set()
        placed, undated = timeline.entries()
        if chosen:
            placed = [entry for entry in placed if entry.kind in chosen]
            undated = [entry for entry in undated if entry.kind in chosen]
        context.update(years=timeline.grouped(placed), undated=undated, entry_count=len(placed))
        return context
