"""The columns of the meeting list's CSV and Excel exports (tillit.exports)."""

from django.utils.translation import gettext_lazy as _

from tillit.exports import Column

MEETING_COLUMNS = [
    Column("meeting", lambda m: m.slug, _("Mötets nyckel.")),
    Column("title", lambda m: m.title, _("Mötets titel.")),
    Column("kind", lambda m: m.kind, _("Typ av möte, t.ex. forum_seminar eller dialogue_meeting.")),
    Column(
        "date", lambda m: m.date, _("Mötets datum, ÅÅÅÅ-MM-DD; tomt när källan inte anger dag.")
    ),
    # The sources give no year for some dates: the portal's inference, said as such.
    Column(
        "year_is_inferred",
        lambda m: m.year_is_inferred,
        _("Sant när källan inte anger året och portalen har härlett det (se mötets sida)."),
    ),
    Column(
        "theme", lambda m: m.theme.title if m.theme_id else None, _("Forum Tillits tema för mötet.")
    ),
    Column("audience", lambda m: m.audience, _("Målgruppen med källans ord.")),
    Column(
        "participant_count",
        lambda m: m.participant_count,
        _("Antalet deltagare som tal, där källan anger ett."),
    ),
    Column("url", lambda m: m.get_absolute_url(), _("Mötets sida i portalen."), link=True),
]
