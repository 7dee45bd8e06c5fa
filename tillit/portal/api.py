"""The API's shared records: organisations, people and sources (tillit.api)."""

from tillit.api import ReadOnlyViewSet, api_filterset
from tillit.models import Organisation, Person, Source
from tillit.portal.filters import OrganisationFilter, PersonFilter
from tillit.serializers import (
    OrganisationDetailSerializer,
    OrganisationSerializer,
    PersonDetailSerializer,
    PersonSerializer,
    SourceDetailSerializer,
    SourceSerializer,
)


class OrganisationViewSet(ReadOnlyViewSet):
    """Organisations: bodies that answered, organisations at meetings, and what they belong to."""

    queryset = Organisation.objects.select_related("parent").order_by("name", "pk")
    detail_queryset = queryset.prefetch_related("sources")
    serializer_class = OrganisationSerializer
    detail_serializer_class = OrganisationDetailSerializer
    filterset_class = api_filterset(OrganisationFilter)


class PersonViewSet(ReadOnlyViewSet):
    """People the sources name, with their roles in the sources' own words."""

    queryset = Person.objects.order_by("name", "pk")
    detail_queryset = queryset.prefetch_related("roles__organisation", "sources")
    serializer_class = PersonSerializer
    detail_serializer_class = PersonDetailSerializer
    filterset_class = api_filterset(PersonFilter)


class SourceViewSet(ReadOnlyViewSet):
    """The sources everything is taken from; the full text only where it may be reproduced."""

    queryset = Source.objects.order_by("file_name", "title", "pk")
    serializer_class = SourceSerializer
    detail_serializer_class = SourceDetailSerializer
    filterset_class = None
