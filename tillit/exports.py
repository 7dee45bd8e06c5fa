"""
A filtered list taken away: CSV that Swedish Excel opens as it is (UTF-8
with a byte order mark, ";" between fields, ISO 8601 dates) and XLSX with
typed cells and a frozen header row. Both stream: rows are read from the
database in chunks and written as they come, so memory stays flat however
long the list (openpyxl's write-only mode keeps the sheet in a temporary
file, not in memory).

Each app declares its lists' columns (``<app>/exports.py``); a list view
with ExportMixin answers ``?format=csv`` or ``?format=xlsx`` with the rows
its filters select, in its order, all of them rather than one page.
"""

import csv
import datetime
import tempfile
from dataclasses import dataclass

from django.http import FileResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.utils.text import slugify
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from tillit.counting import estimated_count

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
    """One column of an export: a stable name (never translated) and how a record gives its value."""

    name: str
    value: object  # value(record) -> str, int, date, or None

    def of(self, record):
        return self.value(record)


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


class ExportMixin:
    """
    For a FilteredListView: ``?format=csv`` or ``?format=xlsx`` downloads
    every row the filters select (``export_columns``, named
    ``export_name``). Another format, or filters the form refuses, get a 400
    that says why.
    """

    export_columns = ()
    export_name = "export"

    def get(self, request, *args, **kwargs):
        format_ = request.GET.get("format")
        if format_ is None:
            return super().get(request, *args, **kwargs)
        if format_ not in FORMATS:
            return refused(f"Okänt format {format_!r}: välj csv eller xlsx.")
        filterset = self.get_filterset(self.get_filterset_class())
        if filterset.is_bound and not filterset.is_valid():
            errors = "; ".join(
                f"{name}: {' '.join(messages)}" for name, messages in filterset.errors.items()
            )
            return refused(f"Filtret kunde inte användas: {errors}")
        rows = estimated_count(filterset.qs)
        if rows > MAX_ROWS:
            about = "cirka " if rows.approximate else ""
            return refused(
                f"Listan har {about}{swedish_number(rows)} rader; en nedladdning rymmer högst "
                f"{swedish_number(MAX_ROWS)}. Avgränsa med filtren."
            )
        records = self.get_export_queryset(filterset.qs).iterator(chunk_size=CHUNK)
        return export_response(format_, self.export_columns, records, self.export_name)

    def get_export_queryset(self, queryset):
        """The filtered rows as the export reads them: leave out what no column needs."""
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # This list's rows, all of them, with the filters and sort chosen.
        query = self.request.GET.copy()
        for name in ("page", "per_page"):
            query.pop(name, None)
        context["exports"] = []
        for format_, label in (("csv", "CSV"), ("xlsx", "Excel")):
            query["format"] = format_
            context["exports"].append((label, f"?{query.urlencode()}"))
        return context
