"""The columns of the statement and position lists' CSV and Excel exports (tillit.exports)."""

from tillit.exports import Column

STATEMENT_COLUMNS = [
    Column("statement", lambda s: s.slug),
    Column("body", lambda s: s.body.name),
    Column("body_slug", lambda s: s.body.slug),
    Column("kind", lambda s: s.kind),
    Column("remiss_file_number", lambda s: s.remiss.file_number),
    Column("decision_date", lambda s: s.decision_date),
    Column("report_date", lambda s: s.report_date),
    Column("overall_stance", lambda s: s.overall_stance),
    Column("url", lambda s: s.get_absolute_url()),
]

POSITION_COLUMNS = [
    Column("statement", lambda p: p.statement.slug),
    Column("body", lambda p: p.statement.body.name),
    Column("body_slug", lambda p: p.statement.body.slug),
    Column("remiss_file_number", lambda p: p.statement.remiss.file_number),
    Column("decision_date", lambda p: p.statement.decision_date),
    Column("report", lambda p: p.proposal.report.sou_number),
    Column("proposal_chapter", lambda p: p.proposal.chapter),
    Column("proposal", lambda p: p.proposal.short_title),
    Column("stance", lambda p: p.stance),
    Column("passage", lambda p: p.passage),
    # The statement's page: finding the passage's paragraph (the position's
    # own link) reads the statement's text, 6 KB for each row.
    Column("statement_url", lambda p: p.statement.get_absolute_url()),
]
