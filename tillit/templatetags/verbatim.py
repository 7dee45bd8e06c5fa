"""Showing the sources' own words on a page."""

from django import template

from tillit.text import verbatim_html, without_emphasis_marks

register = template.Library()


@register.filter
def verbatim(text):
    """A verbatim text, escaped, with the original's italics and line breaks."""
    return verbatim_html(text or "")


@register.filter
def verbatim_plain(text):
    """A verbatim text for a place without markup: the italics' asterisks dropped."""
    return without_emphasis_marks(text or "")
