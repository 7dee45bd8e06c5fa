"""
Text editors write in their own words (a meeting's summary, a proposal's
note) as Markdown, made safe for the page.

CommonMark with raw HTML off (markdown-it-py), then nh3 keeps only a small
set of tags and links to http, https and mailto: whatever an editor (or a
stolen editor's account) types, no script, event handler or javascript:
link reaches a visitor. Quotes from the sources are never Markdown: they are
verbatim (tillit/templatetags/verbatim.py).
"""

from html import unescape

import nh3
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt

TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "code", "blockquote", "br"}
ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}

_markdown = MarkdownIt("commonmark", {"html": False})


def render(text):
    """Safe HTML of an editor's Markdown."""
    html = _markdown.render(text or "")
    return mark_safe(
        nh3.clean(
            html,
            tags=TAGS,
            attributes=ATTRIBUTES,
            url_schemes=URL_SCHEMES,
            link_rel="noopener noreferrer",
        )
    )


def plain(text):
    """The words alone, for a description, a feed or structured data."""
    return " ".join(unescape(strip_tags(render(text))).split())
