from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext

register = template.Library()


@register.filter
def count_text(count):
    """A count as a reader sees it: "about 250,000" when it is an estimate (tillit.counting)."""
    number = number_format(count)
    if getattr(count, "approximate", False):
        return gettext("cirka %(number)s") % {"number": number}
    return number
