from django import forms
from django.core.validators import RegexValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from betankanden.models import CHAPTER_PATTERN, Report
from remissvar.models import Remiss, Stance, Statement
from tillit.filtering import PortalForm
from tillit.lookup import LookupField, LookupFilter, name_in_parent_query
from tillit.models import Organisation, OrganisationKind


class MatrixForm(PortalForm):
    """The stance matrix's filters: a plain GET form, so every view of it is a URL."""

    report = forms.ModelChoiceField(
        label=_("Betänkande"),
        queryset=Report.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alla"),
    )
    chapter = forms.CharField(
        label=_("Kapitel"),
        required=False,
        max_length=20,
        validators=[RegexValidator(CHAPTER_PATTERN, _("Skriv kapitlet som siffror, t.ex. 7.6."))],
    )
    body_kind = forms.ChoiceField(
        label=_("Typ av organ"),
        required=False,
        choices=[("", _("Alla")), *OrganisationKind.choices],
    )
    stance = forms.MultipleChoiceField(
        label=_("Ställningstagande"),
        required=False,
        choices=Stance.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    disagreement = forms.BooleanField(label=_("Bara förslag där organen är oense"), required=False)
    transpose = forms.BooleanField(label=_("Förslag som rader, organ som kolumner"), required=False)

    def __init__(self, *args, remiss, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["report"].queryset = remiss.reports.all()


class StatementLookupField(LookupField):
    """A statement by its slug or its body's name, among the answers to one remiss."""

    def __init__(self, **kwargs):
        super().__init__(
            Statement.objects.select_related("body__parent", "remiss"),
            search_fields=("body__name",),
            label_query=lambda text: name_in_parent_query(text, "body__name", "body__parent__name"),
            **kwargs,
        )

    label_fields = ("body__name", "body__parent__name")

    def label_of(self, statement):
        return str(statement.body)

    def label_from(self, name, parent_name):
        return Organisation.label(name, parent_name)


class RemissLookupField(LookupField):
    """A remiss by its key, its title or its file number (Dnr): an archive holds hundreds."""

    label_fields = ("title", "file_number")

    def __init__(self, **kwargs):
        super().__init__(
            Remiss.objects.all(),
            search_fields=("title", "file_number"),
            label_query=self.title_or_file_number,
            **kwargs,
        )

    @staticmethod
    def title_or_file_number(text):
        title, _dnr, file_number = text.rpartition(" (Dnr ")
        if title and file_number.endswith(")"):
            return Q(title__iexact=title, file_number__iexact=file_number[:-1])
        return Q(title__iexact=text) | Q(file_number__iexact=text)

    def label_of(self, remiss):
        return self.label_from(remiss.title, remiss.file_number)

    def label_from(self, title, file_number):
        return f"{title} (Dnr {file_number})"


class CompareForm(PortalForm):
    """
    Pick two statements to read side by side, within one remiss: a national
    archive has thousands of answers to each, so the bodies are looked up by
    name rather than listed. Without a remiss chosen, the first statement's
    remiss is taken (links from a statement page give only ``a``).
    """

    remiss = RemissLookupField(
        label=_("Remiss"), help_text=_("Lämna tomt för att ta det första remissvarets remiss.")
    )
    a = StatementLookupField(label=_("Första remissvaret"))
    b = StatementLookupField(label=_("Andra remissvaret"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        remiss = self.chosen_remiss()
        if remiss is not None:
            for name in ("a", "b"):
                field = self.fields[name]
                field.queryset = field.queryset.filter(remiss=remiss)

    def chosen_remiss(self):
        data = self.data or {}
        if data.get("remiss"):
            # By key, title or Dnr, as the field takes it; one it refuses
            # restricts nothing, and the field's own message says why.
            try:
                return self.fields["remiss"].clean(data["remiss"])
            except forms.ValidationError:
                return None
        if data.get("a"):
            statement = (
                Statement.objects.select_related("remiss").filter(slug=str(data["a"])[:200]).first()
            )
            return statement.remiss if statement else None
        return None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("a") and cleaned.get("a") == cleaned.get("b"):
            raise forms.ValidationError(_("Välj två olika remissvar att jämföra."))
        return cleaned


class RemissLookupField(LookupField):
    """A remiss chosen by its slug, its file number or words of its title: hundreds in an archive."""

    label_fields = ("title",)

    def __init__(self, queryset=None, **kwargs):
        kwargs.pop("to_field_name", None)
        super().__init__(
            queryset if queryset is not None else Remiss.objects.all(),
            search_fields=("title", "file_number"),
            label_query=lambda text: Q(title__iexact=text) | Q(file_number__iexact=text),
            **kwargs,
        )

    def label_of(self, remiss):
        return remiss.title


class RemissFilter(LookupFilter):
    field_class = RemissLookupField
