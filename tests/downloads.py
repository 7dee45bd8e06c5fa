"""Reading the portal's downloads back as a spreadsheet program would."""

import csv
import io


def download(client, url):
    """The response to ``url`` and its whole streamed body."""
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return response, b"".join(response.streaming_content)


def read_csv(content):
    """A CSV download's rows as dicts, checked for what Swedish Excel needs."""
    assert content.startswith("\ufeff".encode())  # Swedish Excel reads UTF-8 only with a BOM
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
