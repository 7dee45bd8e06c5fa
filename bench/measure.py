"""
What each page costs inside Django: status, bytes of HTML and SQL queries per
request, measured with Django's test client against the benchmark's database
(the load tool measures time; this measures what the time is spent on).

Prints one JSON object per page kind, with its URL, for bench/run.py.
"""

import json
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tillit.settings")
    import django

    django.setup()
    from django.db import connection
    from django.templatetags.static import static
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.pages import page_urls

    client = Client()
    # A static file, as whitenoise serves it: the ceiling for the portal's pages.
    for kind, url in [*page_urls(), ("static-file", static("css/site.css"))]:
        client.get(url)  # warm: the first request pays for imports and caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        json.dump(
            {
                "kind": kind,
                "url": url,
                "status": response.status_code,
                "bytes": len(
                    b"".join(response.streaming_content) if response.streaming else response.content
                ),
                "queries": len(queries.captured_queries),
            },
            sys.stdout,
        )
        sys.stdout.write("\n")


if __name__ == "__main__":
    main()
