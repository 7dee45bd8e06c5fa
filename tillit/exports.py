"""
A filtered list taken away: CSV that Swedish Excel opens as it is (UTF-8
with a byte order mark, ";" between fields, ISO 8601 dates) and XLSX with
typed cells and a frozen header row. Both stream: rows are read from the
database in chunks and written as they come, so memory stays flat however
long the list (openpyxl's write-only mode keeps the sheet in a temporary
file, not in memory).

Each app declares its lists' columns (``<app>/exports.py``); a list view
with ExportMixin answers ``?format=csv`` or ``?format=xlsx`` with the rows
its filters select, in its order, all of them rather than one page. Another
page with a GET form (the stance matrix) downloads through DownloadMixin,
the same path, by saying which rows its query gives.
"""

import csv
import datetime
import tempfile
from dataclasses import dataclass, replace

from django.http import FileResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.utils.text import slugify
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from tillit.counting import estimated_count
from tillit.site import site_origin

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# Read from the database this many rows at a time.
CHUNK = 2000
# A download streams in a worker that has a time limit (gunicorn's timeout):
# 120,000 positions take 10 s as CSV and 26 s as Excel (bench/exports.md).
# A longer list is refused with a message to narrow it.
MAX_ROWS = 200_000


def swedish_number(number):
    """1000000 as Swedish writes it in plain text: "1 000 000"."""
    return f"{number:,}".replace(",", "\u00a0")


@dataclass(frozen=True)
class Column:
    """
    One column of an export: a stable name (never translated), how a record
    gives its value, and what it holds, for the /data/ page's column list.
    """

    name: str
    value: object  # value(record) -> str, int, date, or None
    description: str = ""
    # The value is a path on the site, written out as a full URL.
    link: bool = False

    def of(self, record):
        return self.value(record)

    def on_site(self, origin):
        """This column with its paths as full URLs at ``origin`` (tillit.site)."""
        path = self.value
        return replace(self, value=lambda record: origin + path(record), link=False)


def csv_value(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


class _Lines:
    """A file-like object whose write() returns what was written, for csv.writer."""

    def write(self, text):
        return text


def csv_lines(columns, records):
    """The export as CSV text, a line at a time, the byte order mark first."""
    writer = csv.writer(_Lines(), delimiter=";", lineterminator="\r\n")
    yield "\ufeff" + writer.writerow([column.name for column in columns])
    for record in records:
        yield writer.writerow([csv_value(column.of(record)) for column in columns])


def xlsx_file(columns, records, title):
    """The export as an .xlsx file (a temporary file, at its start)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for record in records:
        # Dates, numbers and text stay what they are: Excel sorts and sums them.
        sheet.append([column.of(record) for column in columns])
    # FileResponse closes it when the download is sent.
    output = tempfile.TemporaryFile()  # noqa: SIM115
    workbook.save(output)
    output.seek(0)
    return output


def export_response(format_, columns, records, name):
    """A download of ``records`` as ``format_`` ("csv" or "xlsx"), named after ``name``."""
    filename = f"{slugify(name)}.{format_}"
    if format_ == "csv":
        response = StreamingHttpResponse(csv_lines(columns, records), content_type=FORMATS["csv"])
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return FileResponse(
        xlsx_file(columns, records, name),
        as_attachment=True,
        filename=filename,
        content_type=FORMATS["xlsx"],
    )


def refused(message):
    """A 400 whose body says, in plain text, why there is no download."""
    return HttpResponseBadRequest(message.encode(), content_type="text/plain; charset=utf-8")


class Refused(Exception):
    """Why there is no download, said to the visitor in plain text (a 400, see ``refused``)."""


def check_form(form):
    """Refuse a download whose query the page's form refuses, naming each field's message."""
    if form.is_bound and not form.is_valid():
        errors = "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in form.errors.items()
        )
        raise Refused(f"Filtret kunde inte användas: {errors}")


def check_length(rows):
    """Refuse more rows than a worker can write within its time limit (MAX_ROWS)."""
    if rows > MAX_ROWS:
        about = "cirka " if getattr(rows, "approximate", False) else ""
        raise Refused(
            f"Listan har {about}{swedish_number(rows)} rader; en nedladdning rymmer högst "
            f"{swedish_number(MAX_ROWS)}. Avgränsa med filtren."
        )


class DownloadMixin:
    """
    For any page with a GET form: ``?format=csv`` or ``?format=xlsx``
    downloads the rows ``get_export_records`` gives for the page's query
    (``export_columns``, named ``get_export_name()``) instead of the page.
    Another format, or a query refused (``Refused``, see ``check_form`` and
    ``check_length``), gets a 400 that says why. One path for every download,
    so they all refuse, name and write alike.
    """

    export_columns = ()
    export_name = "export"

    def get(self, request, *args, **kwargs):
        format_ = request.GET.get("format")
        if format_ is None:
            return super().get(request, *args, **kwargs)
        if format_ not in FORMATS:
            return refused(f"Okänt format {format_!r}: välj csv eller xlsx.")
        try:
            records = self.get_export_records()
        except Refused as refusal:
            return refused(str(refusal))
        # A file leaves the site: its links must be whole (TILLIT_SITE_URL).
        origin = site_origin(request)
        columns = [
            column.on_site(origin) if column.link else column for column in self.export_columns
        ]
        return export_response(format_, columns, records, self.get_export_name())

    def get_export_records(self):
        """The rows to download, all of them; raises Refused for a query that cannot give them."""
        raise NotImplementedError

    def get_export_name(self):
        return self.export_name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # This page's rows, all of them, with the filters and sort chosen.
        query = self.request.GET.copy()
        for name in ("page", "per_page"):
            query.pop(name, None)
        context["exports"] = []
        for format_, label in (("csv", "CSV"), ("xlsx", "Excel")):
            query["format"] = format_
            context["exports"].append((label, f"?{query.urlencode()}"))
        return context


class ExportMixin(DownloadMixin):
    """
    For a FilteredListView: the download is every row the filters select, in
    the list's order, read from the database in chunks as it is written.
    """

    def get_export_records(self):
        filterset = self.get_filterset(self.get_filterset_class())
        check_form(filterset.form)
        check_length(estimated_count(filterset.qs))
        return self.get_export_queryset(filterset.qs).iterator(chunk_size=CHUNK)

    def get_export_queryset(self, queryset):
        """The filtered rows as the export reads them: leave out what no column needs."""
        return queryset
