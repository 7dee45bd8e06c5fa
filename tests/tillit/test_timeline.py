import datetime

import pytest

from tests.factories import make_meeting
from tillit.portal import timeline
from tillit.portal.timeline import entries

pytestmark = pytest.mark.django_db

URL = "/tidslinje/"


def placed(response):
    return [
        entry
        for _y, _i, months in response.context["years"]
        for _m, items in months
        for entry in items
    ]


def every_year(client, query=""):
    return [
        entry
        for year in ("2016", "2017", "2018")
        for entry in placed(client.get(f"{URL}?year={year}{query}"))
    ]


def test_the_timeline_starts_with_the_first_year_and_links_every_year(client):
    response = client.get(URL)
    assert response.context["year"] == "2016"
    assert {entry.date.year for entry in placed(response)} == {2016}
    labels = [label for label, _url, _current in response.context["year_links"]]
    assert labels == ["2016", "2017", "2018", "Utan känt datum"]
    assert 'href="?year=2017" aria-current' not in response.content.decode()
    assert 'href="?year=2016" aria-current="page"' in response.content.decode()


def test_timeline_is_in_date_order_with_everything_dated(client):
    items = every_year(client)
    dates = [entry.date for entry in items]
    assert dates == sorted(dates)
    kinds = {entry.kind for entry in items}
    assert kinds == {"meeting", "report", "remiss", "officials_report", "decision", "memorandum"}
    first, last = items[0], items[-1]
    assert (first.date, first.label) == (
        datetime.date(2016, 10, 17),
        "Dialogmöte med myndigheter och organisationer",
    )
    assert first.year_is_inferred
    assert (last.date, last.kind) == (datetime.date(2018, 10, 31), "remiss")
    assert len(items) == 24


def test_timeline_sequence_of_2018(client):
    labels = [(e.date.isoformat(), e.kind) for e in placed(client.get(URL + "?year=2018"))]
    assert labels[:4] == [
        ("2018-06-14", "meeting"),
        ("2018-06-14", "report"),
        ("2018-06-14", "report"),
        ("2018-06-14", "report"),
    ]
    assert labels.index(("2018-07-17", "officials_report")) < labels.index(
        ("2018-08-21", "decision")
    )
    assert ("2018-10-25", "memorandum") in labels


def test_inferred_years_are_marked_and_undated_items_listed_apart(client):
    assert "[2017, året härlett]" in client.get(URL + "?year=2017").content.decode()
    response = client.get(URL + "?year=utan-datum")
    assert [e.label for e in response.context["undated"]] == [
        "Startmöte om tillitsbaserad styrning i statliga myndigheter"
    ]
    assert placed(response) == []
    assert all(e.date for e in every_year(client))


def test_timeline_filter_by_kind_keeps_the_year(client):
    response = client.get(URL + "?year=2018&kind=decision&kind=memorandum")
    assert {e.kind for e in placed(response)} == {"decision", "memorandum"}
    assert len(placed(response)) == 7
    assert response.context["undated"] == []
    # The year links keep the kinds chosen.
    links = [url for _label, url, _current in response.context["year_links"]]
    assert links[0] == "?year=2016&kind=decision&kind=memorandum"


@pytest.mark.parametrize("query", ["kind=nonsense", "year=1066", "year=<script>"])
def test_timeline_refuses_an_unknown_kind_or_year(client, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    assert "<script>" not in response.content.decode()


def test_timeline_counts():
    placed_entries, undated = entries()
    # 6 dated meetings, 3 reports, 1 deadline, 8 dated reports/memoranda, 6 decisions.
    assert len(placed_entries) == 24
    assert len(undated) == 1


def test_a_busy_year_is_paginated(client, monkeypatch):
    monkeypatch.setattr(timeline, "ENTRIES_PER_PAGE", 5)
    for day in range(1, 13):
        make_meeting(date=datetime.date(2016, 11, day))
    response = client.get(URL + "?year=2016")
    assert len(placed(response)) == 5
    assert response.context["entry_count"] == 15
    assert response.context["paginator"].num_pages == 3
    last = client.get(URL + "?year=2016&page=3")
    assert len(placed(last)) == 5
    assert client.get(URL + "?year=2016&page=4").status_code == 404


def test_each_officials_report_says_who_wrote_it_and_for_whom(client):
    page = client.get(URL + "?year=2018").content.decode()
    assert "Tjänsteutlåtande från Socialförvaltningen till Socialnämnden" in page
    assert "Tjänsteutlåtande från Farsta stadsdelsförvaltning till Farsta stadsdelsnämnd" in page
    # The office answered in its own name; the source names no recipient.
    assert "Tjänsteutlåtande från Stadsledningskontoret<" in page
    assert "Tjänsteutlåtande till Stadsledningskontoret" not in page
