"""
Carry corrections made in the admin back into the curated data.

Reads the curated YAML files, updates each record in place from the database
(so the comments and the order of the files survive), appends records that
are new, removes those that were deleted, and writes the files. Fields the
builder derives (a statement's text, a source's full text, numbering, sort
keys) are not written back: a change to one of them cannot be carried into
the data, and is reported instead of lost silently.
"""

import io
from datetime import date
from pathlib import Path

from django.apps import apps
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from tillit.corpus.build import (
    CHILDREN,
    CURATED_DIR,
    LAYOUT,
    SOURCES_DIR,
    Builder,
    model_fields,
    read_curated,
    yaml_loader,
)
from tillit.corpus.generate import real_rows

# Fields the builder fills in; they are not kept in the curated data.
DERIVED = {
    "tillit.source": {"full_text"},
    "betankanden.proposal": {"chapter_sort"},
    "remissvar.statement": {"text"},
    "forum.participation": {"meeting", "order"},
    "remissvar.decisionstep": {"remiss", "order"},
    "remissvar.position": {"statement"},
}


# What to tell an editor whose correction to a text built from a source
# cannot be carried back into the curated data.
EDITED_TEXT = {
    ("remissvar.statement", "text"): (
        "Texten i remissvaret {slug} har ändrats i databasen. Den byggs ur källtexten och "
        "kan inte föras tillbaka automatiskt: rätta källtexten eller markeringarna "
        "starts_at och ends_before i remissvar.yaml."
    ),
    ("tillit.source", "full_text"): (
        "Texten i källan {slug} har ändrats i databasen. Källtexterna i fixtures/sources/ "
        "ändras inte härifrån."
    ),
}


def yaml_value(field, value):
    """A field's value as the curated data writes it."""
    if field.many_to_many:
        seq = CommentedSeq(key_name(item) for item in value.all())
        seq.fa.set_flow_style()
        return seq
    if field.is_relation:
        return None if value is None else key_name(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    return value


def key_name(obj):
    """How a record names another: the last part of its natural key (a slug, an SOU number,
    a role's wording)."""
    return obj.natural_key()[-1]


def is_empty(value):
    """Empty values are left out of the curated data; the builder fills in the default."""
    if value is None or value is False:
        return True
    return isinstance(value, str | list) and len(value) == 0


def same(current, new):
    if isinstance(current, list) or isinstance(new, list):
        return list(current or []) == list(new or [])
    return current == new or str(current) == str(new)


class Exporter:
    def __init__(self, documents, sources_dir):
        self.documents = documents
        self.warnings = []
        # The texts as the curated data builds them, to tell an edited text from the built one.
        self.built = {}
        for obj in Builder(documents, sources_dir).build():
            self.built[(obj["model"], self.identity(obj["model"], obj["fields"]))] = obj["fields"]

    @staticmethod
    def identity(label, fields):
        for name in ("slug", "sou_number"):
            if name in fields:
                return fields[name]
        if label == "tillit.role":
            return (fields["person"][0], fields["wording"])
        return None

    def export(self):
        for name, sections in LAYOUT.items():
            for section, label in sections.items():
                self.documents[name][section] = self.merge(
                    label,
                    self.documents[name].get(section) or CommentedSeq(),
                    # Never the generated data (manage.py generate_corpus).
                    list(real_rows(label)),
                    self.match_key(label),
                )
        return self.documents

    def match_key(self, label):
        if label == "tillit.role":
            return lambda item: (item["person"], item["wording"])
        field = "sou_number" if label == "betankanden.report" else "slug"
        return lambda item: item[field]

    def merge(self, label, records, objects, key_of):
        """
        ``records`` updated in place from ``objects``: new ones appended, gone ones
        removed. In place, because the comments of a YAML file hang on its
        records and sequences.
        """
        by_key = {key_of(self.plain(label, obj)): obj for obj in objects}
        for index in reversed(range(len(records))):
            obj = by_key.pop(key_of(records[index]), None)
            if obj is None:
                del records[index]
            else:
                self.update(label, records[index], obj)
        for obj in by_key.values():
            record = CommentedMap()
            self.update(label, record, obj)
            records.append(record)
        return records

    def plain(self, label, obj):
        """The values that identify ``obj`` as its record does."""
        fields = {f.name: f for f in model_fields(label)}
        values = {}
        for name in ("slug", "sou_number", "person", "wording", "proposal"):
            if name in fields:
                values[name] = yaml_value(fields[name], getattr(obj, name))
        return values

    def update(self, label, record, obj):
        fields = model_fields(label)
        position = 0
        for field in fields:
            if field.name in DERIVED.get(label, set()):
                self.check_derived(label, field, obj)
                if field.name in record:
                    position = list(record).index(field.name) + 1
                continue
            new = yaml_value(field, getattr(obj, field.name))
            if is_empty(new):
                record.pop(field.name, None)
                continue
            if field.name in record:
                if not same(record[field.name], new):
                    record[field.name] = new
                position = list(record).index(field.name) + 1
            else:
                record.insert(position, field.name, new)
                position += 1
        # A participation's sources equal to its meeting's are left out of the data.
        if (
            label == "forum.participation"
            and "sources" in record
            and list(record["sources"]) == [s.slug for s in obj.meeting.sources.all()]
        ):
            del record["sources"]
        if label in CHILDREN:
            self.update_children(label, record, obj)
        if label == "betankanden.proposal" and "quoted_from" not in record:
            self.warnings.append(
                f"Förslaget {obj.slug} är nytt: ange quoted_from (källan som texten citeras ur) "
                "för hand innan `make corpus`."
            )

    def update_children(self, label, record, obj):
        key, child_label, parent_field, number_field = CHILDREN[label]
        children = list(apps.get_model(child_label).objects.filter(**{parent_field: obj}))
        records = record.get(key) or CommentedSeq()
        if number_field:
            result = self.merge_numbered(child_label, records, children, number_field)
        else:
            result = self.merge(child_label, records, children, lambda item: item["proposal"])
        if not result:
            record.pop(key, None)
        elif key not in record:
            record[key] = result

    def merge_numbered(self, label, records, objects, number_field):
        """Numbered children (participations, decision steps) are matched by their place."""
        by_number = {getattr(obj, number_field): obj for obj in objects}
        for index in reversed(range(len(records))):
            obj = by_number.pop(index + 1, None)
            if obj is None:
                del records[index]
            else:
                self.update(label, records[index], obj)
        for _number, obj in sorted(by_number.items()):
            record = CommentedMap()
            self.update(label, record, obj)
            records.append(record)
        return records

    def check_derived(self, label, field, obj):
        """A derived text edited in the admin cannot be written back: say so."""
        message = EDITED_TEXT.get((label, field.name))
        built = self.built.get((label, obj.slug)) if message else None
        if built is not None and built[field.name] != getattr(obj, field.name):
            self.warnings.append(message.format(slug=obj.slug))


def render(documents):
    """{file name: YAML text} as the files are written."""
    yaml = yaml_loader()
    texts = {}
    for name, document in documents.items():
        out = io.StringIO()
        yaml.dump(document, out)
        texts[name] = out.getvalue()
    return texts


def export(curated_dir=CURATED_DIR, sources_dir=SOURCES_DIR):
    """({file name: YAML text} with the database's records, [warnings])."""
    exporter = Exporter(read_curated(curated_dir), sources_dir)
    return render(exporter.export()), exporter.warnings


def changed_files(texts, directory):
    """The names of the files whose text differs from what is in ``directory``."""
    return [
        name
        for name, text in texts.items()
        if not (path := Path(directory) / f"{name}.yaml").exists()
        or path.read_text(encoding="utf-8") != text
    ]


def write(texts, directory):
    """Write the files that differ; return their names."""
    changed = changed_files(texts, directory)
    for name in changed:
        (Path(directory) / f"{name}.yaml").write_text(texts[name], encoding="utf-8")
    return changed
