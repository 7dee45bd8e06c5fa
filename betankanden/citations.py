"""A report's citation and a proposal's (tillit/citations.py)."""

from django.utils import translation

from tillit.citations import Citation
from tillit.site import absolute_url


def _kind_in_swedish(record):
    # In the citation's language, whatever the page's.
    with translation.override("sv"):
        return record.get_kind_display()


def report_citation(report, request=None):
    """
    An SOU is cited by its number and title. The model names no author, so
    none is given. The date is the one the model has, the hand-over, and
    says so.
    """
    title = f"{report.title}: {report.subtitle}" if report.subtitle else report.title
    return Citation(
        key=report.slug,
        title=title,
        url=absolute_url(report.get_absolute_url(), request),
        number=report.sou_number,
        genre=_kind_in_swedish(report),
        date=report.handed_over,
        date_label="Överlämnat" if report.handed_over else "",
        bibtex_type="techreport",
        ris_type="RPRT",
    )


def proposal_citation(proposal, request=None):
    """A proposal has no date of its own: it is dated by its report's hand-over."""
    report = proposal.report
    part_of = f"{report.sou_number} {report.title}"
    if proposal.chapter:
        part_of += f", kapitel {proposal.chapter}"
    return Citation(
        key=f"{report.slug}-{proposal.slug}",
        title=proposal.short_title,
        url=absolute_url(proposal.get_absolute_url(), request),
        genre=_kind_in_swedish(proposal),
        part_of=part_of,
        date=report.handed_over,
        date_label="Överlämnat" if report.handed_over else "",
    )
