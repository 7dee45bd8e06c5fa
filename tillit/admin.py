from django import forms
from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from tillit.admin_fields import (
    CheckedAutocompleteSelect,
    CheckedAutocompleteSelectMultiple,
    CheckedModelChoiceField,
    CheckedModelMultipleChoiceField,
)
from tillit.admin_locking import VersionLockingMixin
from tillit.models import Organisation, Person, Role, Source


class NormalisedTextField(forms.CharField):
    """
    Text with the line endings the corpus uses (\n). Browsers send a textarea
    back with \r\n, which made an untouched text count as changed: saved
    anew, and logged as an edit ("Ändrade Fullständig text").
    """

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if value else value


class EditorAdminMixin:
    """What every admin page and inline for editors shares."""

    formfield_overrides = {models.TextField: {"form_class": NormalisedTextField}}

    # Django's choice fields and autocomplete widgets, but safe with a posted
    # value that is no key (tillit/admin_fields.py); the widgets given here as
    # Django would give its own.
    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", CheckedModelChoiceField)
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", CheckedModelMultipleChoiceField)
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class ContentAdmin(VersionLockingMixin, EditorAdminMixin, SimpleHistoryAdmin):
    """
    The admin page of a content model: its edit history with restore
    (django-simple-history) and refusal of a save that would overwrite
    another editor's (tillit/admin_locking.py).
    """


admin.site.site_header = "Tillitsdelegationens kunskapsbank – redigering"
admin.site.site_title = "Tillitsdelegationens kunskapsbank"
admin.site.index_title = "Innehåll"


@admin.register(Source)
class SourceAdmin(ContentAdmin):
    list_display = ["title", "publisher", "kind", "date", "file_name"]
    list_filter = ["kind", "publisher"]
    search_fields = ["title", "publisher", "citation", "full_text"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"


class RoleInline(EditorAdminMixin, admin.TabularInline):
    model = Role
    extra = 0
    autocomplete_fields = ["organisation", "sources"]


@admin.register(Organisation)
class OrganisationAdmin(ContentAdmin):
    list_display = ["name", "abbreviation", "kind", "parent"]
    list_filter = ["kind", ("parent", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["parent"]
    search_fields = ["name", "abbreviation"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent", "sources"]


@admin.register(Person)
class PersonAdmin(ContentAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "roles__title", "roles__wording"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["sources"]
    inlines = [RoleInline]


@admin.register(Role)
class RoleAdmin(ContentAdmin):
    list_display = ["person", "title", "organisation", "is_former"]
    list_filter = ["is_former", ("organisation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["person", "organisation"]
    search_fields = ["person__name", "title", "wording", "organisation__name"]
    autocomplete_fields = ["person", "organisation", "sources"]
