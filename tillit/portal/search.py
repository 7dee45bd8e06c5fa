"""The search page's form and its page of hits: what /sok/ asks tillit.search."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.urls import translate_url
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from tillit.filtering import MAX_LISTED, PortalForm
from tillit.search.documents import kind_labels
from tillit.search.query import MAX_QUERY_LENGTH, search

HITS_PER_PAGE = 20


class SearchForm(PortalForm):
    q = forms.CharField(
        label=_("Sökord"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        strip=True,
        help_text=_("Ord som ska finnas med. ”Citattecken” söker en fras."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind = forms.ChoiceField(label=_("Visa"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Allt")), *kind_labels().items()]


def search_page(text, kind, page_number):
    """
    The hits for ``text`` on page ``page_number`` (of HITS_PER_PAGE), narrowed
    to ``kind`` if given: (results, Page). A page past the last raises
    EmptyPage or PageNotAnInteger, as Paginator.page does.
    """
    kinds = [kind] if kind else []
    # The page's number is checked against a count before the search of that
    # page; the count comes with the first search, so page 1 asks once.
    number = Paginator(range(MAX_LISTED), HITS_PER_PAGE).validate_number(page_number)
    results = search(text, kinds=kinds, offset=(number - 1) * HITS_PER_PAGE, limit=HITS_PER_PAGE)
    # Pages go as far as the hits are ranked (see tillit.search.query).
    pages = Paginator(
        range(min(results.ranked, MAX_LISTED)), HITS_PER_PAGE, allow_empty_first_page=True
    )
    page = pages.page(number)
    labels = kind_labels()
    language = get_language()
    for hit in results.hits:
        hit.kind_label = labels.get(hit.kind, hit.kind)
        if language != settings.LANGUAGE_CODE:
            # The index keeps the site language's addresses: read as such,
            # each is written again as an English page's.
            with override(settings.LANGUAGE_CODE):
                hit.url = translate_url(hit.url, language)
    results.facet_list = [
        (key, label, results.facets[key]) for key, label in labels.items() if key in results.facets
    ]
    return results, page
