import django_filters
from django.utils.translation import gettext_lazy as _

from forum.models import Meeting, MeetingKind, ParticipationRole, Theme
from tillit.filtering import PortalFilterSet, ordering_filter, text_filter
from tillit.lookup import LookupFilter, OrganisationLookupFilter
from tillit.models import Organisation, Person


def year_choices():
    years = Meeting.objects.filter(date__isnull=False).dates("date", "year")
    return [(year.year, str(year.year)) for year in years]


class MeetingFilter(PortalFilterSet):
    q = text_filter(_("Sök i titel, sammanfattning och föredrag"), "meeting")
    # A ChoiceFilter, not a TypedChoiceFilter: only it offers the empty "Alla"
    # choice, without which any submit narrowed the list to the first year.
    year = django_filters.ChoiceFilter(label=_("År"), field_name="date__year", choices=year_choices)
    theme = django_filters.ModelChoiceFilter(
        label=_("Tema"), queryset=Theme.objects.all(), to_field_name="slug"
    )
    kind = django_filters.ChoiceFilter(label=_("Typ av möte"), choices=MeetingKind.choices)
    person = LookupFilter(
        label=_("Person"),
        field_name="participations__person",
        queryset=Person.objects.taking_part(),
        distinct=True,
    )
    organisation = OrganisationLookupFilter(
        label=_("Organisation"),
        field_name="participations__organisation",
        queryset=Organisation.objects.taking_part(),
        distinct=True,
    )
    role = django_filters.ChoiceFilter(
        label=_("Roll på mötet"),
        field_name="participations__role",
        choices=ParticipationRole.choices,
        distinct=True,
    )
    sort = ordering_filter(
        (("date", "date"), ("title", "title")),
        {
            "date": _("Datum, äldst först"),
            "-date": _("Datum, senast först"),
            "title": _("Titel, A–Ö"),
            "-title": _("Titel, Ö–A"),
        },
    )

    class Meta:
        model = Meeting
        fields = []
