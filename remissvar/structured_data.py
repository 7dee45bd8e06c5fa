"""A statement as a schema.org node (tillit/structured_data.py), from the rows its page loads."""

from remissvar.citations import statement_title
from tillit.site import absolute_url
from tillit.structured_data import iso_date, item, node, organisation_node, source_node


def statement_item(statement, request=None):
    """
    A statement, written by its body (with the city above it, which the page
    loads). ``dateCreated`` is the body's decision, the day the text became
    its statement; one that records no decision is dated by its text
    (``listed_date``). Nothing is said of publication: the model does not
    know when a statement was made public.

    It is part of the remiss answer, which carries the file number (the
    statement has none of its own), and of the source document whose text
    it is.
    """
    remiss = statement.remiss
    return item(
        "CreativeWork",
        name=statement_title(statement),
        author=organisation_node(statement.body, request),
        dateCreated=iso_date(statement.listed_date),
        url=absolute_url(statement.get_absolute_url(), request),
        inLanguage="sv",
        isPartOf=[
            node(
                "CreativeWork",
                name=remiss.title,
                identifier=node("PropertyValue", propertyID="Dnr", value=remiss.file_number),
                url=absolute_url(remiss.get_absolute_url(), request),
            ),
            source_node(statement.source, request),
        ],
    )
