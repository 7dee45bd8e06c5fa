"""Pages that gather from several apps: home, sources, organisations, people, timeline."""

from django.conf import settings
from django.core.paginator import InvalidPage
from django.db import connection
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from betankanden import queries as betankanden_queries
from forum import queries as forum_queries
from remissvar import queries as remissvar_queries
from tillit import outage
from tillit.exports import ExportMixin
from tillit.filtering import NOT_FILTERS, FilteredListView, QueryFormMixin
from tillit.glossary import TERMS
from tillit.methods import read_only
from tillit.models import Organisation, Person, Source
from tillit.pages import BreadcrumbsMixin, paginate, preview
from tillit.portal import datasets, timeline
from tillit.portal.exports import ORGANISATION_COLUMNS, PERSON_COLUMNS
from tillit.portal.filters import OrganisationFilter, PersonFilter
from tillit.portal.search import SearchForm, search_page
from tillit.site import absolute_url

# The source of what the home page says about the delegation (who set it up,
# and when). A named constant, so that the template holds no corpus slug.
HOME_INTRO_SOURCE = "altinget-det-ska-bli-mer-tillit-i-staten"


class RobotsView(TemplateView):
    """robots.txt: everything but the admin may be crawled; the sitemap says what there is."""

    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sitemap_url"] = absolute_url(reverse("sitemap"), self.request)
        return context


@read_only
def health(request):
    """
    For the container's and a load balancer's health checks: 200 when the app
    answers and reaches its database, 503 when it cannot (within the
    database's connect_timeout), as JSON. GET and HEAD only.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except outage.OUTAGE:
        response = JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
        response["Retry-After"] = str(outage.RETRY_AFTER)
        return response
    return JsonResponse({"status": "ok", "database": "ok"})


class HomeView(BreadcrumbsMixin, TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = []
        context["counts"] = {
            "meetings": forum_queries.meeting_count(),
            "reports": betankanden_queries.report_count(),
            "proposals": betankanden_queries.proposal_count(),
            **remissvar_queries.statement_counts(),
        }
        context["intro_source"] = Source.objects.filter(slug=HOME_INTRO_SOURCE).first()
        context["remiss"] = remissvar_queries.latest_remiss()
        context["latest_meetings"] = forum_queries.latest_meetings(3)
        context["latest_statements"] = remissvar_queries.latest_statements(3)
        return context


class AboutView(BreadcrumbsMixin, TemplateView):
    """What the knowledge bank is, how to read it, and the words it uses."""

    template_name = "portal/about.html"
    extra_context = {"terms": TERMS}

    def get_breadcrumbs(self):
        return [(_("Om kunskapsbanken"), None)]


class DataView(BreadcrumbsMixin, TemplateView):
    """The open data: every dataset, its downloads and columns, and the sources' terms."""

    template_name = "portal/data.html"

    def get_breadcrumbs(self):
        return [(_("Öppna data"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["datasets"] = datasets.datasets()
        context["licence"] = (datasets.LICENCE, datasets.LICENCE_NAME)
        context["sources"] = [
            (source, datasets.SOURCE_TERMS[source.kind])
            for source in Source.objects.exclude(generated=True).only(
                "slug", "title", "publisher", "kind"
            )
        ]
        return context


@read_only
def data_catalogue(request):
    """The datasets described in DCAT-AP-SE, as JSON-LD, for dataportal.se and other harvesters."""
    return JsonResponse(
        datasets.catalogue(request),
        content_type="application/ld+json",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )


class AccessibilityView(BreadcrumbsMixin, TemplateView):
    template_name = "portal/accessibility.html"

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
        return [(_("Källor"), reverse("portal:source-list")), (self.object.title, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source = self.object
        context["taken"] = {
            "meetings": forum_queries.meetings_citing(source),
            "reports": betankanden_queries.reports_citing(source),
            "proposals": betankanden_queries.proposals_citing(source),
            "statements": remissvar_queries.statements_citing(source),
            "organisations": source.organisations.all(),
            "people": source.people.all(),
            "themes": forum_queries.themes_citing(source),
        }
        return context


class OrganisationListView(BreadcrumbsMixin, ExportMixin, FilteredListView):
    filterset_class = OrganisationFilter
    export_columns = ORGANISATION_COLUMNS
    export_name = "organisationer"
    queryset = Organisation.objects.select_related("parent").order_by("name")

    def get_breadcrumbs(self):
        return [(_("Organisationer"), None)]


class OrganisationDetailView(BreadcrumbsMixin, DetailView):
    """
    An organisation and what the sources say of it. A body of a national
    archive has hundreds of statements and thousands of positions: each list
    shows its first items and links to the list page filtered by the
    organisation, and the positions are paginated here.
    """

    queryset = Organisation.objects.select_related("parent__parent").prefetch_related("sources")
    positions_per_page = 25

    def get_breadcrumbs(self):
        crumbs = [(_("Organisationer"), reverse("portal:organisation-list"))]
        crumbs += [(a.name, a.get_absolute_url()) for a in reversed(self.object.ancestors())]
        return [*crumbs, (self.object.name, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        slug = urlencode({"organisation": organisation.slug})
        context.update(
            children=preview(
                organisation.children.order_by("name"),
                100,
                f"{reverse('portal:organisation-list')}?{urlencode({'parent': organisation.slug})}",
            ),
            roles=preview(
                organisation.roles.select_related("person").order_by("person__name"),
                50,
                f"{reverse('portal:person-list')}?{slug}",
            ),
            meetings=preview(
                forum_queries.meetings_of(organisation),
                20,
                f"{reverse('forum:meeting-list')}?{slug}",
            ),
            statements=preview(
                remissvar_queries.statements_by(organisation),
                20,
                f"{reverse('remissvar:statement-list')}?{urlencode({'body': organisation.slug})}",
            ),
            rollups=remissvar_queries.rollups_of(organisation),
            **paginate(
                self.request, remissvar_queries.positions_by(organisation), self.positions_per_page
            ),
        )
        return context


class PersonListView(BreadcrumbsMixin, ExportMixin, FilteredListView):
    filterset_class = PersonFilter
    export_columns = PERSON_COLUMNS
    export_name = "personer"
    queryset = Person.objects.prefetch_related("roles__organisation").order_by("name")

    def get_breadcrumbs(self):
        return [(_("Personer"), None)]


class PersonDetailView(BreadcrumbsMixin, DetailView):
    queryset = Person.objects.prefetch_related("roles__organisation", "roles__sources", "sources")

    def get_breadcrumbs(self):
        return [(_("Personer"), reverse("portal:person-list")), (self.object.name, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["participations"] = forum_queries.participations_of(self.object)
        return context


class TimelineView(BreadcrumbsMixin, QueryFormMixin, TemplateView):
    template_name = "portal/timeline.html"
    form_class = timeline.TimelineForm

    def get_breadcrumbs(self):
        return [(_("Tidslinje"), None)]

    # The year shown decides the rest, and "how the list is shown" is no filter.
    not_filters = NOT_FILTERS | {"year"}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "years": self.years}

    @cached_property
    def years(self):
        return timeline.years()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.query_is_valid():
            return context
        options = self.form.cleaned_data if self.form.is_bound else {}
        chosen = set(options.get("kind") or [])
        # The first year by default: the timeline tells a story from its start.
        year = options.get("year") or (str(self.years[0]) if self.years else timeline.UNDATED)
        if year == timeline.UNDATED:
            rows, undated = [], timeline.undated_entries(chosen or None)
        else:
            rows, undated = timeline.entry_rows(int(year), chosen), []
        pages = paginate(self.request, rows, timeline.ENTRIES_PER_PAGE)
        context.update(
            pages,
            year=year,
            year_links=self.year_links(year),
            years=timeline.grouped(timeline.materialize(pages["page_obj"].object_list)),
            undated=undated,
            entry_count=pages["paginator"].count,
        )
        return context

    def year_links(self, current):
        """(label, url, is current) for each year and for the undated, keeping the kinds chosen."""
        links = []
        for value, label in [*((str(y), str(y)) for y in self.years),
                             (timeline.UNDATED, _("Utan känt datum"))]:  # fmt: skip
            query = self.request.GET.copy()
            query["year"] = value
            query.pop("page", None)
            links.append((label, f"?{query.urlencode()}", value == current))
        return links


class SearchView(BreadcrumbsMixin, QueryFormMixin, TemplateView):
    """Everything at once, ranked: meetings, people, organisations, reports, proposals, statements."""

    template_name = "portal/search.html"
    form_class = SearchForm
    not_filters = NOT_FILTERS | {"q"}

    def get_breadcrumbs(self):
        return [(_("Sök"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not (self.form.is_bound and self.query_is_valid()):
            return context
        text = self.form.cleaned_data["q"]
        if not text:
            return context
        try:
            results, page = search_page(
                text, self.form.cleaned_data["kind"], self.request.GET.get("page") or 1
            )
        except InvalidPage as error:
            raise Http404(str(error)) from error
        context.update(
            query=text,
            results=results,
            page_obj=page,
            paginator=page.paginator,
            is_paginated=page.paginator.num_pages > 1,
        )
        return context
