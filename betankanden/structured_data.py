"""Reports and proposals as schema.org nodes (tillit/structured_data.py), from the rows their pages load."""

from betankanden.models import ProposalKind
from tillit.site import absolute_url
from tillit.structured_data import as_item, iso_date, item, node, sources_about


def report_node(report, request=None, **more):
    """
    A report by its SOU number. ``datePublished`` is the day it was handed
    over: an SOU is published when the inquiry hands it to the government,
    and the model holds no other date. No ``author`` or ``publisher``: the
    model names neither (the delegation's authorship is not recorded as data).
    """
    return node(
        "Report",
        name=report.title,
        alternativeHeadline=report.subtitle,
        reportNumber=report.sou_number,
        datePublished=iso_date(report.handed_over),
        url=absolute_url(report.get_absolute_url(), request),
        inLanguage="sv",
        **more,
    )


def report_item(report, request=None):
    """The report page's item, with the sources that tell of the report."""
    return as_item(
        report_node(report, request, subjectOf=sources_about(report.sources.all(), request))
    )


def proposal_item(proposal, request=None):
    """
    A proposal, part of its report. A statute change (``kind`` is
    statute_change, which the database allows only with the statute it
    changes) is ``Legislation``, which schema.org defines as a legal
    document "enforceable or not", so a proposed amendment too; it names the
    statute in ``legislationChanges``. Every other kind (a proposal to act, a
    recommendation, an assessment, principles) changes no law and is a
    ``CreativeWork``.
    """
    is_statute_change = proposal.kind == ProposalKind.STATUTE_CHANGE
    return item(
        "Legislation" if is_statute_change else "CreativeWork",
        name=proposal.short_title,
        url=absolute_url(proposal.get_absolute_url(), request),
        inLanguage="sv",
        isPartOf=report_node(proposal.report, request),
        legislationChanges=(
            node("Legislation", name=proposal.statute) if is_statute_change else None
        ),
        subjectOf=sources_about(proposal.sources.all(), request),
    )
