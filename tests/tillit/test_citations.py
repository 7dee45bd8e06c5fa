"""The "Citera" box and its downloads, read back with bibtexparser and rispy, against the database."""

import datetime
import html
import re

import bibtexparser
import pytest
import rispy

from betankanden.models import Proposal, Report
from remissvar.models import Position, Statement
from tillit.citations import Citation

pytestmark = pytest.mark.django_db

SITE = "https://kunskapsbank.example.se"
STATEMENT = "/remissvar/utbildningsnamnden/"
REPORT = "/betankanden/sou-2018-47/"
PROPOSAL = "/betankanden/sou-2018-47/forslag/nationellt-policylabb/"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.TILLIT_SITE_URL = SITE


@pytest.fixture
def statement(db):
    return Statement.objects.select_related("body__parent", "remiss").get(slug="utbildningsnamnden")


@pytest.fixture
def paragraph(statement):
    """A paragraph that a position quotes: one a reader would cite."""
    return Position.objects.filter(statement=statement).first().paragraph_number


def box(page):
    """The citation box's HTML."""
    match = re.search(r'<section class="citation".*?</section>', page, re.S)
    assert match, "no citation box"
    return match.group(0)


def plain(page):
    """The plain citation as a reader copies it: its text, the address included."""
    match = re.search(r'<p class="citation__text" lang="sv">(.*?)</p>', box(page), re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1)))


def shown(page, summary):
    """The BibTeX or RIS text as the box shows it."""
    match = re.search(rf"<summary>{summary}</summary>\s*<pre[^>]*>(.*?)</pre>", box(page), re.S)
    return html.unescape(match.group(1))


def download(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == f"{content_type}; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return response.content.decode()


def bibtex_fields(text):
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    [entry] = library.entries
    # Organisations and titles are braced once more, so no style splits or lower-cases them.
    return entry, {key: value.removeprefix("{").removesuffix("}") for key, value in entry.items()}


def test_a_statement_is_cited_by_its_body_title_decision_and_file_number(client, statement):
    page = client.get(STATEMENT).content.decode()
    text = plain(page)
    url = SITE + statement.get_absolute_url()
    assert text == (
        f"{statement.body.name} ({statement.body.parent.name}). "
        f"Remissvar: {statement.remiss.title}. "
        f"Beslutat {statement.decision_date.isoformat()}. "
        f"Dnr {statement.remiss.file_number} (Stockholms stad). {url}"
    )
    assert statement.decision_date == datetime.date(2018, 8, 23)
    assert f'<a href="{url}">' in box(page)
    # No access date: a cached page cannot know when it is read.
    assert "hämtad" not in text.lower()


def test_a_statements_bibtex_and_ris_parse_back_to_its_fields(client, statement):
    page = client.get(STATEMENT).content.decode()
    url = SITE + statement.get_absolute_url()
    bibtex = download(client, STATEMENT + "?cite=bibtex", "application/x-bibtex")
    assert bibtex == shown(page, "BibTeX")
    entry, fields = bibtex_fields(bibtex)
    assert entry.entry_type == "misc"
    assert entry.key == "utbildningsnamnden-2018"
    assert fields["author"] == "Utbildningsnämnden (Stockholms stad)"
    assert fields["title"] == f"Remissvar: {statement.remiss.title}"
    assert fields["year"] == "2018"
    assert fields["date"] == statement.decision_date.isoformat()
    assert f"Dnr {statement.remiss.file_number}" in fields["note"]
    assert fields["url"] == url

    ris = download(client, STATEMENT + "?cite=ris", "application/x-research-info-systems")
    assert ris == shown(page, "RIS")
    assert ris.startswith("TY  - GOVDOC\n")
    [record] = rispy.loads(ris)
    assert record["authors"] == ["Utbildningsnämnden (Stockholms stad)"]
    assert record["title"] == f"Remissvar: {statement.remiss.title}"
    assert record["date"] == "2018/08/23/"
    assert record["year"] == "2018"
    assert record["urls"] == [url]
    assert f"Dnr {statement.remiss.file_number}" in record["notes"][0]


def test_the_download_is_named_by_the_citation_key(client):
    response = client.get(STATEMENT + "?cite=ris")
    assert response["Content-Disposition"] == 'attachment; filename="utbildningsnamnden-2018.ris"'


def test_a_statement_without_a_decision_is_dated_by_its_text_and_says_so(client):
    statement = Statement.objects.get(slug="stadsledningskontoret")
    assert statement.decision_date is None
    text = plain(client.get(statement.get_absolute_url()).content.decode())
    assert f"Daterat {statement.report_date.isoformat()}." in text
    assert "Beslutat" not in text


def test_a_paragraph_is_cited_by_its_number_and_anchor(client, statement, paragraph):
    url = f"{STATEMENT}?stycke={paragraph}"
    page = client.get(url).content.decode()
    anchor = f"{SITE}{STATEMENT}#stycke-{paragraph}"
    text = plain(page)
    assert f"Stycke {paragraph}." in text
    assert text.endswith(anchor)
    assert statement.body.name in text
    # The anchor is the one the statement's page has always had.
    assert f'id="stycke-{paragraph}"' in page
    assert f'href="#stycke-{paragraph}"' in box(page)
    assert f'value="{paragraph}"' in box(page)

    entry, fields = bibtex_fields(download(client, url + "&cite=bibtex", "application/x-bibtex"))
    assert entry.key == f"utbildningsnamnden-2018-stycke-{paragraph}"
    assert fields["url"] == anchor
    assert f"Stycke {paragraph}." in fields["note"]
    [record] = rispy.loads(
        download(client, url + "&cite=ris", "application/x-research-info-systems")
    )
    assert record["urls"] == [anchor]
    assert f"Stycke {paragraph}." in record["notes"][0]


def test_the_statement_page_offers_a_paragraphs_citation_by_a_small_form(client, statement):
    page = client.get(STATEMENT).content.decode()
    form = re.search(r'<form method="get" action="#citera".*?</form>', box(page), re.S).group(0)
    count = len(statement.paragraphs())
    assert f'max="{count}"' in form
    assert '<label for="citera-stycke">' in form
    assert 'name="stycke"' in form
    # Not a box per paragraph: one box on the page.
    assert page.count('class="citation"') == 1


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("stycke=abc", 400, "Ange stycket med dess nummer i siffror"),
        ("stycke=-1", 400, "Ange stycket med dess nummer i siffror"),
        ("stycke=1.5", 400, "Ange stycket med dess nummer i siffror"),
        ("stycke=%D9%A3", 400, "Ange stycket med dess nummer i siffror"),
        ("stycke=0", 404, "Remissvaret har inget stycke 0."),
        ("stycke=999", 404, "Remissvaret har inget stycke 999."),
        ("stycke=" + "9" * 5000, 404, "Remissvaret har inget stycke 9999999."),
        ("stycke=999&cite=bibtex", 404, "Remissvaret har inget stycke 999."),
        ("cite=pdf", 400, "Citatet finns inte i formatet ”pdf”"),
        ("stycke=3&cite=BIBTEX", 400, "Välj bibtex eller ris"),
    ],
)
def test_a_query_the_box_cannot_answer_is_refused_with_a_message(client, query, status, message):
    response = client.get(f"{STATEMENT}?{query}")
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert message in html.unescape(box(response.content.decode()))


def test_a_bad_format_is_refused_on_a_report_too(client):
    response = client.get(REPORT + "?cite=xml")
    assert response.status_code == 400
    assert "Välj bibtex eller ris" in response.content.decode()


def test_a_report_is_cited_by_its_sou_number_and_title(client):
    report = Report.objects.get(slug="sou-2018-47")
    page = client.get(REPORT).content.decode()
    assert plain(page) == (
        f"{report.sou_number}. {report.title}: {report.subtitle}. Huvudbetänkande. "
        f"Överlämnat {report.handed_over.isoformat()}. {SITE}{report.get_absolute_url()}"
    )
    entry, fields = bibtex_fields(download(client, REPORT + "?cite=bibtex", "application/x-bibtex"))
    assert entry.entry_type == "techreport"
    assert entry.key == "sou-2018-47"
    assert fields["number"] == report.sou_number
    assert fields["title"] == f"{report.title}: {report.subtitle}"
    assert fields["type"] == "Huvudbetänkande"
    assert fields["year"] == str(report.handed_over.year)
    # The model names no author: none is made up.
    assert "author" not in fields
    [record] = rispy.loads(
        download(client, REPORT + "?cite=ris", "application/x-research-info-systems")
    )
    assert record["type_of_reference"] == "RPRT"
    assert record["issn"] == report.sou_number  # SN, a report's number
    assert record["date"] == report.handed_over.strftime("%Y/%m/%d/")


def test_a_proposal_is_cited_within_its_report(client):
    proposal = Proposal.objects.select_related("report").get(
        report__slug="sou-2018-47", slug="nationellt-policylabb"
    )
    report = proposal.report
    page = client.get(PROPOSAL).content.decode()
    assert plain(page) == (
        f"{proposal.short_title}. Förslag i {report.sou_number} {report.title}, "
        f"kapitel {proposal.chapter}. Överlämnat {report.handed_over.isoformat()}. "
        f"{SITE}{proposal.get_absolute_url()}"
    )
    entry, fields = bibtex_fields(
        download(client, PROPOSAL + "?cite=bibtex", "application/x-bibtex")
    )
    assert entry.key == "sou-2018-47-nationellt-policylabb"
    assert fields["title"] == proposal.short_title
    assert report.sou_number in fields["howpublished"]
    [record] = rispy.loads(
        download(client, PROPOSAL + "?cite=ris", "application/x-research-info-systems")
    )
    assert record["title"] == proposal.short_title
    assert record["secondary_title"] == f"{report.sou_number} {report.title}, kapitel 7.6"


def test_the_english_page_cites_in_swedish_marked_as_swedish(client):
    page = client.get("/en" + STATEMENT).content.decode()
    assert '<p class="citation__text" lang="sv">Utbildningsnämnden' in page
    assert f"{SITE}/en{STATEMENT}" in plain(page)


def test_the_box_marks_no_glossary_term(client):
    # "Remissvar" and "betänkanden" are glossary terms; a reference holds no links but its own.
    assert 'class="term"' not in box(client.get(STATEMENT).content.decode())


def test_tex_specials_are_escaped_and_the_entry_still_parses():
    citation = Citation(
        key="vard-2020",
        title="Vård & omsorg: 100 % #1_a $",
        url="https://example.se/a_b/#stycke-3",
        author="Vård & omsorg",
        date=datetime.date(2020, 1, 2),
    )
    _entry, fields = bibtex_fields(citation.bibtex())
    assert fields["title"] == r"Vård \& omsorg: 100 \% \#1\_a \$"
    assert fields["author"] == r"Vård \& omsorg"
    # The address is verbatim to biblatex.
    assert fields["url"] == "https://example.se/a_b/#stycke-3"
    [record] = rispy.loads(citation.ris())
    assert record["title"] == "Vård & omsorg: 100 % #1_a $"


def test_an_ris_value_stays_on_its_line():
    citation = Citation(key="a", title="Två\nrader", url="https://example.se/")
    assert "TI  - Två rader\n" in citation.ris()


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # As tests/test_query_counts.py pins the pages: the box and its
        # downloads are made from the rows the page reads anyway.
        (STATEMENT + "?stycke=3", 2),
        (STATEMENT + "?stycke=3&cite=bibtex", 1),
        (STATEMENT + "?cite=ris", 1),
        (REPORT + "?cite=ris", 4),
        (PROPOSAL + "?cite=bibtex", 3),
    ],
)
def test_the_box_costs_no_query(client, django_assert_num_queries, url, queries):
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
