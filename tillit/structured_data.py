"""
schema.org JSON-LD for search engines and other readers of a page's data.

Every page with a breadcrumb trail carries it as a ``BreadcrumbList``; a
detail page adds what it is about (``structured_data`` in its context: a
list of items, built by each app's ``structured_data.py`` from the rows the
page has loaded already, so no page asks the database for more). The
``{% structured_data %}`` tag in templates/base.html writes them into the
head.

Only what the data says is stated: a property whose value the model does
not hold is left out, never filled with a guess (see each app's builders
for the judgements made).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

from tillit.models import OrganisationKind, SourceKind
from tillit.site import absolute_url

SCHEMA_ORG = "https://schema.org"

# What django.utils.html.json_script escapes, for the same reason: inside a
# <script> element "</script>" or "<!--" in a title would end or derail it.
# As JSON escapes the characters read back unchanged.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

# Bodies of the state, regions and municipalities are GovernmentOrganization;
# universities and associations are not, and are said no more precisely than
# the model's kinds allow.
ORGANISATION_TYPES = {
    OrganisationKind.UNIVERSITY: "CollegeOrUniversity",
    OrganisationKind.ASSOCIATION: "Organization",
    OrganisationKind.COMPANY: "Corporation",
    OrganisationKind.OTHER: "Organization",
}

SOURCE_TYPES = {
    SourceKind.WEB_PAGE: "WebPage",
    SourceKind.NEWS_ARTICLE: "NewsArticle",
}


def node(type_, **properties):
    """A schema.org node of ``type_`` with the properties that have a value (not None or empty)."""
    return {
        "@type": type_,
        **{name: value for name, value in properties.items() if value not in (None, "", [], {})},
    }


def item(type_, **properties):
    """A top-level node: one ld+json script of a page."""
    return as_item(node(type_, **properties))


def as_item(data):
    """A node made top-level: it names the vocabulary its types and properties are from."""
    return {"@context": SCHEMA_ORG, **data}


def iso_date(value):
    return value.isoformat() if value else None


def breadcrumb_list(breadcrumbs, current_url, request=None):
    """
    The trail that BreadcrumbsMixin gives a page, as (label, path) pairs with
    the page itself last (path None): positions from 1, absolute URLs, the
    page itself named by its canonical URL.
    """
    elements = []
    for position, (label, path) in enumerate(breadcrumbs, start=1):
        last = position == len(breadcrumbs)
        url = current_url if last else (absolute_url(path, request) if path else None)
        elements.append(node("ListItem", position=position, name=str(label), item=url))
    return item("BreadcrumbList", itemListElement=elements)


def organisation_node(organisation, request=None):
    """
    An organisation with its page. Its parent (a committee's city) only when
    the page has loaded it: asking for it here would cost a query per page.
    """
    parent = None
    if organisation.parent_id and organisation._meta.get_field("parent").is_cached(organisation):
        parent = organisation_node(organisation.parent, request)
    return node(
        ORGANISATION_TYPES.get(organisation.kind, "GovernmentOrganization"),
        name=organisation.name,
        alternateName=organisation.abbreviation,
        url=absolute_url(organisation.get_absolute_url(), request),
        parentOrganization=parent,
    )


def source_node(source, request=None):
    """
    A source text as a creative work. The model keeps no address of the
    original, so ``url`` is the portal's page of the source, which holds its
    saved text (or, for the copyrighted article, its citation).
    """
    return node(
        SOURCE_TYPES.get(source.kind, "CreativeWork"),
        name=source.title,
        publisher=node("Organization", name=source.publisher),
        url=absolute_url(source.get_absolute_url(), request),
    )


def sources_about(sources, request=None):
    """
    The sources that tell of a thing, for its ``subjectOf``: they are works
    about the meeting or the report, not works it is based on (``isBasedOn``
    would say the report was written from the delegation's web page).
    """
    return [source_node(source, request) for source in sources]


def json_ld(data):
    """``data`` as JSON that is safe inside a <script> element."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
