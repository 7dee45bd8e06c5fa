"""Two statements side by side: their positions per proposal and a word-level diff of their texts."""

import difflib
import re

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

# Words and the spaces between them, so the diff can be rejoined exactly.
_TOKENS = re.compile(r"\S+|\s+")


def _words(text):
    return _TOKENS.findall(text)


def similarity(text_a, text_b):
    """Share of words the two texts have in common, in order (0 to 1)."""
    a = [t for t in _words(text_a) if not t.isspace()]
    b = [t for t in _words(text_b) if not t.isspace()]
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _marked(tag, label, words):
    """Words in <ins> or <del>, with a hidden label for screen readers."""
    return format_html(
        '<{tag}><span class="visually-hidden">{label} </span>{words}</{tag}>',
        tag=tag,
        label=label,
        words="".join(words),
    )


def diff_html(text_a, text_b):
    """
    Text B as it differs from text A: removed words in <del>, added in <ins>,
    each with a hidden label, so the difference is not carried by colour
    (or by strike-through) alone. Every word is escaped.
    """
    a, b = _words(text_a), _words(text_b)
    removed, added = gettext("Borttaget:"), gettext("Tillagt:")
    pieces = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if op == "equal":
            pieces.append(format_html("{}", "".join(a[a_start:a_end])))
            continue
        if op in ("delete", "replace"):
            pieces.append(_marked("del", removed, a[a_start:a_end]))
        if op in ("insert", "replace"):
            pieces.append(_marked("ins", added, b[b_start:b_end]))
    html = "".join(str(piece) for piece in pieces)
    # Line and paragraph breaks of the texts stay breaks in the comparison.
    return mark_safe(html.replace("\n", "<br>"))  # every piece is escaped above


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
