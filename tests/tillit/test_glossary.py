"""The glossary, and the first use of each of its terms marked on the pages."""

import re

import pytest
from django.utils import translation

from tillit.glossary import TERMS, mark_first_uses

pytestmark = pytest.mark.django_db

DFN = re.compile(r'<dfn title="[^"]+"><a class="term" href="(/(?:en/)?om/)#(begrepp-[a-z]+)">')


def test_only_the_first_use_is_marked():
    html = mark_first_uses("<p>Remissen kom. Sedan en remiss till.</p>", "sv")
    assert html.count("<dfn") == 1
    assert '<a class="term" href="/om/#begrepp-remiss">Remissen</a>' in html
    assert html.endswith("Sedan en remiss till.</p>")


def test_quotes_links_headings_and_other_languages_are_left_alone():
    with translation.override("en"):
        html = mark_first_uses(
            "<h1>Remiss</h1><blockquote><p>remissen</p></blockquote><a href='/'>remiss</a>"
            '<p lang="sv">remiss</p><p>a consultation</p>'
        )
    assert html.count("<dfn") == 1
    assert '<a class="term" href="/en/om/#begrepp-remiss">consultation</a>' in html
    assert 'title="When the government sends a report' in html


def test_a_word_in_an_added_explanation_is_never_marked_again():
    # The explanation of "remiss" names a betänkande; marking it inside the
    # title attribute would break the HTML.
    html = mark_first_uses("<p>En remiss om ett betänkande.</p>", "sv")
    assert html.count("<dfn") == 2
    assert re.search(r'title="[^"]*<', html) is None


def test_tags_and_attributes_are_never_touched():
    html = mark_first_uses('<p class="remiss" title="remiss">text</p>', "sv")
    assert "<dfn" not in html


def test_hidden_and_switched_off_parts_headings_and_labels_are_left_alone():
    html = mark_first_uses(
        '<div aria-hidden="true">tillstyrker</div><dl data-terms="off"><dd>remiss</dd></dl>'
        '<h2>Remissvar</h2><dl><dt>Betänkande</dt></dl><span class="stance">Avstyrker</span>'
        '<span class="count"><span class="visually-hidden">Tillstyrker:</span> 7</span>',
        "sv",
    )
    assert "<dfn" not in html


def test_glossary_page_explains_every_term(client):
    page = client.get("/om/").content.decode()
    for term in TERMS:
        assert f'id="{term.anchor}"' in page
    with translation.override("en"):
        english = client.get("/en/om/").content.decode()
    assert "Glossary" in english


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/remisser/", {"begrepp-remiss", "begrepp-betankande", "begrepp-remissvar"}),
        ("/remissvar/utbildningsnamnden/", {"begrepp-tjansteutlatande", "begrepp-sou"}),
        ("/en/remisser/", {"begrepp-remiss"}),
    ],
)
def test_pages_mark_the_terms_they_use_once_each(client, url, expected):
    page = client.get(url).content.decode()
    anchors = [anchor for _path, anchor in DFN.findall(page)]
    assert set(anchors) >= expected
    assert len(anchors) == len(set(anchors))
