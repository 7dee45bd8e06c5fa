import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from betankanden.forms import ProposalChoiceField
from betankanden.models import CHAPTER_PATTERN, Proposal, Report
from remissvar.models import Position, Stance, Statement
from tillit.filtering import PortalFilterSet, date_filter, ordering_filter, text_filter
from tillit.models import Organisation, OrganisationKind


class ProposalFilter(django_filters.ModelChoiceFilter):
    """A proposal by its key (report slug and proposal slug), as shared links need."""

    field_class = ProposalChoiceField


def responding_bodies():
    return Organisation.objects.filter(statements__isnull=False).distinct()


class StatementFilter(PortalFilterSet):
    q = text_filter(_("Sök i texten"), "text", "body__name")
    body = django_filters.ModelChoiceFilter(
        label=_("Organ"), queryset=responding_bodies(), to_field_name="slug"
    )
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
    q = text_filter(_("Sök i citaten"), "passage", "proposal__short_title")
    report = django_filters.ModelChoiceFilter(
        label=_("Betänkande"),
        field_name="proposal__report",
        queryset=Report.objects.all(),
        to_field_name="slug",
    )
    proposal = ProposalFilter(
        label=_("Förslag"),
        queryset=Proposal.objects.select_related("report"),
    )
    chapter = django_filters.CharFilter(
        label=_("Kapitel"),
        field_name="proposal__chapter",
        max_length=20,
        validators=[RegexValidator(CHAPTER_PATTERN, _("Skriv kapitlet som siffror, t.ex. 7.6."))],
    )
    body = django_filters.ModelChoiceFilter(
        label=_("Organ"),
        field_name="statement__body",
        queryset=responding_bodies(),
        to_field_name="slug",
    )
    body_kind = django_filters.ChoiceFilter(
        label=_("Typ av organ"),
        field_name="statement__body__kind",
        choices=OrganisationKind.choices,
    )
    # Several at once: "tveksam or avstyrker" is one question.
    stance = django_filters.MultipleChoiceFilter(
        label=_("Ställningstagande"), choices=Stance.choices, widget=forms.CheckboxSelectMultiple
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
