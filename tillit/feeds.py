"""What the portal's Atom feeds share: the format, and entries dated by one date field of their record."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from tillit.dates import at_midnight

ENTRIES = 50


class DatedAtomFeed(Feed):
    """An Atom feed whose entries are published and updated on their record's ``date_field``."""

    feed_type = Atom1Feed
    date_field = None

    def item_pubdate(self, item):
        return at_midnight(getattr(item, self.date_field))

    item_updateddate = item_pubdate
