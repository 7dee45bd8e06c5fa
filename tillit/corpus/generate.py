"""
Generated data at the scale of a national archive, for measuring the portal.

``manage.py generate_corpus --statements N`` makes, from a seed, everything a
real archive holds at that size: nested organisations (municipalities and
agencies with their committees and administrations), people with roles,
meetings with participations, reports with proposals, remisses answered by
hundreds of bodies, statements of about 6 KB in paragraphs, and about ten
positions a statement whose passages are sentences of its text.

Every generated row is marked (``generated=True`` on the root records:
sources, organisations, people, themes, meetings, reports, remisses; their
children follow their parent), so the real corpus, its fixture and its export
never include them (:func:`real_rows`), and ``--replace`` removes them again.

Rows are written in bulk with explicit ids: ``COPY`` on PostgreSQL, one
``executemany`` per chunk elsewhere. The ORM would spend most of the time
building model instances nobody reads.
"""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import count, islice

from django.apps import apps
from django.db import connection, transaction

from tillit.search.documents import REGISTRY
from tillit.search.index import remove as remove_from_index

# A generated row, by model: the lookup that is true for it. Models without
# an entry (addressees) are never generated.
GENERATED_LOOKUPS = {
    "tillit.source": "generated",
    "tillit.organisation": "generated",
    "tillit.person": "generated",
    "tillit.role": "person__generated",
    "forum.theme": "generated",
    "forum.meeting": "generated",
    "forum.participation": "meeting__generated",
    "betankanden.report": "generated",
    "betankanden.proposal": "report__generated",
    "remissvar.remiss": "generated",
    "remissvar.decisionstep": "remiss__generated",
    "remissvar.statement": "remiss__generated",
    "remissvar.position": "statement__remiss__generated",
}

# Children first: the order in which generated rows can be deleted.
DELETE_ORDER = [
    "remissvar.position",
    "remissvar.statement",
    "remissvar.decisionstep",
    "remissvar.remiss",
    "betankanden.proposal",
    "betankanden.report",
    "forum.participation",
    "forum.meeting",
    "forum.theme",
    "tillit.role",
    "tillit.person",
    "tillit.organisation",
    "tillit.source",
]

CHUNK = 5000
POSITIONS_PER_STATEMENT = 10
PARAGRAPHS_PER_STATEMENT = 10
SENTENCES_PER_PARAGRAPH = 5
STANCE_WEIGHTS = {
    "supports": 45,
    "supports_with_reservations": 25,
    "hesitant": 12,
    "opposes": 8,
    "comments_only": 10,
}


def real_rows(label):
    """Every row of the model ``label`` that belongs to the real corpus."""
    model = apps.get_model(label)
    lookup = GENERATED_LOOKUPS.get(label)
    return model.objects.filter(**{lookup: False}) if lookup else model.objects.all()


def generated_rows(label):
    model = apps.get_model(label)
    return model.objects.filter(**{GENERATED_LOOKUPS[label]: True})


def generated_counts():
    """How many generated rows each model holds now."""
    return {label: generated_rows(label).count() for label in DELETE_ORDER}


def delete_generated():
    """Remove every generated row, children first, without loading them."""
    with transaction.atomic():
        # Their search documents first, while the rows that say which are there.
        for kind, registration in REGISTRY.items():
            label = registration.model._meta.label_lower
            if label in DELETE_ORDER:
                remove_from_index(kind, generated_rows(label).values("pk"))
        for label in DELETE_ORDER:
            model = apps.get_model(label)
            ids = generated_rows(label).values("pk")
            for through in _m2m_throughs(model):
                column = _through_column(through, model)
                through.objects.filter(**{f"{column}__in": ids}).delete()
            model.objects.filter(pk__in=ids)._raw_delete(connection.alias)


# Words for the texts. Invented, but in the language and register of real
# remiss answers, so that search, snippets and diffs meet realistic text.
PLACES = [
    "Ek", "Björk", "Lind", "Al", "Ask", "Sjö", "Berg", "Dal", "Näs", "Vik", "Hol", "Mo",
    "Sand", "Sten", "Ås", "Lund", "Mark", "Ström", "Fors", "Bo", "Hed", "Ny", "Öster", "Väster",
]  # fmt: skip
PLACE_ENDINGS = ["by", "sjö", "vik", "köping", "hamn", "torp", "stad", "berga", "fors", "mo", "ås", "näs"]  # fmt: skip
COMMITTEES = [
    "Utbildningsnämnden", "Socialnämnden", "Äldrenämnden", "Kulturnämnden", "Miljönämnden",
    "Byggnadsnämnden", "Idrottsnämnden", "Arbetsmarknadsnämnden", "Trafiknämnden",
    "Överförmyndarnämnden",
]  # fmt: skip
DISTRICTS = ["Norra", "Södra", "Östra", "Västra", "Centrala", "Inre", "Yttre"]
AGENCIES = [
    "verket", "inspektionen", "myndigheten", "styrelsen", "institutet", "nämnden", "kollegiet",
]  # fmt: skip
AGENCY_TOPICS = [
    "Skol", "Vård", "Social", "Miljö", "Arbetsmiljö", "Kultur", "Trafik", "Läkemedels",
    "Livsmedels", "Statistik", "Forsknings", "Upphandlings", "Kompetens", "Tillits",
]  # fmt: skip
FIRST_NAMES = [
    "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per",
    "Lena", "Mikael", "Emma", "Nils", "Ingrid", "Oskar", "Sofia", "Gustav", "Elin", "Ali",
    "Fatima", "Hanna", "Jonas", "Ida", "Magnus", "Linnea", "Omar", "Ulla", "Björn", "Maja",
]  # fmt: skip
LAST_NAMES = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist",
    "Berg", "Holm", "Sandberg", "Ek", "Strand", "Åberg", "Hassan", "Mohammed", "Lund",
]  # fmt: skip
TITLES = ["kommundirektör", "förvaltningschef", "ordförande", "generaldirektör", "enhetschef",
          "utredare", "professor", "verksamhetschef", "rektor", "analytiker"]  # fmt: skip
TOPICS = [
    "tillitsbaserad styrning", "generella statsbidrag", "en lärande tillsyn",
    "verksamhetsnära forskning", "ett nationellt policylabb", "medarbetarnas handlingsutrymme",
    "detaljstyrningen", "uppföljning och kontroll", "kollegialt lärande", "medledarskap",
    "ersättningsmodeller", "frikommunförsök", "samverkan mellan huvudmän", "vitesföreläggande",
    "analyskapaciteten", "datadrivet analysarbete", "det goda mötet", "styrningens effekter",
]  # fmt: skip
SUBJECTS = ["Nämnden", "Förvaltningen", "Myndigheten", "Kommunen", "Regionen", "Styrelsen",
            "Kontoret", "Organisationen"]  # fmt: skip
VERBS = [
    "delar utredningens bedömning av", "ställer sig bakom förslaget om", "ser positivt på",
    "är tveksam till", "avstyrker förslaget om", "vill understryka vikten av",
    "saknar en analys av", "välkomnar", "ser risker med", "instämmer i resonemanget om",
    "efterlyser tydligare riktlinjer för", "har inga invändningar mot",
]  # fmt: skip
CLAUSES = [
    "eftersom det stärker verksamheternas förutsättningar",
    "men konsekvenserna för kommunernas ekonomi behöver utredas vidare",
    "då medarbetarnas kunskap bättre kan tas till vara",
    "vilket kräver att resurser avsätts under flera år",
    "samtidigt som uppföljningen inte får bli en administrativ börda",
    "och anser att ansvaret bör ligga nära verksamheten",
    "men förslaget riskerar att öka skillnaderna mellan huvudmännen",
    "så att tilliten mellan stat och kommun kan växa",
    "utan att rättssäkerheten och likvärdigheten försämras",
    "och pekar på erfarenheter från det egna förbättringsarbetet",
]  # fmt: skip
HEADINGS = ["Sammanfattning", "Bakgrund", "Förvaltningens synpunkter", "Ärendet", "Beredning",
            "Övergripande synpunkter", "Synpunkter på enskilda förslag"]  # fmt: skip


@dataclass
class Plan:
    """How many rows of each kind ``statements`` statements come with."""

    statements: int
    organisations: int = 0
    people: int = 0
    themes: int = 20
    meetings: int = 0
    remisses: int = 0
    reports: int = 0
    sizes: list = field(default_factory=list)

    def __post_init__(self):
        n = self.statements
        self.remisses = max(2, n // 500)
        # Enough bodies for the largest remisses: about twice the average answer count.
        self.organisations = max(60, n // 100, 2 * n // self.remisses)
        self.people = max(40, n // 50)
        self.meetings = max(20, n // 20)
        self.reports = max(3, self.remisses * 3 // 2)
        self.sizes = remiss_sizes(n, self.remisses, self.organisations)

    def describe(self):
        return (
            f"{self.organisations} organisationer, {self.people} personer, "
            f"{self.meetings} möten, {self.reports} betänkanden, {self.remisses} remisser, "
            f"{self.statements} remissvar, omkring {self.statements * POSITIONS_PER_STATEMENT} "
            "ställningstaganden"
        )


def remiss_sizes(statements, remisses, organisations):
    """
    How many statements each remiss gets: a few large ones and many small,
    as in a real archive, adding up to ``statements``; none larger than the
    number of bodies that could answer (one statement per body per remiss).
    """
    if statements > remisses * organisations:
        raise ValueError("More statements than remisses times bodies can hold.")
    weights = [1 / (rank + 1) ** 0.6 for rank in range(remisses)]
    sizes = [0.0] * remisses
    # Fill by weight; what a full remiss cannot take goes to the others.
    open_slots, left = set(range(remisses)), float(statements)
    while left > 0.5 and open_slots:
        total = sum(weights[i] for i in open_slots)
        for i in list(open_slots):
            sizes[i] += left * weights[i] / total
        left = 0.0
        for i in list(open_slots):
            if sizes[i] >= organisations:
                left += sizes[i] - organisations
                sizes[i] = organisations
                open_slots.discard(i)
    sizes = [max(1, int(size)) for size in sizes]
    difference = statements - sum(sizes)
    while difference:
        step = 1 if difference > 0 else -1
        for i in range(remisses):
            if difference and 1 <= sizes[i] + step <= organisations:
                sizes[i] += step
                difference -= step
    return sizes


class Writer:
    """Bulk inserts with explicit ids: COPY on PostgreSQL, executemany elsewhere."""

    def __init__(self, progress=None):
        self.progress = progress or (lambda label, count: None)
        self.vendor = connection.vendor

    def next_id(self, model):
        last = model.objects.order_by("-pk").values_list("pk", flat=True).first()
        return (last or 0) + 1

    def insert(self, model, columns, rows, label=None):
        table = model._meta.db_table
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        count = 0
        with connection.cursor() as cursor:
            if self.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                        count += 1
                        if count % CHUNK == 0:
                            self.progress(label or table, CHUNK)
                self.progress(label or table, count % CHUNK)
            else:
                marks = ", ".join(["%s"] * len(columns))
                sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
                iterator = iter(rows)
                while chunk := list(islice(iterator, CHUNK)):
                    cursor.executemany(sql, chunk)
                    count += len(chunk)
                    self.progress(label or table, len(chunk))
        return count

    def refresh_statistics(self, models):
        """
        After a bulk load PostgreSQL knows neither how many rows there are nor
        which pages are all-visible: plans go wrong and index-only scans read
        the heap (a 0.3 s query instead of 3 ms, measured). VACUUM ANALYZE
        where it may run (outside a transaction), ANALYZE otherwise.
        """
        if self.vendor != "postgresql":
            return
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            for model in models:
                cursor.execute(f"{command} {model._meta.db_table}")

    def reset_sequences(self, models):
        if self.vendor != "postgresql":
            return
        with connection.cursor() as cursor:
            for model in models:
                table = model._meta.db_table
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 1))"
                )


def _m2m_throughs(model):
    return [f.remote_field.through for f in model._meta.many_to_many]


def _through_column(through, model):
    for f in through._meta.fields:
        if f.is_relation and f.related_model is model:
            return f.name
    raise LookupError(model)


class Generator:
    """Makes the rows of a :class:`Plan` from a seed; ``run`` writes them."""

    def __init__(self, plan, seed=1, progress=None):
        self.plan = plan
        self.random = random.Random(seed)
        self.writer = Writer(progress)
        self.model = {label: apps.get_model(label) for label in DELETE_ORDER}
        self.sentences = self._sentence_pool(3000)

    # The pieces --------------------------------------------------------------
    def _sentence_pool(self, size):
        pool = set()
        while len(pool) < size:
            pool.add(
                f"{self.random.choice(SUBJECTS)} {self.random.choice(VERBS)} "
                f"{self.random.choice(TOPICS)} {self.random.choice(CLAUSES)} "
                f"(punkt {self.random.randint(1, 999)})."
            )
        return sorted(pool)

    def _place(self, number):
        first = PLACES[number % len(PLACES)]
        ending = PLACE_ENDINGS[(number // len(PLACES)) % len(PLACE_ENDINGS)]
        lap = number // (len(PLACES) * len(PLACE_ENDINGS))
        return f"{first}{ending}" + (f" {lap + 1}" if lap else "")

    def _text(self, body_name):
        """About 6 KB of paragraphs, two of them subheadings; returns (text, sentences)."""
        rand = self.random
        paragraphs, sentences = [], []
        for number in range(PARAGRAPHS_PER_STATEMENT):
            if number in (0, PARAGRAPHS_PER_STATEMENT // 2):
                paragraphs.append(rand.choice(HEADINGS))
            chosen = rand.sample(self.sentences, SENTENCES_PER_PARAGRAPH)
            if number == 1:
                chosen[0] = f"{body_name} lämnar följande synpunkter på remissen."
            sentences += chosen
            paragraphs.append(" ".join(chosen))
        return "\n\n".join(paragraphs), sentences

    # The run ------------------------------------------------------------------
    def run(self):
        with transaction.atomic():
            self.source_id = self._source()
            organisations = self._organisations()
            people = self._people(organisations)
            self._forum(people, organisations)
            proposals_by_report = self._reports(people)
            self._remisses(organisations, proposals_by_report)
            self.writer.reset_sequences(self.model.values())
        self.writer.refresh_statistics(self.model.values())

    def _source(self):
        Source = self.model["tillit.source"]
        source_id = self.writer.next_id(Source)
        columns = ["id", "slug", "title", "publisher", "kind", "date", "file_name", "citation",
                   "full_text", "generated"]  # fmt: skip
        self.writer.insert(
            Source,
            columns,
            [
                (
                    source_id,
                    f"genererad-{source_id}",
                    "Genererade testdata",
                    "manage.py generate_corpus",
                    "generated",
                    None,
                    "",
                    "Påhittade uppgifter för att mäta kunskapsbanken i stor skala; inte en källa.",
                    "",
                    True,
                )
            ],
            "källor",
        )
        return source_id

    def _organisations(self):
        """Top-level bodies with committees under them and administrations under those."""
        Organisation = self.model["tillit.organisation"]
        next_id = self.writer.next_id(Organisation)
        rows, kinds = [], {}
        for number in count():
            if len(rows) >= self.plan.organisations:
                break
            top_id = next_id + len(rows)
            if number % 3 == 2:
                name = (f"{AGENCY_TOPICS[number % len(AGENCY_TOPICS)]}"
                        f"{AGENCIES[(number // 3) % len(AGENCIES)]}")  # fmt: skip
                name += (
                    f" {number // (3 * len(AGENCY_TOPICS))}"
                    if number >= 3 * len(AGENCY_TOPICS)
                    else ""
                )
                kind = "agency"
            else:
                name = f"{self._place(number)} {'kommun' if number % 3 == 0 else 'region'}"
                kind = "municipality" if number % 3 == 0 else "region"
            rows.append((top_id, name, f"gen-org-{top_id}", "", kind, None, True))
            kinds[top_id] = kind
            if kind == "agency":
                continue
            for index, committee in enumerate(COMMITTEES[: 3 + number % 5]):
                committee_id = next_id + len(rows)
                rows.append((committee_id, committee, f"gen-org-{committee_id}", "", "committee",
                             top_id, True))  # fmt: skip
                kinds[committee_id] = "committee"
                if index < 2:
                    admin_id = next_id + len(rows)
                    admin_name = committee.replace("nämnden", "förvaltningen")
                    rows.append((admin_id, admin_name, f"gen-org-{admin_id}", "", "administration",
                                 committee_id, True))  # fmt: skip
                    kinds[admin_id] = "administration"
            if kind == "municipality":
                for district in DISTRICTS[: number % 4]:
                    district_id = next_id + len(rows)
                    rows.append((district_id, f"{district} stadsdelsnämnden",
                                 f"gen-org-{district_id}", "", "district_committee", top_id, True))  # fmt: skip
                    kinds[district_id] = "district_committee"
        rows = rows[: self.plan.organisations]
        columns = ["id", "name", "slug", "abbreviation", "kind", "parent_id", "generated"]
        self.writer.insert(Organisation, columns, rows, "organisationer")
        self._link_sources(Organisation, [row[0] for row in rows])
        self.organisation_names = {row[0]: row[1] for row in rows}
        return [row[0] for row in rows]

    def _people(self, organisations):
        Person, Role = self.model["tillit.person"], self.model["tillit.role"]
        person_id, role_id = self.writer.next_id(Person), self.writer.next_id(Role)
        rand = self.random
        people, roles = [], []
        for number in range(self.plan.people):
            name = (f"{FIRST_NAMES[number % len(FIRST_NAMES)]} "
                    f"{LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]}")  # fmt: skip
            pk = person_id + number
            people.append((pk, name, f"gen-person-{pk}", True))
            title = rand.choice(TITLES)
            organisation = rand.choice(organisations)
            wording = f"{name}, {title} vid {self.organisation_names[organisation]}"
            roles.append((role_id + number, pk, title, organisation, False, wording))
        self.writer.insert(Person, ["id", "name", "slug", "generated"], people, "personer")
        self.writer.insert(
            Role,
            ["id", "person_id", "title", "organisation_id", "is_former", "wording"],
            roles,
            "roller",
        )
        self._link_sources(Person, [row[0] for row in people])
        self._link_sources(Role, [row[0] for row in roles])
        return [(row[1], row[0], row[3]) for row in roles]  # (person, role, organisation)

    def _forum(self, people, organisations):
        Theme, Meeting = self.model["forum.theme"], self.model["forum.meeting"]
        Participation = self.model["forum.participation"]
        rand = self.random
        theme_id = self.writer.next_id(Theme)
        last_number = Theme.objects.order_by("-number").values_list("number", flat=True).first()
        themes = [
            (theme_id + i, (last_number or 0) + 1 + i, f"{TOPICS[i % len(TOPICS)].capitalize()} "
             f"({i + 1})", f"gen-tema-{theme_id + i}", True)
            for i in range(self.plan.themes)
        ]  # fmt: skip
        self.writer.insert(Theme, ["id", "number", "title", "slug", "generated"], themes, "teman")
        self._link_sources(Theme, [row[0] for row in themes])
        meeting_id = self.writer.next_id(Meeting)
        kinds = ["dialogue_meeting", "forum_seminar", "conference", "start_meeting"]
        meetings, participations = [], []
        participation_id = self.writer.next_id(Participation)
        start = date(2005, 1, 1)
        for number in range(self.plan.meetings):
            pk = meeting_id + number
            theme = rand.choice(themes)
            day = start + timedelta(days=rand.randrange(20 * 365))
            undated = number % 50 == 49
            meetings.append((
                pk, f"gen-mote-{pk}",
                f"{'Dialogmöte' if number % 2 else 'Seminarium'} om {theme[2].lower()}, nr {number + 1}",
                kinds[number % len(kinds)], None if undated else day, False,
                "Datum saknas i de genererade uppgifterna." if undated else "",
                theme[0], "Chefer och medarbetare i offentlig sektor", False, None, "",
                f"Ett genererat möte om {theme[2].lower()}.", False, False, "", True,
            ))  # fmt: skip
            for order, (person, role, organisation) in enumerate(
                rand.sample(people, 3 + number % 4), 1
            ):
                participations.append((
                    participation_id + len(participations), pk, order, person, role, organisation,
                    "speaker" if order > 1 else "moderator", "", "",
                ))  # fmt: skip
        columns = ["id", "slug", "title", "kind", "date", "year_is_inferred", "date_reasoning",
                   "theme_id", "audience", "audience_is_the_series", "participant_count",
                   "participant_count_wording", "summary", "has_recording", "has_slides",
                   "media_note", "generated"]  # fmt: skip
        self.writer.insert(Meeting, columns, meetings, "möten")
        self._link_sources(Meeting, [row[0] for row in meetings])
        columns = ["id", "meeting_id", "order", "person_id", "person_role_id", "organisation_id",
                   "role", "talk_title", "description"]  # fmt: skip
        self.writer.insert(Participation, columns, participations, "medverkan")
        self._link_sources(Participation, [row[0] for row in participations])

    def _reports(self, people):
        Report, Proposal = self.model["betankanden.report"], self.model["betankanden.proposal"]
        rand = self.random
        report_id, proposal_id = self.writer.next_id(Report), self.writer.next_id(Proposal)
        taken = set(Report.objects.values_list("sou_number", flat=True))
        reports, proposals, by_report = [], [], {}
        number = 0
        while len(reports) < self.plan.reports:
            # Spread over thirty years, as an archive grows: a dozen a year.
            year, index = 1996 + number % 30, 1 + number // 30
            number += 1
            sou = f"SOU {year}:{index}"
            if sou in taken:
                continue
            pk = report_id + len(reports)
            topic = TOPICS[pk % len(TOPICS)]
            reports.append((
                pk, sou, f"sou-{year}-{index}-gen", f"Betänkande om {topic}", "", "main",
                date(year, 1 + index % 12, 1 + index % 28), "regeringen",
                rand.choice(people)[0], True,
            ))  # fmt: skip
            by_report[pk] = []
            for chapter in range(10 + pk % 21):
                proposal_pk = proposal_id + len(proposals)
                subject = TOPICS[(pk + chapter) % len(TOPICS)]
                proposals.append((
                    proposal_pk, pk, f"forslag-{chapter + 1}", "proposal", f"{chapter // 3 + 3}.{chapter % 3 + 1}",
                    f"{chapter // 3 + 3:04d}.{chapter % 3 + 1:04d}", "",
                    f"Förslag {chapter + 1}: {subject} ({sou})",
                    f"Utredningen föreslår att {subject} ska utvecklas (förslag {chapter + 1}).", "",
                ))  # fmt: skip
                by_report[pk].append(proposal_pk)
        columns = ["id", "sou_number", "slug", "title", "subtitle", "kind", "handed_over",
                   "recipient", "recipient_person_id", "generated"]  # fmt: skip
        self.writer.insert(Report, columns, reports, "betänkanden")
        self._link_sources(Report, [row[0] for row in reports])
        columns = ["id", "report_id", "slug", "kind", "chapter", "chapter_sort", "statute",
                   "short_title", "text", "note"]  # fmt: skip
        self.writer.insert(Proposal, columns, proposals, "förslag")
        self._link_sources(Proposal, [row[0] for row in proposals])
        self.report_dates = {row[0]: row[6] for row in reports}
        return by_report

    def _remisses(self, organisations, proposals_by_report):
        Remiss = self.model["remissvar.remiss"]
        Statement, Position = self.model["remissvar.statement"], self.model["remissvar.position"]
        DecisionStep = self.model["remissvar.decisionstep"]
        rand = self.random
        remiss_id = self.writer.next_id(Remiss)
        report_ids = list(proposals_by_report)
        remisses, remiss_reports, steps, plans = [], [], [], []
        step_id = self.writer.next_id(DecisionStep)
        for number, size in enumerate(self.plan.sizes):
            pk = remiss_id + number
            reports = [report_ids[number % len(report_ids)]]
            if number % 2:
                reports.append(report_ids[(number * 7 + 1) % len(report_ids)])
            reports = sorted(set(reports))
            handed_over = max(self.report_dates[r] for r in reports)
            deadline = handed_over + timedelta(days=90 + number % 60)
            sender = organisations[number % len(organisations)]
            remisses.append((
                pk, f"gen-remiss-{pk}", f"Remiss av {', '.join(str(r) for r in reports)} (genererad {number + 1})",
                sender, deadline, sender, f"GEN {handed_over.year}/{pk}", self.source_id, True,
            ))  # fmt: skip
            remiss_reports += [(pk, report) for report in reports]
            steps.append((step_id + 2 * number, pk, 1, sender, None, handed_over,
                          "Remissen skickades ut."))  # fmt: skip
            steps.append((step_id + 2 * number + 1, pk, 2, sender, None, deadline,
                          "Sista dag för remissvar."))  # fmt: skip
            proposals = [p for r in reports for p in proposals_by_report[r]]
            plans.append((pk, size, deadline, proposals))
        columns = ["id", "slug", "title", "sender_id", "deadline", "responding_organisation_id",
                   "file_number", "source_id", "generated"]  # fmt: skip
        self.writer.insert(Remiss, columns, remisses, "remisser")
        through = Remiss.reports.through
        self.writer.insert(through, ["remiss_id", "report_id"], remiss_reports, "remisser")
        columns = ["id", "remiss_id", "order", "organisation_id", "person_id", "date", "text"]
        self.writer.insert(DecisionStep, columns, steps, "beslutsgång")

        statement_id, position_id = self.writer.next_id(Statement), self.writer.next_id(Position)
        statements, positions = [], []
        stances, weights = list(STANCE_WEIGHTS), list(STANCE_WEIGHTS.values())
        for remiss, size, deadline, proposals in plans:
            for body in rand.sample(organisations, size):
                pk = statement_id + len(statements)
                text, sentences = self._text(self.organisation_names[body])
                decided = deadline - timedelta(days=rand.randrange(1, 30))
                stance = rand.choices(stances, weights)[0]
                statements.append((
                    pk, remiss, f"gen-remissvar-{pk}", "statement", body, None, None, decided,
                    decided - timedelta(days=rand.randrange(5, 40)), stance, sentences[0], text,
                    self.source_id, None, "",
                ))  # fmt: skip
                for proposal in rand.sample(
                    proposals, min(POSITIONS_PER_STATEMENT, len(proposals))
                ):
                    positions.append((
                        position_id + len(positions), pk, proposal,
                        rand.choices(stances, weights)[0], rand.choice(sentences),
                    ))  # fmt: skip
            if len(statements) >= CHUNK:
                self._write_statements(statements, positions)
                statement_id += len(statements)
                position_id += len(positions)
                statements, positions = [], []
        self._write_statements(statements, positions)

    def _write_statements(self, statements, positions):
        Statement, Position = self.model["remissvar.statement"], self.model["remissvar.position"]
        columns = ["id", "remiss_id", "slug", "kind", "body_id", "prepared_by_id", "signatory_id",
                   "decision_date", "report_date", "overall_stance", "overall_summary", "text",
                   "source_id", "adopts_views_of_id", "adoption_passage"]  # fmt: skip
        self.writer.insert(Statement, columns, statements, "remissvar")
        columns = ["id", "statement_id", "proposal_id", "stance", "passage"]
        self.writer.insert(Position, columns, positions, "ställningstaganden")

    def _link_sources(self, model, ids):
        """Each generated record cites the one generated source, as real ones cite theirs."""
        through = model.sources.through
        column = _through_column(through, model)
        self.writer.insert(
            through,
            [f"{column}_id", "source_id"],
            ((pk, self.source_id) for pk in ids),
            "källhänvisningar",
        )
