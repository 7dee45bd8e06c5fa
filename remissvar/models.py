"""
Referrals for consultation (remisser), the statements that bodies gave on
them, and the position each statement takes on each proposal it addresses.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from betankanden.models import Proposal, Report
from tillit.models import (
    EditedModel,
    NaturalKeyQuerySet,
    Organisation,
    Person,
    Source,
    count_of,
    passage_error,
    related_or_none,
)
from tillit.text import numbered_paragraphs, paragraph_number_of


class Stance(models.TextChoices):
    # Ordered from support to opposition; pages and filters keep this order.
    SUPPORTS = "supports", _("Tillstyrker")
    SUPPORTS_WITH_RESERVATIONS = "supports_with_reservations", _("Tillstyrker med invändningar")
    HESITANT = "hesitant", _("Tveksam")
    OPPOSES = "opposes", _("Avstyrker")
    COMMENTS_ONLY = "comments_only", _("Synpunkter utan ställningstagande")


class RemissQuerySet(NaturalKeyQuerySet):
    def with_statement_count(self):
        """Annotate ``statement_count``: the answers given, the memorandum included."""
        return self.annotate(statement_count=count_of(Statement.objects.all(), "remiss"))


class Remiss(EditedModel):
    slug = models.SlugField("slug", max_length=200, unique=True)
    title = models.CharField("ärende", max_length=400)
    sender = models.ForeignKey(
        Organisation,
        verbose_name="remitterad av",
        on_delete=models.PROTECT,
        related_name="remisses_sent",
    )
    reports = models.ManyToManyField(
        Report, verbose_name="remitterade betänkanden", related_name="remisses"
    )
    deadline = models.DateField("remisstid", null=True, blank=True)
    responding_organisation = models.ForeignKey(
        Organisation,
        verbose_name="svarande organisation",
        on_delete=models.PROTECT,
        related_name="remisses_answered",
    )
    file_number = models.CharField(
        "diarienummer", max_length=50, help_text="Den svarande organisationens, t.ex. KS 2018/1086."
    )
    source = models.ForeignKey(
        Source, verbose_name="källa", on_delete=models.PROTECT, related_name="remisses"
    )

    # Made by manage.py generate_corpus for measuring at scale: never part of
    # the real corpus, its fixture or its export.
    generated = models.BooleanField("genererad testdata", default=False, editable=False)

    objects = RemissQuerySet.as_manager()

    class Meta:
        verbose_name = "remiss"
        verbose_name_plural = "remisser"
        ordering = ["-deadline", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["responding_organisation", "file_number"],
                name="remiss_unique_file_number_per_organisation",
                violation_error_message="Organisationen har redan en remiss med detta diarienummer.",
            ),
        ]

    def __str__(self):
        return f"{self.title} (Dnr {self.file_number})"

    def get_absolute_url(self):
        return reverse("remissvar:remiss-detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)


class DecisionStepQuerySet(models.QuerySet):
    def get_by_natural_key(self, remiss_slug, order):
        return self.get(remiss__slug=remiss_slug, order=order)


class DecisionStep(EditedModel):
    """One step of the decision path the remiss document shows, in its own words."""

    remiss = models.ForeignKey(
        Remiss, verbose_name="remiss", on_delete=models.CASCADE, related_name="decision_steps"
    )
    order = models.PositiveSmallIntegerField("ordning")
    organisation = models.ForeignKey(
        Organisation, verbose_name="organ", on_delete=models.PROTECT, related_name="decision_steps"
    )
    person = models.ForeignKey(
        Person,
        verbose_name="person",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decision_steps",
    )
    date = models.DateField("datum", null=True, blank=True)
    text = models.TextField("vad handlingen säger", help_text="Ordagrant ur handlingen.")

    objects = DecisionStepQuerySet.as_manager()

    class Meta:
        verbose_name = "steg i beslutsgången"
        verbose_name_plural = "beslutsgång"
        ordering = ["remiss", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["remiss", "order"],
                name="decisionstep_unique_order_per_remiss",
                violation_error_message="Ordningsnumret används redan i denna beslutsgång.",
            ),
        ]

    def __str__(self):
        return f"{self.order}. {self.organisation.name}"

    def natural_key(self):
        return (self.remiss.slug, self.order)

    natural_key.dependencies = ["remissvar.remiss"]

    def clean(self):
        super().clean()
        remiss = related_or_none(self, "remiss")
        source = related_or_none(remiss, "source") if remiss is not None else None
        if source is not None and self.text:
            error = passage_error(self.text, source.full_text, "källans text")
            if error:
                raise ValidationError({"text": error})


class StatementKind(models.TextChoices):
    MEMORANDUM = "memorandum", _("Promemoria")
    STATEMENT = "statement", _("Yttrande")


class StatementQuerySet(NaturalKeyQuerySet):
    def not_addressing(self, proposal):
        """Statements on a remiss of the proposal's report that take no position on it."""
        # EXISTS both ways: a join over the remiss's reports and the positions
        # would read every position of every statement to drop a few.
        return self.filter(
            Exists(
                Remiss.reports.through.objects.filter(
                    remiss_id=OuterRef("remiss_id"), report_id=proposal.report_id
                )
            ),
            ~Exists(Position.objects.filter(statement=OuterRef("pk"), proposal=proposal)),
        )


class Statement(EditedModel):
    """One body's response inside a remiss answer, with its full verbatim text."""

    remiss = models.ForeignKey(
        Remiss, verbose_name="remiss", on_delete=models.PROTECT, related_name="statements"
    )
    slug = models.SlugField("slug", max_length=200, unique=True)
    kind = models.CharField(
        "typ", max_length=20, choices=StatementKind.choices, default=StatementKind.STATEMENT
    )
    body = models.ForeignKey(
        Organisation,
        verbose_name="organ",
        on_delete=models.PROTECT,
        related_name="statements",
        help_text="Det organ som yttrar sig (nämnden, kontoret eller borgarrådet).",
    )
    prepared_by = models.ForeignKey(
        Organisation,
        verbose_name="tjänsteutlåtande från",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="prepared_statements",
        help_text="Den förvaltning vars tjänsteutlåtande yttrandet bygger på.",
    )
    signatory = models.ForeignKey(
        Person,
        verbose_name="undertecknad av",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="statements",
    )
    decision_date = models.DateField(
        "beslutsdatum (sammanträde)",
        null=True,
        blank=True,
        help_text="Lämnas tomt när handlingen inte anger något beslut.",
    )
    report_date = models.DateField(
        "tjänsteutlåtandets datum",
        null=True,
        blank=True,
        help_text="För en promemoria: dess datum.",
    )
    overall_stance = models.CharField(
        "övergripande hållning", max_length=30, choices=Stance.choices
    )
    overall_summary = models.TextField(
        "sammanfattning med organets egna ord",
        help_text="En mening ur yttrandets text som sammanfattar hållningen.",
    )
    text = models.TextField(
        "fullständig text",
        help_text="Ordagrant ur handlingen. Stycken skiljs åt med en tom rad och numreras i "
        "den ordningen.",
    )
    source = models.ForeignKey(
        Source, verbose_name="källa", on_delete=models.PROTECT, related_name="statements"
    )
    # The mayor's memorandum ends "I övrigt hänvisar jag till vad som sägs i
    # stadsledningskontorets tjänsteutlåtande": where it says nothing itself,
    # the city's answer is the office's.
    adopts_views_of = models.ForeignKey(
        "self",
        verbose_name="hänvisar i övrigt till",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="adopted_by",
        help_text="Ett annat remissvar på samma remiss vars synpunkter detta svar gör till sina "
        "där det självt inte tar ställning.",
    )
    adoption_passage = models.TextField(
        "citat om hänvisningen",
        blank=True,
        help_text="Ordagrant ur texten: den mening som hänvisar till det andra remissvaret.",
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        verbose_name = "remissvar"
        verbose_name_plural = "remissvar"
        ordering = ["remiss", "kind", F("decision_date").asc(nulls_first=True), "body__name"]
        # The stance filter in date order; the timeline's year of tjänsteutlåtanden.
        # (The list's own order has its index in migration 0004.)
        indexes = [
            models.Index(
                fields=["overall_stance", "decision_date"], name="statement_stance_by_date"
            ),
            models.Index(fields=["report_date"], name="statement_report_date"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["remiss", "body"],
                name="statement_one_per_body_per_remiss",
                violation_error_message="Organet har redan ett remissvar på denna remiss.",
            ),
            models.CheckConstraint(
                condition=Q(report_date__isnull=True)
                | Q(decision_date__isnull=True)
                | Q(report_date__lte=F("decision_date")),
                name="statement_report_not_after_decision",
                violation_error_message="Tjänsteutlåtandet kan inte vara daterat efter beslutet.",
            ),
            models.CheckConstraint(
                condition=Q(adopts_views_of__isnull=True) | ~Q(adoption_passage=""),
                name="statement_adoption_is_quoted",
                violation_error_message="Ange den mening som hänvisar till det andra remissvaret.",
            ),
            models.CheckConstraint(
                condition=~Q(adopts_views_of=F("pk")),
                name="statement_does_not_adopt_itself",
                violation_error_message="Ett remissvar kan inte hänvisa till sig självt.",
            ),
        ]

    def __str__(self):
        return (
            f"{self.body.name}, {self.get_kind_display().lower()} (Dnr {self.remiss.file_number})"
        )

    def get_absolute_url(self):
        return reverse("remissvar:statement-detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)

    def paragraphs(self):
        return numbered_paragraphs(self.text)

    @property
    def is_memorandum(self):
        return self.kind == StatementKind.MEMORANDUM

    @property
    def listed_date(self):
        """
        The date a list shows: the decision's, or for a statement that records
        no decision (the memorandum, an office's tjänsteutlåtande) its text's.
        """
        return self.decision_date or self.report_date

    def clean(self):
        super().clean()
        errors = {}
        if self.report_date and self.decision_date and self.report_date > self.decision_date:
            errors["report_date"] = (
                f"Tjänsteutlåtandet ({date_format(self.report_date, 'j F Y')}) kan inte vara "
                f"daterat efter beslutet ({date_format(self.decision_date, 'j F Y')})."
            )
        error = passage_error(self.overall_summary, self.text, "yttrandets text")
        if error:
            errors["overall_summary"] = error
        adopted = related_or_none(self, "adopts_views_of")
        if adopted is not None:
            if adopted.remiss_id != self.remiss_id or adopted.pk == self.pk:
                errors["adopts_views_of"] = (
                    "Hänvisningen måste gå till ett annat remissvar på samma remiss."
                )
            if adopted.adopts_views_of_id:
                # One step only: the answer adopted must speak for itself.
                errors["adopts_views_of"] = (
                    "Det remissvaret hänvisar i sin tur vidare; hänvisa direkt dit."
                )
        error = passage_error(self.adoption_passage, self.text, "yttrandets text")
        if error:
            errors["adoption_passage"] = error
        if self.pk and self.text:
            # Editing the text must not orphan a quoted passage.
            broken = [
                str(position.proposal)
                for position in self.positions.select_related("proposal__report")
                if position.passage not in self.text
            ]
            if broken:
                errors["text"] = (
                    "Texten innehåller inte längre citaten för dessa ställningstaganden: "
                    + "; ".join(broken)
                    + ". Ändra citaten först."
                )
        if errors:
            raise ValidationError(errors)


def stance_rank():
    """0 for support ... 4 for comments, the order of Stance: how positions sort by stance."""
    return models.Case(
        *[
            models.When(stance=value, then=models.Value(rank))
            for rank, value in enumerate(Stance.values)
        ],
        output_field=models.IntegerField(),
    )


class PositionQuerySet(models.QuerySet):
    def get_by_natural_key(self, statement_slug, sou_number, proposal_slug):
        return self.get(
            statement__slug=statement_slug,
            proposal__report__sou_number=sou_number,
            proposal__slug=proposal_slug,
        )

    def with_stance_rank(self):
        """Annotate ``stance_rank``: 0 for support ... 4 for comments, the order of Stance."""
        return self.annotate(stance_rank=stance_rank())


class Position(EditedModel):
    """What one statement says about one proposal, shown by its own words."""

    statement = models.ForeignKey(
        Statement, verbose_name="remissvar", on_delete=models.CASCADE, related_name="positions"
    )
    proposal = models.ForeignKey(
        Proposal, verbose_name="förslag", on_delete=models.PROTECT, related_name="positions"
    )
    stance = models.CharField("ställningstagande", max_length=30, choices=Stance.choices)
    passage = models.TextField(
        "citat",
        help_text="Ordagrant ur remissvarets text: den mening som visar ställningstagandet.",
    )

    objects = PositionQuerySet.as_manager()

    # A position of the statement's own, not one adopted by reference (remissvar.adoption).
    adopted = False

    class Meta:
        verbose_name = "ställningstagande"
        verbose_name_plural = "ställningstaganden"
        ordering = ["statement", "proposal"]
        indexes = [
            # The stance filter, and the counts of one stance.
            models.Index(fields=["stance"], name="position_stance"),
            # The position list sorted by stance, ties by key.
            models.Index(stance_rank(), models.F("id"), name="position_stance_rank"),
            # A remiss's matrix reads every cell's stance from this index alone.
            models.Index(fields=["statement", "proposal", "stance"], name="position_cell_stance"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "proposal"],
                name="position_one_per_statement_and_proposal",
                violation_error_message="Remissvaret har redan ett ställningstagande till "
                "detta förslag.",
            ),
            models.CheckConstraint(
                condition=~Q(passage=""),
                name="position_has_passage",
                violation_error_message="Ange det citat som visar ställningstagandet.",
            ),
        ]

    def __str__(self):
        return (
            f"{self.statement.body.name} – {self.proposal.short_title}: {self.get_stance_display()}"
        )

    def get_absolute_url(self):
        number = self.paragraph_number
        anchor = f"#stycke-{number}" if number else ""
        return self.statement.get_absolute_url() + anchor

    def natural_key(self):
        return (self.statement.slug, *self.proposal.natural_key())

    natural_key.dependencies = ["remissvar.statement", "betankanden.proposal"]

    @property
    def paragraph_number(self):
        return paragraph_number_of(self.passage, self.statement.text)

    def clean(self):
        super().clean()
        # In the admin the statement may still be unsaved (its add page with
        # position inlines), so ask for the related object, not its id.
        statement = related_or_none(self, "statement")
        if statement is not None and self.passage:
            error = passage_error(self.passage, statement.text, "remissvarets text")
            if error:
                raise ValidationError({"passage": error})
