"""
PostgreSQL: ``tillit_row_estimate(query)``, the rows the planner expects a
query to give, read from EXPLAIN (which plans the query and runs none of it).

tillit.counting asks for it in the same statement as a count that stops at
10,000 rows, so a count is one query whether it ends exact or estimated.
SQLite has no planner estimate to give; there counts are exact. (VOLATILE:
PostgreSQL allows EXPLAIN in no other kind of function.)
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION tillit_row_estimate(query text) RETURNS bigint AS $$
DECLARE
    plan jsonb;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
    RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::bigint;
END;
$$ LANGUAGE plpgsql VOLATILE
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS tillit_row_estimate(text)")


class Migration(migrations.Migration):
    dependencies = [("tillit", "0003_indexes_for_filters_and_sorts")]

    operations = [migrations.RunPython(create, drop)]
