"""Swedish unprefixed, English under /en/: every UI string translated, source texts kept Swedish."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_english_page_has_english_interface_and_swedish_sources(client):
    response = client.get("/en/remissvar/positioner/?stance=hesitant")
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="en">' in page
    for english in [
        "Skip to content",
        "Positions on the proposals",
        "Hesitant",
        "Filter",
        "3 results",
    ]:
        assert english in page, english
    # The quotes are the bodies' own Swedish words, marked as Swedish.
    assert '<blockquote lang="sv"><p>Därför är förvaltningen tveksam' in page
    assert "Ställningstaganden till förslagen" not in page


def test_active_filters_are_named_in_english(client):
    response = client.get("/en/forum/?kind=dialogue_meeting")
    assert [(f["label"], f["value"]) for f in response.context["active_filters"]] == [
        ("Type of meeting", "Dialogue meeting")
    ]


def test_inferred_year_reads_in_english(client):
    page = client.get("/en/forum/forum-tillit-en-larande-tillsyn/").content.decode()
    assert "3 October [2017, year inferred]" in page


def test_language_switch_links_to_the_same_page(client):
    swedish = client.get("/remissvar/utbildningsnamnden/").content.decode()
    assert 'href="/en/remissvar/utbildningsnamnden/" hreflang="en"' in swedish
    english = client.get("/en/remissvar/utbildningsnamnden/").content.decode()
    assert 'href="/remissvar/utbildningsnamnden/" hreflang="sv"' in english


def test_english_404(client):
    response = client.get("/en/forum/finns-inte/")
    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()


def test_catalogue_is_complete():
    from pathlib import Path

    from babel.messages.pofile import read_po
    from django.conf import settings

    path = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    messages = [message for message in catalogue if message.id]
    assert len(messages) > 300
    untranslated = [
        message.id
        for message in messages
        if not (all(message.string) if isinstance(message.string, tuple) else message.string)
    ]
    assert untranslated == []
    assert [message.id for message in messages if message.fuzzy] == []
    # A placeholder left out or renamed in a translation breaks the page.
    placeholder = re.compile(r"%\((\w+)\)s")
    mismatched = []
    for message in messages:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = {name for text in ids for name in placeholder.findall(text)}
        for text in strings:
            if set(placeholder.findall(text)) != wanted:
                mismatched.append(message.id)
    assert mismatched == []
