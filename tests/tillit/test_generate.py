"""manage.py generate_corpus: data at scale, marked, reproducible, never in the corpus."""

import hashlib
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from betankanden.models import Proposal
from forum.models import Meeting, Participation
from remissvar.models import Position, Remiss, Statement
from tillit.corpus.build import CURATED_DIR
from tillit.corpus.export import export
from tillit.corpus.generate import Plan, generated_counts, real_rows, remiss_sizes
from tillit.models import Organisation, Source
from tillit.text import paragraph_number_of

pytestmark = pytest.mark.django_db

STATEMENTS = 600


def generate(*args):
    out = io.StringIO()
    # The search index is another test's concern (tests/tillit/test_search.py).
    call_command(
        "generate_corpus", "--statements", str(STATEMENTS), "--no-index", *args, "-v", "0",
        stdout=out,
    )  # fmt: skip
    return out.getvalue()


def fingerprint():
    texts = (
        Statement.objects.filter(remiss__generated=True)
        .order_by("pk")
        .values_list("slug", "body__name", "text")
    )
    return hashlib.sha256(repr(list(texts)).encode()).hexdigest()


def test_it_makes_the_planned_rows_beside_the_corpus():
    real_statements = Statement.objects.count()
    generate()
    plan = Plan(STATEMENTS)
    assert Statement.objects.count() == real_statements + STATEMENTS
    assert Position.objects.filter(statement__remiss__generated=True).count() == STATEMENTS * 10
    assert Remiss.objects.filter(generated=True).count() == plan.remisses
    assert Organisation.objects.filter(generated=True).count() == plan.organisations
    assert Meeting.objects.filter(generated=True).count() == plan.meetings
    assert Participation.objects.filter(meeting__generated=True).count() > plan.meetings * 3


def test_organisations_nest_three_deep_and_remisses_have_many_bodies():
    generate()
    assert Organisation.objects.filter(generated=True, parent__parent__isnull=False).exists()
    largest = max(Remiss.objects.filter(generated=True).with_statement_count(),
                  key=lambda remiss: remiss.statement_count)  # fmt: skip
    assert largest.statement_count >= STATEMENTS // Plan(STATEMENTS).remisses


def test_every_passage_and_summary_is_a_sentence_of_its_text():
    generate()
    statements = Statement.objects.filter(remiss__generated=True)
    for statement in statements[:50]:
        assert statement.overall_summary in statement.text
        for position in statement.positions.all():
            assert paragraph_number_of(position.passage, statement.text)
    # Each position is about a proposal of a report the remiss covers.
    for position in Position.objects.filter(statement__remiss__generated=True)[:200]:
        assert position.proposal.report.remisses.filter(pk=position.statement.remiss_id).exists()


def test_statements_pass_the_models_own_checks():
    generate()
    for statement in Statement.objects.filter(remiss__generated=True)[:20]:
        statement.full_clean()
    for proposal in Proposal.objects.filter(report__generated=True)[:20]:
        proposal.full_clean()


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data():
    generate("--seed", "7")
    first = fingerprint()
    generate("--seed", "7", "--replace")
    assert fingerprint() == first
    generate("--seed", "8", "--replace")
    assert fingerprint() != first


def test_a_second_set_is_refused_and_replace_removes_the_first():
    generate()
    with pytest.raises(CommandError, match="--replace"):
        generate()
    generate("--replace")
    assert Statement.objects.filter(remiss__generated=True).count() == STATEMENTS


def test_dry_run_writes_nothing():
    output = generate("--dry-run")
    assert "Skulle generera" in output
    assert "remissvar" in output
    assert sum(generated_counts().values()) == 0


def test_generated_rows_never_reach_the_export_or_the_corpus_counts():
    generate()
    texts, warnings = export()
    assert warnings == []
    for name, text in texts.items():
        assert text == (CURATED_DIR / f"{name}.yaml").read_text(encoding="utf-8"), name
    assert real_rows("remissvar.statement").count() == 8
    assert real_rows("remissvar.position").filter(statement__slug__startswith="gen-").count() == 0


def test_load_corpus_still_sees_a_corpus_beside_generated_data():
    generate()
    out = io.StringIO()
    call_command("load_corpus", stdout=out)
    assert "läses inte in igen" in out.getvalue()
    assert Source.objects.filter(generated=False).count() == 5


@pytest.mark.parametrize(
    ("statements", "remisses", "bodies"), [(10, 2, 60), (1000, 2, 600), (5000, 10, 1000)]
)
def test_remiss_sizes_add_up_and_fit_the_bodies(statements, remisses, bodies):
    sizes = remiss_sizes(statements, remisses, bodies)
    assert sum(sizes) == statements
    assert max(sizes) <= bodies
    assert min(sizes) >= 1
    assert sizes == sorted(sizes, reverse=True)


def test_reuse_keeps_data_of_the_same_size_and_replaces_other():
    generate()
    first = fingerprint()
    assert "finns redan" in generate("--reuse")
    assert fingerprint() == first
    out = io.StringIO()
    call_command("generate_corpus", "--statements", "300", "--reuse", "-v", "0", stdout=out)
    assert Statement.objects.filter(remiss__generated=True).count() == 300
