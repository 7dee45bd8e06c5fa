"""The statements as an Atom feed (/remissvar/feed/), the newest decision first."""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from remissvar.models import Statement
from tillit.dates import at_midnight

ENTRIES = 50


class StatementFeed(Feed):
    feed_type = Atom1Feed
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

    def item_pubdate(self, statement):
        return at_midnight(statement.decision_date)

    def item_updateddate(self, statement):
        return at_midnight(statement.decision_date)
