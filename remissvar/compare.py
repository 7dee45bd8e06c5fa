"""Two statements side by side: their positions per proposal and a word-level diff of their texts."""

import difflib
import hashlib
import re
from dataclasses import dataclass
from itertools import zip_longest

from django.core.cache import cache
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

# Words and the spaces between them, so the diff can be rejoined exactly.
_TOKENS = re.compile(r"\S+|\s+")
# Paragraphs with the blank lines after them, so that joined they are the text again.
_PARAGRAPHS = re.compile(r".+?(?:\n\s*\n|\Z)", re.S)


# What one comparison may cost, in the product of the token counts one
# SequenceMatcher run compares (its work grows with that product): measured
# here, 0.9 million (a 950-token run of Hässelby-Vällingby against Norrmalm)
# took 0.06 s and 6 million (utbildningsnämnden against äldrenämnden, whole)
# 0.44 s. A run over the block budget is compared paragraph by paragraph;
# past the total budget, what is left is marked removed and added whole.
BLOCK_BUDGET = 1_000_000
TOTAL_BUDGET = 2_500_000
CACHE_SECONDS = 24 * 60 * 60


def _words(text):
    return _TOKENS.findall(text)


def _marked(tag, label, words):
    """Words in <ins> or <del>, with a hidden label for screen readers."""
    return format_html(
        '<{tag}><span class="visually-hidden">{label} </span>{words}</{tag}>',
        tag=tag,
        label=label,
        words="".join(words),
    )


def _count(tokens):
    return sum(1 for token in tokens if not token.isspace())


@dataclass
class Comparison:
    """Text B as it differs from text A, and the share of words they have in common."""

    similarity: float
    html: str


class _Differ:
    def __init__(self):
        self.removed, self.added = gettext("Borttaget:"), gettext("Tillagt:")
        self.pieces, self.matched, self.spent = [], 0, 0

    def same(self, tokens):
        self.pieces.append(format_html("{}", "".join(tokens)))
        self.matched += _count(tokens)

    def changed(self, old, new):
        if old:
            self.pieces.append(_marked("del", self.removed, old))
        if new:
            self.pieces.append(_marked("ins", self.added, new))

    def words(self, old, new):
        """Word by word, if the budget allows (else False, and nothing is added)."""
        cost = len(old) * len(new)
        if cost > BLOCK_BUDGET or self.spent + cost > TOTAL_BUDGET:
            return False
        self.spent += cost
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for op, a_start, a_end, b_start, b_end in matcher.get_opcodes():
            if op == "equal":
                self.same(old[a_start:a_end])
            else:
                self.changed(old[a_start:a_end], new[b_start:b_end])
        return True


def compare(text_a, text_b):
    """
    A :class:`Comparison` of two texts, paragraph by paragraph first: equal
    paragraphs cost nothing, and only the runs of paragraphs that differ are
    compared word by word (as one run, so a paragraph split in two still
    lines up; paragraph by paragraph where a run is too long), within
    BLOCK_BUDGET and TOTAL_BUDGET. Every word is escaped. Cached by the two
    texts' hashes and the language of the labels.
    """
    digest = hashlib.sha256(f"{text_a}\x00{text_b}".encode()).hexdigest()
    key = f"compare:{get_language()}:{digest}"
    cached = cache.get(key)
    if cached is None:
        cached = _compare(text_a, text_b)
        cache.set(key, cached, CACHE_SECONDS)
    return cached


def _compare(text_a, text_b):
    paragraphs_a, paragraphs_b = _PARAGRAPHS.findall(text_a), _PARAGRAPHS.findall(text_b)
    differ = _Differ()
    matcher = difflib.SequenceMatcher(None, paragraphs_a, paragraphs_b, autojunk=False)
    for op, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        old, new = paragraphs_a[a_start:a_end], paragraphs_b[b_start:b_end]
        if op == "equal":
            differ.same(_words("".join(old)))
        elif not differ.words(_words("".join(old)), _words("".join(new))):
            # Too long as one run: pair the paragraphs in order instead, and
            # mark a pair that is still too long as removed and added whole.
            for para_a, para_b in zip_longest(old, new, fillvalue=""):
                words_a, words_b = _words(para_a), _words(para_b)
                if not differ.words(words_a, words_b):
                    differ.changed(words_a, words_b)
    total = _count(_words(text_a)) + _count(_words(text_b))
    html = "".join(str(piece) for piece in differ.pieces)
    # Line and paragraph breaks of the texts stay breaks in the comparison.
    return Comparison(
        similarity=2 * differ.matched / total if total else 1.0,
        html=mark_safe(html.replace("\n", "<br>")),  # every piece is escaped above
    )


def similarity(text_a, text_b):
    """Share of words the two texts have in common, in order (0 to 1)."""
    return compare(text_a, text_b).similarity


def diff_html(text_a, text_b):
    """
    Text B as it differs from text A: removed words in <del>, added in <ins>,
    each with a hidden label, so the difference is not carried by colour
    (or by strike-through) alone.
    """
    return compare(text_a, text_b).html


def positions_side_by_side(statement_a, statement_b):
    """Per proposal either statement addresses: (proposal, position in A, position in B, differ)."""
    by_proposal = {}
    for side, statement in enumerate((statement_a, statement_b)):
        for position in statement.positions.select_related("proposal__report"):
            position.statement = statement  # already at hand; links need its text
            by_proposal.setdefault(position.proposal, [None, None])[side] = position
    rows = []
    for proposal, (a, b) in sorted(
        by_proposal.items(), key=lambda item: (item[0].report.sou_number, item[0].chapter_sort)
    ):
        differ = (a.stance if a else None) != (b.stance if b else None)
        rows.append({"proposal": proposal, "a": a, "b": b, "differ": differ})
    return rows
