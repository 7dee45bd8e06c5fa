from django.contrib import admin

from betankanden.models import Addressee, Proposal, Report
from tillit.admin import ContentAdmin, EditorAdminMixin


class ProposalInline(EditorAdminMixin, admin.StackedInline):
    model = Proposal
    extra = 0
    fields = ["slug", "kind", "chapter", "short_title", "statute", "addressees", "text", "sources"]
    prepopulated_fields = {"slug": ["short_title"]}
    autocomplete_fields = ["addressees", "sources"]


@admin.register(Report)
class ReportAdmin(ContentAdmin):
    list_display = ["sou_number", "title", "kind", "handed_over", "recipient"]
    list_filter = ["kind"]
    search_fields = ["sou_number", "title", "subtitle"]
    date_hierarchy = "handed_over"
    prepopulated_fields = {"slug": ["sou_number"]}
    autocomplete_fields = ["recipient_person", "sources"]
    inlines = [ProposalInline]


@admin.register(Addressee)
class AddresseeAdmin(ContentAdmin):
    list_display = ["name"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Proposal)
class ProposalAdmin(ContentAdmin):
    list_display = ["short_title", "report", "chapter", "kind", "statute"]
    list_filter = ["report", "kind", "addressees"]
    list_select_related = ["report"]
    search_fields = ["short_title", "text", "statute", "chapter", "report__sou_number"]
    prepopulated_fields = {"slug": ["short_title"]}
    autocomplete_fields = ["report", "addressees", "sources"]
