"""
Optimistic locking for the admin: a save made from a form that was loaded
before someone else's save of the same record is refused, not lost.

Every content model carries a ``version`` (tillit.models.EditedModel). The
change form carries, hidden, the version the editor loaded; on saving,
:class:`VersionedForm` locks the record's row (``select_for_update``, inside
the admin's transaction, so nobody can save between the check and the write)
and compares. If the record has moved on, the form is shown again with an
error naming each field where the saved record and this editor's form
differ, and who saved last and when; nothing is written, so the first
editor's save stands. Otherwise :class:`VersionLockingMixin` writes the next
version with the record.

Only the record of the page is locked. Its inlines (a meeting's
participations, a statement's positions) are saved in the same transaction,
behind the same lock, so two editors of the same meeting cannot overwrite
each other's inline rows either; a row edited on its own page meanwhile (a
position on the position's page) is not compared.

``save()`` from code (loading the corpus, the generator, the export) does
not look at the version: only the admin's forms do.
"""

from django import forms
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import router, transaction
from django.http import Http404
from django.utils.formats import localize
from django.utils.text import Truncator
from django.utils.timezone import localtime

BEFORE_FIRST_EDIT = "Som det var före den första ändringen i admin"
# How much of a long text the conflict message shows.
SHOWN_CHARACTERS = 120


def shown(value):
    if value is None or value == "" or value == []:
        return "(tomt)"
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value) or "(tomt)"
    return f"”{Truncator(localize(value)).chars(SHOWN_CHARACTERS)}”"


class VersionedForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            # The version stored now, not the instance's own: a restored
            # earlier state (the history's revert form) carries none.
            self.fields["version"].initial = self.stored_versions().first()
            self.fields["version"].required = True

    def stored_versions(self):
        model = type(self.instance)
        return model._base_manager.filter(pk=self.instance.pk).values_list("version", flat=True)

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk is None:
            return cleaned_data
        stored = self.stored_versions().select_for_update().first()
        if stored is None or cleaned_data.get("version") == stored:
            return cleaned_data
        raise ValidationError(self.conflict_message(cleaned_data), code="edit_conflict")

    def conflict_message(self, cleaned_data):
        # The instance still holds the stored values here: the submitted
        # ones are copied onto it only after clean().
        lines = []
        for name, submitted in cleaned_data.items():
            if name == "version" or name not in self.fields:
                continue
            stored = getattr(self.instance, name)
            if self.instance._meta.get_field(name).many_to_many:
                stored, submitted = list(stored.all()), list(submitted)
                if {item.pk for item in stored} == {item.pk for item in submitted}:
                    continue
            elif stored == submitted:
                continue
            lines.append((self.fields[name].label, shown(stored), shown(submitted)))
        saver = ""
        last = self.instance.history.order_by("-history_date").first()
        if last is not None:
            who = last.history_user.get_username() if last.history_user else "okänd"
            saver = f" ({who}, {localize(localtime(last.history_date))})"
        message = (
            f"Någon annan har sparat det här sedan du öppnade formuläret{saver}. "
            "Dina ändringar är inte sparade. "
        )
        if lines:
            message += (
                "Det sparade skiljer sig från ditt formulär i: "
                + "; ".join(
                    f"{label}: sparat {stored}, ditt {mine}" for label, stored, mine in lines
                )
                + ". "
            )
        return message + "Öppna sidan på nytt för att se det sparade och gör om dina ändringar där."


class VersionLockingMixin:
    """For a ModelAdmin of a content model: carries and checks the version, writes the next one."""

    form = VersionedForm

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not self.has_change_permission(request, obj):
            return fieldsets
        (name, options), *rest = fieldsets
        return [(name, {**options, "fields": [*options["fields"], "version"]}), *rest]

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The version is the form's own field, not the model's (which is not
        # editable and which the model form would refuse to name).
        if "fields" not in kwargs:
            kwargs["fields"] = flatten_fieldsets(self.get_fieldsets(request, obj))
        if kwargs["fields"] is not None:
            kwargs["fields"] = [name for name in kwargs["fields"] if name != "version"]
        return super().get_form(request, obj, change, **kwargs)

    def save_model(self, request, obj, form, change):
        if change:
            # The form's check locked the row and found this version stored.
            obj.version = form.cleaned_data["version"] + 1
            self.keep_state_before_first_edit(obj)
        super().save_model(request, obj, form, change)

    def keep_state_before_first_edit(self, obj):
        # Loading the corpus makes no history (raw saves): before a record's
        # first edit, its stored state becomes the first version, so that
        # the first edit, too, shows old and new values and can be undone.
        history = type(obj).history
        if not history.filter(**{obj._meta.pk.attname: obj.pk}).exists():
            stored = type(obj)._base_manager.get(pk=obj.pk)
            history.bulk_history_create(
                [stored], update=True, default_change_reason=BEFORE_FIRST_EDIT
            )

    def check_history_keys(self, object_id, version_id=None):
        # django-simple-history's URLs take any text as the record's and the
        # version's keys and hand it to the database, where one that is not
        # a number was a 500. (Its history of a deleted record is kept, so a
        # key that is a number but no record's still reaches its view.)
        try:
            self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError:
            raise Http404("Ingen sådan post.") from None
        if version_id is not None and not (version_id.isascii() and version_id.isdigit()):
            raise Http404("Ingen sådan version.")

    def history_view(self, request, object_id, extra_context=None):
        self.check_history_keys(object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # django-simple-history lets anyone who may view the history post the
        # revert form; only an editor who may change the record may restore.
        # Its view has no transaction of its own, which the row lock needs.
        if request.method == "POST" and not self.has_change_permission(request):
            raise PermissionDenied
        self.check_history_keys(object_id, version_id)
        with transaction.atomic(using=router.db_for_write(self.model)):
            return super().history_form_view(request, object_id, version_id, extra_context)
