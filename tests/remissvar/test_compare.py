import itertools
import re
from html import unescape

import pytest

from remissvar import compare as compare_module
from remissvar.compare import compare, diff_html, similarity
from remissvar.models import Statement
from tests.factories import make_organisation, make_statement

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
        ("a=finns-inte&b=norrmalms-stadsdelsnamnd", "Inget matchar ”finns-inte”"),
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


REMISS = "tillitsdelegationens-betankanden-ks-2018-1086"


def test_statements_are_chosen_within_a_remiss_by_their_bodies_names(client):
    other = make_statement(body=make_organisation(name="Norrmalms stadsdelsnämnd"))
    response = client.get(URL, {"remiss": REMISS, "a": "Hässelby", "b": "Norrmalms stadsdelsnämnd"})
    assert response.status_code == 200
    assert (response.context["a"].slug, response.context["b"].slug) == (
        "hasselby-vallingby-stadsdelsnamnd",
        "norrmalms-stadsdelsnamnd",
    )
    # The other remiss's answer is not offered, even by its key.
    response = client.get(
        URL, {"remiss": REMISS, "a": "hasselby-vallingby-stadsdelsnamnd", "b": other.slug}
    )
    assert response.status_code == 400
    # Without a remiss, the first statement's is taken.
    response = client.get(URL, {"a": "hasselby-vallingby-stadsdelsnamnd", "b": other.slug})
    assert response.status_code == 400
    response = client.get(URL, {"a": other.slug, "b": "Norrmalms stadsdelsnämnd"})
    assert response.status_code == 400  # only the other remiss's bodies are looked up


def test_words_matching_several_bodies_are_offered_as_links(client):
    response = client.get(
        URL, {"remiss": REMISS, "a": "hasselby-vallingby-stadsdelsnamnd", "b": "nämnd"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Menade du:" in page
    assert f"?remiss={REMISS}&amp;a=hasselby-vallingby-stadsdelsnamnd&amp;b=socialnamnden" in page


def strip(html, removed):
    """The text one side of a diff shows: the other side's words and every tag dropped."""
    html = re.sub(rf"<{removed}>.*?</{removed}>", "", html, flags=re.S)
    html = re.sub(r'<span class="visually-hidden">[^<]*</span>', "", html)
    return unescape(re.sub(r"<[^>]+>", "", html.replace("<br>", "\n")))


@pytest.mark.parametrize("budget", [10**9, 400, 0])
def test_the_diff_keeps_both_texts_whatever_the_budget(monkeypatch, budget):
    """Word by word, paragraph by paragraph, or whole: each side reads back exactly."""
    monkeypatch.setattr(compare_module, "BLOCK_BUDGET", budget)
    text_a = "Ett <stycke>.\n\nSamma stycke.\n\nNämnden tillstyrker förslaget om tillsyn."
    text_b = (
        "Ett annat stycke.\n\nSamma stycke.\n\nNämnden avstyrker förslaget om tillsyn.\n\nNytt."
    )
    html = compare_module._compare(text_a, text_b).html
    assert strip(html, "del") == text_b
    assert strip(html, "ins") == text_a
    assert "<stycke>" not in html


def test_a_run_over_the_budget_is_compared_paragraph_by_paragraph(monkeypatch):
    monkeypatch.setattr(compare_module, "BLOCK_BUDGET", 400)
    text_a = "\n\n".join(f"Stycke {n} om tillsyn och tillit i kommunen." for n in range(5))
    text_b = text_a.replace("Stycke 3 om", "Stycke tre om")
    result = compare_module._compare(text_a, text_b)
    # Only the one changed word of the one changed paragraph is marked.
    assert result.html.count("<del>") == 1
    assert result.similarity > 0.95


def test_comparisons_are_cached_by_the_texts(monkeypatch):
    calls = []
    real = compare_module._compare
    monkeypatch.setattr(compare_module, "_compare", lambda a, b: calls.append(1) or real(a, b))
    first = compare("Ett cachat stycke.", "Ett annat cachat stycke.")
    second = compare("Ett cachat stycke.", "Ett annat cachat stycke.")
    assert calls == [1]
    assert first.html == second.html
    compare("Ett cachat stycke.", "Ett tredje cachat stycke.")
    assert calls == [1, 1]
