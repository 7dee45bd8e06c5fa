from django.contrib import admin

from forum.models import Meeting, Participation, Theme
from tillit.admin import ContentAdmin, EditorAdminMixin


@admin.register(Theme)
class ThemeAdmin(ContentAdmin):
    list_display = ["number", "title"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["sources"]


class ParticipationInline(EditorAdminMixin, admin.TabularInline):
    model = Participation
    extra = 0
    fields = ["order", "person", "person_role", "organisation", "role", "talk_title", "sources"]
    autocomplete_fields = ["person", "person_role", "organisation", "sources"]


@admin.register(Meeting)
class MeetingAdmin(ContentAdmin):
    list_display = ["title", "date", "year_is_inferred", "kind", "theme", "participant_count"]
    list_filter = ["kind", "year_is_inferred", "theme", "has_recording", "has_slides"]
    list_select_related = ["theme"]
    search_fields = ["title", "summary", "audience"]
    date_hierarchy = "date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["theme", "sources"]
    inlines = [ParticipationInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "kind",
                    "theme",
                    "audience",
                    "audience_is_the_series",
                    "summary",
                ]
            },
        ),
        ("Datum", {"fields": ["date", "year_is_inferred", "date_reasoning"]}),
        ("Deltagare", {"fields": ["participant_count", "participant_count_wording"]}),
        ("Inspelning och bilder", {"fields": ["has_recording", "has_slides", "media_note"]}),
        ("Källor", {"fields": ["sources"]}),
    ]


@admin.register(Participation)
class ParticipationAdmin(ContentAdmin):
    list_display = ["meeting", "order", "person", "organisation", "role", "talk_title"]
    list_filter = ["role", "meeting"]
    list_select_related = ["meeting", "person", "organisation"]
    search_fields = ["person__name", "organisation__name", "talk_title", "meeting__title"]
    autocomplete_fields = ["meeting", "person", "person_role", "organisation", "sources"]
