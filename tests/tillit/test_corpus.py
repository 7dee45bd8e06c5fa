"""The corpus as loaded from fixtures/corpus.json: complete, sourced, reproducible."""

import io
import re

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import call_command

from betankanden.models import Proposal, Report
from forum.models import Meeting, Participation, Theme
from remissvar.models import DecisionStep, Position, Remiss, Statement
from tests.conftest import CORPUS
from tillit.corpus.build import SOURCES_DIR
from tillit.models import Organisation, Person, Role, SearchDocument, SearchWord, Source

pytestmark = pytest.mark.django_db

CORPUS_APPS = ["tillit", "forum", "betankanden", "remissvar"]


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (Source, 5),
        (Organisation, 36),
        (Person, 16),
        (Role, 15),
        (Theme, 11),
        (Meeting, 7),
        (Participation, 25),
        (Report, 3),
        (Proposal, 23),
        (Remiss, 1),
        (DecisionStep, 4),
        (Statement, 8),
        (Position, 63),
    ],
)
def test_corpus_counts(model, expected):
    assert model.objects.count() == expected


def test_every_record_names_a_source():
    for model in apps.get_models():
        if model._meta.app_label not in CORPUS_APPS or model in (
            Source,
            SearchDocument,
            SearchWord,
        ):
            continue  # the search index repeats records and their words, it states nothing of its own
        field_names = {f.name for f in model._meta.get_fields()}
        for obj in model.objects.all():
            if "sources" in field_names:
                assert obj.sources.exists(), f"{model.__name__} {obj} has no source"
            elif "source" in field_names:
                assert obj.source_id, f"{model.__name__} {obj} has no source"
            elif model is Position:
                assert obj.statement.source_id
            elif model is DecisionStep:
                assert obj.remiss.source_id
            else:
                # Addressees are names the proposals use, sourced through them.
                assert model.__name__ == "Addressee", f"{model.__name__} has no source field"
                assert obj.proposals.exists()


def test_news_article_keeps_citation_but_no_text():
    article = Source.objects.get(kind="news_article")
    assert article.full_text == ""
    assert "Altinget" in article.citation


def test_official_sources_keep_their_full_text():
    official = list(Source.objects.official())
    assert len(official) == 4
    for source in official:
        saved = SOURCES_DIR / source.file_name
        assert source.full_text == saved.read_text(encoding="utf-8").strip()


def test_the_news_article_text_is_not_in_the_repository():
    article = Source.objects.get(kind="news_article")
    assert not (SOURCES_DIR / article.file_name).exists()


def test_role_wordings_are_verbatim_in_their_sources():
    for role in Role.objects.prefetch_related("sources"):
        texts = [s.full_text for s in role.sources.all() if s.full_text]
        assert any(role.wording in text for text in texts), role


def test_participation_descriptions_are_verbatim_in_their_sources():
    for participation in Participation.objects.exclude(description=""):
        texts = [s.full_text for s in participation.sources.all() if s.full_text]
        assert any(participation.description in text for text in texts), participation


def test_proposal_texts_are_verbatim_in_a_source():
    for proposal in Proposal.objects.prefetch_related("sources"):
        texts = [s.full_text for s in proposal.sources.all()]
        assert any(proposal.text in text for text in texts), proposal


def test_decision_steps_are_verbatim_in_the_document():
    for step in DecisionStep.objects.select_related("remiss__source"):
        assert step.text in step.remiss.source.full_text


def test_charlott_johansson_keeps_both_facts():
    roles = Role.objects.filter(person__slug="charlott-johansson")
    current = roles.get(is_former=False)
    former = roles.get(is_former=True)
    assert (current.title, current.organisation.name) == ("kommunchef", "Falkenbergs kommun")
    assert former.organisation.name == "Oxelösunds kommun"


def test_stadsdelsnamnder_and_namnder_belong_to_stockholms_stad():
    city = Organisation.objects.get(slug="stockholms-stad")
    for slug in [
        "socialnamnden",
        "utbildningsnamnden",
        "aldrenamnden",
        "farsta-stadsdelsnamnd",
        "hasselby-vallingby-stadsdelsnamnd",
        "norrmalms-stadsdelsnamnd",
    ]:
        assert Organisation.objects.get(slug=slug).parent == city
    assert Organisation.objects.get(slug="socialforvaltningen").ancestors() == [
        Organisation.objects.get(slug="socialnamnden"),
        city,
    ]


def test_themes_are_the_eleven_in_the_page_order():
    titles = list(Theme.objects.values_list("title", flat=True))
    assert len(titles) == 11
    assert titles[0].startswith("Introduktion till Tillitsdelegationens arbete")
    assert titles[3] == "En lärande tillsyn"
    assert titles[-1] == "En avslutande storkonferens om tillitsbaserad styrning och ledning"


def _dump():
    out = io.StringIO()
    objects = []
    for label in CORPUS_APPS:
        for model in apps.get_app_config(label).get_models():
            objects.extend(model.objects.order_by("pk"))
    serializers.serialize("json", objects, stream=out, use_natural_foreign_keys=True)
    return out.getvalue()


def test_loading_the_fixture_twice_changes_nothing():
    before = _dump()
    call_command("loaddata", str(CORPUS), verbosity=0)
    assert _dump() == before


def test_committed_fixture_is_what_the_builder_makes():
    out = io.StringIO()
    call_command("build_corpus", "--dry-run", stdout=out)
    assert "är aktuell" in out.getvalue(), "Run `make corpus` and commit fixtures/corpus.json"


def test_public_notes_use_no_file_prefixes_or_field_names():
    for proposal in Proposal.objects.exclude(note=""):
        assert not re.search(r"\b00[0-4]\b", proposal.note), proposal.slug
        assert "kind" not in proposal.note, proposal.slug
        # The portal's own words use Swedish quotation marks.
        assert '"' not in proposal.note, proposal.slug


def test_every_report_of_the_hand_over_has_its_recipient():
    for report in Report.objects.all():
        assert report.recipient == "civilminister Ardalan Shekarabi", report
        assert report.recipient_person.slug == "ardalan-shekarabi"


def test_a_participation_cites_both_pages_where_both_name_the_person():
    shirin = Participation.objects.get(
        meeting__slug="dialogmote-med-kommuner-och-landsting", person__slug="shirin-ahlback-oberg"
    )
    assert {s.slug for s in shirin.sources.all()} == {
        "forum-tillit",
        "forum-tillit-dialog-med-kommuner-och-landsting",
    }


def test_the_series_audience_is_not_stated_as_a_meetings_own(client):
    for slug in ("forum-tillit-ledarskap-och-medledarskap", "forum-tillit-en-larande-tillsyn"):
        meeting = Meeting.objects.get(slug=slug)
        assert meeting.audience_is_the_series
        page = client.get(meeting.get_absolute_url()).content.decode()
        assert "anges inte för just detta möte" in page
    assert not Meeting.objects.get(slug="dialogmote-med-forskare").audience_is_the_series


def test_the_portals_own_words_use_swedish_quotation_marks():
    from pathlib import Path

    from babel.messages.pofile import read_po
    from django.conf import settings

    written_here = [s.citation for s in Source.objects.all()]
    written_here += [m.date_reasoning for m in Meeting.objects.all()]
    written_here += [p.note for p in Proposal.objects.all()]
    assert all('"' not in text and "“" not in text for text in written_here)
    catalogue = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
    with catalogue.open("rb") as handle:
        swedish = [m.id for m in read_po(handle) if m.id]
    texts = [
        t for message in swedish for t in (message if isinstance(message, tuple) else (message,))
    ]
    # Straight quotes belong to HTML attributes only.
    assert [t for t in texts if re.sub(r'="[^"]*"', "", t).count('"') or "“" in t] == []
