"""
Build the fixture of the whole corpus from the curated data and the source texts.

The curated data (``fixtures/curated/*.yaml``) is in the models' shape: one
record per object, fields named as in the models, another record named by
its natural key (a slug, or an SOU number), fields left out at their default.
Code is kept for what data cannot say: numbering nested records, slicing a
statement's text out of its source, the derived sort key of a chapter, and
the check that every quote stands verbatim in its source.

The output uses natural keys only (no primary keys), so it loads into any
database, loads twice without change, and reads as text in review.
"""

import re
from datetime import date
from pathlib import Path

from django.apps import apps
from django.conf import settings
from ruamel.yaml import YAML

from betankanden.models import chapter_sort_key
from tillit.text import split_paragraphs

CURATED_DIR = Path(settings.BASE_DIR) / "fixtures" / "curated"
SOURCES_DIR = Path(settings.BASE_DIR) / "fixtures" / "sources"
FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "corpus.json"

# Each file, its sections in load order, and the model of each section.
LAYOUT = {
    "tillit": {
        "sources": "tillit.source",
        "organisations": "tillit.organisation",
        "people": "tillit.person",
        "roles": "tillit.role",
    },
    "forum": {"themes": "forum.theme", "meetings": "forum.meeting"},
    "betankanden": {
        "reports": "betankanden.report",
        "addressees": "betankanden.addressee",
        "proposals": "betankanden.proposal",
    },
    "remissvar": {"remisses": "remissvar.remiss", "statements": "remissvar.statement"},
}
# Records nested in a parent: (key in the parent, model, field naming the parent,
# field numbering them from 1 in the order given, or None).
CHILDREN = {
    "forum.meeting": ("participations", "forum.participation", "meeting", "order"),
    "remissvar.remiss": ("decision_steps", "remissvar.decisionstep", "remiss", "order"),
    "remissvar.statement": ("positions", "remissvar.position", "statement", None),
}
# Keys that are instructions to the builder rather than fields.
DIRECTIVES = {"betankanden.proposal": {"quoted_from"}}


class CorpusError(Exception):
    """The curated data does not agree with itself or with the source texts."""


def yaml_loader():
    yaml = YAML()  # round-trip mode: comments survive an export
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_curated(curated_dir=CURATED_DIR):
    """{file name: parsed YAML} for the four curated files."""
    yaml = yaml_loader()
    documents = {}
    for name in LAYOUT:
        path = Path(curated_dir) / f"{name}.yaml"
        if not path.exists():
            raise CorpusError(f"Curated data missing: {path}")
        documents[name] = yaml.load(path.read_text(encoding="utf-8"))
    return documents


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


def statement_text(source_text, start, end):
    """The verbatim text from the line ``start`` up to the line ``end`` (exclusive)."""
    lines = source_text.splitlines()
    try:
        first = lines.index(start)
    except ValueError:
        raise CorpusError(f"Start line not found in the source: {start!r}") from None
    last = len(lines)
    if end is not None:
        try:
            last = lines.index(end, first + 1)
        except ValueError:
            raise CorpusError(f"End line not found after the start: {end!r}") from None
    paragraphs = join_page_breaks(split_paragraphs("\n".join(lines[first:last])))
    return "\n\n".join(paragraphs)


def model_fields(label):
    """The model's fields in declaration order, as a fixture lists them."""
    model = apps.get_model(label)
    fields = model._meta.local_fields + model._meta.local_many_to_many
    # The version counts a database's admin saves (tillit.models.EditedModel): not content.
    return [
        f
        for f in sorted(fields, key=lambda f: f.creation_counter)
        if not f.primary_key and f.name != "version"
    ]


class Builder:
    def __init__(self, documents, sources_dir):
        self.documents = documents
        self.sources_dir = Path(sources_dir)
        self.texts = {}  # source slug -> full text ("" for a news article)
        self.proposal_reports = {}  # proposal slug -> SOU number
        self.statement_texts = {}  # statement slug -> text

    def build(self):
        self.index()
        objects = []
        for name, sections in LAYOUT.items():
            for section, label in sections.items():
                children = []
                for record in self.documents[name].get(section) or []:
                    fields = self.fields(label, record)
                    objects.append({"model": label, "fields": fields})
                    children += self.children(label, record, fields)
                objects += children
        self.check_verbatim(objects)
        return objects

    def index(self):
        """What records refer to across files: source texts, proposals' reports."""
        for source in self.documents["tillit"]["sources"]:
            self.texts[source["slug"]] = self.source_text(source)
        for proposal in self.documents["betankanden"]["proposals"]:
            self.proposal_reports[proposal["slug"]] = proposal["report"]

    def source_text(self, source):
        # Copyrighted journalism: keep the citation and the facts, never the text.
        if source["kind"] == "news_article":
            return ""
        path = self.sources_dir / source["file_name"]
        if not path.exists():
            raise CorpusError(f"Source text missing: {path}")
        return path.read_text(encoding="utf-8").strip()

    def children(self, label, record, parent_fields):
        if label not in CHILDREN:
            return []
        key, child_label, parent_field, number_field = CHILDREN[label]
        result = []
        for number, child in enumerate(record.get(key) or [], start=1):
            derived = {parent_field: [record["slug"]]}
            if number_field:
                derived[number_field] = number
            if child_label == "forum.participation" and "sources" not in child:
                derived["sources"] = parent_fields["sources"]
            result.append(
                {"model": child_label, "fields": self.fields(child_label, child, derived)}
            )
        return result

    def fields(self, label, record, derived=None):
        derived = dict(derived or {})
        nested = {CHILDREN[label][0]} if label in CHILDREN else set()
        known = {f.name for f in model_fields(label)} | nested | DIRECTIVES.get(label, set())
        unknown = set(record) - known
        if unknown:
            raise CorpusError(f"{label} {record.get('slug', '')}: unknown fields {sorted(unknown)}")
        derived.update(self.derived(label, record))
        fields = {}
        for field in model_fields(label):
            if field.name in derived:
                fields[field.name] = derived[field.name]
            elif field.name in record:
                fields[field.name] = self.value(label, field, record[field.name], record)
            else:
                fields[field.name] = [] if field.many_to_many else field.get_default()
        return fields

    def derived(self, label, record):
        if label == "tillit.source":
            return {"full_text": self.texts[record["slug"]]}
        if label == "betankanden.proposal":
            return {"chapter_sort": chapter_sort_key(record.get("chapter", ""))}
        if label == "remissvar.statement":
            where = record["text"]
            text = statement_text(
                self.texts[record["source"]], where["starts_at"], where["ends_before"]
            )
            self.statement_texts[record["slug"]] = text
            return {"text": text}
        return {}

    def value(self, label, field, value, record):
        if field.many_to_many:
            return [self.natural_key(field, item, record) for item in value]
        if field.is_relation:
            return None if value is None else self.natural_key(field, value, record)
        if isinstance(value, date):
            return value.isoformat()
        return str(value) if isinstance(value, str) else value

    def natural_key(self, field, value, record):
        target = field.related_model._meta.label_lower
        if target == "betankanden.proposal":
            if value not in self.proposal_reports:
                raise CorpusError(f"Unknown proposal: {value!r}")
            return [self.proposal_reports[value], str(value)]
        if target == "tillit.role":
            # A participant's role is named by its wording, among that person's roles.
            return [record["person"], str(value)]
        return [str(value)]

    def check_verbatim(self, objects):
        """Every quote stands, to the letter, in the text it is quoted from."""
        remiss_sources = {}
        for obj in objects:
            label, fields = obj["model"], obj["fields"]
            if label == "remissvar.remiss":
                remiss_sources[fields["slug"]] = fields["source"][0]
            for quote, texts, what in self.quotes(label, fields, remiss_sources):
                # A news article has no text to check against; its facts are cited only.
                texts = [text for text in texts if text]
                if quote and texts and not any(quote in text for text in texts):
                    raise CorpusError(f"{what}: not verbatim in its source: {quote[:80]!r}")

    def quotes(self, label, fields, remiss_sources):
        """(quote, the texts it must stand in, what it is) for one record."""

        def texts_of(slugs):
            return [self.texts[slug] for slug in slugs]

        sources = [key[0] for key in fields.get("sources", [])]
        if label == "tillit.role":
            yield fields["wording"], texts_of(sources), f"Role of {fields['person'][0]}"
        elif label == "forum.theme":
            yield fields["title"], texts_of(sources), f"Theme {fields['number']}"
        elif label == "forum.participation":
            what = f"Participation {fields['order']} in {fields['meeting'][0]}"
            yield fields["description"], texts_of(sources), what
        elif label == "betankanden.proposal":
            quoted_from = self.record("betankanden", "proposals", fields["slug"])["quoted_from"]
            yield fields["text"], texts_of([quoted_from]), f"Proposal {fields['slug']}"
        elif label == "remissvar.decisionstep":
            source = remiss_sources[fields["remiss"][0]]
            yield fields["text"], texts_of([source]), f"Decision step {fields['order']}"
        elif label == "remissvar.statement":
            text = [self.statement_texts[fields["slug"]]]
            yield fields["overall_summary"], text, f"Overall summary of {fields['slug']}"
            yield fields["adoption_passage"], text, f"Reference in {fields['slug']}"
        elif label == "remissvar.position":
            slug = fields["statement"][0]
            what = f"Position of {slug} on {fields['proposal'][1]}"
            yield fields["passage"], [self.statement_texts[slug]], what

    def record(self, name, section, slug):
        return next(r for r in self.documents[name][section] if r["slug"] == slug)


def build(curated_dir=CURATED_DIR, sources_dir=SOURCES_DIR):
    """The list of fixture objects, in an order that satisfies every reference."""
    return Builder(read_curated(curated_dir), sources_dir).build()
