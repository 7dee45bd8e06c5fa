from django.contrib import admin

from remissvar.models import DecisionStep, Position, Remiss, Statement
from tillit.admin import ContentAdmin, EditorAdminMixin
from tillit.models import OrganisationKind


class BodyKindFilter(admin.SimpleListFilter):
    # The body's kind has the same verbose name as the statement's own kind;
    # a title of its own keeps the two filters apart.
    title = "typ av organ"
    parameter_name = "organ_typ"

    def lookups(self, request, model_admin):
        return OrganisationKind.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(**{f"{self.field_path}__kind": self.value()})
        return queryset


class StatementBodyKindFilter(BodyKindFilter):
    field_path = "body"


class PositionBodyKindFilter(BodyKindFilter):
    field_path = "statement__body"


class DecisionStepInline(EditorAdminMixin, admin.TabularInline):
    model = DecisionStep
    extra = 0
    autocomplete_fields = ["organisation", "person"]


class StatementInline(EditorAdminMixin, admin.TabularInline):
    model = Statement
    extra = 0
    fields = ["body", "kind", "decision_date", "report_date", "overall_stance"]
    show_change_link = True
    # The full text is edited on the statement's own page, where positions
    # are checked against it.
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Remiss)
class RemissAdmin(ContentAdmin):
    list_display = ["title", "file_number", "responding_organisation", "sender", "deadline"]
    list_filter = ["sender", "responding_organisation"]
    list_select_related = ["sender", "responding_organisation"]
    search_fields = ["title", "file_number"]
    date_hierarchy = "deadline"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["sender", "responding_organisation", "reports", "source"]
    inlines = [DecisionStepInline, StatementInline]


class PositionInline(EditorAdminMixin, admin.StackedInline):
    model = Position
    extra = 0
    fields = ["proposal", "stance", "passage"]
    autocomplete_fields = ["proposal"]


@admin.register(Statement)
class StatementAdmin(ContentAdmin):
    list_display = ["body", "kind", "remiss", "decision_date", "report_date", "overall_stance"]
    list_filter = ["kind", "overall_stance", "remiss", StatementBodyKindFilter]
    list_select_related = ["body", "remiss"]
    search_fields = ["body__name", "overall_summary", "text"]
    date_hierarchy = "decision_date"
    autocomplete_fields = [
        "remiss",
        "body",
        "prepared_by",
        "signatory",
        "source",
        "adopts_views_of",
    ]
    inlines = [PositionInline]
    fieldsets = [
        (None, {"fields": ["remiss", "body", "slug", "kind", "prepared_by", "signatory"]}),
        ("Datum", {"fields": ["decision_date", "report_date"]}),
        ("Hållning", {"fields": ["overall_stance", "overall_summary"]}),
        ("Text", {"fields": ["text", "source"]}),
        (
            "Hänvisning",
            {
                "fields": ["adopts_views_of", "adoption_passage"],
                "description": "Där svaret i övrigt hänvisar till ett annat remissvar på samma "
                "remiss, till exempel borgarrådets promemoria till stadsledningskontorets "
                "tjänsteutlåtande.",
            },
        ),
    ]


@admin.register(Position)
class PositionAdmin(ContentAdmin):
    list_display = ["statement", "proposal", "stance"]
    list_filter = ["stance", "proposal__report", PositionBodyKindFilter, "statement__body"]
    list_select_related = ["statement__body", "statement__remiss", "proposal__report"]
    search_fields = ["passage", "statement__body__name", "proposal__short_title"]
    autocomplete_fields = ["statement", "proposal"]


@admin.register(DecisionStep)
class DecisionStepAdmin(ContentAdmin):
    list_display = ["remiss", "order", "organisation", "person", "date"]
    list_filter = ["remiss", ("organisation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["remiss", "organisation", "person"]
    search_fields = ["text", "organisation__name"]
    date_hierarchy = "date"
    autocomplete_fields = ["remiss", "organisation", "person"]
