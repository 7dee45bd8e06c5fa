"""The admin in which editors keep the corpus right."""

import datetime

import pytest
from django.contrib import admin
from django.urls import reverse

from remissvar.models import Position, Statement

pytestmark = pytest.mark.django_db

# The corpus: not the accounts, nor axes' record of login attempts (which
# cannot be added by hand; tests/test_admin_login.py).
MODELS = [model for model in admin.site._registry if model._meta.app_label not in {"auth", "axes"}]


def admin_url(model, action, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


def test_every_corpus_model_is_registered():
    labels = {f"{m._meta.app_label}.{m.__name__}" for m in MODELS}
    assert labels >= {
        "tillit.Source", "tillit.Organisation", "tillit.Person", "tillit.Role",
        "forum.Theme", "forum.Meeting", "forum.Participation",
        "betankanden.Report", "betankanden.Addressee", "betankanden.Proposal",
        "remissvar.Remiss", "remissvar.DecisionStep", "remissvar.Statement", "remissvar.Position",
    }  # fmt: skip


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_add_and_change_pages_answer(admin_client, model):
    assert admin_client.get(admin_url(model, "changelist")).status_code == 200
    assert admin_client.get(admin_url(model, "changelist"), {"q": "tillit"}).status_code == 200
    assert admin_client.get(admin_url(model, "add")).status_code == 200
    obj = model.objects.first()
    if obj is not None:
        assert admin_client.get(admin_url(model, "change", obj.pk)).status_code == 200


def test_admin_is_in_swedish(admin_client):
    page = admin_client.get(admin_url(Statement, "changelist")).content.decode()
    assert "Remissvar" in page
    assert "Övergripande hållning" in page


def test_admin_refuses_a_passage_not_in_the_statement(admin_client):
    statement = Statement.objects.get(slug="utbildningsnamnden")
    proposal = statement.positions.first().proposal
    before = Position.objects.count()
    response = admin_client.post(
        admin_url(Position, "add"),
        {
            "statement": statement.pk,
            "proposal": proposal.pk,
            "stance": "opposes",
            "passage": "Förvaltningen avstyrker förslaget helt.",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Citatet finns inte ordagrant i remissvarets text" in page
    assert "avstyrker" in page
    assert Position.objects.count() == before


def statement_form_data(statement, **changes):
    data = {
        "remiss": statement.remiss_id,
        "body": statement.body_id,
        "slug": statement.slug,
        "kind": statement.kind,
        "prepared_by": statement.prepared_by_id or "",
        "signatory": statement.signatory_id or "",
        "decision_date": statement.decision_date or "",
        "report_date": statement.report_date or "",
        "overall_stance": statement.overall_stance,
        "overall_summary": statement.overall_summary,
        "text": statement.text,
        "source": statement.source_id,
        "version": statement.version,
        "positions-TOTAL_FORMS": "0",
        "positions-INITIAL_FORMS": "0",
        "positions-MIN_NUM_FORMS": "0",
        "positions-MAX_NUM_FORMS": "1000",
    }
    return data | changes


def test_admin_refuses_a_report_dated_after_the_decision(admin_client):
    statement = Statement.objects.get(slug="socialnamnden")
    response = admin_client.post(
        admin_url(Statement, "change", statement.pk),
        statement_form_data(statement, report_date="2018-09-01"),
    )
    assert response.status_code == 200
    assert "kan inte vara daterat efter beslutet" in response.content.decode()
    statement.refresh_from_db()
    assert statement.report_date == datetime.date(2018, 7, 17)


def test_admin_refuses_a_bad_passage_in_the_statement_inline(admin_client):
    statement = Statement.objects.get(slug="farsta-stadsdelsnamnd")
    proposal = Position.objects.exclude(statement=statement).first().proposal
    data = statement_form_data(
        statement,
        **{
            "positions-TOTAL_FORMS": "1",
            "positions-0-proposal": proposal.pk,
            "positions-0-stance": "supports",
            "positions-0-passage": "Detta citat finns inte i Farstas yttrande.",
        },
    )
    before = statement.positions.count()
    response = admin_client.post(admin_url(Statement, "change", statement.pk), data)
    assert response.status_code == 200
    assert "Citatet finns inte ordagrant" in response.content.decode()
    assert statement.positions.count() == before


def test_admin_saves_a_good_position(admin_client):
    statement = Statement.objects.get(slug="socialnamnden")
    proposal = Position.objects.get(
        statement__slug="utbildningsnamnden", proposal__slug="generella-statsbidrag"
    ).proposal
    passage = "Socialförvaltningen instämmer i huvudsak i tillitsdelegationens bedömningar"
    response = admin_client.post(
        admin_url(Position, "add"),
        {
            "statement": statement.pk,
            "proposal": proposal.pk,
            "stance": "supports",
            "passage": passage,
        },
    )
    assert response.status_code == 302
    assert Position.objects.filter(statement=statement, proposal=proposal).exists()


def test_autocomplete_finds_organisations(admin_client):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "remissvar",
            "model_name": "statement",
            "field_name": "body",
            "term": "Farsta",
        },
    )
    assert response.status_code == 200
    names = [result["text"] for result in response.json()["results"]]
    assert "Farsta stadsdelsnämnd (Stockholms stad)" in names


@pytest.mark.parametrize(("model", "field"), [(Statement, "organ_typ"), (Position, "organ_typ")])
def test_filter_by_kind_of_body(admin_client, model, field):
    response = admin_client.get(admin_url(model, "changelist"), {field: "district_committee"})
    assert response.status_code == 200
    shown = response.context["cl"].result_count
    if model is Statement:
        assert shown == 3
    else:
        assert shown == Position.objects.filter(statement__body__kind="district_committee").count()
        assert shown > 0


def test_saving_an_untouched_statement_changes_nothing_and_logs_no_text_change(admin_client):
    from django.contrib.admin.models import LogEntry

    statement = Statement.objects.get(slug="utbildningsnamnden")
    before = statement.text
    assert "\n" in before
    # What a browser sends back for a textarea: every line ending as \r\n.
    data = statement_form_data(statement, text=before.replace("\n", "\r\n"))
    response = admin_client.post(admin_url(Statement, "change", statement.pk), data)
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.text == before
    entry = LogEntry.objects.filter(object_id=str(statement.pk)).latest("action_time")
    assert "text" not in entry.change_message
    assert entry.get_change_message() in ("Inga fält ändrade.", "No fields changed.")


def test_a_text_typed_with_carriage_returns_is_stored_with_newlines(admin_client):
    from forum.models import Meeting

    meeting = Meeting.objects.get(slug="dialogmote-med-forskare")
    response = admin_client.get(admin_url(Meeting, "change", meeting.pk))
    form = response.context["adminform"].form
    assert form.fields["summary"].clean("Första raden.\r\nAndra raden.\rTredje.") == (
        "Första raden.\nAndra raden.\nTredje."
    )
