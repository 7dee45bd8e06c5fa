"""Site-wide search: the same queries, the same expectations, on SQLite and on PostgreSQL."""

import io

import pytest
from django.core.management import call_command

from forum.models import Meeting
from tillit.models import SearchDocument
from tillit.search.query import parse, search

pytestmark = pytest.mark.django_db(transaction=False)


def titles(results, count=10):
    return [hit.title for hit in results.hits[:count]]


def test_swedish_stemming_finds_inflected_forms():
    found = search("statsbidragen")
    assert "Generella statsbidrag som huvudprincip (SOU 2018:47)" in titles(found)
    assert found.facets["proposal"] >= 1
    found = search("tillsynens")
    assert "SOU 2018:48 En lärande tillsyn" in titles(found, 20)


def test_a_quoted_phrase_matches_those_words_in_that_order():
    found = search('"granskar mer men ser mindre"')
    assert [hit.kind for hit in found.hits] == ["meeting"]
    assert found.hits[0].title == "Forum Tillit om En lärande tillsyn"
    assert search('"mindre ser men mer granskar"').total == 0


def test_every_word_is_required_and_otherwise_any_of_them_is_shown():
    both = search("riktade statsbidrag")
    assert not both.any_term
    assert 0 < both.total < search("statsbidrag").total
    either = search("policylabb qwzxq")
    assert either.any_term
    assert either.total == search("policylabb").total


def test_hits_have_snippets_with_the_matched_words_marked_and_nothing_else_unescaped():
    found = search("statsbidragen")
    snippet = str(found.hits[0].snippet)
    assert "<mark>statsbidrag</mark>" in snippet
    assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_a_hit_in_a_statement_links_to_its_paragraph():
    found = search("policylabb", kinds=["paragraph"])
    assert found.hits
    assert all("#stycke-" in hit.url for hit in found.hits)
    assert {hit.kind for hit in found.hits} == {"paragraph"}
    assert found.total == found.facets["paragraph"]


@pytest.mark.parametrize(
    "text",
    ['& | ! :* ( )', "'; DROP TABLE tillit_searchdocument; --", '"unclosed', "<script>alert(1)</script>",
     "x" * 3000, "   ", "NEAR(a b) OR title:x ^y", "och att det"],
)  # fmt: skip
def test_odd_input_is_harmless(text):
    found = search(text)
    assert found.total >= 0
    assert SearchDocument.objects.exists()


def test_stop_words_alone_find_nothing_and_are_not_required():
    assert parse("och att det") == []
    assert search("policylabb och").total == search("policylabb").total


def test_the_index_follows_an_edit_and_a_delete(django_capture_on_commit_callbacks):
    meeting = Meeting.objects.get(slug="forum-tillit-en-larande-tillsyn")
    # The index is written once the edit is committed.
    with django_capture_on_commit_callbacks(execute=True):
        meeting.summary += " Ordet zebrafinkar står nu här."
        meeting.save()
    assert [hit.title for hit in search("zebrafinkarna").hits] == [meeting.title]
    meeting.delete()
    assert search("zebrafinkarna").total == 0


def test_rebuild_search_index_writes_every_registered_record():
    out = io.StringIO()
    call_command("rebuild_search_index", "--dry-run", stdout=out)
    assert "Skulle indexera 7 poster som meeting." in out.getvalue()
    before = SearchDocument.objects.count()
    SearchDocument.objects.all().delete()
    assert search("statsbidragen").total == 0
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert SearchDocument.objects.count() == before
    assert search("statsbidragen").total > 0


def test_removing_generated_data_takes_its_documents_out_of_the_index():
    real = SearchDocument.objects.count()
    call_command("generate_corpus", "--statements", "30", "-v", "0", stdout=io.StringIO())
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert SearchDocument.objects.count() > real
    # --replace removes the generated rows, and their documents, before it
    # writes new ones (which are not indexed until the next rebuild).
    call_command("generate_corpus", "--statements", "30", "--replace", "-v", "0",
                 stdout=io.StringIO())  # fmt: skip
    assert SearchDocument.objects.count() == real
    assert search("statsbidragen").total > 0


def test_the_search_page_ranks_marks_and_counts_per_kind(client):
    response = client.get("/sok/", {"q": "statsbidragen"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "<mark>statsbidrag</mark>" in page
    assert "träffar för ”statsbidragen”" in page
    facets = {key: count for key, _label, count in response.context["results"].facet_list}
    assert facets == response.context["results"].facets
    assert "?q=statsbidragen&amp;kind=proposal" in page


def test_a_facet_narrows_and_a_statement_hit_links_to_its_paragraph(client):
    response = client.get("/sok/", {"q": "policylabb", "kind": "paragraph"})
    hits = response.context["results"].hits
    assert hits
    assert all(hit.kind == "paragraph" and "#stycke-" in hit.url for hit in hits)


def test_the_english_search_links_to_english_pages(client):
    response = client.get("/en/sok/", {"q": "statsbidragen"})
    assert response.status_code == 200
    assert all(hit.url.startswith("/en/") for hit in response.context["results"].hits)


@pytest.mark.parametrize(
    ("query", "status"),
    [({"q": "x" * 201}, 400), ({"q": "policylabb", "kind": "nonsense"}, 400),
     ({"q": "policylabb", "page": "99"}, 404), ({"q": "policylabb", "page": "abc"}, 404)],
)  # fmt: skip
def test_bad_search_input_gets_a_4xx(client, query, status):
    response = client.get("/sok/", query)
    assert response.status_code == status


def test_nothing_found_says_so_and_echoes_the_query_escaped(client):
    page = client.get("/sok/", {"q": "<script>qwzxq</script>"}).content.decode()
    assert "Inget hittades för ”&lt;script&gt;qwzxq&lt;/script&gt;”." in page
    assert "<script>qwzxq" not in page


def test_every_page_has_the_search_box(client):
    for url in ("/", "/forum/", "/en/remissvar/"):
        page = client.get(url).content.decode()
        assert 'role="search"' in page
        assert 'name="q" id="site-search-q"' in page


@pytest.mark.parametrize(
    ("url", "kind", "context_name"),
    [
        ("/remissvar/positioner/", "position", "position_list"),
        ("/remissvar/", "paragraph", "statement_list"),
        ("/forum/", "meeting", "meeting_list"),
        ("/personer/", "person", "person_list"),
        ("/organisationer/", "organisation", "organisation_list"),
    ],
)
def test_a_lists_search_field_and_the_search_page_agree(client, url, kind, context_name):
    for text in ("statsbidragen", "tillsynens", "Stockholms stad", '"lärande tillsyn"'):
        listed = client.get(url, {"q": text, "per_page": 100}).context[context_name]
        found = search(text, kinds=[kind], limit=1000)
        assert {record.pk for record in listed} == {hit.object_id for hit in found.hits}, text
