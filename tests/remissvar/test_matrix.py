import pytest

from remissvar.matrix import StanceMatrix, disagrees
from remissvar.models import Remiss

pytestmark = pytest.mark.django_db

URL = "/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/"


def cells(response):
    """{(row label, column label): stance or None} as the page shows them."""
    columns = [c.label for c in response.context["columns"]]
    found = {}
    for _label, rows in response.context["row_groups"]:
        for row in rows:
            for column, cell in zip(columns, row.cells, strict=True):
                found[(row.header.label, column)] = cell.stance
    return found


@pytest.mark.parametrize(
    ("body", "proposal", "stance"),
    [
        (
            "Utbildningsnämnden",
            "Vitesföreläggande blir frivilligt för Skolinspektionen",
            "hesitant",
        ),
        ("Utbildningsnämnden", "Generella statsbidrag som huvudprincip", "supports"),
        ("Stadsledningskontoret", "Nationellt policylabb", "hesitant"),
        # "Därför är det centralt att denna dimension kommer att bli en uttalad del i
        # policylabbets uppdrag": a requirement, so support with reservations.
        ("Äldrenämnden", "Nationellt policylabb", "supports_with_reservations"),
        ("Farsta stadsdelsnämnd", "Nationellt policylabb", "supports"),
        ("Stockholms stad", "Generella statsbidrag som huvudprincip", "supports"),
        ("Äldrenämnden", "Frikommunförsök", "supports_with_reservations"),
        ("Stadsledningskontoret", "Frikommunförsök", "comments_only"),
        (
            "Hässelby-Vällingby stadsdelsnämnd",
            "Situations- och verksamhetsanpassad tillsyn",
            "supports",
        ),
        ("Norrmalms stadsdelsnämnd", "Situations- och verksamhetsanpassad tillsyn", "supports"),
        # Not addressed is a state of its own.
        ("Socialnämnden", "Nationellt policylabb", None),
        (
            "Norrmalms stadsdelsnämnd",
            "Vitesföreläggande blir frivilligt för Skolinspektionen",
            None,
        ),
    ],
)
def test_matrix_cells_of_the_corpus(client, body, proposal, stance):
    assert cells(client.get(URL))[(body, proposal)] == stance


def test_matrix_shape_groups_and_totals(client):
    response = client.get(URL)
    assert len(response.context["columns"]) == 23
    groups = [label for label, _rows in response.context["row_groups"]]
    assert groups[0] == "Promemoria"
    assert set(groups[1:]) == {"Nämnd", "Stadsdelsnämnd", "Förvaltning/kontor"}
    rows = {row.header.label: row for _l, rows in response.context["row_groups"] for row in rows}
    assert {label: n for _v, label, n in rows["Farsta stadsdelsnämnd"].totals} == {"Tillstyrker": 5}
    assert {label: n for _v, label, n in rows["Utbildningsnämnden"].totals} == {
        "Tillstyrker": 3,
        "Tillstyrker med invändningar": 2,
        "Tveksam": 1,
    }
    columns = [c.label for c in response.context["columns"]]
    policylab = response.context["column_totals"][columns.index("Nationellt policylabb")]
    # The city's answer hesitates too, by its reference to stadsledningskontoret.
    assert {label: n for _v, label, n in policylab} == {
        "Tillstyrker": 1,
        "Tillstyrker med invändningar": 1,
        "Tveksam": 2,
    }
    page = response.content.decode()
    assert "<caption" in page
    assert 'scope="row"' in page
    assert 'scope="col"' in page
    assert "Tar inte upp" in page


def test_matrix_transposed(client):
    response = client.get(URL + "?transpose=on")
    assert len(response.context["columns"]) == 8
    assert cells(response)[("Nationellt policylabb", "Stadsledningskontoret")] == "hesitant"


def test_disagreement_filter_keeps_proposals_with_different_stances(client):
    response = client.get(URL + "?disagreement=on")
    columns = {c.label for c in response.context["columns"]}
    assert "Nationellt policylabb" in columns  # supports and hesitant
    assert "Vitesföreläggande blir frivilligt för Skolinspektionen" not in columns  # one body only
    assert "Generella statsbidrag som huvudprincip" not in columns  # everyone supports
    for (_body, proposal), stance in cells(response).items():
        assert proposal in columns
        assert stance is None or isinstance(stance, str)


def test_disagreement_rule():
    assert disagrees(["supports", "hesitant"])
    assert disagrees(["supports", "supports_with_reservations"])
    assert not disagrees(["supports", "supports", "comments_only"])
    assert not disagrees([])


@pytest.mark.parametrize(
    ("query", "columns", "rows"),
    [
        ("stance=hesitant", {"Nationellt policylabb", "Vitesföreläggande blir frivilligt för Skolinspektionen", "Lokala mötesplatser för utveckling av offentlig sektor"}, {"Stockholms stad", "Stadsledningskontoret", "Utbildningsnämnden", "Äldrenämnden"}),
        ("report=sou-2018-48&body_kind=district_committee", None, {"Stockholms stad", "Farsta stadsdelsnämnd", "Hässelby-Vällingby stadsdelsnämnd", "Norrmalms stadsdelsnämnd"}),
        ("chapter=7.6", {"Nationellt policylabb", "Frikommunförsök", "Försöksverksamhet för att stärka det goda mötet", "Lokala mötesplatser för utveckling av offentlig sektor"}, None),
    ],
)  # fmt: skip
def test_matrix_filters(client, query, columns, rows):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    if columns is not None:
        assert {c.label for c in response.context["columns"]} == columns
    if rows is not None:
        assert {r.header.label for _l, rs in response.context["row_groups"] for r in rs} == rows


@pytest.mark.parametrize(
    "query", ["chapter=sju", "stance=nonsense", "report=nonsense", "body_kind=x"]
)
def test_matrix_refuses_bad_filters(client, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    assert "Filtret kunde inte användas" in response.content.decode()


def test_matrix_cell_links_to_the_quoted_paragraph(client):
    response = client.get(URL + "?stance=hesitant")
    assert "/remissvar/utbildningsnamnden/#stycke-" in response.content.decode()


def test_matrix_object_counts():
    matrix = StanceMatrix(Remiss.objects.get())
    assert matrix.cell_count() == 8 * 23


def test_columns_are_grouped_by_report(client):
    response = client.get(URL)
    assert response.context["column_groups"] == [("SOU 2018:47", 19), ("SOU 2018:48", 4)]
    assert 'scope="colgroup" colspan="19"' in response.content.decode()
    transposed = client.get(URL + "?transpose=on")
    labels = [label for label, _n in transposed.context["column_groups"]]
    assert labels[0] == "Promemoria"
    assert sum(n for _l, n in transposed.context["column_groups"]) == 8


@pytest.mark.parametrize("transpose", [False, True], ids=["rows", "columns"])
def test_a_large_matrix_pages_its_statements_and_totals_count_them_all(
    client, large_remiss, transpose
):
    url = f"/remisser/{large_remiss.slug}/matris/" + ("?transpose=on" if transpose else "")
    response = client.get(url)
    assert response.context["paginator"].count == 30
    shown = (
        response.context["columns"]
        if transpose
        else [row for _label, rows in response.context["row_groups"] for row in rows]
    )
    assert len(shown) == 25
    totals = (
        response.context["column_totals"]
        if not transpose
        else [row.totals for _label, rows in response.context["row_groups"] for row in rows]
    )
    # The proposals' totals count all 30 answers, not only this page's 25.
    assert sorted(count for total in totals for _v, _l, count in total) == [10, 20]
    second = client.get(url + ("&" if transpose else "?") + "page=2")
    assert second.status_code == 200
    assert (
        len(
            second.context["columns"]
            if transpose
            else [row for _label, rows in second.context["row_groups"] for row in rows]
        )
        == 5
    )
    assert "Sida 2 av 2: 30 remissvar, 25 i taget. Summorna räknar alla." in second.content.decode()


def test_matrix_cells_link_to_the_quoted_paragraph_without_a_query_each(
    client, large_remiss, django_assert_num_queries
):
    with django_assert_num_queries(7):
        page = client.get(f"/remisser/{large_remiss.slug}/matris/").content.decode()
    assert "#stycke-1" in page
