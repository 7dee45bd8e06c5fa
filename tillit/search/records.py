"""What of the shared records is searchable: people by name and roles, organisations by name."""

from django.utils.translation import gettext_lazy as _

from tillit.models import Organisation, Person, Role
from tillit.search.documents import Document, register


def person_documents(people):
    for person in people:
        roles = "\n".join(str(role.description) for role in person.roles.all())
        yield Document("person", person.pk, person.name, roles, person.get_absolute_url())


def organisation_documents(organisations):
    for organisation in organisations:
        yield Document(
            "organisation", organisation.pk, str(organisation), organisation.abbreviation,
            organisation.get_absolute_url(),
        )  # fmt: skip


def register_documents():
    register(
        Person, "person", _("Person"), person_documents,
        lambda model: model.objects.prefetch_related("roles__organisation"), rank=50,
        follows=[(Role, "roles"), (Organisation, "roles__organisation")],
    )  # fmt: skip
    register(
        Organisation, "organisation", _("Organisation"), organisation_documents,
        lambda model: model.objects.select_related("parent"), rank=40,
        follows=[(Organisation, "parent")],
    )  # fmt: skip
