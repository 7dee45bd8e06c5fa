"""Questions about dates that stay cheap on large tables."""

from datetime import UTC, date, datetime, time

from django.db.models import Exists, Max, Min


def years_with(queryset, *fields):
    """
    The years in which any of ``fields`` of a row of ``queryset`` falls.

    DISTINCT over the truncated dates reads every row (33 ms a field over
    100,000 statements). This reads each field's first and last date from its
    index, then asks, in one more query, whether each year between has a row:
    an index probe a year. Two queries whatever the size of the table.
    """
    bounds = queryset.order_by().aggregate(
        **{f"{field}_first": Min(field) for field in fields},
        **{f"{field}_last": Max(field) for field in fields},
    )
    years, probes = set(), {}
    for field in fields:
        first, last = bounds[f"{field}_first"], bounds[f"{field}_last"]
        if first is None:
            continue
        # The first and last years too, known already: asking for them keeps
        # the query there, and the page's queries the same, for any span.
        for year in range(first.year, last.year + 1):
            in_year = {f"{field}__gte": date(year, 1, 1), f"{field}__lt": date(year + 1, 1, 1)}
            probes[f"{field}_{year}"] = Exists(queryset.order_by().filter(**in_year))
    if probes:
        # The probes need a row to be asked on: any row of the table will do,
        # and there is one, since a first date was found.
        found = queryset.model._default_manager.order_by().values(**probes)[:1].get()
        years |= {int(name.rsplit("_", 1)[1]) for name, exists in found.items() if exists}
    return years


def at_midnight(day):
    """A date as the start of its day in UTC, for formats that want a time (Atom's updated)."""
    return datetime.combine(day, time(), tzinfo=UTC) if day else None
