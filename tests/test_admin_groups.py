"""The admin's two groups, made by a migration: editors change the content, viewers only read it."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from remissvar.models import Statement
from tests.test_admin import statement_form_data

pytestmark = pytest.mark.django_db


def url(obj_or_model, action, *args):
    opts = obj_or_model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{action}", args=args)


def member_of(django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.lower(), password="x", is_staff=True)
    if group_name != "ingen":
        user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(django_user_model):
    return member_of(django_user_model, "Redaktörer")


@pytest.fixture
def viewer(django_user_model):
    return member_of(django_user_model, "Läsare")


def test_the_groups_cover_every_content_model_and_nothing_else():
    editors = Group.objects.get(name="Redaktörer").permissions.all()
    viewers = Group.objects.get(name="Läsare").permissions.all()
    assert {p.content_type.app_label for p in editors} == {
        "tillit", "forum", "betankanden", "remissvar",
    }  # fmt: skip
    assert editors.filter(codename="change_statement").exists()
    assert editors.filter(codename="view_historicalstatement").exists()
    assert not editors.filter(codename__in=["view_searchdocument", "change_searchword"]).exists()
    assert {p.codename.split("_")[0] for p in viewers} == {"view"}
    assert viewers.count() == 2 * 14  # each content model and its history


def test_an_editor_changes_a_statement(editor, statement):
    assert editor.get(url(statement, "change", statement.pk)).status_code == 200
    data = statement_form_data(statement, kind="memorandum")
    assert editor.post(url(statement, "change", statement.pk), data).status_code == 302
    statement.refresh_from_db()
    assert statement.kind == "memorandum"
    assert editor.get(url(statement, "history", statement.pk)).status_code == 200


def test_a_viewer_reads_but_cannot_change_delete_or_restore(viewer, statement):
    page = viewer.get(url(statement, "change", statement.pk))
    assert page.status_code == 200
    content = page.content.decode()
    assert 'name="overall_summary"' not in content  # shown read-only
    assert 'name="_save"' not in content
    data = statement_form_data(statement, kind="memorandum")
    assert viewer.post(url(statement, "change", statement.pk), data).status_code == 403
    assert viewer.post(url(statement, "delete", statement.pk), {"post": "yes"}).status_code == 403
    assert viewer.get(url(Statement, "add")).status_code == 403
    # Nor through the history's restore form, which django-simple-history
    # alone would accept from anyone who may view.
    Statement.history.bulk_history_create([statement], update=True)
    record = Statement.history.filter(id=statement.pk).latest("history_date")
    revert = reverse("admin:remissvar_statement_simple_history", args=[statement.pk, record.pk])
    assert viewer.get(revert).status_code == 200
    assert viewer.post(revert, data).status_code == 403
    statement.refresh_from_db()
    assert statement.kind != "memorandum"


@pytest.mark.parametrize("group", ["Redaktörer", "Läsare"])
def test_neither_group_manages_accounts_or_lockouts(django_user_model, group):
    client = member_of(django_user_model, group)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_group_changelist")).status_code == 403
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def test_staff_in_no_group_sees_no_content(django_user_model, statement):
    client = member_of(django_user_model, "ingen")
    index = client.get(reverse("admin:index"))
    assert index.status_code == 200
    assert index.context["app_list"] == []
    assert client.get(url(statement, "change", statement.pk)).status_code == 403


def test_what_a_viewer_may_not_do_is_a_readable_403(viewer, statement):
    response = viewer.post(url(statement, "delete", statement.pk), {"post": "yes"})
    assert response.status_code == 403
    assert "<h1>Ingen behörighet</h1>" in response.content.decode()
