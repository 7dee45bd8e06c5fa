"""What the portal's Atom feeds share: the format, and entries dated by one date field of their record."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from tillit.dates import at_midnight
from tillit.site import absolute_url

ENTRIES = 50


class DatedAtomFeed(Feed):
    """An Atom feed whose entries are published and updated on their record's ``date_field``."""

    feed_type = Atom1Feed
    date_field = None

    def item_pubdate(self, item):
        return at_midnight(getattr(item, self.date_field))

    item_updateddate = item_pubdate

    # Django puts the request's host before a path, and leaves a whole URL as
    # it is: with TILLIT_SITE_URL set, every link is at the site's origin.
    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["link"] = absolute_url(str(self.link), request)
        feed.feed["feed_url"] = absolute_url(request.path, request)
        feed.feed["id"] = feed.feed["link"]  # Atom's id is the link (no feed_guid is set)
        return feed

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())
