import pytest
from django.core.exceptions import ValidationError

from betankanden.models import Proposal, Report, chapter_sort_key
from tests.asserts import assert_refused
from tests.factories import make_proposal, make_report

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "number", ["2018:47", "SOU 18:47", "SOU 2018-47", "sou 2018:47", "SOU 2018:"]
)
def test_sou_number_format_is_enforced_by_the_database(number):
    assert_refused(lambda: make_report(sou_number=number))


def test_sou_number_format_is_explained_to_editors():
    report = Report(sou_number="2018:47", slug="x", title="x", kind="main")
    with pytest.raises(ValidationError, match="SOU ÅÅÅÅ:NN"):
        report.full_clean()


def test_sou_number_is_unique():
    assert_refused(lambda: make_report(sou_number="SOU 2018:47"))


def test_statute_change_must_name_its_statute():
    assert_refused(lambda: make_proposal(kind="statute_change", statute=""))


def test_only_statute_changes_name_a_statute():
    assert_refused(lambda: make_proposal(kind="recommendation", statute="skollagen"))


def test_chapter_format_is_enforced():
    assert_refused(lambda: make_proposal(chapter="kap 7"))


def test_proposal_slug_is_unique_per_report():
    report = make_report()
    make_proposal(report=report, slug="samma")
    assert_refused(lambda: make_proposal(report=report, slug="samma"))


def test_chapters_sort_as_numbers():
    assert chapter_sort_key("7.10") > chapter_sort_key("7.6") > chapter_sort_key("7")
    assert chapter_sort_key("") > chapter_sort_key("12.1")
    report = make_report()
    for chapter in ["7.10", "", "1.2", "7.6", "7"]:
        make_proposal(report=report, chapter=chapter)
    chapters = list(report.proposals.values_list("chapter", flat=True))
    assert chapters == ["1.2", "7", "7.6", "7.10", ""]


def test_reports_of_the_corpus():
    reports = {r.sou_number: r for r in Report.objects.all()}
    assert set(reports) == {"SOU 2018:47", "SOU 2018:48", "SOU 2018:38"}
    assert reports["SOU 2018:47"].title == "Med tillit växer handlingsutrymmet"
    assert reports["SOU 2018:47"].get_kind_display() == "Huvudbetänkande"
    assert reports["SOU 2018:48"].get_kind_display() == "Delbetänkande"
    assert reports["SOU 2018:38"].get_kind_display() == "Forskningsantologi"
    for report in reports.values():
        assert str(report.handed_over) == "2018-06-14"
    # Handed over together, to the same minister (the hand-over page).
    for report in reports.values():
        assert report.recipient_person.name == "Ardalan Shekarabi"


def test_statute_changes_of_the_corpus():
    school = Proposal.objects.get(slug="vitesforelaggande-skollagen")
    assert school.kind == "statute_change"
    assert "skollagen (2010:800)" in school.statute
    assert "26 kap. 27 §" in school.statute
    patient_safety = Proposal.objects.get(slug="patientsakerhetslagen-tillsynens-inriktning")
    assert patient_safety.chapter == "1.2"
    assert patient_safety.report.sou_number == "SOU 2018:48"


def test_policylab_and_grants_are_proposals_in_their_chapters():
    assert Proposal.objects.get(slug="nationellt-policylabb").chapter == "7.6"
    grants = Proposal.objects.get(slug="generella-statsbidrag")
    assert grants.chapter == "7.1"
    assert list(grants.addressees.values_list("slug", flat=True)) == ["regeringen"]


def test_proposal_str_and_url():
    proposal = Proposal.objects.get(slug="generella-statsbidrag")
    assert str(proposal) == "Generella statsbidrag som huvudprincip (kap. 7.1), SOU 2018:47"
    assert proposal.get_absolute_url() == "/betankanden/sou-2018-47/forslag/generella-statsbidrag/"
