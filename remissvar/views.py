from django.views.generic import DetailView, ListView

from remissvar.models import Remiss, Statement


class RemissDetailView(DetailView):
    queryset = Remiss.objects.select_related("sender", "responding_organisation")


class StatementListView(ListView):
    queryset = Statement.objects.select_related("body", "remiss")


class StatementDetailView(DetailView):
    queryset = Statement.objects.select_related("body", "remiss").prefetch_related(
        "positions__proposal__report"
    )
