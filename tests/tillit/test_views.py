import re

import pytest

from remissvar.models import Statement
from tillit.models import Organisation, Person

pytestmark = pytest.mark.django_db


def names(response, key):
    return [obj.name for obj in response.context[key]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("organisation=skl", ["Annika Wallenskog", "Christine Feuk"]),
        ("kind=university", ["Gustaf Kastberg", "Shirin Ahlbäck Öberg"]),
        ("role=moderator", ["Anna Lexelius", "Laura Hartman"]),
        ("q=kommunchef", ["Charlott Johansson"]),
    ],
)
def test_person_filters(client, query, expected):
    response = client.get(f"/personer/?{query}")
    assert response.status_code == 200
    assert names(response, "person_list") == expected


def test_person_sort(client):
    people = names(client.get("/personer/?sort=-name"), "person_list")
    assert people == sorted(people, reverse=True)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=district_committee", ["Farsta stadsdelsnämnd", "Hässelby-Vällingby stadsdelsnämnd", "Norrmalms stadsdelsnämnd"]),
        ("parent=socialnamnden", ["Socialförvaltningen"]),
        ("role=panellist&kind=agency", ["Arbetsmiljöverket", "Inspektionen för vård och omsorg", "Justitiekanslern", "Skolinspektionen"]),
        ("q=IVO", ["Inspektionen för vård och omsorg"]),
    ],
)  # fmt: skip
def test_organisation_filters(client, query, expected):
    response = client.get(f"/organisationer/?{query}")
    assert response.status_code == 200
    assert names(response, "organisation_list") == expected


def test_organisation_page_shows_parent_children_people_statements_and_positions(client):
    page = client.get("/organisationer/stockholms-stad/").content.decode()
    assert "Socialnämnden" in page  # a child
    assert "Anna König Jerlmyr" in page  # a person with a role here
    assert "Promemoria" in page  # its statement
    assert "Generella statsbidrag som huvudprincip" in page  # a position
    child = client.get("/organisationer/socialforvaltningen/").content.decode()
    assert 'href="/organisationer/socialnamnden/"' in child


def test_person_page_keeps_both_facts_about_charlott_johansson(client):
    page = client.get("/personer/charlott-johansson/").content.decode()
    assert "kommunchef Falkenbergs kommun" in page
    assert "Tidigare knuten till Oxelösunds kommun" in page
    assert "berättade om utvecklingsarbetet i sin gamla hemkommun, Oxelösund" in page
    assert "Oxelösunds kommun" in page
    assert "Dialogmöte med kommuner och landsting" in page


def test_official_source_shows_its_full_text_with_anchors(client):
    page = client.get("/kallor/forum-tillit/").content.decode()
    assert 'id="stycke-1"' in page
    assert "vårt tredje Forum Tillit" in page
    assert "Forum Tillit om En lärande tillsyn" in page  # what was taken from it


def test_news_source_shows_only_its_citation(client):
    page = client.get("/kallor/altinget-det-ska-bli-mer-tillit-i-staten/").content.decode()
    assert "upphovsrättsskyddad" in page
    assert "Vi var närmare tvåhundra personer" not in page
    assert 'id="stycke-1"' not in page


def test_accessibility_statement_is_linked_from_every_page(client):
    for url in ["/", "/forum/", "/remissvar/utbildningsnamnden/", "/en/"]:
        assert "/tillganglighet/" in client.get(url).content.decode()
    page = client.get("/tillganglighet/").content.decode()
    assert "Myndigheten för digital förvaltning" in page
    assert "Kända brister" in page


def test_accessibility_statement_shows_the_contact_address(client, settings):
    settings.TILLIT_CONTACT_EMAIL = "tillganglighet@example.se"
    page = client.get("/tillganglighet/").content.decode()
    assert 'href="mailto:tillganglighet@example.se"' in page


def test_base_layout(client):
    page = client.get("/remissvar/").content.decode()
    for fragment in [
        '<html lang="sv">',
        'class="skip-link" href="#innehall"',
        "<header",
        "<nav",
        '<main id="innehall"',
        "<footer",
        '<link rel="canonical" href="http://testserver/remissvar/">',
        '<meta property="og:title" content="Remissvar">',
        '<meta name="description"',
        'hreflang="en" href="http://testserver/en/remissvar/"',
        'aria-current="page">Remissvar<',
    ]:
        assert fragment in page, fragment
    assert "style=" not in page
    # Scripts come from files only, so a strict Content-Security-Policy fits;
    # JSON-LD is a data block, which no browser runs.
    assert re.findall(r'<script(?![^>]*\ssrc=)(?![^>]*type="application/ld\+json")', page) == []


def test_dates_are_written_in_swedish(client):
    page = client.get("/betankanden/sou-2018-47/").content.decode()
    assert "14 juni 2018" in page


@pytest.mark.parametrize(
    ("url", "sort", "model", "field", "key"),
    [
        ("/organisationer/", "name", Organisation, "name", lambda o: o.name),
        ("/organisationer/", "-name", Organisation, "-name", lambda o: o.name),
        ("/organisationer/", "kind", Organisation, "kind", lambda o: o.kind),
        ("/organisationer/", "-kind", Organisation, "-kind", lambda o: o.kind),
        ("/personer/", "-name", Person, "-name", lambda p: p.name),
        ("/remissvar/", "body", Statement, "body__name", lambda s: s.body.name),
        ("/remissvar/", "-body", Statement, "-body__name", lambda s: s.body.name),
    ],
)
def test_every_sort_orders_the_list(client, url, sort, model, field, key):
    response = client.get(f"{url}?sort={sort}&per_page=100")
    assert response.status_code == 200
    shown = [key(obj) for obj in response.context["object_list"]]
    # The database's collation decides where Å, Ä and Ö go; the page must follow it.
    expected = [key(obj) for obj in model.objects.select_related().order_by(field)]
    assert shown == expected


def test_an_organisation_with_many_statements_previews_them_and_pages_its_positions(client):
    from tests.factories import make_organisation, make_position, make_statement

    body = make_organisation(name="Stora nämnden")
    for _ in range(30):
        make_position(statement=make_statement(body=body))
    response = client.get(body.get_absolute_url())
    assert len(response.context["statements"].items) == 20
    assert response.context["statements"].more
    page = response.content.decode()
    assert f'href="/remissvar/?body={body.slug}"' in page
    assert len(response.context["page_obj"].object_list) == 25
    assert response.context["paginator"].count == 30
    second = client.get(body.get_absolute_url(), {"page": 2})
    assert len(second.context["page_obj"].object_list) == 5
    assert client.get(body.get_absolute_url(), {"page": 3}).status_code == 404
    assert client.get(body.get_absolute_url(), {"page": "x"}).status_code == 404
