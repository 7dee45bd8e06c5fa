import pytest

pytestmark = pytest.mark.django_db


def titles(response):
    return [meeting.title for meeting in response.context["meeting_list"]]


def test_meeting_list_shows_all_meetings_oldest_first(client):
    response = client.get("/forum/")
    assert response.context["result_count"] == 7
    assert titles(response)[0] == "Dialogmöte med myndigheter och organisationer"
    # The undated meeting cannot be placed in time: it comes last.
    assert titles(response)[-1] == "Startmöte om tillitsbaserad styrning i statliga myndigheter"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("year=2018", ["Överlämningsseminarium för betänkandena"]),
        ("theme=tema-4", ["Forum Tillit om En lärande tillsyn"]),
        ("kind=handover_seminar", ["Överlämningsseminarium för betänkandena"]),
        ("person=charlott-johansson", ["Dialogmöte med kommuner och landsting"]),
        ("organisation=skolinspektionen", ["Forum Tillit om En lärande tillsyn"]),
        ("role=moderator", ["Dialogmöte med myndigheter och organisationer", "Forum Tillit om En lärande tillsyn"]),
        ("q=forskare", ["Dialogmöte med forskare"]),
        ("q=FORSKARE", ["Dialogmöte med forskare"]),
        ("year=2016&kind=dialogue_meeting&person=laura-hartman", ["Dialogmöte med myndigheter och organisationer", "Dialogmöte med kommuner och landsting"]),
    ],
)  # fmt: skip
def test_meeting_filters(client, query, expected):
    response = client.get(f"/forum/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected
    assert len(response.context["active_filters"]) == query.count("=")


def test_meeting_sort_by_date_descending(client):
    response = client.get("/forum/?sort=-date")
    dates = [m.date for m in response.context["meeting_list"] if m.date]
    assert dates == sorted(dates, reverse=True)


def test_meeting_sort_by_title(client):
    names = titles(client.get("/forum/?sort=title"))
    assert names == sorted(names)


def test_active_filter_links_remove_one_filter_each(client):
    response = client.get("/forum/?year=2016&kind=dialogue_meeting&page=1")
    links = {f["label"]: f["url"] for f in response.context["active_filters"]}
    assert links["År"] == "?kind=dialogue_meeting"
    assert links["Typ av möte"] == "?year=2016"
    assert "Dialogmöte" in response.content.decode()


def test_page_size_and_pages(client):
    from tests.factories import make_meeting

    for number in range(1, 14):
        make_meeting(title=f"Extra möte {number:02}")
    # 7 + 13 = 20 meetings: two pages of 10, in title order across the pages.
    first = client.get("/forum/?sort=title&per_page=10")
    assert first.context["paginator"].per_page == 10
    assert first.context["paginator"].num_pages == 2
    second = client.get("/forum/?sort=title&per_page=10&page=2")
    titles = [m.title for m in first.context["meeting_list"]] + [
        m.title for m in second.context["meeting_list"]
    ]
    assert len(titles) == 20
    assert len(set(titles)) == 20
    assert titles == sorted(titles)
    page = second.content.decode()
    assert "Sida 2 av 2" in page
    assert 'rel="prev"' in page
    assert 'rel="next"' not in page
    # The default size is 25: everything on one page.
    assert client.get("/forum/").context["paginator"].num_pages == 1
    assert client.get("/forum/?per_page=10&page=3").status_code == 404


def test_empty_state(client):
    response = client.get("/forum/?q=finnsinteallsnagonstans")
    assert response.status_code == 200
    assert response.context["result_count"] == 0
    assert "Inget matchar de valda filtren" in response.content.decode()


def test_meeting_detail_groups_participants_by_role(client):
    response = client.get("/forum/forum-tillit-en-larande-tillsyn/")
    page = response.content.decode()
    groups = dict(response.context["meeting"].participations_by_role())
    assert [p.person.name for p in groups["Värd"]] == ["Laura Hartman"]
    assert {p.organisation.name for p in groups["Paneldeltagare"] if not p.person} == {
        "Arbetsmiljöverket",
        "Skolinspektionen",
        "Inspektionen för vård och omsorg",
        "Justitiekanslern",
    }
    assert "Vi granskar mer men ser mindre" in page
    assert "2017, året härlett" in page
    assert "vårt tredje" in page  # the reasoning, in text and not only on hover


def test_inferred_year_is_marked_in_english_too(client):
    page = client.get("/en/forum/forum-tillit-en-larande-tillsyn/").content.decode()
    assert '<html lang="en">' in page
    assert "[2017, year inferred]" in page
    assert "året härlett" not in page
    listing = client.get("/en/forum/").content.decode()
    assert "17 October [2016, year inferred]" in listing
