"""The lists' CSV and Excel exports: the rows the filters select, in forms Excel reads."""

import datetime
import io

import pytest
from openpyxl import load_workbook

from remissvar.models import Position, Statement
from tests.downloads import download, read_csv
from tillit import exports
from tillit.models import Person

pytestmark = pytest.mark.django_db


def test_a_filtered_position_list_downloads_as_the_csv_of_its_rows(client):
    response, content = download(client, "/remissvar/positioner/?stance=hesitant&format=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="stallningstaganden.csv"'
    rows = read_csv(content)
    expected = Position.objects.filter(stance="hesitant")
    assert len(rows) == expected.count() > 0
    assert {row["stance"] for row in rows} == {"hesitant"}
    assert {row["passage"] for row in rows} == set(expected.values_list("passage", flat=True))
    # The page lists the same rows in the same order.
    page = client.get("/remissvar/positioner/?stance=hesitant&per_page=100")
    assert [row["passage"] for row in rows] == [p.passage for p in page.context["position_list"]]


def test_csv_dates_are_iso_and_every_column_has_a_stable_name(client):
    _response, content = download(client, "/remissvar/?format=csv")
    rows = read_csv(content)
    assert list(rows[0]) == [
        "statement", "body", "body_slug", "kind", "remiss_file_number", "decision_date",
        "report_date", "overall_stance", "url",
    ]  # fmt: skip
    assert len(rows) == Statement.objects.count()
    farsta = next(row for row in rows if row["body_slug"] == "farsta-stadsdelsnamnd")
    statement = Statement.objects.get(slug=farsta["statement"])
    assert farsta["decision_date"] == statement.decision_date.isoformat()
    # A file leaves the site: its links are whole.
    assert farsta["url"] == "http://testserver" + statement.get_absolute_url()


def test_the_xlsx_has_typed_cells_a_frozen_header_and_the_same_rows(client):
    response, content = download(client, "/remissvar/?format=xlsx&sort=-date")
    assert response["Content-Disposition"] == 'attachment; filename="remissvar.xlsx"'
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet.freeze_panes == "A2"
    header, *rows = list(sheet.values)
    _response, csv_content = download(client, "/remissvar/?format=csv&sort=-date")
    as_csv = read_csv(csv_content)
    assert list(header) == list(as_csv[0])
    assert [row[0] for row in rows] == [row["statement"] for row in as_csv]
    dates = [row[header.index("decision_date")] for row in rows]
    assert all(isinstance(date, datetime.datetime) for date in dates if date is not None)


@pytest.mark.parametrize(
    ("url", "message"),
    [("/remissvar/?format=pdf", "Okänt format 'pdf'"),
     ("/remissvar/positioner/?format=csv&stance=nonsense", "Filtret kunde inte användas")],
)  # fmt: skip
def test_a_bad_format_or_filter_gets_a_400_that_says_why(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_export_reads_its_rows_in_a_constant_number_of_queries(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        download(client, "/remissvar/positioner/?format=csv")


def test_the_list_links_to_its_exports_with_its_filters(client):
    page = client.get("/remissvar/positioner/?stance=hesitant&page=1&per_page=10")
    assert page.context["exports"] == [
        ("CSV", "?stance=hesitant&format=csv"), ("Excel", "?stance=hesitant&format=xlsx"),
    ]  # fmt: skip
    assert '<a href="?stance=hesitant&amp;format=csv" download>CSV</a>' in page.content.decode()


@pytest.mark.parametrize(
    ("url", "context_name", "key_column"),
    [
        ("/forum/?sort=-date", "meeting_list", "meeting"),
        ("/organisationer/?kind=district_committee", "organisation_list", "organisation"),
        ("/personer/", "person_list", "person"),
        ("/remissvar/?body=farsta-stadsdelsnamnd", "statement_list", "statement"),
        ("/remissvar/positioner/?report=sou-2018-48", "position_list", None),
    ],
)
def test_every_filtered_list_exports_the_rows_it_shows_in_both_formats(
    client, url, context_name, key_column
):
    shown = list(client.get(url + "&per_page=100" if "?" in url else url + "?per_page=100")
                 .context[context_name])  # fmt: skip
    separator = "&" if "?" in url else "?"
    _response, content = download(client, f"{url}{separator}format=csv")
    rows = read_csv(content)
    assert len(rows) == len(shown) > 0
    if key_column:
        assert [row[key_column] for row in rows] == [record.slug for record in shown]
    _response, content = download(client, f"{url}{separator}format=xlsx")
    header, *cells = load_workbook(io.BytesIO(content)).active.values
    assert list(header) == list(rows[0])
    assert len(cells) == len(rows)
    if key_column:
        assert [row[0] for row in cells] == [record.slug for record in shown]


def test_a_person_export_lists_every_role_without_a_query_per_person(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4):
        _response, content = download(client, "/personer/?format=csv")
    roles = {row["person"]: row["roles"] for row in read_csv(content)}
    for person in Person.objects.prefetch_related("roles__organisation"):
        assert roles[person.slug] == " | ".join(str(r.description) for r in person.roles.all())
    assert any(roles.values())


def test_a_list_longer_than_a_download_may_be_is_refused_with_a_message(client, monkeypatch):
    monkeypatch.setattr(exports, "MAX_ROWS", 3)
    response = client.get("/remissvar/positioner/?format=csv")
    assert response.status_code == 400
    assert response.content.decode() == (
        f"Listan har {Position.objects.count()} rader; en nedladdning rymmer högst 3. "
        "Avgränsa med filtren."
    )
    assert exports.swedish_number(1_000_000) == "1\u00a0000\u00a0000"
    assert client.get("/remissvar/?format=csv&body=farsta-stadsdelsnamnd").status_code == 200


def test_the_links_in_a_download_are_at_the_site_origin(client, settings):
    settings.TILLIT_SITE_URL = "https://kunskapsbank.example.se"
    _response, content = download(client, "/remissvar/positioner/?format=csv&stance=hesitant")
    rows = read_csv(content)
    assert rows
    assert all(
        row["statement_url"].startswith("https://kunskapsbank.example.se/remissvar/")
        for row in rows
    )
