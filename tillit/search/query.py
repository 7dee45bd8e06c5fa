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

from tillit.search import swedish
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
    return terms


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
    total: int
    # {kind: hits of that kind}, before narrowing to one kind.
    facets: dict = field(default_factory=dict)
    # True when no record had every term, and these have any of them.
    any_term: bool = False


def search(text, kinds=(), offset=0, limit=20, using="default"):
    """The hits for ``text`` (see the module's doc), ``limit`` from ``offset``."""
    terms = parse(text)
    if not terms:
        return Results([], 0)
    backend = PostgresBackend if connections[using].vendor == "postgresql" else SqliteBackend
    engine = backend(terms, using)
    results = engine.results(kinds, offset, limit, every=True)
    if not results.facets and len(terms) > 1:
        results = engine.results(kinds, offset, limit, every=False)
        results.any_term = True
    return results


def matching(text, kind, using="default"):
    """
    (sql, params) selecting the ids of the records of ``kind`` that have
    every term of ``text``, for a list's own search field to filter by: the
    same index and the same reading of the words as the search page. None
    when the text has no term (stop words only): nothing to narrow by.
    """
    terms = parse(text)
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

    def tsquery(self, every):
        parts, params = [], []
        for term in self.terms:
            function = "phraseto_tsquery" if term.phrase else "plainto_tsquery"
            parts.append(f"{function}('swedish', %s)")
            params.append(term.text)
        return (" && " if every else " || ").join(parts), params

    def results(self, kinds, offset, limit, every):
        expression, params = self.tsquery(every)
        query = f"WITH query AS (SELECT {expression} AS q) "
        narrowed = " AND d.kind = ANY(%s)" if kinds else ""
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                f"{query}SELECT d.kind, COUNT(*) FROM tillit_searchdocument AS d, query "
                "WHERE d.vector @@ query.q GROUP BY d.kind",
                params,
            )
            facets = dict(cursor.fetchall())
            # ts_headline is slow: only for the rows of the page.
            cursor.execute(
                f"{query}SELECT kind, object_id, part, title, url, "
                "ts_headline('swedish', text, (SELECT q FROM query), %s) FROM ("
                "SELECT d.id, d.kind, d.object_id, d.part, d.title, d.url, d.text, "
                "ts_rank_cd(d.vector, query.q) AS rank FROM tillit_searchdocument AS d, query "
                f"WHERE d.vector @@ query.q{narrowed} ORDER BY rank DESC, d.id LIMIT %s OFFSET %s"
                ") AS page ORDER BY rank DESC, id",
                [
                    *params,
                    f"StartSel={START}, StopSel={STOP}, MaxWords={SNIPPET_WORDS}, MinWords=12, "
                    'MaxFragments=2, FragmentDelimiter=" … "',
                    *([list(kinds)] if kinds else []), limit, offset,
                ],
            )  # fmt: skip
            hits = [
                Hit(kind, object_id, part, title, url, "", marked(headline))
                for kind, object_id, part, title, url, headline in cursor.fetchall()
            ]
        total = sum(count for kind, count in facets.items() if not kinds or kind in kinds)
        return Results(hits, total, facets)


class SqliteBackend:
    def __init__(self, terms, using):
        self.terms, self.using = terms, using

    def match(self, every):
        # Every term quoted: FTS5's operators (AND, NEAR, *, ^, :) stay words.
        # Stems come from \w+ and hold no quote.
        quoted = ['"' + swedish.stemmed(term.text) + '"' for term in self.terms]
        return (" AND " if every else " OR ").join(quoted)

    def results(self, kinds, offset, limit, every):
        match = self.match(every)
        joined = (
            f"FROM {FTS_TABLE} JOIN tillit_searchdocument AS d ON d.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s"
        )
        with connections[self.using].cursor() as cursor:
            cursor.execute(f"SELECT d.kind, COUNT(*) {joined} GROUP BY d.kind", [match])
            facets = dict(cursor.fetchall())
            narrowed, params = "", [match]
            if kinds:
                narrowed = f" AND d.kind IN ({', '.join(['%s'] * len(kinds))})"
                params += list(kinds)
            cursor.execute(
                f"SELECT d.kind, d.object_id, d.part, d.title, d.url, d.text {joined}{narrowed} "
                f"ORDER BY bm25({FTS_TABLE}, 4.0, 1.0), d.id LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            hits = [Hit(*row) for row in cursor.fetchall()]
        stems = {swedish.stem(word) for term in self.terms for word in term.text.split()}
        for hit in hits:
            hit.snippet = snippet(hit.text, stems)
        total = sum(count for kind, count in facets.items() if not kinds or kind in kinds)
        return Results(hits, total, facets)


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
