"""The main menu, which says where the reader is."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

register = template.Library()

# (URL name, label) in menu order. Named, not imported: the core knows the
# apps' pages only by name, as templates do.
MAIN_MENU = [
    ("forum:meeting-list", _("Möten")),
    ("betankanden:report-list", _("Betänkanden")),
    ("remissvar:remiss-list", _("Remisser")),
    ("remissvar:statement-list", _("Remissvar")),
    ("remissvar:position-list", _("Ställningstaganden")),
    ("portal:organisation-list", _("Organisationer")),
    ("portal:person-list", _("Personer")),
    ("portal:timeline", _("Tidslinje")),
    ("portal:source-list", _("Källor")),
]


def menu_items(path):
    """
    The menu's links, each with its ``aria-current`` value: ``page`` on the
    page it leads to, ``true`` on the section the page lies in (a meeting
    under Möten). The longest matching address wins, so a position, under
    /remissvar/positioner/, is in Ställningstaganden and not in Remissvar.
    """
    items = [{"url": reverse(name), "label": label, "current": ""} for name, label in MAIN_MENU]
    section = max(
        (item for item in items if path.startswith(item["url"])),
        key=lambda item: len(item["url"]),
        default=None,
    )
    if section is not None:
        section["current"] = "page" if path == section["url"] else "true"
    return items


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_menu(context):
    return {"items": menu_items(context["request"].path)}
