"""What editors write in their own words is Markdown, and nothing in it can run in a visitor's browser."""

import re

import pytest

from forum.models import Meeting
from tillit.markdown import plain, render

# An element with an on…= attribute (not the words inside a quoted value).
EVENT_HANDLER = re.compile(r'<[a-z]+(\s+[a-z-]+(="[^"]*")?)*\s+on[a-z]+=')
HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    '<a href="#" onclick="alert(1)">klicka</a>',
    '<iframe src="https://example.org"></iframe>',
    "[y](JaVaScRiPt:alert(1))",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_nothing_hostile_survives(text):
    html = render(text).lower()
    assert "<script" not in html
    assert "<img" not in html
    assert "<iframe" not in html
    assert not EVENT_HANDLER.search(html)
    assert 'href="javascript' not in html


def test_links_and_emphasis_do():
    html = render("Se *gärna* **detta** och [rapporten](https://example.org/r).")
    assert "<em>gärna</em>" in html
    assert "<strong>detta</strong>" in html
    assert '<a href="https://example.org/r" rel="noopener noreferrer">rapporten</a>' in html


def test_plain_text_has_no_markup():
    assert plain("Se *gärna* [rapporten](https://example.org) & <b>mer</b>") == (
        "Se gärna rapporten & <b>mer</b>"
    )


@pytest.mark.django_db
def test_a_hostile_summary_is_harmless_on_the_meetings_page(client):
    meeting = Meeting.objects.get(slug="dialogmote-med-forskare")
    meeting.summary = "\n\n".join([*HOSTILE, "En *viktig* [länk](https://example.org)."])
    meeting.save()
    page = client.get(meeting.get_absolute_url()).content.decode()
    lowered = page.lower()
    assert "alert(1)</script>" not in lowered
    assert "<iframe" not in lowered
    assert "<img" not in lowered
    # No element carries an event handler (the typed text is shown as text).
    assert not EVENT_HANDLER.search(lowered)
    assert 'href="javascript' not in lowered
    assert "<em>viktig</em>" in page
    assert '<a href="https://example.org" rel="noopener noreferrer">länk</a>' in page
    # The description is words only.
    description = page.split('<meta name="description" content="')[1].split('"')[0]
    assert "<" not in description
    assert "*" not in description
