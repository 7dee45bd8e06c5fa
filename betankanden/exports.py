"""The columns of the proposal list's CSV and Excel exports (tillit.exports)."""

from django.utils.translation import gettext_lazy as _

from tillit.exports import Column

PROPOSAL_COLUMNS = [
    Column(
        "proposal", lambda p: p.key, _("Förslagets nyckel, <betänkande>.<förslag>, som i API:t.")
    ),
    Column("report", lambda p: p.report.sou_number, _("Betänkandets SOU-nummer.")),
    Column(
        "kind", lambda p: p.kind, _("Typ, t.ex. proposal, statute_change eller recommendation.")
    ),
    Column("chapter", lambda p: p.chapter, _("Kapitlet i betänkandet, om källan anger det.")),
    Column("short_title", lambda p: p.short_title, _("Förslagets korta rubrik.")),
    Column("statute", lambda p: p.statute, _("Författningen som ändras, för författningsförslag.")),
    # One cell, as the person list's roles: "Regeringen | Skolinspektionen".
    Column(
        "addressees",
        lambda p: " | ".join(addressee.name for addressee in p.addressees.all()),
        _("Vilka förslaget riktar sig till, åtskilda med |."),
    ),
    Column("text", lambda p: p.text, _("Förslaget ordagrant ur källan.")),
    Column("url", lambda p: p.get_absolute_url(), _("Förslagets sida i portalen."), link=True),
]
