"""
The words of Swedish public administration that the pages use, explained.

One list serves two places: the glossary on the "Om kunskapsbanken" page,
and the pages themselves, where the first use of each term in the main
content is marked up as a ``<dfn>`` that links to its explanation.

The explanations say what the words mean in general; they state no fact
about the corpus, so they need no source.
"""

import re
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Term:
    slug: str
    name: str  # as the glossary heads it, in the page's language
    explanation: str
    # Word forms in running text, per language; matched as whole words.
    forms: dict

    @property
    def anchor(self):
        return f"begrepp-{self.slug}"


def _words(*forms):
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.IGNORECASE)


TERMS = [
    Term(
        "betankande",
        _("betänkande"),
        _(
            "Den rapport som en statlig utredning lämnar till regeringen när den är klar, "
            "med utredningens analys och förslag."
        ),
        {"sv": _words("betänkande(?:t|n|na)?"), "en": _words("reports?")},
    ),
    Term(
        "sou",
        _("SOU"),
        _(
            "Statens offentliga utredningar: den serie där regeringens utredningar ges ut. "
            "Numret anger år och löpnummer, till exempel SOU 2018:47."
        ),
        {"sv": _words("SOU"), "en": _words("SOU")},
    ),
    Term(
        "remiss",
        _("remiss"),
        _(
            "När regeringen skickar ett betänkande till myndigheter, kommuner och "
            "organisationer för att få deras synpunkter innan den beslutar."
        ),
        {"sv": _words("remiss(?:en|er|erna)?"), "en": _words("consultations?")},
    ),
    Term(
        "remissinstans",
        _("remissinstans"),
        _("En myndighet, kommun, nämnd eller organisation som har fått en remiss."),
        {"sv": _words("remissinstans(?:en|er|erna|ernas)?"), "en": _words("consultees?")},
    ),
    Term(
        "remissvar",
        _("remissvar"),
        _("Det svar en remissinstans lämnar: vad den tycker om förslagen."),
        {
            "sv": _words("remissvar(?:et|en|ets)?"),
            "en": _words("consultation responses?"),
        },
    ),
    Term(
        "tillstyrka",
        _("tillstyrka"),
        _(
            "Att stödja ett förslag. Motsatsen är att avstyrka, att avråda från det. "
            "Den som är tveksam tar inte tydligt ställning åt något håll."
        ),
        {
            "sv": _words("tillstyrk(?:a|er|te|t|s)", "avstyrk(?:a|er|te|t|s)"),
            "en": _words("supports?", "opposes?"),
        },
    ),
    Term(
        "tjansteutlatande",
        _("tjänsteutlåtande"),
        _(
            "En skrivelse där en förvaltning eller ett kontor utreder ett ärende och föreslår "
            "hur nämnden ska besluta. Nämnden fattar sedan sitt beslut på sammanträdet."
        ),
        {
            "sv": _words("tjänsteutlåtande(?:t|n|na|ts)?"),
            "en": _words("official reports?"),
        },
    ),
    Term(
        "promemoria",
        _("promemoria"),
        _(
            "En kortare skrivelse. Här: borgarrådets promemoria med förslaget till hur "
            "staden ska svara på remissen."
        ),
        {"sv": _words("promemori(?:a|an|or|orna)"), "en": _words("memorand(?:um|a)")},
    ),
    Term(
        "namnd",
        _("nämnd"),
        _(
            "En grupp förtroendevalda politiker som leder en del av kommunens verksamhet, "
            "till exempel socialnämnden. En förvaltning gör arbetet åt nämnden."
        ),
        {"sv": _words("nämnd(?:en|er|erna|ernas)?"), "en": _words("committees?")},
    ),
    Term(
        "stadsdelsnamnd",
        _("stadsdelsnämnd"),
        _(
            "En nämnd som ansvarar för en stadsdel i en stor stad, till exempel Farsta "
            "stadsdelsnämnd i Stockholm."
        ),
        {
            "sv": _words("stadsdelsnämnd(?:en|er|erna|ernas)?"),
            "en": _words("district committees?"),
        },
    ),
]

# Inside these the words are someone else's (quotes, names in links), cannot
# hold markup (options, buttons, the title), or are headings and labels, where
# a link would read as navigation: a term is marked in running text.
# An element marked data-terms="off" (the glossary itself, labels in data
# views), aria-hidden or visually hidden is left alone too.
_SKIP = {
    "h1", "h2", "h3", "h4", "h5", "h6", "dt", "a", "q", "blockquote", "cite", "code", "pre", "dfn", "abbr", "option", "select",
    "textarea", "button", "label", "legend", "summary", "title", "script", "style", "svg",
    "caption", "th", "del", "ins", "mark",
}  # fmt: skip
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9]+)")
_LANG = re.compile(r"""\slang=["']?([a-zA-Z-]+)""")


def mark_first_uses(html, language=None):
    """
    ``html`` with the first use of each term in running text wrapped as
    ``<dfn title="explanation"><a href="glossary#term">word</a></dfn>``.

    Text in another language than the page's (a Swedish quote on an English
    page, ``lang="sv"``), in links, quotes, form controls and table headers is
    left as it is. Works on the escaped output of a template, so everything
    outside the tags it adds is the template's own.
    """
    language = (language or get_language() or "sv").split("-")[0]
    glossary_url = reverse("portal:about")
    pending = [term for term in TERMS if language in term.forms]
    pieces, stack = [], []
    parts = _TAG.split(str(html))
    for index, piece in enumerate(parts):
        if not pending:
            # Every term is marked: the rest of the page stays as it is.
            pieces.extend(parts[index:])
            break
        if piece.startswith("<"):
            _track(piece, stack, language)
        elif piece and not (stack and stack[-1][1]):
            piece, pending = _mark(piece, pending, language, glossary_url)
        pieces.append(piece)
    return mark_safe("".join(pieces))  # only tags built here from escaped values are added


def _track(tag, stack, language):
    match = _TAG_NAME.match(tag)
    if not match or tag.startswith(("<!", "<?")):
        return
    name = match.group(1).lower()
    if tag.startswith("</"):
        while stack:
            if stack.pop()[0] == name:
                break
        return
    if name in _VOID or tag.endswith("/>"):
        return
    if stack and stack[-1][1]:
        # Inside an element left alone: so is everything in it.
        stack.append((name, True))
        return
    lang = _LANG.search(tag)
    other_language = bool(lang) and lang.group(1).split("-")[0].lower() != language
    # Hidden from screen readers: a link inside would be focusable yet unnamed.
    # Visually hidden words (a matrix total's label): a link there would take
    # focus where no one can see it. Stance badges are labels too.
    switched_off = any(
        marker in tag
        for marker in ('data-terms="off"', 'aria-hidden="true"', 'class="stance', "visually-hidden")
    )
    stack.append((name, name in _SKIP or other_language or switched_off))


def _mark(text, pending, language, glossary_url):
    # Matches are found in the text as the template wrote it, before any markup
    # is added, so a word inside an added title can never be marked again.
    found = sorted(
        (match.start(), match.end(), term)
        for term in pending
        if (match := term.forms[language].search(text))
    )
    pieces, position, marked = [], 0, set()
    for start, end, term in found:
        if start < position:
            continue  # overlaps a term marked already; it may come later on the page
        link = (
            f'<dfn title="{escape(term.explanation)}">'
            f'<a class="term" href="{glossary_url}#{term.anchor}">{text[start:end]}</a></dfn>'
        )
        pieces += [text[position:start], link]
        position = end
        marked.add(term.slug)
    pieces.append(text[position:])
    return "".join(pieces), [term for term in pending if term.slug not in marked]
