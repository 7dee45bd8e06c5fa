from django.views.generic import DetailView, ListView

from betankanden.models import Proposal, Report


class ReportListView(ListView):
    model = Report


class ReportDetailView(DetailView):
    queryset = Report.objects.prefetch_related("proposals")


class ProposalDetailView(DetailView):
    def get_queryset(self):
        return (
            Proposal.objects.filter(report__slug=self.kwargs["report_slug"])
            .select_related("report")
            .prefetch_related("positions__statement__body")
        )
