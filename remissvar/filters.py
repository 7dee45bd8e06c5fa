import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from betankanden.forms import ProposalFilter, ReportFilter
from betankanden.models import CHAPTER_PATTERN
from remissvar.forms import RemissFilter
from remissvar.models import Position, Stance, Statement
from tillit.filtering import PortalFilterSet, date_filter, ordering_filter, text_filter
from tillit.lookup import OrganisationLookupFilter
from tillit.models import Organisation, OrganisationKind


def body_filter(field_name):
    """A body that answered a remiss, by name or slug: thousands of them at scale."""
    return OrganisationLookupFilter(
        label=_("Organ"), field_name=field_name, queryset=Organisation.objects.answering()
    )


class StatementFilter(PortalFilterSet):
    q = text_filter(_("Sök i texten"), "paragraph")
    # By its slug (the remiss page links here) or words of its title: an
    # archive holds hundreds of remisses.
    remiss = RemissFilter(label=_("Remiss"))
    body = body_filter("body")
    body_kind = django_filters.ChoiceFilter(
        label=_("Typ av organ"), field_name="body__kind", choices=OrganisationKind.choices
    )
    stance = django_filters.ChoiceFilter(
        label=_("Övergripande hållning"), field_name="overall_stance", choices=Stance.choices
    )
    date_from = date_filter(_("Beslut från och med"), "decision_date", "gte")
    date_to = date_filter(_("Beslut till och med"), "decision_date", "lte")
    sort = ordering_filter(
        (("decision_date", "date"), ("body__name", "body")),
        {
            "date": _("Beslutsdatum, äldst först"),
            "-date": _("Beslutsdatum, senast först"),
            "body": _("Organ, A–Ö"),
            "-body": _("Organ, Ö–A"),
        },
    )

    class Meta:
        model = Statement
        fields = []


class PositionFilter(PortalFilterSet):
    q = text_filter(_("Sök i citaten"), "position")
    report = ReportFilter(label=_("Betänkande"), field_name="proposal__report")
    proposal = ProposalFilter(label=_("Förslag"), field_name="proposal")
    chapter = django_filters.CharFilter(
        label=_("Kapitel"),
        field_name="proposal__chapter",
        max_length=20,
        validators=[RegexValidator(CHAPTER_PATTERN, _("Skriv kapitlet som siffror, t.ex. 7.6."))],
    )
    body = body_filter("statement__body")
    body_kind = django_filters.ChoiceFilter(
        label=_("Typ av organ"),
        field_name="statement__body__kind",
        choices=OrganisationKind.choices,
    )
    # Several at once: "tveksam or avstyrker" is one question.
    # No DISTINCT: the stance is the position's own, and DISTINCT over a
    # million joined rows cost most of a second.
    stance = django_filters.MultipleChoiceFilter(
        label=_("Ställningstagande"),
        choices=Stance.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,
    )
    date_from = date_filter(_("Beslut från och med"), "statement__decision_date", "gte")
    date_to = date_filter(_("Beslut till och med"), "statement__decision_date", "lte")
    sort = ordering_filter(
        (
            ("statement__body__name", "body"),
            ("proposal__chapter_sort", "proposal"),
            ("stance_rank", "stance"),
            ("statement__decision_date", "date"),
        ),
        {
            "body": _("Organ, A–Ö"),
            "-body": _("Organ, Ö–A"),
            "proposal": _("Förslag i kapitelordning"),
            "-proposal": _("Förslag i omvänd kapitelordning"),
            "stance": _("Ställningstagande"),
            "-stance": _("Ställningstagande, omvänt"),
            "date": _("Beslutsdatum, äldst först"),
            "-date": _("Beslutsdatum, senast först"),
        },
    )

    class Meta:
        model = Position
        fields = []
