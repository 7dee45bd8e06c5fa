import datetime

import pytest

from remissvar.models import Position, Stance

pytestmark = pytest.mark.django_db


def bodies(response, name="position_list"):
    return [item.statement.body.name for item in response.context[name]]


def test_hesitant_positions_answer_the_civil_servants_question(client):
    response = client.get("/remissvar/positioner/?stance=hesitant")
    page = response.content.decode()
    rows = {
        (p.statement.body.name, p.proposal.short_title) for p in response.context["position_list"]
    }
    assert rows == {
        ("Stadsledningskontoret", "Nationellt policylabb"),
        ("Utbildningsnämnden", "Vitesföreläggande blir frivilligt för Skolinspektionen"),
        # "har en god intention men ger liten vägledning för lösningen"
        ("Äldrenämnden", "Lokala mötesplatser för utveckling av offentlig sektor"),
    }
    assert "tveksam till om det är lämpligt" in page
    assert "tveksamt till hur effektivt ett policylabb" in page


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("report=sou-2018-48", lambda p: p.proposal.report.sou_number == "SOU 2018:48"),
        ("chapter=7.6", lambda p: p.proposal.chapter == "7.6"),
        ("body=farsta-stadsdelsnamnd", lambda p: p.statement.body.slug == "farsta-stadsdelsnamnd"),
        ("body_kind=district_committee", lambda p: p.statement.body.kind == "district_committee"),
        ("stance=supports_with_reservations", lambda p: p.stance == "supports_with_reservations"),
        ("date_from=2018-09-01", lambda p: p.statement.decision_date.isoformat() >= "2018-09-01"),
        ("date_to=2018-08-21", lambda p: p.statement.decision_date.isoformat() <= "2018-08-21"),
        # "policylab" too: the search finds a spelling one letter off.
        ("q=policylabb", lambda p: "policylab" in (p.passage + p.proposal.short_title).lower()),
    ],
)
def test_position_filters(client, query, check):
    response = client.get(f"/remissvar/positioner/?{query}&per_page=100")
    assert response.status_code == 200
    positions = list(response.context["position_list"])
    assert positions
    assert all(check(p) for p in positions)
    assert len(positions) < Position.objects.count()


def test_position_filter_by_proposal(client):
    position = Position.objects.get(
        statement__slug="utbildningsnamnden", proposal__slug="vitesforelaggande-skollagen"
    )
    # The proposal is named by its report's slug and its own, never by an id.
    response = client.get("/remissvar/positioner/?proposal=sou-2018-48.vitesforelaggande-skollagen")
    assert [p.pk for p in response.context["position_list"]] == [position.pk]
    # The field shows the proposal by name; the key stays in the URL.
    assert 'value="Vitesföreläggande blir frivilligt för Skolinspektionen (SOU 2018:48)"' in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    "value",
    [
        str(1),
        "sou-2018-48",
        "sou-2018-48.",
        ".vitesforelaggande-skollagen",
        "sou-2018-47.vitesforelaggande-skollagen",
    ],
)
def test_position_filter_refuses_ids_and_unknown_proposal_keys(client, value):
    assert client.get("/remissvar/positioner/", {"proposal": value}).status_code == 400


@pytest.mark.parametrize(
    "sort", ["body", "-body", "proposal", "-proposal", "stance", "-stance", "date", "-date"]
)
def test_position_sorts(client, sort):
    response = client.get(f"/remissvar/positioner/?sort={sort}&per_page=100")
    assert response.status_code == 200
    positions = list(response.context["position_list"])
    assert len(positions) == Position.objects.count()
    stances = list(Stance.values)
    key = {
        "body": lambda p: p.statement.body.name,
        "proposal": lambda p: p.proposal.chapter_sort,
        "stance": lambda p: stances.index(p.stance),
        # Statements without a decision (the memorandum, the office) have no date.
        "date": lambda p: p.statement.decision_date or datetime.date.min,
    }[sort.lstrip("-")]
    shown = [key(p) for p in positions]
    if sort == "date" or sort == "-date":
        # NULLs sort first on SQLite and last on PostgreSQL: compare the dated ones.
        shown = [value for value in shown if value != datetime.date.min]
    assert shown == sorted(shown, reverse=sort.startswith("-"))
    assert len(set(shown)) > 1


def test_position_sort_by_stance_follows_the_scale(client):
    response = client.get("/remissvar/positioner/?sort=stance&per_page=100")
    stances = [p.stance for p in response.context["position_list"]]
    scale = ["supports", "supports_with_reservations", "hesitant", "opposes", "comments_only"]
    assert stances == sorted(stances, key=scale.index)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("body_kind=district_committee", {"Farsta stadsdelsnämnd", "Hässelby-Vällingby stadsdelsnämnd", "Norrmalms stadsdelsnämnd"}),
        ("date_from=2018-09-01", {"Äldrenämnden", "Farsta stadsdelsnämnd"}),
        ("date_from=2018-08-22&date_to=2018-08-23", {"Utbildningsnämnden", "Hässelby-Vällingby stadsdelsnämnd", "Norrmalms stadsdelsnämnd"}),
        ("body=socialnamnden", {"Socialnämnden"}),
        ("q=vitesföreläggande", {"Utbildningsnämnden"}),
        ("stance=supports", None),
    ],
)  # fmt: skip
def test_statement_filters(client, query, expected):
    response = client.get(f"/remissvar/?{query}")
    assert response.status_code == 200
    found = {s.body.name for s in response.context["statement_list"]}
    if expected is not None:
        assert found == expected
    else:
        assert found


def test_statement_sort_by_date(client):
    response = client.get("/remissvar/?sort=-date")
    dates = [s.decision_date for s in response.context["statement_list"] if s.decision_date]
    assert dates == sorted(dates, reverse=True)


def test_statement_page_highlights_the_quoted_passages(client):
    response = client.get("/remissvar/utbildningsnamnden/")
    page = response.content.decode()
    position = Position.objects.get(
        statement__slug="utbildningsnamnden", proposal__slug="vitesforelaggande-skollagen"
    )
    assert f'href="#stycke-{position.paragraph_number}"' in page
    assert f'id="stycke-{position.paragraph_number}"' in page
    assert "<mark>Därför är förvaltningen tveksam" in page
    assert "23 augusti 2018" in page
    assert "27 juli 2018" in page


def test_statement_text_cannot_inject_markup(client, statement):
    statement.text += "\n\n<script>alert(1)</script>"
    statement.save()
    page = client.get(statement.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_remiss_page(client, remiss):
    page = client.get(remiss.get_absolute_url()).content.decode()
    for text in [
        "Finansdepartementet",
        "31 oktober 2018",
        "Dnr KS 2018/1086",
        "Borgarrådsberedningen tillstyrker",
        "Anna König Jerlmyr",
        "Norrmalms stadsdelsnämnd",
    ]:
        assert text in page, text


def test_proposal_page_lists_positions_and_bodies_that_did_not_address_it(client):
    response = client.get("/betankanden/sou-2018-47/forslag/nationellt-policylabb/")
    page = response.content.decode()
    stances = {
        p.statement.body.name: p.stance
        for group in response.context["groups"]
        for p in group["positions"]
    }
    assert stances["Stadsledningskontoret"] == "hesitant"
    not_addressed = {s.body.name for s in response.context["not_addressed"]}
    assert "Socialnämnden" in not_addressed
    assert not_addressed.isdisjoint(stances)
    assert "Tar inte upp förslaget" in page


LISTS = ["/remissvar/positioner/", "/remissvar/", "/forum/", "/personer/", "/organisationer/"]
BAD_FILTER_VALUES = {
    "/remissvar/positioner/": ["stance=nonsense", "date_from=2018-13-45", "chapter=abc", "proposal=abc", "report=nonsense"],
    "/remissvar/": ["stance=nonsense", "date_to=2018-13-45", "body=nonsense", "body_kind=x"],
    "/forum/": ["year=abc", "year=1999", "kind=nonsense", "theme=nonsense", "person=nobody"],
    "/personer/": ["kind=nonsense", "role=nonsense", "organisation=nonsense"],
    "/organisationer/": ["kind=nonsense", "parent=nonsense", "role=nonsense"],
}  # fmt: skip
COMMON_BAD_VALUES = [("per_page=7", 400), ("sort=password", 400), ("q=" + "x" * 5000, 400), ("page=abc", 404), ("page=99999", 404)]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "query", "status"),
    [(url, query, 400) for url, queries in BAD_FILTER_VALUES.items() for query in queries]
    + [(url, query, status) for url in LISTS for query, status in COMMON_BAD_VALUES],
)
def test_bad_input_is_a_4xx_never_a_500(client, url, query, status):
    response = client.get(f"{url}?{query}")
    assert response.status_code == status
    if status == 400:
        assert "Filtret kunde inte användas" in response.content.decode()


def test_invalid_filter_value_gets_the_form_message(client):
    response = client.get("/remissvar/positioner/?stance=nonsense&date_from=2018-13-45")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Filtret kunde inte användas" in page
    assert "nonsense" in page  # Django's message names the refused choice
    assert response.context["result_count"] == 0


def test_long_query_is_refused_not_echoed_raw(client):
    response = client.get("/remissvar/positioner/?q=" + "<b>" * 2000)
    assert response.status_code == 400
    assert "<b><b>" not in response.content.decode()


def test_positions_are_cards_whose_quote_runs_full_width(client):
    page = client.get("/remissvar/positioner/?stance=hesitant").content.decode()
    assert '<ol class="position-cards">' in page
    assert "<table" not in page.split('id="resultat"')[1]
    card = page.split('<li class="position-card">')[1]
    # Who, about what, the stance, then the words.
    assert card.index("Stadsledningskontoret") < card.index("Nationellt policylabb")
    assert card.index("Tveksam") < card.index("<blockquote")
