"""
The query plan of every filter and sort of every list, on the benchmark's
PostgreSQL database: which index each one uses, and how long it takes.

For each list URL (one filter or one sort at a time) it requests the page
with Django's test client, takes the queries that find the page's rows (the
count that stops at 10,000, and the page of keys), and runs EXPLAIN ANALYZE
on each. Writes bench/explain.md: a table of the indexes used and the time,
then every plan in full. Run by ``make bench``; alone:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tillit_bench \\
        DJANGO_SECRET_KEY=x DJANGO_ALLOWED_HOSTS=testserver python -m bench.explain
"""

import os
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
INDEX = re.compile(r"(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?using (\w+)")
SEQ_SCAN = re.compile(r"Seq Scan on (\w+)")
EXECUTION = re.compile(r"Execution Time: ([0-9.]+) ms")


def list_urls():
    """(list, filter or sort, URL) with values taken from the data that is there."""
    from betankanden.models import Proposal, Report
    from forum.models import Meeting, Participation, Theme
    from remissvar.models import Statement
    from tillit.models import Organisation, Person, Role

    meeting = Meeting.objects.exclude(date=None).order_by("-pk").first()
    participation = Participation.objects.exclude(person=None).order_by("-pk").first()
    organisation = (
        Participation.objects.exclude(organisation=None).order_by("-pk").first().organisation
    )
    role = Role.objects.exclude(organisation=None).order_by("-pk").first()
    parent = Organisation.objects.exclude(parent=None).order_by("-pk").first().parent
    statement = Statement.objects.exclude(decision_date=None).order_by("-pk").first()
    proposal = Proposal.objects.order_by("-pk").first()
    report = Report.objects.order_by("-pk").first()
    theme = Theme.objects.order_by("-pk").first()
    person = Person.objects.get(pk=participation.person_id)
    day = statement.decision_date.isoformat()
    urls = [
        ("meetings", "default order", "/forum/"),
        ("meetings", "year", f"/forum/?year={meeting.date.year}"),
        ("meetings", "theme", f"/forum/?theme={theme.slug}"),
        ("meetings", "kind", f"/forum/?kind={meeting.kind}"),
        ("meetings", "person", f"/forum/?person={person.slug}"),
        ("meetings", "organisation", f"/forum/?organisation={organisation.slug}"),
        ("meetings", "role", "/forum/?role=speaker"),
        ("meetings", "sort -date", "/forum/?sort=-date"),
        ("meetings", "sort title", "/forum/?sort=title"),
        ("people", "default order", "/personer/"),
        ("people", "organisation", f"/personer/?organisation={role.organisation.slug}"),
        ("people", "kind", f"/personer/?kind={role.organisation.kind}"),
        ("people", "role", "/personer/?role=speaker"),
        ("people", "sort -name", "/personer/?sort=-name"),
        ("organisations", "default order", "/organisationer/"),
        ("organisations", "kind", "/organisationer/?kind=committee"),
        ("organisations", "parent", f"/organisationer/?parent={parent.slug}"),
        ("organisations", "role", "/organisationer/?role=speaker"),
        ("organisations", "sort kind", "/organisationer/?sort=kind"),
        ("reports", "default order", "/betankanden/"),
        ("remisses", "default order", "/remisser/"),
        ("statements", "default order", "/remissvar/"),
        ("statements", "body", f"/remissvar/?body={statement.body.slug}"),
        ("statements", "body kind", "/remissvar/?body_kind=committee"),
        ("statements", "stance", "/remissvar/?stance=opposes"),
        ("statements", "stance, sort -date", "/remissvar/?stance=opposes&sort=-date"),
        ("statements", "decided from", f"/remissvar/?date_from={day}"),
        ("statements", "decided to", f"/remissvar/?date_to={day}"),
        ("statements", "sort date", "/remissvar/?sort=date"),
        ("statements", "sort body", "/remissvar/?sort=body"),
        ("positions", "default order", "/remissvar/positioner/"),
        ("positions", "report", f"/remissvar/positioner/?report={report.slug}"),
        ("positions", "proposal", f"/remissvar/positioner/?proposal={proposal.key}"),
        ("positions", "chapter", f"/remissvar/positioner/?chapter={proposal.chapter}"),
        ("positions", "body", f"/remissvar/positioner/?body={statement.body.slug}"),
        ("positions", "body kind", "/remissvar/positioner/?body_kind=committee"),
        ("positions", "stance", "/remissvar/positioner/?stance=hesitant"),
        ("positions", "decided from", f"/remissvar/positioner/?date_from={day}"),
        ("positions", "sort body", "/remissvar/positioner/?sort=body"),
        ("positions", "sort stance", "/remissvar/positioner/?sort=stance"),
        ("positions", "sort -date", "/remissvar/positioner/?sort=-date"),
    ]
    return urls


def row_queries(captured):
    """The queries that find a list's rows: its bounded count and its page of keys."""
    return [
        query["sql"]
        for query in captured
        if query["sql"].startswith(("SELECT COUNT(*) FROM (SELECT", 'SELECT COUNT(*) AS "__count"'))
        or re.match(r'SELECT (DISTINCT )?"\w+"\."id" AS "pk" FROM', query["sql"])
    ]


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        sys.exit("EXPLAIN plans are measured on PostgreSQL (set DATABASE_URL).")
    client = Client()
    summary, plans = [], []
    for name, choice, url in list_urls():
        client.get(url)  # warm
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        indexes, scans, total = set(), set(), 0.0
        for sql in row_queries(captured.captured_queries):
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}")
                plan = "\n".join(row[0] for row in cursor.fetchall())
            indexes |= set(INDEX.findall(plan))
            scans |= set(SEQ_SCAN.findall(plan))
            total += float(EXECUTION.search(plan)[1])
            plans.append((name, choice, url, sql, plan))
        summary.append((name, choice, url, sorted(indexes), sorted(scans), total))
    lines = [
        "# Query plans of every list's filters and sorts",
        "",
        "Written by `bench/explain.py` (run by `make bench`) on the benchmark's PostgreSQL",
        "database. For each list URL, the queries that find its rows (the count that",
        "stops at 10,000, and the page of keys) under EXPLAIN ANALYZE: the indexes",
        "they use, the tables they read whole (small ones: the planner prefers that),",
        "and their execution time together.",
        "",
        "| list | filter or sort | indexes used | read whole | ms |",
        "| --- | --- | --- | --- | ---: |",
    ]
    for name, choice, url, indexes, scans, total in summary:
        lines.append(
            f"| {name} | {choice}: `{url}` | {', '.join(indexes) or '–'} | "
            f"{', '.join(scans) or '–'} | {total:.1f} |"
        )
    lines += ["", "## The plans", ""]
    for name, choice, url, sql, plan in plans:
        lines += [
            f"### {name}: {choice} (`{url}`)",
            "",
            "```sql",
            sql,
            "```",
            "",
            "```",
            plan,
            "```",
            "",
        ]
    (BENCH / "explain.md").write_text("\n".join(lines))
    print(f"Wrote {BENCH / 'explain.md'} ({len(summary)} list URLs).")


if __name__ == "__main__":
    main()
