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
    defaults = {
        "sou_number": f"SOU 2099:{n}",
        "slug": f"sou-2099-{n}",
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
