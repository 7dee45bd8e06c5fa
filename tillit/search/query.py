"""
Asking the index: a query in words and "quoted phrases", every term
required; where that finds nothing, any of them. Ranked, with a count per
kind of record and a snippet of each hit on the page, its matched words in
<mark>. The same interface on PostgreSQL (tsquery, ts_rank_cd, ts_headline
for the page's rows only) and SQLite (FTS5 MATCH, bm25, Python snippets).
"""

import re
from dataclasses import dataclass, field

from django.db import connections
from django.utils.html import escape
from django.utils.safestring import mark_safe

from tillit.counting import Count
from tillit.search import swedish, vocabulary
from tillit.search.documents import kinds as document_kinds
from tillit.search.index import FTS_TABLE

# Longer queries are refused with a message, not cut.
MAX_QUERY_LENGTH = 200
# Markers ts_headline puts round a match; escaped text can hold neither.
START, STOP = "\x01", "\x02"
SNIPPET_WORDS = 30


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False
    # Words of the index this word also finds, as (word, stem): compounds
    # it is part of and close spellings (tillit.search.vocabulary).
    variants: tuple = ()
    # The closest word the index has, where it has none like this one.
    correction: str = ""

    def stems(self):
        """The stems this term matches on SQLite: its own, then its variants'."""
        return [swedish.stemmed(self.text), *(stem for _, stem in self.variants)]


def parse(text):
    """The terms of a query: "quoted phrases" and single words; stop words are dropped."""
    terms = []
    for match in re.finditer(r'"([^"]*)"|([^"\s]+)', text):
        phrase, word = match.groups()
        if phrase is not None:
            if swedish.words(phrase):
                terms.append(Term(" ".join(swedish.words(phrase)), phrase=True))
            continue
        for part in swedish.words(word):
            if part not in swedish.STOP_WORDS:
                terms.append(Term(part))
    # A word said twice asks for nothing more.
    return list(dict.fromkeys(terms))


def interpret(text, using="default"):
    """parse(text), each word with what else it finds in the index's vocabulary."""
    terms = []
    for term in parse(text):
        if not term.phrase:
            reading = vocabulary.read(term.text, using)
            term = Term(term.text, variants=reading.variants, correction=reading.correction)
        terms.append(term)
    return terms


def suggestion(terms):
    """The query again with each word the index lacks replaced by the closest it has; "" if none."""
    if not any(term.correction for term in terms):
        return ""
    return " ".join(
        f'"{term.text}"' if term.phrase else (term.correction or term.text) for term in terms
    )


@dataclass
class Hit:
    kind: str
    object_id: int
    part: int
    title: str
    url: str
    text: str
    snippet: str = ""


@dataclass
class Results:
    hits: list
    # Hits of the kinds asked for: exact, or "about" where ``estimated``.
    total: int
    # {kind: hits of that kind}, before narrowing to one kind.
    facets: dict = field(default_factory=dict)
    # The kinds whose count reached CANDIDATES_PER_KIND and is the planner's estimate.
    estimated: frozenset = frozenset()
    # How many of the hits are ranked, and can be paged through: of each
    # kind, the newest ``ranked_per_kind`` (CANDIDATES_PER_KIND).
    ranked: int = 0
    ranked_per_kind: int = 0
    # True when no record had every term, and these have any of them.
    any_term: bool = False
    # "Menade du …?": the query with its unknown words corrected, or "".
    suggestion: str = ""


# Ranking reads each candidate's vector: it orders, of each kind, the newest
# this many records that match (all of them where fewer do): five pages of
# each kind. Where the planner misjudges a word as common, it walks a kind's
# newest records until this many match: 100 keeps that walk under 30 ms at
# 100,000 statements (200 took up to 60 ms; bench/search.md). A search
# narrowed by more words ranks within what it narrows to. On PostgreSQL the
# count of a kind is exact below this; from it up, the planner estimates it
# (from the index's statistics) and the page says "about": counting every
# one of 300,000 matches of a common word takes seconds, an estimate a
# millisecond.
CANDIDATES_PER_KIND = 100


def search(text, kinds=(), offset=0, limit=20, using="default"):
    """
    The hits for ``text`` (see the module's doc), ``limit`` from ``offset``,
    in this order: hits whose title has the words as written, then those
    whose title has a variant of them, then the rest; among equals, by
    kind (a report before a paragraph that quotes it), then by relevance
    (PostgreSQL's ts_rank_cd, SQLite's bm25), then by age (newest first).
    """
    terms = interpret(text, using)
    if not terms:
        return Results([], 0)
    backend = PostgresBackend if connections[using].vendor == "postgresql" else SqliteBackend
    engine = backend(terms, using)
    results = engine.results(kinds, offset, limit, every=True)
    if not results.facets and len(terms) > 1:
        results = engine.results(kinds, offset, limit, every=False)
        results.any_term = True
    results.suggestion = suggestion(terms)
    return results


def matching(text, kind, using="default"):
    """
    (sql, params) selecting the ids of the records of ``kind`` that have
    every term of ``text``, for a list's own search field to filter by: the
    same index and the same reading of the words as the search page. None
    when the text has no term (stop words only): nothing to narrow by.
    """
    terms = interpret(text, using)
    if not terms:
        return None
    if connections[using].vendor == "postgresql":
        expression, params = PostgresBackend(terms, using).tsquery(every=True)
        return (
            "SELECT object_id FROM tillit_searchdocument "
            f"WHERE kind = %s AND vector @@ ({expression})",
            [kind, *params],
        )
    return (
        f"SELECT d.object_id FROM {FTS_TABLE} JOIN tillit_searchdocument AS d "
        f"ON d.id = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH %s AND d.kind = %s",
        [SqliteBackend(terms, using).match(every=True), kind],
    )


class PostgresBackend:
    def __init__(self, terms, using):
        self.terms, self.using = terms, using

    def tsquery(self, every, exact=False):
        """
        (SQL, params) of the query's tsquery: each term with its variants
        unless ``exact``, all terms (``every``) or any of them.
        """
        parts, params = [], []
        for term in self.terms:
            if term.phrase:
                parts.append("phraseto_tsquery('swedish', %s)")
                params.append(term.text)
            elif term.variants and not exact:
                # to_tsquery stems each word as the index did. Its syntax
                # has operators; words of letters and digits hold none.
                words = [term.text, *(word for word, _ in term.variants)]
                parts.append("to_tsquery('swedish', %s)")
                params.append(
                    " | ".join(" <-> ".join(re.findall(r"[^\W_]+", word)) for word in words)
                )
            else:
                parts.append("plainto_tsquery('swedish', %s)")
                params.append(term.text)
        return "(" + (" && " if every else " || ").join(parts) + ")", params

    def results(self, kinds, offset, limit, every):
        # One statement: each kind's candidates (its newest matches, at most
        # CANDIDATES_PER_KIND), their count per kind, and the page of them
        # ranked. The tsquery is written out in each kind's part rather than
        # read from a CTE: the planner must see it to choose between the
        # kind's GIN index (few matches) and walking its newest records
        # until enough match (many).
        query, params = self.tsquery(every)
        exact, exact_params = self.tsquery(every, exact=True)
        registered = document_kinds()
        asked = [kind for kind in registered if not kinds or kind in kinds]
        candidates = " UNION ALL ".join(
            f"(SELECT d.id, d.kind FROM tillit_searchdocument AS d WHERE d.kind = %s "
            f"AND d.vector @@ {query} ORDER BY d.object_id DESC, d.part DESC LIMIT %s)"
            for _ in registered
        )
        title = "ts_filter(d.vector, '{a}')"
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                f"WITH candidates AS MATERIALIZED ({candidates}), page AS ("
                "SELECT d.kind, d.object_id, d.part, d.title, d.url, d.text, "
                f"CASE WHEN {title} @@ {exact} THEN 0 WHEN {title} @@ {query} THEN 1 ELSE 2 END "
                "AS tier, array_position(%s::text[], d.kind::text) AS kind_rank, "
                f"ts_rank_cd(d.vector, {query}, 1) AS relevance "
                "FROM tillit_searchdocument AS d JOIN candidates AS c ON c.id = d.id "
                "WHERE d.kind = ANY(%s) "
                "ORDER BY tier, kind_rank, relevance DESC, d.object_id DESC, d.part "
                "LIMIT %s OFFSET %s) "
                "SELECT 0 AS section, kind::text, count(*) AS found, NULL::bigint AS object_id, "
                "NULL::integer AS part, NULL AS title, NULL AS url, NULL AS headline, "
                "NULL::integer AS tier, NULL::integer AS kind_rank, NULL::real AS relevance "
                "FROM candidates GROUP BY kind "
                "UNION ALL SELECT 1, kind::text, NULL, object_id, part, title, url, "
                # ts_headline is slow: for the rows of the page only.
                f"ts_headline('swedish', text, {query}, %s), tier, kind_rank, relevance "
                "FROM page ORDER BY section, tier, kind_rank, relevance DESC, object_id DESC, part",
                [
                    *(v for kind in registered for v in (kind, *params, CANDIDATES_PER_KIND)),
                    *exact_params, *params, registered, *params, asked, limit, offset,
                    *params, HEADLINE_OPTIONS,
                ],
            )  # fmt: skip
            facets, hits = {}, []
            for section, kind, found, object_id, part, title, url, headline, *_ in cursor:
                if section == 0:
                    facets[kind] = Count(found)
                else:
                    hits.append(Hit(kind, object_id, part, title, url, "", marked(headline)))
            over = [kind for kind in registered if facets.get(kind, 0) >= CANDIDATES_PER_KIND]
            if over:
                # More than were read: the planner's estimate. tillit_row_estimate()
                # plans the query written out with the tsquery as a literal
                # (format's %L quotes it) and returns the planner's rows.
                cursor.execute(
                    " UNION ALL ".join(
                        "SELECT %s, tillit_row_estimate(format("
                        "'SELECT 1 FROM tillit_searchdocument WHERE kind = %%L "
                        f"AND vector @@ %%L::tsquery', %s::text, ({query})::text))"
                        for _ in over
                    ),
                    [value for kind in over for value in (kind, kind, *params)],
                )
                for kind, estimate in cursor.fetchall():
                    # Never fewer than were read.
                    facets[kind] = Count.estimate(max(estimate, CANDIDATES_PER_KIND))
        shown = [kind for kind in asked if kind in facets]
        return _results(hits, facets, shown)


# ts_headline is slow: it runs on the rows of the page only.
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords={SNIPPET_WORDS}, MinWords=12, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)


def _results(hits, facets, shown):
    """Results of ``hits``, with ``facets`` ({kind: Count}) and the kinds ``shown``."""
    estimated = frozenset(kind for kind in shown if facets[kind].approximate)
    total = Count(sum(facets[kind] for kind in shown))
    return Results(
        hits,
        total=Count.estimate(total) if estimated else total,
        facets=facets,
        estimated=estimated,
        ranked=sum(min(facets[kind], CANDIDATES_PER_KIND) for kind in shown),
        ranked_per_kind=CANDIDATES_PER_KIND,
    )


class SqliteBackend:
    """
    FTS5 counts every match exactly (the embedded database serves smaller
    archives; its counts read postings, not rows) and ranks the same
    candidates as PostgreSQL: of each kind, the newest CANDIDATES_PER_KIND
    that match.
    """

    def __init__(self, terms, using):
        self.terms, self.using = terms, using

    def match(self, every, exact=False):
        """The FTS5 query: each term with its variants unless ``exact``, all terms or any."""
        parts = []
        for term in self.terms:
            stems = [swedish.stemmed(term.text)] if exact or term.phrase else term.stems()
            # Every stem quoted: FTS5's operators (AND, NEAR, *, ^, :) stay
            # words. Stems come from \w+ and hold no quote.
            quoted = [f'"{stem}"' for stem in stems]
            parts.append(quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})")
        return "(" + (" AND " if every else " OR ").join(parts) + ")"

    def results(self, kinds, offset, limit, every):
        # One statement, as on PostgreSQL: the count of every kind's
        # matches, then the page of the candidates ranked. The full-text
        # index must drive: SQLite would otherwise walk a kind's documents in
        # order and ask FTS5 about each (seconds for a phrase), so the
        # matches are read once, from FTS5, into a materialized table.
        match = self.match(every)
        registered = document_kinds()
        asked = [kind for kind in registered if not kinds or kind in kinds]
        candidates = " UNION ALL ".join(
            "SELECT * FROM (SELECT id FROM matched WHERE kind = %s "
            "ORDER BY object_id DESC, part DESC LIMIT %s)"
            for _ in asked
        )
        title_has = f"m.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
        kind_rank = " ".join(f"WHEN %s THEN {i}" for i, _ in enumerate(registered))
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                "WITH found AS MATERIALIZED ("
                f"SELECT rowid AS id, bm25({FTS_TABLE}, 4.0, 1.0) AS relevance FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH %s), "
                "matched AS MATERIALIZED (SELECT d.id, d.kind, d.object_id, d.part, f.relevance "
                "FROM found AS f JOIN tillit_searchdocument AS d ON d.id = f.id), "
                f"candidates AS ({candidates}) "
                "SELECT 0 AS section, kind, COUNT(*), NULL, NULL, NULL, NULL, NULL, "
                "NULL AS tier, NULL AS kind_rank, NULL AS relevance FROM matched GROUP BY kind "
                "UNION ALL SELECT * FROM ("
                "SELECT 1, m.kind, NULL, m.object_id, m.part, d.title, d.url, d.text, "
                f"CASE WHEN {title_has} THEN 0 WHEN {title_has} THEN 1 ELSE 2 END, "
                f"CASE m.kind {kind_rank} END, m.relevance "
                "FROM matched AS m JOIN tillit_searchdocument AS d ON d.id = m.id "
                "WHERE m.id IN (SELECT id FROM candidates) "
                "ORDER BY 9, 10, 11, m.object_id DESC, m.part LIMIT %s OFFSET %s) "
                "ORDER BY 1, 9, 10, 11, 4 DESC, 5",
                [
                    match,
                    *(v for kind in asked for v in (kind, CANDIDATES_PER_KIND)),
                    "title : " + self.match(every, exact=True), "title : " + match,
                    *registered, limit, offset,
                ],
            )  # fmt: skip
            facets, hits = {}, []
            for section, kind, found, *row, _tier, _rank, _relevance in cursor.fetchall():
                if section == 0:
                    facets[kind] = Count(found)
                else:
                    hits.append(Hit(kind, *row))
        stems = {stem for term in self.terms for stem in term.stems() for stem in stem.split()}
        for hit in hits:
            hit.snippet = snippet(hit.text, stems)
        return _results(hits, facets, [kind for kind in asked if kind in facets])


def snippet(text, stems, size=SNIPPET_WORDS):
    """About ``size`` words of ``text`` round its first match, the words whose stem is in ``stems`` marked."""
    tokens = list(re.finditer(r"\w+", text))
    matched = [i for i, token in enumerate(tokens) if swedish.stem(token[0].casefold()) in stems]
    if not tokens:
        return ""
    first = max(0, (matched[0] if matched else 0) - size // 3)
    last = min(len(tokens), first + size)
    start = tokens[first].start()
    end = tokens[last - 1].end()
    pieces, position = [], start
    for i in range(first, last):
        token = tokens[i]
        if i in matched:
            pieces += [text[position : token.start()], START, token[0], STOP]
            position = token.end()
    pieces.append(text[position:end])
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return marked(prefix + "".join(pieces) + suffix)


def marked(text):
    """``text`` escaped, its START/STOP markers as <mark> elements."""
    return mark_safe(escape(text).replace(START, "<mark>").replace(STOP, "</mark>"))
