"""
Build the fixture of the whole corpus from the curated data and the seeds.

The output uses natural keys only (no primary keys), so it loads into any
database, loads twice without change, and reads as text in review.
"""

import re
from pathlib import Path

from tillit.corpus import meetings, people, proposals, remiss, reports, sources
from tillit.text import split_paragraphs


class CorpusError(Exception):
    """The curated data does not agree with the seeds."""


def read_seeds(seeds_dir):
    """Return {key: text} for the five seeds, keyed "000" ... "004"."""
    texts = {}
    for source in sources.SOURCES:
        path = Path(seeds_dir) / source["file_name"]
        if not path.exists():
            raise CorpusError(f"Source text missing: {path}")
        texts[source["key"]] = path.read_text(encoding="utf-8")
    return texts


# A page break in the saved PDF text splits a sentence over two "paragraphs":
# the first ends without closing punctuation and the next starts in lower case.
_OPEN_END = re.compile(r"[^.!?:;”\"»)]$")


def join_page_breaks(paragraphs):
    joined = []
    for paragraph in paragraphs:
        if joined and _OPEN_END.search(joined[-1]) and paragraph[:1].islower():
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def statement_text(seed_text, start, end):
    """The verbatim text between the line ``start`` and the line ``end`` (exclusive)."""
    lines = seed_text.splitlines()
    try:
        first = lines.index(start)
    except ValueError:
        raise CorpusError(f"Start line not found in seed: {start!r}") from None
    last = len(lines)
    if end is not None:
        try:
            last = lines.index(end, first + 1)
        except ValueError:
            raise CorpusError(f"End line not found after start: {end!r}") from None
    paragraphs = join_page_breaks(split_paragraphs("\n".join(lines[first:last])))
    return "\n\n".join(paragraphs)


def source_full_text(source, seed_text):
    # Copyrighted journalism: keep the citation and the facts, never the text.
    return "" if source["kind"] == "news_article" else seed_text.strip()


def _obj(model, **fields):
    return {"model": model, "fields": fields}


def build(seeds_dir):
    """Return the list of fixture objects, in an order that satisfies every reference."""
    seeds = read_seeds(seeds_dir)
    slug_of = {s["key"]: s["slug"] for s in sources.SOURCES}
    full_text_of = {s["key"]: source_full_text(s, seeds[s["key"]]) for s in sources.SOURCES}

    def source_keys(keys):
        return [[slug_of[key]] for key in keys]

    def check_verbatim(text, keys, what):
        official = [key for key in keys if full_text_of[key]]
        if official and not any(text in full_text_of[key] for key in official):
            raise CorpusError(f"{what}: not verbatim in sources {keys}: {text[:80]!r}")

    objects = []
    for s in sources.SOURCES:
        objects.append(
            _obj(
                "tillit.source",
                slug=s["slug"],
                title=s["title"],
                publisher=s["publisher"],
                kind=s["kind"],
                date=s["date"],
                file_name=s["file_name"],
                citation=s["citation"],
                full_text=full_text_of[s["key"]],
            )
        )

    for slug, name, kind, parent, abbreviation, keys in people.ORGANISATIONS:
        objects.append(
            _obj(
                "tillit.organisation",
                name=name,
                slug=slug,
                abbreviation=abbreviation,
                kind=kind,
                parent=[parent] if parent else None,
                sources=source_keys(keys),
            )
        )
    for slug, name, keys in people.PEOPLE:
        objects.append(_obj("tillit.person", name=name, slug=slug, sources=source_keys(keys)))
    for role in people.ROLES:
        check_verbatim(role["wording"], role["sources"], f"Role of {role['person']}")
        objects.append(
            _obj(
                "tillit.role",
                person=[role["person"]],
                title=role["title"],
                organisation=[role["organisation"]] if role["organisation"] else None,
                is_former=role.get("is_former", False),
                wording=role["wording"],
                sources=source_keys(role["sources"]),
            )
        )

    theme_slugs = {}
    for number, title in enumerate(meetings.THEMES, start=1):
        slug = f"tema-{number}"
        theme_slugs[number] = slug
        check_verbatim(title, ["001"], "Theme")
        objects.append(
            _obj(
                "forum.theme",
                number=number,
                title=title.rstrip("."),
                slug=slug,
                sources=source_keys(["001"]),
            )
        )

    participations = []
    for meeting in meetings.MEETINGS:
        objects.append(
            _obj(
                "forum.meeting",
                slug=meeting["slug"],
                title=meeting["title"],
                kind=meeting["kind"],
                date=meeting["date"],
                year_is_inferred=meeting["year_is_inferred"],
                date_reasoning=meeting["date_reasoning"],
                theme=[theme_slugs[meeting["theme"]]] if meeting["theme"] else None,
                audience=meeting["audience"],
                participant_count=meeting["participant_count"],
                participant_count_wording=meeting["participant_count_wording"],
                summary=meeting["summary"],
                has_recording=meeting.get("has_recording", False),
                has_slides=meeting.get("has_slides", False),
                media_note=meeting.get("media_note", ""),
                sources=source_keys(meeting["sources"]),
            )
        )
        for order, participation in enumerate(meeting["participations"], start=1):
            keys = participation.get("sources", meeting["sources"])
            if participation.get("description"):
                check_verbatim(participation["description"], keys, f"Participation {order}")
            person_role = participation.get("person_role")
            participations.append(
                _obj(
                    "forum.participation",
                    meeting=[meeting["slug"]],
                    order=order,
                    person=[participation["person"]] if participation.get("person") else None,
                    person_role=[participation["person"], person_role] if person_role else None,
                    organisation=[participation["organisation"]]
                    if participation.get("organisation")
                    else None,
                    role=participation["role"],
                    talk_title=participation.get("talk_title", ""),
                    description=participation.get("description", ""),
                    sources=source_keys(keys),
                )
            )
    objects.extend(participations)

    for report in reports.REPORTS:
        objects.append(
            _obj(
                "betankanden.report",
                sou_number=report["sou_number"],
                slug=report["slug"],
                title=report["title"],
                subtitle=report["subtitle"],
                kind=report["kind"],
                handed_over=report["handed_over"],
                recipient=report["recipient"],
                recipient_person=[report["recipient_person"]]
                if report["recipient_person"]
                else None,
                sources=source_keys(report["sources"]),
            )
        )
    for addressee in proposals.ADDRESSEES:
        objects.append(
            _obj("betankanden.addressee", name=addressee["name"], slug=addressee["slug"])
        )
    for proposal in proposals.PROPOSALS:
        check_verbatim(proposal["text"], [proposal["text_source"]], f"Proposal {proposal['slug']}")
        objects.append(
            _obj(
                "betankanden.proposal",
                report=[proposal["report"]],
                slug=proposal["slug"],
                kind=proposal["kind"],
                chapter=proposal["chapter"],
                chapter_sort=chapter_sort_key(proposal["chapter"]),
                addressees=[[slug] for slug in proposal["addressees"]],
                statute=proposal["statute"],
                short_title=proposal["short_title"],
                text=proposal["text"],
                note=proposal["note"],
                sources=source_keys(proposal["sources"]),
            )
        )

    r = remiss.REMISS
    objects.append(
        _obj(
            "remissvar.remiss",
            slug=r["slug"],
            title=r["title"],
            sender=[r["sender"]],
            reports=[[sou] for sou in r["reports"]],
            deadline=r["deadline"],
            responding_organisation=[r["responding_organisation"]],
            file_number=r["file_number"],
            source=[slug_of[r["source"]]],
        )
    )
    for order, step in enumerate(remiss.DECISION_STEPS, start=1):
        check_verbatim(step["text"], [r["source"]], f"Decision step {order}")
        objects.append(
            _obj(
                "remissvar.decisionstep",
                remiss=[r["slug"]],
                order=order,
                organisation=[step["organisation"]],
                person=[step["person"]] if step["person"] else None,
                date=step["date"],
                text=step["text"],
            )
        )

    texts = {}
    for statement in remiss.STATEMENTS:
        text = statement_text(seeds[r["source"]], statement["start"], statement["end"])
        texts[statement["slug"]] = text
        view = proposals.OVERALL_VIEWS[statement["slug"]]
        if view["summary"] not in text:
            raise CorpusError(f"Overall summary of {statement['slug']} not in its text")
        objects.append(
            _obj(
                "remissvar.statement",
                remiss=[r["slug"]],
                slug=statement["slug"],
                kind=statement.get("kind", "statement"),
                body=[statement["body"]],
                prepared_by=[statement["prepared_by"]] if statement["prepared_by"] else None,
                signatory=[statement["signatory"]] if statement.get("signatory") else None,
                decision_date=statement["decision_date"],
                report_date=statement["report_date"],
                overall_stance=view["stance"],
                overall_summary=view["summary"],
                text=text,
                source=[slug_of[r["source"]]],
            )
        )

    sou_of = {p["slug"]: p["report"] for p in proposals.PROPOSALS}
    # Grouped by statement, in the document's order, so the fixture reads like it.
    statement_order = [statement["slug"] for statement in remiss.STATEMENTS]
    for position in sorted(
        proposals.POSITIONS, key=lambda position: statement_order.index(position["statement"])
    ):
        if position["passage"] not in texts[position["statement"]]:
            raise CorpusError(
                f"Passage of {position['statement']} on {position['proposal']} not in its text"
            )
        objects.append(
            _obj(
                "remissvar.position",
                statement=[position["statement"]],
                proposal=[sou_of[position["proposal"]], position["proposal"]],
                stance=position["stance"],
                passage=position["passage"],
            )
        )
    return objects


def chapter_sort_key(chapter):
    # Imported late: the corpus data modules stay free of Django imports.
    from betankanden.models import chapter_sort_key as key

    return key(chapter)
