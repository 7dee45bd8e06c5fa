import datetime

import pytest

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


def test_timeline_is_in_date_order_with_everything_dated(client):
    response = client.get(URL)
    items = placed(response)
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


def test_timeline_sequence_of_2018(client):
    labels = [(e.date.isoformat(), e.kind) for e in placed(client.get(URL)) if e.date.year == 2018]
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


def test_inferred_years_are_marked_and_undated_items_not_placed(client):
    response = client.get(URL)
    page = response.content.decode()
    assert "[2017, året härlett]" in page
    assert [e.label for e in response.context["undated"]] == [
        "Startmöte om tillitsbaserad styrning i statliga myndigheter"
    ]
    assert all(e.date for e in placed(response))


def test_timeline_filter_by_kind(client):
    response = client.get(URL + "?kind=decision&kind=memorandum")
    assert {e.kind for e in placed(response)} == {"decision", "memorandum"}
    assert len(placed(response)) == 7
    assert response.context["undated"] == []


def test_timeline_refuses_an_unknown_kind(client):
    response = client.get(URL + "?kind=nonsense")
    assert response.status_code == 400


def test_timeline_counts(client):
    placed_entries, undated = entries()
    # 6 dated meetings, 3 reports, 1 deadline, 8 dated reports/memoranda, 6 decisions.
    assert len(placed_entries) == 24
    assert len(undated) == 1


def test_each_officials_report_says_who_wrote_it_and_for_whom(client):
    page = client.get(URL).content.decode()
    assert "Tjänsteutlåtande från Socialförvaltningen till Socialnämnden" in page
    assert "Tjänsteutlåtande från Farsta stadsdelsförvaltning till Farsta stadsdelsnämnd" in page
    # The office answered in its own name; the source names no recipient.
    assert "Tjänsteutlåtande från Stadsledningskontoret<" in page
    assert "Tjänsteutlåtande till Stadsledningskontoret" not in page
