"""The glossary's terms, marked where a page first uses them."""

from django import template

from tillit.glossary import mark_first_uses

register = template.Library()


@register.filter(is_safe=True)
def mark_terms(html):
    """Wraps the first use of each glossary term in ``html`` as a <dfn> linked to the glossary."""
    return mark_first_uses(html)
