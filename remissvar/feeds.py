"""The statements as an Atom feed (/remissvar/feed/), the newest decision first."""

from django.db.models import F
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from remissvar.models import Statement
from tillit.feeds import ENTRIES, DatedAtomFeed


class StatementFeed(DatedAtomFeed):
    date_field = "decision_date"
    title = _("Remissvar")
    subtitle = _("Remissvaren i kunskapsbanken, det senast beslutade först.")
    link = reverse_lazy("remissvar:statement-list")

    def items(self):
        return (
            Statement.objects.select_related("body", "remiss")
            .defer("text", "adoption_passage")
            .order_by(F("decision_date").desc(nulls_last=True), "-pk")[:ENTRIES]
        )

    def item_title(self, statement):
        return str(statement)

    def item_description(self, statement):
        return statement.overall_summary
