from django.db import connection
from django.http import JsonResponse
from django.views.generic import DetailView, ListView, TemplateView

from betankanden.models import Proposal, Report
from forum.models import Meeting
from remissvar.models import Position, Statement
from tillit.models import Organisation, Person, Source


def health(request):
    """For the container's health check: the app answers and reaches its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["counts"] = [
            ("möten", Meeting.objects.count()),
            ("betänkanden", Report.objects.count()),
            ("förslag", Proposal.objects.count()),
            ("remissvar", Statement.objects.count()),
            ("ställningstaganden", Position.objects.count()),
            ("organisationer", Organisation.objects.count()),
            ("personer", Person.objects.count()),
        ]
        return context


class SourceListView(ListView):
    model = Source


class SourceDetailView(DetailView):
    model = Source


class OrganisationListView(ListView):
    queryset = Organisation.objects.select_related("parent")


class OrganisationDetailView(DetailView):
    queryset = Organisation.objects.select_related("parent")


class PersonListView(ListView):
    model = Person


class PersonDetailView(DetailView):
    queryset = Person.objects.prefetch_related("roles__organisation", "participations__meeting")
