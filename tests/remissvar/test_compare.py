import itertools

import pytest

from remissvar.compare import diff_html, similarity
from remissvar.models import Statement

pytestmark = pytest.mark.django_db

URL = "/remissvar/jamfor/"
# Hässelby-Vällingby and Norrmalm differ only in their names, the numbering of
# the decision and paragraph breaks (99 % of words shared, in order); every
# other pair of statements shares at most 15 %. A threshold of 95 % leaves room
# for small edits on either side without ever mistaking two unlike texts.
NEAR_IDENTICAL = 0.95


def test_hasselby_vallingby_and_norrmalm_are_near_identical_at_a_glance(client):
    response = client.get(URL + "?a=hasselby-vallingby-stadsdelsnamnd&b=norrmalms-stadsdelsnamnd")
    assert response.status_code == 200
    assert response.context["similarity_percent"] >= NEAR_IDENTICAL * 100
    page = response.content.decode()
    assert "99 procent av orden gemensamma" in page
    assert all(not row["differ"] for row in response.context["rows"])
    # The few differing words are marked, with a label that does not rely on colour.
    assert '<del><span class="visually-hidden">Borttaget: </span>Hässelby-Vällingby' in page
    assert '<ins><span class="visually-hidden">Tillagt: </span>Norrmalms' in page


def test_only_the_near_identical_pair_passes_the_threshold():
    statements = list(Statement.objects.all())
    close = {
        frozenset((a.slug, b.slug))
        for a, b in itertools.combinations(statements, 2)
        if similarity(a.text, b.text) >= NEAR_IDENTICAL
    }
    assert close == {frozenset({"hasselby-vallingby-stadsdelsnamnd", "norrmalms-stadsdelsnamnd"})}


def test_two_unlike_statements(client):
    response = client.get(URL + "?a=utbildningsnamnden&b=farsta-stadsdelsnamnd")
    assert response.status_code == 200
    assert response.context["similarity_percent"] < 20
    rows = {row["proposal"].slug: row for row in response.context["rows"]}
    vite = rows["vitesforelaggande-skollagen"]
    assert vite["a"].stance == "hesitant"
    assert vite["b"] is None
    assert vite["differ"]
    assert rows["situationsanpassad-tillsyn"]["differ"]  # supports with reservations vs supports
    assert "Olika" in response.content.decode()


def test_compare_page_works_with_none_chosen(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert (
        "?a=hasselby-vallingby-stadsdelsnamnd&amp;b=norrmalms-stadsdelsnamnd"
        in response.content.decode()
    )


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("a=finns-inte&b=norrmalms-stadsdelsnamnd", "Välj ett giltigt alternativ"),
        ("a=norrmalms-stadsdelsnamnd&b=norrmalms-stadsdelsnamnd", "Välj två olika remissvar"),
    ],
)
def test_unknown_or_equal_statements_get_a_clear_message(client, query, message):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()


def test_diff_escapes_the_texts():
    html = diff_html("Ett <b>", "Ett <i>")
    assert "<b>" not in html
    assert "&lt;i&gt;" in html


def test_diff_keeps_line_and_paragraph_breaks():
    html = diff_html(
        "1. Ett beslut.\n2. Ett till.\n\nStycke.", "3. Ett beslut.\n4. Ett till.\n\nStycke."
    )
    assert html.count("<br>") == 3
