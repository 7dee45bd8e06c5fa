"""Helpers for the verbatim texts of sources and statements."""

import re
from typing import NamedTuple

from django.utils.html import escape
from django.utils.safestring import mark_safe

_BLANK_LINES = re.compile(r"\n\s*\n")
# The saved documents keep the originals' italics as *asterisks* (PM Rotel I:
# "Skolinspektionen *får* i stället för *ska*"); pages show them as emphasis.
_EMPHASIS = re.compile(r"\*(\S(?:[^*\n]*?\S)?)\*")
_WORD = re.compile(r"\w+", re.UNICODE)
# The saved statements keep their subheadings as paragraphs of their own:
# one short line that does not end a sentence ("Ärendet", "En lärande
# tillsyn (SOU 2018:48)"). The place and date line ("Stockholm den 25
# oktober 2018") and a signature in capitals look the same and are not headings.
_SUBHEADING_MAX = 90
_SENTENCE_END = tuple('.:;,!?”"…')
_DATE_LINE = re.compile(r"\bden \d{1,2} \w+ \d{4}$")


class Paragraph(NamedTuple):
    number: int
    html: str
    is_subheading: bool


def is_subheading(paragraph):
    """Whether a paragraph of a saved statement is one of its subheadings (see above)."""
    return (
        "\n" not in paragraph
        and len(paragraph) <= _SUBHEADING_MAX
        and not paragraph.endswith(_SENTENCE_END)
        and paragraph[:1].isupper()
        and not paragraph.isupper()
        and not _DATE_LINE.search(paragraph)
    )


def split_paragraphs(text):
    """Return the paragraphs of ``text`` (blocks separated by blank lines), stripped."""
    return [part.strip() for part in _BLANK_LINES.split(text or "") if part.strip()]


def numbered_paragraphs(text):
    """Return ``(number, paragraph)`` pairs, numbered from 1 as pages anchor them."""
    return list(enumerate(split_paragraphs(text), start=1))


def paragraph_number_of(passage, text):
    """Return the number of the paragraph that holds ``passage``, or None."""
    for number, paragraph in numbered_paragraphs(text):
        if passage in paragraph:
            return number
    return None


def emphasised(html):
    """Already escaped text with its *asterisked* words as <em>; the stored text is untouched."""
    return _EMPHASIS.sub(r"<em>\1</em>", html)


def without_emphasis_marks(text):
    """The text with its *asterisks* dropped, for places that take no markup (meta tags)."""
    return _EMPHASIS.sub(r"\1", text)


def verbatim_html(text):
    """A verbatim text as safe HTML: escaped, italics shown, line breaks kept."""
    return mark_safe(emphasised(escape(text)).replace("\n", "<br>"))  # escaped above


def describe_missing_passage(passage, text):
    """
    Explain, in Swedish for editors, why ``passage`` is not found in ``text``.

    Names the words that occur nowhere in the text; if every word occurs, shows
    where the passage stops matching, so a typo can be found without diffing by eye.
    """
    text_words = {word.lower() for word in _WORD.findall(text)}
    missing = []
    for word in _WORD.findall(passage):
        if word.lower() not in text_words and word not in missing:
            missing.append(word)
    if missing:
        return "Följande ord finns inte i texten: " + ", ".join(f"”{w}”" for w in missing) + "."
    # Every word exists somewhere: find the longest prefix of the passage that does.
    low, high = 0, len(passage)
    while low < high:
        middle = (low + high + 1) // 2
        if passage[:middle] in text:
            low = middle
        else:
            high = middle - 1
    rest = passage[low : low + 40]
    return (
        "Orden finns i texten men inte i denna ordning eller med denna stavning; "
        f"citatet avviker från texten vid: ”{rest}”."
    )


def marked_paragraphs(text, passages):
    """
    Numbered paragraphs (:class:`Paragraph`) as HTML, each quoted passage
    wrapped in ``<mark>``, subheadings told apart.

    Overlapping or repeated passages become one mark. Every piece of the text
    is escaped, so the source can never inject markup: only the ``<mark>``
    elements added here are HTML.
    """
    result = []
    for number, paragraph in numbered_paragraphs(text):
        spans = sorted(
            (start, start + len(passage))
            for passage in set(passages)
            if passage and (start := paragraph.find(passage)) >= 0
        )
        merged = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        pieces, position = [], 0
        for start, end in merged:
            pieces.append(escape(paragraph[position:start]))
            pieces.append(f"<mark>{escape(paragraph[start:end])}</mark>")
            position = end
        pieces.append(escape(paragraph[position:]))
        html = emphasised("".join(pieces)).replace("\n", "<br>")
        result.append(Paragraph(number, mark_safe(html), is_subheading(paragraph)))
    return result
