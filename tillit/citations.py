"""
How a page is cited: one :class:`Citation`, written as plain text, as
BibTeX (bibtexparser) and as RIS (rispy), shown in the "Citera" box
(templates/includes/citation.html) and downloaded with ``?cite=bibtex`` or
``?cite=ris``. Each app says what its records' citations hold
(``betankanden/citations.py``, ``remissvar/citations.py``).

A citation is Swedish in both languages of the site, like the titles it is
made of, and the box marks it ``lang="sv"``. Dates are ISO 8601, which
reads the same in any language.

A citation gives no access date ("hämtad …"): pages are cached, by the
server until the next edit and by browsers and proxies for a minute, so a
date written into the page would be the day it was rendered, not the day
the reader read it. The box asks readers to add their own where their
style wants one.
"""

import datetime
from dataclasses import dataclass

import bibtexparser
import rispy
from bibtexparser.model import Entry, Field
from bibtexparser.writer import BibtexFormat
from django.http import HttpResponse
from django.utils.translation import gettext

FORMATS = {
    "bibtex": ("application/x-bibtex; charset=utf-8", "bib"),
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris"),
}

# Characters that TeX reads as commands in a field's text: a body named
# "Vård & omsorg" must not stop LaTeX. Braces are left alone (balanced, they
# group; BibTeX's own parsers count them). The url field is verbatim to
# biblatex and is not escaped.
_TEX_SPECIALS = {ord(char): "\\" + char for char in "&%$#_"}


def tex(text):
    """A field's text with TeX's special characters escaped."""
    return text.translate(_TEX_SPECIALS)


def sentence(text):
    """``text`` ended as a sentence, without doubling a full stop it has."""
    return text if text.endswith((".", "?", "!")) else text + "."


def _one_line(value):
    """An RIS tag's value on one line: a line break in it would start a stray tag."""
    if isinstance(value, list):
        return [_one_line(part) for part in value]
    return " ".join(value.split())


class _RisWriter(rispy.RisWriter):
    # rispy numbers each record ("1.") on a line before its TY; in the RIS
    # format a record starts with TY, and a line before it is not RIS.
    def set_header(self, count):
        return ""


@dataclass(frozen=True)
class Citation:
    """What a reference to one page (or one paragraph of it) holds; empty fields are left out."""

    # The BibTeX key and the download's file name: stable and ASCII (slugs).
    key: str
    title: str
    # The page's permanent absolute address (tillit.site), with #stycke-N for a paragraph.
    url: str
    # An organisation as one name, never split into given and family names.
    author: str = ""
    date: datetime.date | None = None
    # What the date is ("Beslutat", "Överlämnat"), since it is not always a publication's.
    date_label: str = ""
    # A report's number in its series: "SOU 2018:47".
    number: str = ""
    # What kind of document it is: "Huvudbetänkande", "Förslag".
    genre: str = ""
    # Where it stands, for a part of a larger work: "SOU 2018:47 Med tillit …, kapitel 7.6".
    part_of: str = ""
    # The file number with whose it is: "KS 2018/1086 (Stockholms stad)".
    file_number: str = ""
    paragraph: int | None = None
    bibtex_type: str = "misc"
    ris_type: str = "GEN"

    def details(self):
        """The facts after the title, each a sentence: date, file number, paragraph."""
        parts = []
        if self.date:
            parts.append(f"{self.date_label} {self.date.isoformat()}".strip() + ".")
        if self.file_number:
            parts.append(f"Dnr {self.file_number}.")
        if self.paragraph:
            parts.append(f"Stycke {self.paragraph}.")
        return " ".join(parts)

    def where(self):
        """The kind of document and where it stands: "Förslag i SOU 2018:47 …"."""
        if self.part_of:
            return f"{self.genre} i {self.part_of}" if self.genre else self.part_of
        return self.genre

    def reference(self):
        """The plain citation without its address, for a page to link the address itself."""
        parts = [self.author or self.number, self.title, self.where(), self.details()]
        return " ".join(sentence(part) for part in parts if part)

    def plain(self):
        return f"{self.reference()} {self.url}"

    def bibtex(self):
        fields = {
            # Double braces: an organisation is one name, and a style must
            # not lower-case a title's names ("SOU", "Stockholms stad").
            "author": f"{{{tex(self.author)}}}" if self.author else "",
            "title": f"{{{tex(self.title)}}}",
            "type": tex(self.genre) if self.bibtex_type == "techreport" else "",
            "number": tex(self.number),
            "howpublished": tex(self.where()) if self.bibtex_type == "misc" else "",
            "year": str(self.date.year) if self.date else "",
            "date": self.date.isoformat() if self.date else "",
            "note": tex(self.details()),
            "url": self.url,
            "langid": "swedish",
        }
        entry = Entry(
            self.bibtex_type,
            self.key,
            [Field(name, value) for name, value in fields.items() if value],
        )
        library = bibtexparser.Library()
        library.add(entry)
        layout = BibtexFormat()
        # Two spaces, not a tab: the box shows the entry as it is written.
        layout.indent = "  "
        return bibtexparser.write_string(library, bibtex_format=layout)

    def ris(self):
        record = {
            "type_of_reference": self.ris_type,
            "authors": [self.author] if self.author else [],
            "title": self.title,
            # A report's number (SN, which Zotero reads as a report's number) and kind (M3).
            "issn": self.number,
            "type_of_work": self.genre,
            "secondary_title": self.part_of,
            "year": str(self.date.year) if self.date else "",
            "date": self.date.strftime("%Y/%m/%d/") if self.date else "",
            "notes": [self.details()] if self.details() else [],
            "urls": [self.url],
            "language": "sv",
        }
        return rispy.dumps(
            [{name: _one_line(value) for name, value in record.items() if value}],
            implementation=_RisWriter,
        )

    def download(self, format_):
        """The citation as a file to save or open in a reference manager."""
        content_type, extension = FORMATS[format_]
        text = self.bibtex() if format_ == "bibtex" else self.ris()
        response = HttpResponse(text, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{self.key}.{extension}"'
        return response


class CitationError(Exception):
    """A citation the query asks for that cannot be given: said in the box, with its status."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def requested_format(value):
    """The download that ``?cite=`` asks for, None for the page itself."""
    if value is None or value == "":
        return None
    if value not in FORMATS:
        raise CitationError(
            gettext("Citatet finns inte i formatet ”%(format)s”. Välj bibtex eller ris.")
            % {"format": value[:20]}
        )
    return value


class CitationMixin:
    """
    A detail page with the "Citera" box. ``get_citation()`` says what the
    page cites, or raises CitationError for a query it cannot answer (the
    page then shows the message in the box, with the error's status);
    ``?cite=bibtex`` or ``?cite=ris`` answers with the citation as a file.
    """

    def get_citation(self):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        self.citation, self.citation_error = None, None
        try:
            self.citation = self.get_citation()
            format_ = requested_format(request.GET.get("cite"))
        except CitationError as error:
            self.citation_error = error
        else:
            if format_:
                return self.citation.download(format_)
        context = self.get_context_data(object=self.object)
        status = self.citation_error.status if self.citation_error else 200
        return self.render_to_response(context, status=status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["citation"] = self.citation
        context["citation_error"] = self.citation_error
        return context
