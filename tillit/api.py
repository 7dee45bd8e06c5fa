"""
What the read-only API's resources share (each app's ``api.py`` holds its own).

The API publishes what the pages publish, in JSON, under ``/api/v1/``:

- Every list filters with the page's own FilterSet, through django-filter's
  DRF backend, so ``?body=farsta-stadsdelsnamnd&stance=hesitant`` means the
  same on ``/remissvar/positioner/`` and on ``/api/v1/positions/``, and a bad
  value is refused with the same message, as a 400.
- Records are named by their stable keys (slugs), never by database ids,
  which differ between copies of the database.
- Links are absolute, from TILLIT_SITE_URL (tillit.site): ``url`` is the
  record in the API, ``page`` the record on the site.
- Pages count at most MAX_LISTED rows, as the pages do (BoundedPaginator):
  counting a million rows for every page cost seconds. Narrower filters
  reach the rest; the CSV downloads take a whole list at once.
"""

from urllib.parse import urlsplit, urlunsplit

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from tillit.filtering import DEFAULT_PAGE_SIZE, MAX_LISTED, BoundedPaginator
from tillit.site import absolute_url

MAX_PAGE_SIZE = 100


class ApiPagination(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    django_paginator_class = BoundedPaginator

    def get_page_size(self, request):
        # A page size that is not a number from 1 to MAX_PAGE_SIZE is refused,
        # not silently replaced: a client asking for 1,000 rows should learn
        # that it gets at most 100, not find out from the count.
        value = request.query_params.get(self.page_size_query_param)
        if value is None:
            return self.page_size
        if not value.isdigit() or not 1 <= int(value) <= self.max_page_size:
            raise ValidationError(
                {self.page_size_query_param: [f"Ett heltal från 1 till {self.max_page_size}."]}
            )
        return int(value)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
                parameter["description"] = (
                    f"Rows per page, 1 to {self.max_page_size} (default {self.page_size})."
                )
        return parameters

    def get_paginated_response(self, data):
        paginator = self.page.paginator
        return Response(
            {
                "count": paginator.count,
                # True when there are more than MAX_LISTED rows: narrow the filters.
                "count_is_bounded": getattr(paginator, "truncated", False),
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["count_is_bounded"] = {
            "type": "boolean",
            "description": f"The list has more than {MAX_LISTED} rows; count and pages stop there.",
        }
        response["required"].append("count_is_bounded")
        return response

    def get_next_link(self):
        return self._on_site(super().get_next_link())

    def get_previous_link(self):
        return self._on_site(super().get_previous_link())

    def _on_site(self, url):
        # DRF builds these from the Host header; the site's origin is the setting's.
        if url is None:
            return None
        parts = urlsplit(url)
        return absolute_url(urlunsplit(("", "", parts.path, parts.query, "")), self.request)


def api_filterset(filterset_class):
    """
    A page's FilterSet without its page size (the API pages with
    ``page_size``, up to MAX_PAGE_SIZE rows): every other filter, its
    values and its messages are the page's.
    """
    return type(
        filterset_class.__name__, (filterset_class,), {"per_page": None, "__module__": __name__}
    )


@extend_schema_field(OpenApiTypes.URI)
class PageLink(serializers.Field):
    """The record's page on the site, absolute."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        return absolute_url(value.get_absolute_url(), self.context.get("request"))


@extend_schema_field(OpenApiTypes.URI)
class ApiLink(serializers.Field):
    """
    A record in the API, absolute: ``view_name`` (``api:meeting-detail``)
    with the record's key from ``key`` (a callable on the record). The
    record is the serialized one itself, or with ``related=True`` the one
    the field's name points to (``parent``), which may be None.
    """

    def __init__(self, view_name, key=lambda record: record.slug, related=False, **kwargs):
        if not related:
            kwargs["source"] = "*"
        kwargs.setdefault("allow_null", related)
        super().__init__(read_only=True, **kwargs)
        self.view_name = view_name
        self.key = key

    def to_representation(self, value):
        path = reverse(self.view_name, kwargs={"key": self.key(value)})
        return absolute_url(path, self.context.get("request"))


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """
    A list and its records, GET only: writes answer 405 (the router routes
    no other method). Records are found by ``key``, their stable slug.
    """

    # Here, not in settings: DRF reads its settings while this module loads.
    pagination_class = ApiPagination
    lookup_field = "slug"
    lookup_url_kwarg = "key"
    lookup_value_regex = r"[-\w]+"
    # A record alone says more than a row of its list (a statement's text).
    detail_serializer_class = None
    detail_queryset = None

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class:
            return self.detail_serializer_class
        return super().get_serializer_class()

    def get_queryset(self):
        if self.action == "retrieve" and self.detail_queryset is not None:
            return self.detail_queryset.all()
        return super().get_queryset()

    def filter_queryset(self, queryset):
        # A record is found by its key alone: the list's filters do not apply.
        if self.action == "retrieve":
            return queryset
        return super().filter_queryset(queryset)


class CompositeKeyViewSet(ReadOnlyViewSet):
    """
    A resource whose key joins its parents' slugs with dots
    (``sou-2018-47.nationellt-policylabb``): slugs hold no dots, so the key
    splits back without ambiguity. ``key_fields`` names the lookups, in order.
    """

    key_fields = ()
    lookup_value_regex = r"[-\w]+(?:\.[-\w]+)+"

    def get_object(self):
        parts = self.kwargs[self.lookup_url_kwarg].split(".")
        if len(parts) != len(self.key_fields):
            raise NotFound(f"En nyckel här har {len(self.key_fields)} delar, åtskilda med punkt.")
        queryset = self.filter_queryset(self.get_queryset())
        try:
            record = queryset.get(**dict(zip(self.key_fields, parts, strict=True)))
        except queryset.model.DoesNotExist:
            raise NotFound("Ingen post har den nyckeln.") from None
        self.check_object_permissions(self.request, record)
        return record


ERROR_SCHEMA = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
# A refused filter answers as a form does: each parameter with its messages.
INVALID_FILTER_SCHEMA = {
    "type": "object",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}


def document_errors(result, generator, request, public):
    """
    drf-spectacular postprocessing hook: the answers every operation may give
    besides its 200, so that clients (and schemathesis) know them. A list
    refuses a bad filter with 400, a record that is not there is 404, and too
    many requests get 429 (``Retry-After`` says when to come back).
    """
    for path, operations in result["paths"].items():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            if "{key}" in path:
                responses["404"] = error_response("Ingen post har den nyckeln.")
            elif any(p["name"] == "page" for p in operation.get("parameters", [])):
                # An empty filter filters nothing, as an empty field of the
                # page's form does (the form submits every field).
                for parameter in operation["parameters"]:
                    if parameter["in"] == "query" and parameter["name"] not in (
                        "page",
                        "page_size",
                    ):
                        parameter["allowEmptyValue"] = True
                responses["400"] = {
                    "description": "A filter's value was refused; each parameter's messages.",
                    "content": {"application/json": {"schema": INVALID_FILTER_SCHEMA}},
                }
                responses["404"] = error_response("No such page of the list.")
            responses["429"] = error_response(
                "Too many requests from this address; see the Retry-After header."
            )
    return result


def error_response(description):
    return {
        "description": description,
        "content": {"application/json": {"schema": ERROR_SCHEMA}},
    }


# Exempt from CSRF as the API's own views are (Django REST framework): it
# changes nothing, and an unknown address is a 404 in JSON whatever the
# method, not a 403 page about a missing cookie.
@csrf_exempt
def not_found(request, path=""):
    """Any other address under /api/v1/: a 404 in JSON, as the API's own are, not the site's page."""
    return JsonResponse({"detail": "Ingen sådan adress i API:t. Se /api/v1/docs/."}, status=404)
