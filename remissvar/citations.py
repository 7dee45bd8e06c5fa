"""
A statement's citation, and one paragraph's (tillit/citations.py).

A paragraph has no page of its own: it is the anchor #stycke-N of its
statement's page. Its citation is asked for on that page, ``?stycke=N``
(the box's small form leads there), rather than printed beside every
paragraph, which would add a box to each of a statement's forty-odd
paragraphs, or on a page of its own, which would be one more page kind
to route, translate and test for what is one line of the statement's.
The cited address is the statement's with #stycke-N, the anchor the page
has always had; the page's canonical link stays the statement's.
"""

from django.utils.translation import gettext

from tillit.citations import Citation, CitationError
from tillit.site import absolute_url
from tillit.text import split_paragraphs

# ?stycke= longer than this is no paragraph of any statement (and int() of
# thousands of digits is refused by Python itself).
_MAX_DIGITS = 6


def statement_title(statement):
    """
    A statement has no title of its own: it is named by what it is and the
    remiss it answers, as its page names it ("Utbildningsnämnden: remissvar").
    """
    kind = "Promemoria" if statement.is_memorandum else "Remissvar"
    return f"{kind}: {statement.remiss.title}"


def statement_citation(statement, request=None, paragraph=None):
    """
    The body is the author. The date is the body's decision; a statement
    that records no decision (the memorandum, an office's tjänsteutlåtande)
    is dated by its text, and the citation says which it is. The file number
    is the remiss's, the answering organisation's (KS 2018/1086 is Stockholms
    stad's), so it is named with its holder: the model holds no file number
    of a committee's own.
    """
    remiss = statement.remiss
    holder = remiss.responding_organisation
    file_number = remiss.file_number
    if holder.pk != statement.body_id:
        file_number = f"{file_number} ({holder.name})"
    if statement.decision_date:
        date, date_label = statement.decision_date, "Beslutat"
    else:
        date, date_label = statement.report_date, "Daterat"
    key = f"{statement.slug}-{date.year}" if date else statement.slug
    url = absolute_url(statement.get_absolute_url(), request)
    if paragraph:
        key, url = f"{key}-stycke-{paragraph}", f"{url}#stycke-{paragraph}"
    return Citation(
        key=key,
        title=statement_title(statement),
        url=url,
        author=str(statement.body),
        date=date,
        date_label=date_label if date else "",
        file_number=file_number,
        paragraph=paragraph,
        ris_type="GOVDOC",
    )


def paragraph_number(statement, value):
    """The paragraph that ``?stycke=`` names, checked against the statement's text."""
    if not (value.isascii() and value.isdigit()):
        raise CitationError(
            gettext("Ange stycket med dess nummer i siffror, till exempel 3."), status=400
        )
    count = len(split_paragraphs(statement.text))
    if len(value) > _MAX_DIGITS or not 1 <= int(value) <= count:
        raise CitationError(
            gettext("Remissvaret har inget stycke %(number)s. Dess stycken är 1–%(count)s.")
            % {"number": value[: _MAX_DIGITS + 1], "count": count},
            status=404,
        )
    return int(value)
