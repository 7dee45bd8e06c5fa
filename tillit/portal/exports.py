"""The columns of the organisation and person lists' CSV and Excel exports (tillit.exports)."""

from tillit.exports import Column

ORGANISATION_COLUMNS = [
    Column("organisation", lambda o: o.slug),
    Column("name", lambda o: o.name),
    Column("abbreviation", lambda o: o.abbreviation),
    Column("kind", lambda o: o.kind),
    Column("parent", lambda o: o.parent.name if o.parent_id else None),
    Column("parent_slug", lambda o: o.parent.slug if o.parent_id else None),
    Column("url", lambda o: o.get_absolute_url()),
]

PERSON_COLUMNS = [
    Column("person", lambda p: p.slug),
    Column("name", lambda p: p.name),
    # Every role the sources name, in one cell: "role (organisation) | …".
    Column("roles", lambda p: " | ".join(str(role.description) for role in p.roles.all())),
    Column("url", lambda p: p.get_absolute_url()),
]
