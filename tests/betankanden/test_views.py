import re

import pytest

from betankanden.models import Report
from tests.factories import make_report

pytestmark = pytest.mark.django_db

POLICYLAB = "/betankanden/sou-2018-47/forslag/nationellt-policylabb/"


def test_reception_of_a_proposal_in_numbers_and_bar(client):
    response = client.get(POLICYLAB)
    parts = {part["key"]: part for part in response.context["bar"]}
    assert {key: part["count"] for key, part in parts.items()} == {
        "supports": 1,
        # Äldrenämnden asks that digitalisation be part of the policylab's remit.
        "supports_with_reservations": 1,
        # Stadsledningskontoret, and the city's answer that adopts its views.
        "hesitant": 2,
        "none": 4,
    }
    assert sum(part["width"] for part in parts.values()) == pytest.approx(100, abs=0.1)
    page = response.content.decode()
    # Read as text: a glossary term may be marked up inside a label.
    text = re.sub(r"<[^>]+>", "", page)
    assert "Tillstyrker: 1" in text
    assert "Tveksam: 2" in text
    # Coordinates stay plain numbers in Swedish, where 37.5 would print as 37,5.
    assert 'x="50.0" y="0" width="50.0"' in page


def test_passages_grouped_by_stance_with_links(client):
    page = client.get(POLICYLAB).content.decode()
    assert page.index("<h3>Tillstyrker (1)</h3>") < page.index("<h3>Tveksam (2)</h3>")
    assert "/remissvar/stadsledningskontoret/#stycke-" in page


def test_report_groups_proposals_by_chapter_in_number_order(client):
    page = client.get("/betankanden/sou-2018-47/").content.decode()
    assert page.index("Kapitel 7.1") < page.index("Kapitel 7.5") < page.index("Kapitel 7.6")
    assert "Kapitel anges inte i källorna" in page


def test_addressees_read_without_capitals_mid_phrase(client):
    page = client.get(POLICYLAB).content.decode()
    assert 'Riktat till</dt><dd lang="sv">regeringen</dd>' in page
    assert "Regeringen" not in page.split("Riktat till")[1][:80]
    report = client.get("/betankanden/sou-2018-47/").content.decode()
    assert 'riktat till <span lang="sv">regeringen' in report


def test_a_proposal_with_many_positions_shows_the_first_of_each_stance_and_links_the_rest(client):
    from remissvar.reception import SHOWN_PER_STANCE
    from tests.factories import make_position, make_proposal

    proposal = make_proposal()
    for _ in range(SHOWN_PER_STANCE + 5):
        make_position(proposal=proposal, stance="opposes")
    make_position(proposal=proposal, stance="supports")
    response = client.get(proposal.get_absolute_url())
    groups = {group["stance"]: group for group in response.context["groups"]}
    assert groups["opposes"]["count"] == SHOWN_PER_STANCE + 5
    assert len(groups["opposes"]["positions"]) == SHOWN_PER_STANCE
    assert groups["opposes"]["more"] == 5
    assert groups["supports"]["more"] == 0
    page = response.content.decode()
    link = f"/remissvar/positioner/?proposal={proposal.key}&amp;stance=opposes"
    assert f'href="{link}"' in page
    assert "Visa alla 15 ställningstaganden: avstyrker" in page
    # The link leads to all of them, paginated.
    listed = client.get(link.replace("&amp;", "&"))
    assert listed.context["paginator"].count == SHOWN_PER_STANCE + 5


def test_the_report_list_pages_and_counts_each_reports_proposals(client):
    for _ in range(30):
        make_report()
    report = Report.objects.get(sou_number="SOU 2018:47")
    first = client.get("/betankanden/")
    assert first.context["paginator"].count == Report.objects.count()
    assert len(first.context["report_list"]) == 25
    shown = {row.sou_number: row.proposal_count for row in first.context["report_list"]}
    assert shown["SOU 2018:47"] == report.proposals.count() > 0
    assert 'rel="next"' in first.content.decode()
    last = client.get("/betankanden/?page=2")
    assert len(last.context["report_list"]) == Report.objects.count() - 25
    assert client.get("/betankanden/?page=99").status_code == 404


def test_the_proposal_list_filters_by_report_kind_chapter_and_addressee(client):
    from betankanden.models import Proposal

    response = client.get("/betankanden/forslag/?report=sou-2018-47&chapter=7.6&per_page=100")
    assert response.status_code == 200
    shown = set(response.context["proposal_list"])
    assert shown == set(Proposal.objects.filter(report__slug="sou-2018-47", chapter="7.6"))
    assert "Nationellt policylabb" in response.content.decode()
    addressee = Proposal.objects.filter(addressees__isnull=False).first().addressees.first()
    response = client.get(f"/betankanden/forslag/?addressee={addressee.slug}&per_page=100")
    assert set(response.context["proposal_list"]) == set(addressee.proposals.all())
    response = client.get("/betankanden/forslag/?kind=statute_change&per_page=100")
    assert {p.kind for p in response.context["proposal_list"]} == {"statute_change"}


def test_the_proposal_list_downloads_its_rows(client):
    import csv
    import io

    response = client.get("/betankanden/forslag/?report=sou-2018-48&format=csv")
    assert response.status_code == 200
    rows = list(
        csv.DictReader(
            io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")), delimiter=";"
        )
    )
    page = client.get("/betankanden/forslag/?report=sou-2018-48&per_page=100")
    assert [row["proposal"] for row in rows] == [p.key for p in page.context["proposal_list"]]
    assert {row["report"] for row in rows} == {"SOU 2018:48"}


def test_a_bad_proposal_filter_gets_a_400(client):
    response = client.get("/betankanden/forslag/?chapter=sju")
    assert response.status_code == 400
    assert "Skriv kapitlet som siffror" in response.content.decode()
