import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.conftest import CORPUS
from tillit.models import Source

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_load_corpus_leaves_existing_data_alone():
    source = Source.objects.get(slug="forum-tillit")
    source.title = "Rättad av redaktör"
    source.save()
    assert "läses inte in igen" in run("load_corpus")
    source.refresh_from_db()
    assert source.title == "Rättad av redaktör"


def test_load_corpus_force_restores_the_corpus():
    Source.objects.filter(slug="forum-tillit").update(title="Rättad av redaktör")
    assert "inlästa" in run("load_corpus", "--force")
    assert Source.objects.get(slug="forum-tillit").title == "Forum Tillit"


def test_load_corpus_dry_run_changes_nothing():
    Source.objects.filter(slug="forum-tillit").update(title="Rättad av redaktör")
    output = run("load_corpus", "--force", "--dry-run")
    assert "Skulle läsa in 223 objekt" in output
    assert Source.objects.get(slug="forum-tillit").title == "Rättad av redaktör"


def empty_the_corpus():
    from betankanden.models import Addressee, Proposal, Report
    from forum.models import Meeting, Participation, Theme
    from remissvar.models import DecisionStep, Position, Remiss, Statement
    from tillit.models import Organisation, Person, Role

    for model in [
        Position,
        Statement,
        DecisionStep,
        Remiss,
        Proposal,
        Addressee,
        Report,
        Participation,
        Meeting,
        Theme,
        Role,
        Person,
    ]:
        if model is Statement:
            # A statement that adopts another's views protects it: drop the reference first.
            Statement.objects.update(adopts_views_of=None, adoption_passage="")
        model.objects.all().delete()
    # Parents are protected while they have children: remove leaves first.
    while Organisation.objects.exists():
        Organisation.objects.filter(children__isnull=True).delete()
    Source.objects.all().delete()


def test_load_corpus_into_empty_database_loads():
    empty_the_corpus()
    assert "223 objekt inlästa" in run("load_corpus")
    assert Source.objects.count() == 5


def test_load_corpus_reports_a_missing_fixture(tmp_path):
    with pytest.raises(CommandError, match="finns inte"):
        run("load_corpus", "--force", "--fixture", str(tmp_path / "saknas.json"))


def test_build_corpus_writes_the_fixture(tmp_path):
    target = tmp_path / "corpus.json"
    assert "objekt skrivna" in run("build_corpus", "--output", str(target))
    assert target.read_text(encoding="utf-8") == CORPUS.read_text(encoding="utf-8")
    assert "redan aktuell" in run("build_corpus", "--output", str(target))


def test_build_corpus_dry_run_writes_nothing(tmp_path):
    target = tmp_path / "corpus.json"
    assert "skulle ändras" in run("build_corpus", "--dry-run", "--output", str(target))
    assert not target.exists()


def test_build_corpus_reports_missing_source_texts(tmp_path):
    with pytest.raises(CommandError, match="Source text missing"):
        run("build_corpus", "--dry-run", "--sources", str(tmp_path))
