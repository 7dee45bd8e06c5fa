from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from betankanden.models import CHAPTER_PATTERN, Report
from remissvar.models import Stance, Statement
from tillit.models import OrganisationKind


class MatrixForm(forms.Form):
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


class CompareForm(forms.Form):
    """Pick two statements to read side by side."""

    a = forms.ModelChoiceField(
        label=_("Första remissvaret"),
        queryset=Statement.objects.select_related("body", "remiss"),
        to_field_name="slug",
        required=False,
        empty_label=_("Välj"),
    )
    b = forms.ModelChoiceField(
        label=_("Andra remissvaret"),
        queryset=Statement.objects.select_related("body", "remiss"),
        to_field_name="slug",
        required=False,
        empty_label=_("Välj"),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("a") and cleaned.get("a") == cleaned.get("b"):
            raise forms.ValidationError(_("Välj två olika remissvar att jämföra."))
        return cleaned
