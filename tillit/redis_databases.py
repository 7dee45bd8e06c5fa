"""Which Redis database holds what: read by the settings and by make bench, before Django is set up."""


def redis_database(url, offset):
    """``url`` with its database number moved on by ``offset`` (redis://h:6379/0 -> /1)."""
    base, _slash, number = url.rstrip("/").rpartition("/")
    if not number.isdigit():
        return f"{url.rstrip('/')}/{offset}"
    return f"{base}/{int(number) + offset}"
