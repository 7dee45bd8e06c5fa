"""The stance matrix's CSV and Excel download: every cell the page shows, one row each."""

import io

import pytest
from openpyxl import load_workbook

from tests.downloads import download, read_csv
from tillit import exports

pytestmark = pytest.mark.django_db

URL = "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/"
COLUMNS = [
    "statement", "body", "body_slug", "body_kind", "statement_kind", "report",
    "proposal_chapter", "proposal", "proposal_slug", "stance", "adopted_from",
]  # fmt: skip


def with_format(url, format_):
    return f"{url}{'&' if '?' in url else '?'}format={format_}"


def shown(response):
    """
    [(body, proposal, stance or "not_addressed", adopted from)] in the order the
    page reads them, row by row: every cell of the grid.
    """
    columns = response.context["columns"]
    cells = []
    for _label, rows in response.context["row_groups"]:
        for row in rows:
            for column, cell in zip(columns, row.cells, strict=True):
                body, proposal = (
                    (column.label, row.header.label)
                    if response.context["matrix"].transposed
                    else (row.header.label, column.label)
                )
                adopted = getattr(cell.position, "adopted", False)
                cells.append(
                    (
                        body,
                        proposal,
                        cell.stance or "not_addressed",
                        cell.position.source.statement.slug if adopted else "",
                    )
                )
    return cells


def exported(rows):
    return [(r["body"], r["proposal"], r["stance"], r["adopted_from"]) for r in rows]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "stance=hesitant",
        "report=sou-2018-48&body_kind=district_committee",
        "chapter=7.6",
        "disagreement=on",
        "transpose=on",
        "transpose=on&stance=opposes&stance=hesitant",
    ],
)
def test_the_csv_lists_exactly_the_cells_the_page_shows_in_its_order(client, query):
    url = f"{URL}?{query}" if query else URL
    page = client.get(url)
    assert page.status_code == 200
    assert page.context["paginator"].num_pages == 1  # so the page shows every cell
    response, content = download(client, with_format(url, "csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="matris-tillitsdelegationens-betankanden-ks-2018-1086.csv"'
    )
    rows = read_csv(content)
    assert list(rows[0]) == COLUMNS
    assert exported(rows) == shown(page)
    assert len(rows) == page.context["matrix"].cell_count() > 0


def test_the_whole_matrix_has_a_row_for_every_body_and_proposal(client):
    _response, content = download(client, with_format(URL, "csv"))
    rows = read_csv(content)
    assert len(rows) == 8 * 23
    policylab = {r["body"]: r for r in rows if r["proposal"] == "Nationellt policylabb"}
    assert policylab["Stadsledningskontoret"]["stance"] == "hesitant"
    assert policylab["Socialnämnden"]["stance"] == "not_addressed"
    assert policylab["Farsta stadsdelsnämnd"]["body_slug"] == "farsta-stadsdelsnamnd"
    assert policylab["Farsta stadsdelsnämnd"]["report"] == "SOU 2018:47"
    # The city's answer carries its office's view by reference: the page's "*".
    assert policylab["Stockholms stad"]["stance"] == "hesitant"
    assert policylab["Stockholms stad"]["adopted_from"] == "stadsledningskontoret"
    assert policylab["Stockholms stad"]["statement_kind"] == "memorandum"


def test_the_xlsx_holds_the_same_rows_with_a_frozen_header(client):
    response, content = download(client, with_format(URL + "?transpose=on", "xlsx"))
    assert response["Content-Disposition"] == (
        'attachment; filename="matris-tillitsdelegationens-betankanden-ks-2018-1086.xlsx"'
    )
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet.freeze_panes == "A2"
    header, *cells = list(sheet.values)
    assert list(header) == COLUMNS
    _response, csv_content = download(client, with_format(URL + "?transpose=on", "csv"))
    as_csv = read_csv(csv_content)
    # Empty text is an empty cell in Excel, as in the lists' downloads.
    assert [[value or "" for value in row] for row in cells] == [list(r.values()) for r in as_csv]
    page = client.get(URL + "?transpose=on")
    stance = header.index("stance")
    assert [(r[1], r[7], r[stance]) for r in cells] == [c[:3] for c in shown(page)]


def test_the_download_is_every_page_of_the_matrix_not_the_one_shown(client, large_remiss):
    url = f"/remisser/{large_remiss.slug}/matris/"
    first, second = client.get(url), client.get(url + "?page=2")
    assert first.context["paginator"].num_pages == 2
    _response, content = download(client, with_format(url + "?page=2", "csv"))
    assert exported(read_csv(content)) == shown(first) + shown(second)


def test_the_download_costs_the_same_queries_however_large_the_remiss(
    client, large_remiss, django_assert_num_queries
):
    # The remiss, its statements, its proposals, every stance.
    with django_assert_num_queries(4):
        download(client, with_format(URL, "csv"))
    with django_assert_num_queries(4):
        download(client, with_format(f"/remisser/{large_remiss.slug}/matris/", "xlsx"))
    # A report filter asks the form's choices once more.
    with django_assert_num_queries(5):
        download(client, with_format(URL + "?report=sou-2018-48", "csv"))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("format=pdf", "Okänt format 'pdf': välj csv eller xlsx."),
        ("format=csv&chapter=sju", "Filtret kunde inte användas: chapter:"),
        ("format=xlsx&stance=nonsense", "Filtret kunde inte användas: stance:"),
        ("format=csv&report=nonsense", "Filtret kunde inte användas: report:"),
    ],
)
def test_a_bad_format_or_filter_gets_a_400_that_says_why(client, query, message):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith(message)


def test_a_matrix_larger_than_a_download_may_be_is_refused(client, monkeypatch):
    monkeypatch.setattr(exports, "MAX_ROWS", 100)
    response = client.get(with_format(URL, "csv"))
    assert response.status_code == 400
    assert response.content.decode().startswith("Listan har 184 rader")
    assert client.get(with_format(URL + "?report=sou-2018-48", "csv")).status_code == 200


def test_an_unknown_remiss_has_no_matrix_to_download(client):
    assert client.get("/remisser/finns-inte/matris/?format=csv").status_code == 404


def test_the_page_links_to_its_download_with_its_filters_but_not_its_page(client):
    page = client.get(URL + "?stance=hesitant&transpose=on&page=1")
    assert page.context["exports"] == [
        ("CSV", "?stance=hesitant&transpose=on&format=csv"),
        ("Excel", "?stance=hesitant&transpose=on&format=xlsx"),
    ]
    html = page.content.decode()
    assert "Ladda ner hela matrisen:" in html
    assert '<a href="?stance=hesitant&amp;transpose=on&amp;format=csv" download>CSV</a>' in html
    english = client.get("/en" + URL).content.decode()
    assert '<a href="?format=xlsx" download>Excel</a>' in english
    # No link where the page has no matrix to give.
    assert "Ladda ner hela matrisen:" not in client.get(URL + "?chapter=sju").content.decode()
