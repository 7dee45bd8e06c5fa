"""Editing in the admin: every edit kept in the history and restorable, and no editor's save lost to another's."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.timezone import localtime

from forum.models import Meeting
from remissvar.models import Statement
from tests.test_admin import statement_form_data

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def history_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_history", args=[obj.pk])


@pytest.fixture
def editors(django_user_model):
    clients = []
    for name in ("anna", "bertil"):
        user = django_user_model.objects.create_superuser(name, f"{name}@example.org", "x")
        client = Client()
        client.force_login(user)
        clients.append(client)
    return clients


def quote(statement, number):
    """A sentence of the statement's text: its summary must be quoted from it."""
    paragraphs = [p for p in statement.text.split("\n\n") if len(p) > 80]
    return paragraphs[number].split(". ")[0]


def test_the_loaded_version_is_carried_hidden_in_the_form(admin_client, statement):
    page = admin_client.get(change_url(statement)).content.decode()
    assert f'<input type="hidden" name="version" value="{statement.version}"' in page


def test_a_save_increments_the_version(admin_client, statement):
    before = statement.version
    data = statement_form_data(statement, overall_summary=quote(statement, 1))
    assert admin_client.post(change_url(statement), data).status_code == 302
    statement.refresh_from_db()
    assert statement.overall_summary == quote(statement, 1)
    assert statement.version == before + 1


def test_the_second_of_two_editors_is_refused_and_the_first_edit_kept(editors, statement):
    anna, bertil = editors
    annas, bertils = quote(statement, 1), quote(statement, 2)
    # Both open the same statement...
    anna_form = statement_form_data(statement)
    bertil_form = statement_form_data(statement)
    assert anna.get(change_url(statement)).status_code == 200
    assert bertil.get(change_url(statement)).status_code == 200
    # ...Anna saves first...
    anna_form["overall_summary"] = annas
    assert anna.post(change_url(statement), anna_form).status_code == 302
    # ...then Bertil, from the form he loaded before her save.
    bertil_form["overall_summary"] = bertils
    response = bertil.post(change_url(statement), bertil_form)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Någon annan har sparat det här sedan du öppnade formuläret (anna," in page
    assert "Dina ändringar är inte sparade." in page
    assert f"Sammanfattning med organets egna ord: sparat ”{annas[:60]}" in page
    assert f"ditt ”{bertils[:60]}" in page
    statement.refresh_from_db()
    assert statement.overall_summary == annas
    assert statement.version == 1
    # Reloaded, Bertil's form carries the new version and saves.
    bertil_form = statement_form_data(statement, overall_summary=bertils)
    assert bertil.post(change_url(statement), bertil_form).status_code == 302
    statement.refresh_from_db()
    assert statement.overall_summary == bertils


def test_a_form_without_its_version_is_refused(admin_client, statement):
    data = statement_form_data(statement, overall_summary="Utan version.")
    del data["version"]
    assert admin_client.post(change_url(statement), data).status_code == 200
    statement.refresh_from_db()
    assert statement.overall_summary != "Utan version."


def test_saving_from_code_needs_no_version(statement):
    statement.overall_summary = "Från kod."
    statement.save()
    statement.refresh_from_db()
    assert statement.overall_summary == "Från kod."


def test_loading_the_corpus_made_no_history():
    assert Meeting.history.count() == 0
    assert Statement.history.count() == 0


def test_an_edit_is_in_the_history_and_can_be_restored(admin_client, superuser, statement):
    original = statement.overall_summary
    data = statement_form_data(statement, overall_summary=quote(statement, 3))
    assert admin_client.post(change_url(statement), data).status_code == 302
    statement.refresh_from_db()
    assert statement.overall_summary == quote(statement, 3)

    # The history page: who, when, and the field's old and new values.
    page = admin_client.get(history_url(statement)).content.decode()
    assert "redaktor" in page
    latest = statement.history.latest("history_date")
    assert latest.history_user == superuser
    assert "Som det var före den första ändringen i admin" in page
    assert "<strong>Sammanfattning med organets egna ord:</strong>" in page
    assert f"<del>{original[:40]}" in page
    assert f"<ins>{quote(statement, 3)[:40]}" in page
    assert f'<time datetime="{localtime(latest.history_date):%Y-%m-%d}' in page
    assert quote(statement, 3)[:60] in page

    # The first record is the state before the edit: restore it from its form.
    before = statement.history.earliest("history_date")
    revert_url = reverse(
        "admin:remissvar_statement_simple_history", args=[statement.pk, before.history_id]
    )
    form = admin_client.get(revert_url).context["adminform"].form
    assert form["overall_summary"].value() == original
    data = statement_form_data(before.instance, version=statement.version)
    response = admin_client.post(revert_url, data)
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.overall_summary == original
    assert statement.version == 2
    # The state before the first edit, the edit, and the restore.
    assert statement.history.count() == 3


@pytest.mark.parametrize("version", [" ", "abc", "1e3", "٣"])
def test_a_version_that_is_no_number_is_a_404(admin_client, statement, version):
    url = reverse("admin:remissvar_statement_simple_history", args=[statement.pk, version])
    assert admin_client.get(url).status_code == 404
    assert admin_client.post(url).status_code == 404


@pytest.mark.parametrize("key", ["%FF", "abc", "<script>", "1e3"])
def test_a_record_key_that_is_no_number_is_a_404(admin_client, key):
    history = reverse("admin:remissvar_statement_history", args=["0"]).replace("/0/", f"/{key}/")
    assert admin_client.get(history).status_code == 404
    version = reverse("admin:remissvar_statement_simple_history", args=["0", "1"])
    assert admin_client.get(version.replace("/0/", f"/{key}/")).status_code == 404
