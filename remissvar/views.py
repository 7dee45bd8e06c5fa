from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from remissvar.citations import paragraph_number, statement_citation
from remissvar.compare import diff_html, positions_side_by_side, similarity
from remissvar.exports import MATRIX_COLUMNS, POSITION_COLUMNS, STATEMENT_COLUMNS
from remissvar.filters import PositionFilter, StatementFilter
from remissvar.forms import CompareForm, MatrixForm
from remissvar.matrix import StanceMatrix, legend
from remissvar.models import Position, Remiss, Statement, StatementKind
from remissvar.rollup import rollup
from remissvar.structured_data import statement_item
from tillit.citations import CitationMixin
from tillit.exports import DownloadMixin, ExportMixin, check_form, check_length
from tillit.filtering import NOT_FILTERS, FilteredListView, QueryFormMixin
from tillit.models import Organisation
from tillit.pages import BreadcrumbsMixin, paginate
from tillit.text import marked_paragraphs


class RemissListView(BreadcrumbsMixin, ListView):
    """Every remiss, newest deadline first, with what was referred and how many answered."""

    queryset = (
        Remiss.objects.with_statement_count()
        .select_related("sender", "responding_organisation")
        .prefetch_related("reports")
        .order_by(F("deadline").desc(nulls_last=True), "title")
    )
    paginate_by = 25

    def get_breadcrumbs(self):
        return [(_("Remisser"), None)]


class RemissDetailView(BreadcrumbsMixin, DetailView):
    statements_per_page = 50

    queryset = Remiss.objects.select_related(
        "sender", "responding_organisation", "source"
    ).prefetch_related(
        "reports",
        "decision_steps__organisation",
        "decision_steps__person",
    )

    def get_breadcrumbs(self):
        return [(_("Remisser"), reverse("remissvar:remiss-list")), (self.object.title, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        statements = self.object.statements.select_related(
            "body", "prepared_by", "signatory", "adopts_views_of__body"
        ).defer("text", "adopts_views_of__text")
        context["memorandum"] = statements.filter(kind=StatementKind.MEMORANDUM).first()
        # A national archive's remiss has hundreds of answers: a page of them.
        context.update(
            paginate(
                self.request,
                statements.exclude(kind=StatementKind.MEMORANDUM).order_by(
                    F("decision_date").asc(nulls_first=True), "body__name", "pk"
                ),
                self.statements_per_page,
            )
        )
        context["rollup"] = rollup(
            self.object,
            self.object.responding_organisation,
            Organisation.objects.only("pk", "parent_id"),
        )
        return context


class StatementListView(BreadcrumbsMixin, ExportMixin, FilteredListView):
    filterset_class = StatementFilter
    export_columns = STATEMENT_COLUMNS
    export_name = "remissvar"
    # Not the texts: the list shows none, and sorting 100,000 rows of 6 KB
    # each is what made it slow.
    # Newest decision first, the undated last, the order of an index
    # (migration 0004), so a page is an index scan.
    queryset = (
        Statement.objects.select_related("body", "remiss")
        .defer("text", "overall_summary", "adoption_passage")
        .order_by(F("decision_date").desc(nulls_last=True), "-pk")
    )

    def get_breadcrumbs(self):
        return [(_("Remissvar"), None)]


class StatementDetailView(BreadcrumbsMixin, CitationMixin, DetailView):
    # The remiss's answering organisation holds the file number the citation names.
    queryset = Statement.objects.select_related(
        "body__parent",
        "remiss__responding_organisation",
        "prepared_by",
        "signatory",
        "source",
        "adopts_views_of__body",
    )

    def get_breadcrumbs(self):
        return [
            (_("Remissvar"), reverse("remissvar:statement-list")),
            (self.object.body.name, None),
        ]

    def get_citation(self):
        # ?stycke=N cites one paragraph (remissvar/citations.py says why here).
        value = self.request.GET.get("stycke", "")
        paragraph = paragraph_number(self.object, value) if value else None
        return statement_citation(self.object, self.request, paragraph)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["structured_data"] = [statement_item(self.object, self.request)]
        positions = list(
            self.object.positions.with_stance_rank()
            .select_related("proposal__report")
            .order_by("stance_rank", "proposal__chapter_sort")
        )
        context["positions"] = positions
        context["paragraphs"] = marked_paragraphs(
            self.object.text, [position.passage for position in positions]
        )
        return context


class PositionListView(BreadcrumbsMixin, ExportMixin, FilteredListView):
    filterset_class = PositionFilter
    export_columns = POSITION_COLUMNS
    export_name = "stallningstaganden"

    def get_export_queryset(self, queryset):
        # The statements' texts (6 KB each) are for the page's paragraph
        # links; the export links to the statement and needs none of them.
        return queryset.defer(
            "statement__text", "statement__overall_summary", "statement__adoption_passage"
        )

    queryset = (
        Position.objects.with_stance_rank()
        .select_related("statement__body", "statement__remiss", "proposal__report")
        .order_by("proposal__report__sou_number", "proposal__chapter_sort", "stance_rank")
    )

    def get_breadcrumbs(self):
        return [
            (_("Remissvar"), reverse("remissvar:statement-list")),
            (_("Ställningstaganden"), None),
        ]


class RemissMatrixView(BreadcrumbsMixin, DownloadMixin, QueryFormMixin, DetailView):
    """Who said what about which proposal: bodies against proposals, one cell each."""

    model = Remiss
    template_name = "remissvar/remiss_matrix.html"
    form_class = MatrixForm
    export_columns = MATRIX_COLUMNS
    not_filters = NOT_FILTERS | {"transpose"}
    # 25 bodies a page keeps a thousand-body remiss's matrix near 300 KB.
    statements_per_page = 25

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "remiss": self.object}

    def get_breadcrumbs(self):
        return [
            (_("Remisser"), reverse("remissvar:remiss-list")),
            (self.object.title, self.object.get_absolute_url()),
            (_("Matris"), None),
        ]

    def get_matrix(self):
        """The matrix as the form's (valid) query asks for it: for the page and its download."""
        options = self.form.cleaned_data if self.form.is_bound else {}
        return StanceMatrix(
            self.object,
            report=options.get("report"),
            chapter=options.get("chapter", ""),
            body_kind=options.get("body_kind", ""),
            stances=set(options.get("stance") or ()),
            only_disagreement=options.get("disagreement", False),
            transpose=options.get("transpose", False),
        )

    def get_export_records(self):
        # Every cell the filters keep, on all pages: the totals speak for them too.
        self.object = self.get_object()
        check_form(self.form)
        matrix = self.get_matrix()
        check_length(matrix.cell_count())
        return matrix.cells()

    def get_export_name(self):
        return f"matris-{self.object.slug}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["legend"] = legend()
        if not self.query_is_valid():
            return context
        matrix = self.get_matrix()
        # A page of statements (rows, or columns when transposed).
        pages = paginate(self.request, matrix.statements, self.statements_per_page)
        shown = list(pages["page_obj"].object_list)
        matrix.load_page(shown)
        columns, groups, column_totals = matrix.table(shown)
        context.update(
            pages,
            matrix=matrix,
            columns=columns,
            row_groups=groups,
            column_totals=column_totals,
            column_groups=matrix.column_groups(shown),
            column_span=len(columns) + 2,
        )
        return context


class StatementCompareView(BreadcrumbsMixin, QueryFormMixin, TemplateView):
    """Any two statements side by side; works with none chosen, refuses unknown or equal ones."""

    template_name = "remissvar/statement_compare.html"
    form_class = CompareForm

    def get_breadcrumbs(self):
        return [
            (_("Remissvar"), reverse("remissvar:statement-list")),
            (_("Jämför två remissvar"), None),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.form.is_bound and self.query_is_valid():
            a, b = self.form.cleaned_data.get("a"), self.form.cleaned_data.get("b")
            if a and b:
                context.update(
                    a=a,
                    b=b,
                    similarity_percent=round(100 * similarity(a.text, b.text)),
                    diff=diff_html(a.text, b.text),
                    rows=positions_side_by_side(a, b),
                )
        return context
