import pytest
from django.core.exceptions import ValidationError

from tests.asserts import assert_refused
from tests.factories import make_organisation, make_person, make_source
from tillit.models import Organisation, Role, Source
from tillit.text import describe_missing_passage, is_subheading, numbered_paragraphs

pytestmark = pytest.mark.django_db


def test_news_article_cannot_store_its_full_text():
    assert_refused(lambda: make_source(kind="news_article", full_text="Hela artikeln."))


def test_organisation_names_are_unique_per_parent():
    city = Organisation.objects.get(slug="stockholms-stad")
    assert_refused(lambda: make_organisation(name="Socialnämnden", parent=city))
    # The same name under another parent is another organisation.
    assert make_organisation(name="Socialnämnden", parent=make_organisation())


def test_top_level_organisation_names_are_unique():
    assert_refused(lambda: make_organisation(name="Stockholms stad", kind="municipality"))


def test_organisation_cannot_be_its_own_parent():
    organisation = make_organisation()
    organisation.parent = organisation
    assert_refused(organisation.save)


def test_organisation_cycle_is_refused_by_clean():
    city = Organisation.objects.get(slug="stockholms-stad")
    city.parent = Organisation.objects.get(slug="socialforvaltningen")
    with pytest.raises(ValidationError, match="inte ingå i sig själv"):
        city.full_clean()


def test_role_needs_the_source_wording():
    person = make_person()
    assert_refused(lambda: Role.objects.create(person=person, title="chef", wording=""))


def test_role_wording_is_unique_per_person():
    role = Role.objects.get(person__slug="anna-skarhed")
    assert_refused(lambda: Role.objects.create(person=role.person, wording=role.wording))


def test_str_and_urls_of_shared_models():
    source = Source.objects.get(slug="forum-tillit")
    assert str(source) == "Forum Tillit"
    assert source.get_absolute_url() == "/kallor/forum-tillit/"
    district = Organisation.objects.get(slug="farsta-stadsdelsnamnd")
    assert str(district) == "Farsta stadsdelsnämnd (Stockholms stad)"
    assert district.get_absolute_url() == "/organisationer/farsta-stadsdelsnamnd/"
    role = Role.objects.get(person__slug="charlott-johansson", is_former=True)
    assert str(role) == "Charlott Johansson: tidigare roll, Oxelösunds kommun"


def test_paragraphs_are_numbered_from_one():
    assert numbered_paragraphs("Ett.\n\n\nTvå.\n \nTre.") == [(1, "Ett."), (2, "Två."), (3, "Tre.")]


def test_missing_passage_names_the_missing_words():
    message = describe_missing_passage(
        "Nämnden avstyrker bestämt", "Nämnden tillstyrker förslaget."
    )
    assert "”avstyrker”" in message
    assert "”bestämt”" in message
    assert "Nämnden" not in message.split(":", 1)[1]


def test_missing_passage_shows_where_the_order_breaks():
    message = describe_missing_passage("förslaget tillstyrker", "Nämnden tillstyrker förslaget.")
    assert "avviker från texten vid" in message


def test_verbatim_text_shows_the_originals_italics_escaped():
    from tillit.text import marked_paragraphs, verbatim_html

    text = "Skolinspektionen *får* i stället för *ska* <b>förelägga</b>.\nNy rad 2 * 3 *"
    html = verbatim_html(text)
    assert "<em>får</em> i stället för <em>ska</em>" in html
    assert "&lt;b&gt;förelägga&lt;/b&gt;" in html
    assert "<br>Ny rad 2 * 3 *" in html
    [(_number, marked, _heading)] = marked_paragraphs(text, ["*får* i stället"])
    assert "<mark><em>får</em> i stället</mark>" in marked


def test_no_asterisks_reach_the_pages(client):
    for url in (
        "/betankanden/sou-2018-48/forslag/vitesforelaggande-skollagen/",
        "/remissvar/utbildningsnamnden/",
        "/remissvar/positioner/?stance=hesitant",
    ):
        page = client.get(url).content.decode()
        assert "*får*" not in page, url
        assert "<em>får</em>" in page, url


@pytest.mark.parametrize(
    ("person", "wording", "expected"),
    [
        ("charlott-johansson", "Charlott Johansson, kommunchef Falkenbergs kommun", "kommunchef, Falkenbergs kommun"),
        ("christine-feuk", "Christine Feuk, SKL", "Sveriges kommuner och landsting"),
        ("charlott-johansson", "berättade om utvecklingsarbetet i sin gamla hemkommun, Oxelösund", "tidigare knuten till Oxelösunds kommun"),
        ("ardalan-shekarabi", "civilminister Ardalan Shekarabi", "civilminister"),
    ],
)  # fmt: skip
def test_a_role_reads_as_running_text_without_the_persons_name(person, wording, expected):
    role = Role.objects.get(person__slug=person, wording=wording)
    assert role.description == expected


def test_role_pages_read_well(client):
    page = client.get("/personer/christine-feuk/").content.decode()
    assert "Christine Feuk: Christine Feuk" not in page
    organisation = client.get("/organisationer/skl/").content.decode()
    assert (
        'Christine Feuk</a>: <span lang="sv">Sveriges kommuner och landsting</span>' in organisation
    )
    meeting = client.get("/forum/dialogmote-med-kommuner-och-landsting/").content.decode()
    # The role's title, not the source's words that repeat her name.
    assert 'Christine Feuk</a>, <span lang="sv">Christine Feuk' not in meeting
    assert 'Christine Feuk</a>, <a href="/organisationer/skl/"' in meeting
    people = client.get("/personer/").content.decode()
    assert "Tidigare: berättade" not in people
    assert "tidigare: berättade" not in people
    assert "Tidigare knuten till Oxelösunds kommun" in people


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Ärendet", True),
        ("En lärande tillsyn (SOU 2018:48)", True),
        ("Förvaltningen delar utredningens bedömning.", False),
        ("Förslag till beslut:", False),
        ("Stockholm den 25 oktober 2018", False),
        ("ANNA KÖNIG JERLMYR", False),
        ("1. Remissen besvaras.\n2. Paragrafen justeras.", False),
        ("en mening utan stor bokstav", False),
    ],
)
def test_subheadings_are_short_lines_that_end_no_sentence(paragraph, expected):
    assert is_subheading(paragraph) is expected
