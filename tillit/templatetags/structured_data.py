"""The page's schema.org JSON-LD in its head (tillit/structured_data.py)."""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from tillit.structured_data import breadcrumb_list, json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data(context):
    """
    One ``<script type="application/ld+json">`` per item: the breadcrumb
    trail where the page shows one (not the home page, whose trail would be
    itself alone), then the view's ``structured_data``. A data block is
    never run, so a Content-Security-Policy without inline scripts allows it.
    """
    items = []
    if breadcrumbs := context.get("breadcrumbs"):
        items.append(
            breadcrumb_list(breadcrumbs, context.get("canonical_url"), context.get("request"))
        )
    items += context.get("structured_data") or []
    return format_html_join(
        "\n  ",
        '<script type="application/ld+json">{}</script>',
        # json_ld escapes <, > and &, as json_script does: nothing in it can close the element.
        ((mark_safe(json_ld(data)),) for data in items),
    )
