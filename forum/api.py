"""The API's meetings (tillit.api), filtered as the meeting list is."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from forum.filters import MeetingFilter
from forum.models import Meeting
from forum.serializers import MeetingDetailSerializer, MeetingSerializer
from tillit.api import ReadOnlyViewSet, api_filterset

MeetingApiFilter = api_filterset(MeetingFilter)
# Its choices are the years that have meetings, read when a form is made: the
# schema says only that a year is a number.
extend_schema_field(OpenApiTypes.INT)(MeetingApiFilter.base_filters["year"])


class MeetingViewSet(ReadOnlyViewSet):
    """Forum Tillit's meetings, in date order (undated last), with who took part."""

    queryset = Meeting.objects.chronological().select_related("theme")
    detail_queryset = queryset.prefetch_related(
        "participations__person",
        "participations__person_role",
        "participations__organisation",
        "sources",
    )
    serializer_class = MeetingSerializer
    detail_serializer_class = MeetingDetailSerializer
    filterset_class = MeetingApiFilter
