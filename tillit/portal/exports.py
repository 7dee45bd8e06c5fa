"""The columns of the organisation and person lists' CSV and Excel exports (tillit.exports)."""

from django.utils.translation import gettext_lazy as _

from tillit.exports import Column

ORGANISATION_COLUMNS = [
    Column("organisation", lambda o: o.slug, _("Organisationens nyckel.")),
    Column("name", lambda o: o.name, _("Namnet.")),
    Column("abbreviation", lambda o: o.abbreviation, _("Förkortningen, om den finns.")),
    Column(
        "kind", lambda o: o.kind, _("Typ, t.ex. municipality, committee eller district_committee.")
    ),
    Column(
        "parent", lambda o: o.parent.name if o.parent_id else None, _("Organisationen den ingår i.")
    ),
    Column(
        "parent_slug",
        lambda o: o.parent.slug if o.parent_id else None,
        _("Den organisationens nyckel."),
    ),
    Column("url", lambda o: o.get_absolute_url(), _("Organisationens sida i portalen."), link=True),
]

PERSON_COLUMNS = [
    Column("person", lambda p: p.slug, _("Personens nyckel.")),
    Column("name", lambda p: p.name, _("Namnet.")),
    # Every role the sources name, in one cell: "role (organisation) | …".
    Column(
        "roles",
        lambda p: " | ".join(str(role.description) for role in p.roles.all()),
        _("Rollerna som källorna nämner, ”roll (organisation)”, åtskilda med |."),
    ),
    Column("url", lambda p: p.get_absolute_url(), _("Personens sida i portalen."), link=True),
]
