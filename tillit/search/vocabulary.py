"""
What a query's word may also mean, read from the index's vocabulary
(SearchWord): the compounds it is part of (``bidrag`` finds ``statsbidrag``,
``tillit`` finds ``tillitsbaserad``: Swedish stemmers leave compounds whole),
spellings close to it (``policylabb`` and ``policylab``), and, for a word no
document has, the closest one there is ("Menade du vitesföreläggande?").

The database only proposes candidates, through its trigram index (pg_trgm
on PostgreSQL, an FTS5 trigram table on SQLite); which of them count is
decided here, by pg_trgm's similarity computed in Python, so that both
databases read a query alike.
"""

import re
from dataclasses import dataclass

from django.db import connections

from tillit.search import swedish
from tillit.search.index import WORD_TRIGRAM_TABLE

# A word this long or longer also finds the words that contain it. Shorter
# ones would find too much that is not theirs: "lag" is in "förslag".
COMPOUND_LENGTH = 5
# Words at least this similar are the same word spelt another way.
SAME_WORD = 0.7
# The least similarity for "Menade du …?" where no document has the word.
SUGGESTION = 0.35
# What one word may stand for at most, and how many candidates the database
# may propose for it: bounded however large the vocabulary grows.
MAX_VARIANTS = 30
MAX_CANDIDATES = 200
# Words shorter than this are not corrected: too little to go on.
CORRECTABLE_LENGTH = 4


@dataclass(frozen=True)
class Reading:
    """What one word of a query matches: itself, and its variants from the vocabulary."""

    word: str
    # (word, stem) pairs: compounds containing the word and close spellings,
    # one word for each stem, the closest first.
    variants: tuple = ()
    # The closest word the index has, where it has none with this word's stem.
    correction: str = ""


def trigrams(text):
    """The trigrams of ``text`` as pg_trgm counts them: each word padded with two spaces before and one after."""
    found = set()
    for word in re.findall(r"[^\W_]+", text.casefold()):
        padded = f"  {word} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return found


def similarity(first, second):
    """pg_trgm's similarity(): shared trigrams over all trigrams of the two."""
    a, b = trigrams(first), trigrams(second)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def read(word, using="default"):
    """The Reading of one (case-folded) query word."""
    stem = swedish.stem(word)
    rows = _candidates(word, stem, using)
    known = any(row_stem == stem for _, row_stem in rows)
    scored = sorted(
        (
            (similarity(word, candidate), candidate, candidate_stem)
            for candidate, candidate_stem in rows
        ),
        key=lambda item: (-item[0], abs(len(item[1]) - len(word)), item[1]),
    )
    compounds = len(word) >= COMPOUND_LENGTH and any(
        word in candidate for _, candidate, _ in scored
    )
    correction = ""
    # A word found inside compounds is a word of the index, not a misspelling.
    if not known and not compounds and _is_correctable(word):
        correction = next((candidate for score, candidate, _ in scored if score >= SUGGESTION), "")
    variants, stems = [], {stem}
    for score, candidate, candidate_stem in scored:
        if candidate_stem in stems:
            continue
        contains = len(word) >= COMPOUND_LENGTH and word in candidate
        if contains or score >= SAME_WORD or candidate == correction:
            stems.add(candidate_stem)
            variants.append((candidate, candidate_stem))
        if len(variants) == MAX_VARIANTS:
            break
    return Reading(word, tuple(variants), correction)


def _is_correctable(word):
    # A number close to another is another number ("2018", "2019"); the
    # vocabulary keeps no numbers.
    return len(word) >= CORRECTABLE_LENGTH and not any(char.isdigit() for char in word)


def _candidates(word, stem, using):
    """(word, stem) of the vocabulary's words that might matter to ``word``: at most a few hundred."""
    fuzzy = _is_correctable(word)
    compound = len(word) >= COMPOUND_LENGTH and fuzzy
    with connections[using].cursor() as cursor:
        if connections[using].vendor == "postgresql":
            parts, params = ["SELECT word, stem FROM tillit_searchword WHERE stem = %s"], [stem]
            if fuzzy:
                # % is "similar enough" (pg_trgm.similarity_threshold, 0.3), by the trigram index.
                parts.append(
                    "(SELECT word, stem FROM tillit_searchword WHERE word %% %s "
                    "ORDER BY similarity(word, %s) DESC, word LIMIT %s)"
                )
                params += [word, word, MAX_CANDIDATES]
            if compound:
                parts.append(
                    "(SELECT word, stem FROM tillit_searchword WHERE word LIKE %s "
                    "ORDER BY length(word), word LIMIT %s)"
                )
                params += [
                    "%" + word.replace("\\", "\\\\").replace("_", "\\_") + "%",
                    MAX_CANDIDATES,
                ]
            cursor.execute(" UNION ".join(parts), params)
            return cursor.fetchall()
        # One statement, as on PostgreSQL. The trigram tokenizer reads each
        # quoted string as text to find inside a word; \w+ holds no quote.
        joined = (
            f"SELECT w.word, w.stem FROM {WORD_TRIGRAM_TABLE} AS t "
            f"JOIN tillit_searchword AS w ON w.id = t.rowid WHERE {WORD_TRIGRAM_TABLE} MATCH %s"
        )
        parts, params = ["SELECT word, stem FROM tillit_searchword WHERE stem = %s"], [stem]
        shared = sorted({word[i : i + 3] for i in range(len(word) - 2)})
        if fuzzy and shared:
            parts.append(f"SELECT * FROM ({joined} ORDER BY rank LIMIT %s)")
            params += [" OR ".join(f'"{piece}"' for piece in shared), MAX_CANDIDATES]
        if compound:
            parts.append(f"SELECT * FROM ({joined} ORDER BY length(w.word), w.word LIMIT %s)")
            params += [f'"{word}"', MAX_CANDIDATES]
        cursor.execute(" UNION ".join(parts), params)
        return cursor.fetchall()
