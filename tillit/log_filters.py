"""Filters of the log (settings.LOGGING)."""

import logging


class BadHostAsWarning(logging.Filter):
    """
    A request naming a host the site does not serve (DisallowedHost) is a
    client's mistake or a scanner's, answered 400: one WARNING line, without
    the traceback Django logs it with at ERROR, which buried real errors.
    """

    def filter(self, record):
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True
