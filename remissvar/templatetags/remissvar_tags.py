"""Template tags through which pages outside this app show what the remiss answers say."""

from django import template

from remissvar.matrix import STANCE_SYMBOLS
from remissvar.reception import reception_of

register = template.Library()


@register.inclusion_tag("includes/proposal_reception.html")
def proposal_reception(proposal):
    """How a proposal was received, for the proposal page (which betankanden owns)."""
    return reception_of(proposal)


@register.filter
def stance_symbol(stance):
    """The symbol that stands for a stance in the matrix (its word goes beside it)."""
    return STANCE_SYMBOLS.get(stance, "")
