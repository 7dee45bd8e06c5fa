import django_filters
from django.utils.translation import gettext_lazy as _

from forum.models import ParticipationRole
from tillit.filtering import PortalFilterSet, ordering_filter, text_filter
from tillit.lookup import OrganisationLookupFilter
from tillit.models import Organisation, OrganisationKind, Person


def meeting_role_filter():
    """People and organisations alike: the role they had at a meeting."""
    return django_filters.ChoiceFilter(
        label=_("Roll på möten"),
        field_name="participations__role",
        choices=ParticipationRole.choices,
        distinct=True,
    )


class PersonFilter(PortalFilterSet):
    q = text_filter(_("Sök på namn eller roll"), "person")
    organisation = OrganisationLookupFilter(
        label=_("Organisation"),
        field_name="roles__organisation",
        queryset=Organisation.objects.with_roles(),
        distinct=True,
    )
    kind = django_filters.ChoiceFilter(
        label=_("Typ av organisation"),
        field_name="roles__organisation__kind",
        choices=OrganisationKind.choices,
        distinct=True,
    )
    role = meeting_role_filter()
    sort = ordering_filter(
        (("name", "name"),),
        {"name": _("Namn, A–Ö"), "-name": _("Namn, Ö–A")},
    )

    class Meta:
        model = Person
        fields = []


class OrganisationFilter(PortalFilterSet):
    q = text_filter(_("Sök på namn"), "organisation")
    kind = django_filters.ChoiceFilter(label=_("Typ"), choices=OrganisationKind.choices)
    parent = OrganisationLookupFilter(
        label=_("Ingår i"), queryset=Organisation.objects.with_children()
    )
    role = meeting_role_filter()
    sort = ordering_filter(
        (("name", "name"), ("kind", "kind")),
        {
            "name": _("Namn, A–Ö"),
            "-name": _("Namn, Ö–A"),
            "kind": _("Typ"),
            "-kind": _("Typ, omvänt"),
        },
    )

    class Meta:
        model = Organisation
        fields = []
