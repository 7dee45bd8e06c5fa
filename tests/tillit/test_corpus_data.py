"""
The curated data and its two tools: the builder (YAML -> fixture) and the
export (database -> YAML), which carries editors' corrections back.
"""

import io
import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from ruamel.yaml import YAML

from forum.models import Meeting, Participation
from remissvar.models import Statement
from tillit.corpus.build import CURATED_DIR, SOURCES_DIR, CorpusError, build
from tillit.corpus.export import export
from tillit.models import Organisation

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def curated(tmp_path):
    """A copy of the curated data to change."""
    folder = tmp_path / "curated"
    shutil.copytree(CURATED_DIR, folder)
    return folder


def edit(folder, name, change):
    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    path = folder / f"{name}.yaml"
    document = yaml.load(path.read_text(encoding="utf-8"))
    change(document)
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(document, handle)


def test_export_of_the_loaded_corpus_is_the_curated_data_byte_for_byte():
    texts, warnings = export()
    assert warnings == []
    for name, text in texts.items():
        assert text == (CURATED_DIR / f"{name}.yaml").read_text(encoding="utf-8"), name


def test_a_correction_in_the_database_reaches_the_fixture(curated, tmp_path):
    meeting = Meeting.objects.get(slug="dialogmote-med-forskare")
    meeting.audience = "Forskare inom offentlig förvaltning"
    meeting.save()
    Organisation.objects.create(
        name="Ny nämnd",
        slug="ny-namnd",
        kind="committee",
        parent=Organisation.objects.get(slug="stockholms-stad"),
    )
    Participation.objects.filter(meeting__slug="forum-tillit-en-larande-tillsyn", order=2).delete()

    out, _err = run("export_corpus", "--curated", str(curated))
    assert "forum.yaml" in out
    text = (curated / "forum.yaml").read_text(encoding="utf-8")
    assert "audience: Forskare inom offentlig förvaltning" in text
    # Comments stay where they were.
    assert "# Most dates lack a year." in text

    fixture = tmp_path / "corpus.json"
    run("build_corpus", "--curated", str(curated), "--output", str(fixture))
    built = fixture.read_text(encoding="utf-8")
    assert '"audience": "Forskare inom offentlig förvaltning"' in built
    assert '"slug": "ny-namnd"' in built
    participations = [
        obj["fields"]
        for obj in json.loads(built)
        if obj["model"] == "forum.participation"
        and obj["fields"]["meeting"] == ["forum-tillit-en-larande-tillsyn"]
    ]
    # The moderator (the second) is gone; the rest are numbered 1 to 11 again.
    assert [p["order"] for p in participations] == list(range(1, 12))
    assert [p["role"] for p in participations[:2]] == ["host", "speaker"]


def test_an_edited_statement_text_is_reported_not_lost(curated):
    statement = Statement.objects.get(slug="farsta-stadsdelsnamnd")
    statement.text += "\n\nEtt stycke som inte finns i källan."
    statement.save()
    _out, err = run("export_corpus", "--curated", str(curated))
    assert "farsta-stadsdelsnamnd" in err
    assert "kan inte föras tillbaka automatiskt" in err


def test_export_dry_run_writes_nothing(curated):
    Meeting.objects.filter(slug="dialogmote-med-forskare").update(audience="Ändrad")
    before = (curated / "forum.yaml").read_text(encoding="utf-8")
    out, _err = run("export_corpus", "--curated", str(curated), "--dry-run")
    assert "forum.yaml" in out
    assert (curated / "forum.yaml").read_text(encoding="utf-8") == before


def test_export_says_when_nothing_changed(curated):
    out, _err = run("export_corpus", "--curated", str(curated))
    assert "redan aktuell" in out


def test_a_quote_not_in_its_source_stops_the_build_and_names_the_record(curated):
    def misquote(document):
        document["statements"][3]["positions"][0]["passage"] = "Ett citat som inte finns."

    edit(curated, "remissvar", misquote)
    with pytest.raises(CorpusError, match="Position of utbildningsnamnden on"):
        build(curated, SOURCES_DIR)
    with pytest.raises(CommandError, match="not verbatim"):
        run("build_corpus", "--curated", str(curated), "--dry-run")


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        ("tillit", lambda d: d["roles"][0].update(wording="Laura Hartman, chef"), "Role of"),
        ("betankanden", lambda d: d["proposals"][0].update(text="Påhittad text."), "Proposal"),
        ("forum", lambda d: d["themes"][0].update(title="Påhittat tema"), "Theme 1"),
        (
            "remissvar",
            lambda d: d["remisses"][0]["decision_steps"][0].update(text="Nej."),
            "Decision",
        ),
        (
            "forum",
            lambda d: d["meetings"][0].update(titel="Stavfel i fältnamnet"),
            "unknown fields",
        ),
        ("betankanden", lambda d: d["proposals"][0].update(report="SOU 2018:47"), None),
    ],
)
def test_the_builder_checks_every_kind_of_quote_and_field_names(curated, name, change, message):
    edit(curated, name, change)
    if message is None:
        build(curated, SOURCES_DIR)  # an unchanged value builds
        return
    with pytest.raises(CorpusError, match=message):
        build(curated, SOURCES_DIR)


def test_a_statement_slice_that_does_not_match_is_refused(curated):
    edit(
        curated,
        "remissvar",
        lambda d: d["statements"][1]["text"].update(starts_at="Ingen sådan rad"),
    )
    with pytest.raises(CorpusError, match="Start line not found"):
        build(curated, SOURCES_DIR)
