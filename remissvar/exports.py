"""The columns of the statement and position lists' and the matrix's CSV and Excel exports."""

from django.utils.translation import gettext_lazy as _

from tillit.exports import Column

STATEMENT_COLUMNS = [
    Column("statement", lambda s: s.slug, _("Remissvarets nyckel (slug) i portalen och API:t.")),
    Column("body", lambda s: s.body.name, _("Organet som svarade.")),
    Column("body_slug", lambda s: s.body.slug, _("Organets nyckel.")),
    Column(
        "kind",
        lambda s: s.kind,
        _("Typ av handling: remissvar (statement) eller promemoria (memorandum)."),
    ),
    Column(
        "remiss_file_number",
        lambda s: s.remiss.file_number,
        _("Remissens diarienummer hos den svarande organisationen."),
    ),
    Column(
        "decision_date",
        lambda s: s.decision_date,
        _("Datum för organets beslut, ÅÅÅÅ-MM-DD; tomt om handlingen inte anger något."),
    ),
    Column(
        "report_date", lambda s: s.report_date, _("Datum för tjänsteutlåtandet eller promemorian.")
    ),
    Column(
        "overall_stance",
        lambda s: s.overall_stance,
        _(
            "Övergripande hållning: supports, supports_with_reservations, hesitant, opposes eller comments_only."
        ),
    ),
    Column("url", lambda s: s.get_absolute_url(), _("Remissvarets sida i portalen."), link=True),
]

POSITION_COLUMNS = [
    Column("statement", lambda p: p.statement.slug, _("Remissvarets nyckel.")),
    Column("body", lambda p: p.statement.body.name, _("Organet som svarade.")),
    Column("body_slug", lambda p: p.statement.body.slug, _("Organets nyckel.")),
    Column(
        "remiss_file_number", lambda p: p.statement.remiss.file_number, _("Remissens diarienummer.")
    ),
    Column("decision_date", lambda p: p.statement.decision_date, _("Datum för organets beslut.")),
    Column("report", lambda p: p.proposal.report.sou_number, _("Betänkandets SOU-nummer.")),
    Column(
        "proposal_chapter",
        lambda p: p.proposal.chapter,
        _("Kapitlet i betänkandet där förslaget står, om källan anger det."),
    ),
    Column("proposal", lambda p: p.proposal.short_title, _("Förslagets korta rubrik.")),
    Column(
        "stance",
        lambda p: p.stance,
        _("Ställningstagandet till förslaget (samma koder som overall_stance)."),
    ),
    Column(
        "passage",
        lambda p: p.passage,
        _("Det ordagranna citatet ur remissvaret som visar ställningstagandet."),
    ),
    # The statement's page: finding the passage's paragraph (the position's
    # own link) reads the statement's text, 6 KB for each row.
    Column(
        "statement_url",
        lambda p: p.statement.get_absolute_url(),
        _("Remissvarets sida i portalen."),
        link=True,
    ),
]

# The stance matrix's download: a long table, one row per body and proposal,
# every cell the page shows (on all its pages, "Tar inte upp" included). Long
# rather than a column per proposal: a pivot table, a filter or COUNTIFS in
# Excel wants one column per variable (body, proposal, stance), the columns
# stay the same whichever proposals the filters keep, and the transposed page
# is the same table, its rows read proposal by proposal.
NOT_ADDRESSED = "not_addressed"

MATRIX_COLUMNS = [
    Column("statement", lambda c: c.statement.slug, _("Remissvarets nyckel.")),
    Column("body", lambda c: c.statement.body.name, _("Organet som svarade.")),
    Column("body_slug", lambda c: c.statement.body.slug, _("Organets nyckel.")),
    Column(
        "body_kind", lambda c: c.statement.body.kind, _("Typ av organ, t.ex. district_committee.")
    ),
    Column(
        "statement_kind",
        lambda c: c.statement.kind,
        _("Remissvar (statement) eller promemoria (memorandum)."),
    ),
    Column("report", lambda c: c.proposal.report.sou_number, _("Betänkandets SOU-nummer.")),
    Column(
        "proposal_chapter",
        lambda c: c.proposal.chapter,
        _("Förslagets kapitel, om källan anger det."),
    ),
    Column("proposal", lambda c: c.proposal.short_title, _("Förslagets korta rubrik.")),
    Column("proposal_slug", lambda c: c.proposal.slug, _("Förslagets nyckel inom betänkandet.")),
    # A stance code as in the position list, or NOT_ADDRESSED.
    Column(
        "stance",
        lambda c: c.stance or NOT_ADDRESSED,
        _("Ställningstagandet, eller not_addressed när svaret inte tar upp förslaget."),
    ),
    # The statement (its key, as in the first column) whose view a cell
    # carries by reference: the page's "*".
    Column(
        "adopted_from",
        lambda c: c.adopted_from.slug if c.adopted_from else None,
        _("Remissvaret vars ställningstagande cellen hänvisar till, om svaret hänvisar i övrigt."),
    ),
]
