import django_filters
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from betankanden.forms import ReportFilter
from betankanden.models import CHAPTER_PATTERN, Addressee, Proposal, ProposalKind
from tillit.filtering import PortalFilterSet, ordering_filter, text_filter


class ProposalListFilter(PortalFilterSet):
    """The proposals of every report: by report, kind, chapter and whom they address."""

    q = text_filter(_("Sök i förslagen"), "proposal")
    report = ReportFilter(label=_("Betänkande"), field_name="report")
    kind = django_filters.ChoiceFilter(label=_("Typ av förslag"), choices=ProposalKind.choices)
    chapter = django_filters.CharFilter(
        label=_("Kapitel"),
        max_length=20,
        validators=[RegexValidator(CHAPTER_PATTERN, _("Skriv kapitlet som siffror, t.ex. 7.6."))],
    )
    addressee = django_filters.ModelChoiceFilter(
        label=_("Riktat till"),
        field_name="addressees",
        queryset=Addressee.objects.all(),
        to_field_name="slug",
        distinct=True,
    )
    sort = ordering_filter(
        (("report__sou_number", "report"), ("chapter_sort", "chapter")),
        {
            "report": _("Betänkande, äldst först"),
            "-report": _("Betänkande, senast först"),
            "chapter": _("Kapitelordning"),
            "-chapter": _("Omvänd kapitelordning"),
        },
    )

    class Meta:
        model = Proposal
        fields = []
