"""``make_*`` helpers for test data that the corpus does not have."""

import itertools

from betankanden.models import Proposal, Report
from forum.models import Meeting
from remissvar.models import Position, Remiss, Statement
from tillit.models import Organisation, Person, Source

_counter = itertools.count(1)


def _n():
    return next(_counter)


def make_source(**fields):
    n = _n()
    defaults = {
        "slug": f"kalla-{n}",
        "title": f"Källa {n}",
        "publisher": "Utgivare",
        "kind": "web_page",
        "citation": f"Källa {n}",
        "full_text": "Nämnden tillstyrker förslaget.\n\nNämnden är tveksam till policylabbet.",
    }
    return Source.objects.create(**(defaults | fields))


def make_organisation(**fields):
    n = _n()
    defaults = {"name": f"Organisation {n}", "slug": f"organisation-{n}", "kind": "committee"}
    return Organisation.objects.create(**(defaults | fields))


def make_person(**fields):
    n = _n()
    return Person.objects.create(**({"name": f"Person {n}", "slug": f"person-{n}"} | fields))


def make_meeting(**fields):
    n = _n()
    defaults = {"slug": f"mote-{n}", "title": f"Möte {n}", "kind": "dialogue_meeting"}
    return Meeting.objects.create(**(defaults | fields))


def make_report(**fields):
    n = _n()
    # An SOU number has at most three digits after the year: a long test
    # session makes more reports than one year holds.
    year, number = 2099 + n // 1000, n % 1000 + 1
    defaults = {
        "sou_number": f"SOU {year}:{number}",
        "slug": f"sou-{year}-{number}",
        "title": f"Betänkande {n}",
        "kind": "main",
    }
    return Report.objects.create(**(defaults | fields))


def make_proposal(**fields):
    n = _n()
    defaults = {
        "slug": f"forslag-{n}",
        "kind": "proposal",
        "short_title": f"Förslag {n}",
        "text": "Ett förslag.",
    }
    if "report" not in fields:
        defaults["report"] = make_report()
    return Proposal.objects.create(**(defaults | fields))


def make_remiss(**fields):
    n = _n()
    defaults = {"slug": f"remiss-{n}", "title": f"Remiss {n}", "file_number": f"KS 2099/{n}"}
    if "sender" not in fields:
        defaults["sender"] = make_organisation(kind="ministry")
    if "responding_organisation" not in fields:
        defaults["responding_organisation"] = make_organisation(kind="municipality")
    if "source" not in fields:
        defaults["source"] = make_source(kind="municipal_document")
    return Remiss.objects.create(**(defaults | fields))


def make_statement(**fields):
    n = _n()
    defaults = {
        "slug": f"remissvar-{n}",
        "overall_stance": "supports",
        "overall_summary": "Nämnden tillstyrker förslaget.",
        "text": "Nämnden tillstyrker förslaget.\n\nNämnden är tveksam till policylabbet.",
    }
    if "remiss" not in fields:
        defaults["remiss"] = make_remiss()
    if "body" not in fields:
        defaults["body"] = make_organisation()
    if "source" not in fields:
        defaults["source"] = defaults.get("remiss", fields.get("remiss")).source
    return Statement.objects.create(**(defaults | fields))


def make_position(**fields):
    defaults = {"stance": "supports", "passage": "Nämnden tillstyrker förslaget."}
    if "statement" not in fields:
        defaults["statement"] = make_statement()
    if "proposal" not in fields:
        defaults["proposal"] = make_proposal()
    return Position.objects.create(**(defaults | fields))


def multiply_corpus(factor):
    """
    Add ``factor - 1`` copies of the corpus's meetings, people, organisations,
    proposals, statements and positions, so that pages can be measured with
    ``factor`` times as many rows. Bulk inserts keep this to a few queries.
    """
    from forum.models import Participation
    from remissvar.models import Remiss
    from tillit.models import Role

    originals = {
        "organisations": list(Organisation.objects.all()),
        "people": list(Person.objects.all()),
        "roles": list(Role.objects.all()),
        "meetings": list(Meeting.objects.prefetch_related("sources")),
        "participations": list(Participation.objects.all()),
        "proposals": list(Proposal.objects.all()),
        "remisses": list(Remiss.objects.all()),
        "statements": list(Statement.objects.all()),
        "positions": list(Position.objects.all()),
    }
    for copy in range(2, factor + 1):
        organisations = {
            o.pk: Organisation(name=f"{o.name} {copy}", slug=f"{o.slug}-{copy}", kind=o.kind)
            for o in originals["organisations"]
        }
        Organisation.objects.bulk_create(organisations.values())
        people = {
            p.pk: Person(name=f"{p.name} {copy}", slug=f"{p.slug}-{copy}")
            for p in originals["people"]
        }
        Person.objects.bulk_create(people.values())
        Role.objects.bulk_create(
            Role(
                person=people[r.person_id],
                title=r.title,
                organisation=organisations.get(r.organisation_id),
                is_former=r.is_former,
                wording=r.wording,
            )
            for r in originals["roles"]
        )
        meetings = {}
        for m in originals["meetings"]:
            meetings[m.pk] = Meeting(
                slug=f"{m.slug}-{copy}",
                title=f"{m.title} {copy}",
                kind=m.kind,
                date=m.date,
                year_is_inferred=m.year_is_inferred,
                date_reasoning=m.date_reasoning,
                theme_id=m.theme_id,
                summary=m.summary,
            )
        Meeting.objects.bulk_create(meetings.values())
        Meeting.sources.through.objects.bulk_create(
            Meeting.sources.through(meeting_id=meetings[m.pk].pk, source_id=s.pk)
            for m in originals["meetings"]
            for s in m.sources.all()
        )
        Participation.objects.bulk_create(
            Participation(
                meeting=meetings[p.meeting_id],
                order=p.order,
                person=people.get(p.person_id),
                organisation=organisations.get(p.organisation_id),
                role=p.role,
                talk_title=p.talk_title,
            )
            for p in originals["participations"]
        )
        proposals = {
            p.pk: Proposal(
                report_id=p.report_id,
                slug=f"{p.slug}-{copy}",
                kind=p.kind,
                chapter=p.chapter,
                chapter_sort=p.chapter_sort,
                statute=p.statute,
                short_title=f"{p.short_title} {copy}",
                text=p.text,
            )
            for p in originals["proposals"]
        }
        Proposal.objects.bulk_create(proposals.values())
        remisses = {
            r.pk: Remiss(
                slug=f"{r.slug}-{copy}",
                title=r.title,
                sender_id=r.sender_id,
                deadline=r.deadline,
                responding_organisation=organisations[r.responding_organisation_id],
                file_number=r.file_number,
                source_id=r.source_id,
            )
            for r in originals["remisses"]
        }
        Remiss.objects.bulk_create(remisses.values())
        Remiss.reports.through.objects.bulk_create(
            Remiss.reports.through(remiss_id=remisses[r.pk].pk, report_id=report.pk)
            for r in originals["remisses"]
            for report in r.reports.all()
        )
        statements = {
            s.pk: Statement(
                remiss=remisses[s.remiss_id],
                slug=f"{s.slug}-{copy}",
                kind=s.kind,
                body=organisations[s.body_id],
                decision_date=s.decision_date,
                report_date=s.report_date,
                overall_stance=s.overall_stance,
                overall_summary=s.overall_summary,
                text=s.text,
                source_id=s.source_id,
            )
            for s in originals["statements"]
        }
        Statement.objects.bulk_create(statements.values())
        # Copies answer the original proposals too, so that proposal pages grow.
        Position.objects.bulk_create(
            [
                Position(
                    statement=statements[p.statement_id],
                    proposal_id=proposal_id,
                    stance=p.stance,
                    passage=p.passage,
                )
                for p in originals["positions"]
                for proposal_id in (p.proposal_id, proposals[p.proposal_id].pk)
            ]
        )
