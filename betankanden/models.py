"""The delegation's reports (betänkanden) and the proposals they make."""

import re

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tillit.models import EditedModel, NaturalKeyQuerySet, Person, Source, count_of

SOU_NUMBER_PATTERN = r"^SOU [0-9]{4}:[0-9]{1,3}$"
CHAPTER_PATTERN = r"^[0-9]{1,3}(\.[0-9]{1,3}){0,4}$"


class ReportKind(models.TextChoices):
    MAIN = "main", _("Huvudbetänkande")
    INTERIM = "interim", _("Delbetänkande")
    ANTHOLOGY = "anthology", _("Forskningsantologi")


class ReportQuerySet(models.QuerySet):
    def get_by_natural_key(self, sou_number):
        return self.get(sou_number=sou_number)

    def with_proposal_count(self):
        """Annotate ``proposal_count``."""
        return self.annotate(proposal_count=count_of(Proposal.objects.all(), "report"))


class Report(EditedModel):
    sou_number = models.CharField(
        "SOU-nummer",
        max_length=20,
        unique=True,
        validators=[
            RegexValidator(
                SOU_NUMBER_PATTERN, "Skriv SOU-numret som ”SOU ÅÅÅÅ:NN”, t.ex. SOU 2018:47."
            )
        ],
    )
    slug = models.SlugField("slug", max_length=50, unique=True)
    title = models.CharField("titel", max_length=300)
    subtitle = models.CharField("undertitel", max_length=300, blank=True)
    kind = models.CharField("typ", max_length=20, choices=ReportKind.choices)
    handed_over = models.DateField("överlämnat", null=True, blank=True)
    recipient = models.CharField(
        "överlämnat till",
        max_length=200,
        blank=True,
        help_text="Som källan skriver, t.ex. ”civilminister Ardalan Shekarabi”.",
    )
    recipient_person = models.ForeignKey(
        Person,
        verbose_name="mottagare (person)",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="received_reports",
    )
    sources = models.ManyToManyField(Source, verbose_name="källor", related_name="reports")

    # Made by manage.py generate_corpus for measuring at scale: never part of
    # the real corpus, its fixture or its export.
    generated = models.BooleanField("genererad testdata", default=False, editable=False)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = "betänkande"
        verbose_name_plural = "betänkanden"
        ordering = ["sou_number"]
        constraints = [
            models.CheckConstraint(
                condition=Q(sou_number__regex=SOU_NUMBER_PATTERN),
                name="report_sou_number_format",
                violation_error_message="Skriv SOU-numret som ”SOU ÅÅÅÅ:NN”.",
            ),
        ]

    def __str__(self):
        return f"{self.sou_number} {self.title}"

    def get_absolute_url(self):
        return reverse("betankanden:report-detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.sou_number,)


class Addressee(EditedModel):
    """
    Whom a proposal is addressed to, as the sources name them in running text
    ("regeringen", "Sveriges kommuner och landsting (SKL)"): lower case where
    the word is not a name, so "riktat till regeringen" reads as Swedish.
    """

    name = models.CharField("namn", max_length=200, unique=True)
    slug = models.SlugField("slug", max_length=200, unique=True)

    objects = NaturalKeyQuerySet.as_manager()

    class Meta:
        verbose_name = "mottagare av förslag"
        verbose_name_plural = "mottagare av förslag"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)


class ProposalKind(models.TextChoices):
    STATUTE_CHANGE = "statute_change", _("Författningsförslag")
    PROPOSAL = "proposal", _("Förslag")
    RECOMMENDATION = "recommendation", _("Rekommendation")
    # Not proposals, but what the delegation concluded or set out, which the
    # remiss answers take a stand on all the same.
    ASSESSMENT = "assessment", _("Bedömning")
    PRINCIPLES = "principles", _("Principer")


def chapter_sort_key(chapter):
    """
    '7.10' -> '0007.0010', so that chapters sort as numbers, not as strings.

    A proposal without a chapter sorts after every numbered one.
    """
    if not chapter or not re.fullmatch(CHAPTER_PATTERN, chapter):
        return "9999"
    return ".".join(part.zfill(4) for part in chapter.split("."))


class ProposalQuerySet(models.QuerySet):
    def get_by_natural_key(self, sou_number, slug):
        return self.get(report__sou_number=sou_number, slug=slug)


class Proposal(EditedModel):
    report = models.ForeignKey(
        Report, verbose_name="betänkande", on_delete=models.PROTECT, related_name="proposals"
    )
    slug = models.SlugField("slug", max_length=200)
    kind = models.CharField("typ", max_length=20, choices=ProposalKind.choices)
    chapter = models.CharField(
        "kapitel",
        max_length=20,
        blank=True,
        validators=[
            RegexValidator(CHAPTER_PATTERN, "Skriv kapitlet som siffror med punkt, t.ex. 7.6.")
        ],
        help_text="Bara där en källa anger kapitel.",
    )
    chapter_sort = models.CharField(max_length=40, blank=True, editable=False)
    addressees = models.ManyToManyField(
        Addressee, verbose_name="riktat till", blank=True, related_name="proposals"
    )
    statute = models.CharField(
        "författning som ändras",
        max_length=200,
        blank=True,
        help_text="Bara för författningsförslag, t.ex. skollagen (2010:800) 26 kap. 27 §.",
    )
    short_title = models.CharField("kort rubrik", max_length=200)
    text = models.TextField("förslaget enligt källan", help_text="Ordagrant ur en källa.")
    note = models.TextField(
        "kommentar",
        blank=True,
        help_text="Egna ord. Markdown går att använda: *kursiv*, **fet**, [länk](https://…) och listor.",
    )
    sources = models.ManyToManyField(Source, verbose_name="källor", related_name="proposals")

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = "förslag"
        verbose_name_plural = "förslag"
        ordering = ["report__sou_number", "chapter_sort", "short_title"]
        # A report's proposals in chapter order (its page, the position list's order).
        indexes = [models.Index(fields=["report", "chapter_sort"], name="proposal_chapter_order")]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "slug"],
                name="proposal_unique_slug_per_report",
                violation_error_message="Betänkandet har redan ett förslag med denna slug.",
            ),
            models.CheckConstraint(
                condition=(Q(kind=ProposalKind.STATUTE_CHANGE) & ~Q(statute=""))
                | (~Q(kind=ProposalKind.STATUTE_CHANGE) & Q(statute="")),
                name="proposal_statute_only_for_statute_change",
                violation_error_message="Ett författningsförslag ska ange författningen; "
                "andra förslag ska inte göra det.",
            ),
            models.CheckConstraint(
                condition=Q(chapter="") | Q(chapter__regex=CHAPTER_PATTERN),
                name="proposal_chapter_format",
                violation_error_message="Skriv kapitlet som siffror med punkt, t.ex. 7.6.",
            ),
        ]

    def __str__(self):
        chapter = f" (kap. {self.chapter})" if self.chapter else ""
        return f"{self.short_title}{chapter}, {self.report.sou_number}"

    def save(self, *args, **kwargs):
        self.chapter_sort = chapter_sort_key(self.chapter)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(
            "betankanden:proposal-detail",
            kwargs={"report_slug": self.report.slug, "slug": self.slug},
        )

    @property
    def key(self):
        """The proposal's stable name in URLs: its report's slug and its own."""
        return f"{self.report.slug}.{self.slug}"

    def natural_key(self):
        return (self.report.sou_number, self.slug)

    natural_key.dependencies = ["betankanden.report"]
