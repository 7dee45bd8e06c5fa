"""
An index for the statement list's default order, newest decision first and
the undated last, so a page of 100,000 statements is an index scan rather
than a sort of every row.

Written per database: PostgreSQL needs NULLS LAST in the index to use it for
that order, and SQLite neither accepts NULLS LAST in an index nor needs it
(NULL sorts lowest there, so DESC puts it last).
"""

from django.db import migrations

INDEX = "statement_listing_order"


def create(apps, schema_editor):
    nulls = " NULLS LAST" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON remissvar_statement (decision_date DESC{nulls}, id DESC)"
    )


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("remissvar", "0003_generated_marker")]

    operations = [migrations.RunPython(create, drop)]
