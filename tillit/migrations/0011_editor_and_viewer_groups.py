"""
The admin's two groups: editors ("Redaktörer") change the content, viewers
("Läsare") only read it. Neither manages accounts, login lockouts (axes) or
the search index, which is rebuilt from the content. An administrator puts
each account in one group (README "The admin").
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Redaktörer"
VIEWERS = "Läsare"
# Every content model (tillit.models.EditedModel), by app.
CONTENT_MODELS = {
    "tillit": ["source", "organisation", "person", "role"],
    "forum": ["theme", "meeting", "participation"],
    "betankanden": ["report", "addressee", "proposal"],
    "remissvar": ["remiss", "decisionstep", "statement", "position"],
}


def permissions(apps, actions, historical_actions):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, models in CONTENT_MODELS.items():
        codenames = [f"{action}_{model}" for model in models for action in actions]
        codenames += [
            f"{action}_historical{model}" for model in models for action in historical_actions
        ]
        matching = list(
            Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )
        if len(matching) != len(codenames):
            missing = set(codenames) - {permission.codename for permission in matching}
            raise RuntimeError(f"Permissions missing in {app_label}: {sorted(missing)}")
        found += matching
    return found


def create_groups(apps, schema_editor):
    # Permissions are made after all migrations (post_migrate); on a fresh
    # database they do not exist yet when this runs, so make them first.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    # Editors read the history; restoring a version is a change of the record.
    editors.permissions.set(
        permissions(apps, ["add", "change", "delete", "view"], historical_actions=["view"])
    )
    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    viewers.permissions.set(permissions(apps, ["view"], historical_actions=["view"]))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, VIEWERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("tillit", "0010_edit_history_and_version"),
        ("forum", "0006_edit_history_and_version"),
        ("betankanden", "0005_edit_history_and_version"),
        ("remissvar", "0008_edit_history_and_version"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
