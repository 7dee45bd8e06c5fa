"""The columns of the meeting list's CSV and Excel exports (tillit.exports)."""

from tillit.exports import Column

MEETING_COLUMNS = [
    Column("meeting", lambda m: m.slug),
    Column("title", lambda m: m.title),
    Column("kind", lambda m: m.kind),
    Column("date", lambda m: m.date),
    # The sources give no year for some dates: the portal's inference, said as such.
    Column("year_is_inferred", lambda m: m.year_is_inferred),
    Column("theme", lambda m: m.theme.title if m.theme_id else None),
    Column("audience", lambda m: m.audience),
    Column("participant_count", lambda m: m.participant_count),
    Column("url", lambda m: m.get_absolute_url()),
]
