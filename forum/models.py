"""Forum Tillit: the delegation's meetings, their themes and who took part."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tillit.models import EditedModel, NaturalKeyQuerySet, Organisation, Person, Role, Source


class Theme(EditedModel):
    """One of the agenda themes that the Forum Tillit page lists, in its order."""

    number = models.PositiveSmallIntegerField("nummer", unique=True)
    title = models.CharField("tema", max_length=200, unique=True)
    slug = models.SlugField("slug", max_length=200, unique=True)
    sources = models.ManyToManyField(Source, verbose_name="källor", related_name="themes")

    # Made by manage.py generate_corpus for measuring at scale: never part of
    # the real corpus, its fixture or its export.
    generated = models.BooleanField("genererad testdata", default=False, editable=False)

    objects = NaturalKeyQuerySet.as_manager()

    class Meta:
        verbose_name = "tema"
        verbose_name_plural = "teman"
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def get_absolute_url(self):
        return reverse("forum:meeting-list") + f"?theme={self.slug}"

    def natural_key(self):
        return (self.slug,)


class MeetingKind(models.TextChoices):
    DIALOGUE_MEETING = "dialogue_meeting", _("Dialogmöte")
    FORUM_SEMINAR = "forum_seminar", _("Forum Tillit-seminarium")
    HANDOVER_SEMINAR = "handover_seminar", _("Överlämningsseminarium")
    START_MEETING = "start_meeting", _("Nätverks- och uppstartsmöte")
    CONFERENCE = "conference", _("Konferens")


class MeetingQuerySet(NaturalKeyQuerySet):
    def chronological(self):
        # Undated meetings last: they cannot be placed in time.
        return self.order_by(F("date").asc(nulls_last=True), "title")

    def dated(self):
        """The meetings whose day is known: what a calendar can hold."""
        return self.filter(date__isnull=False)


class Meeting(EditedModel):
    slug = models.SlugField("slug", max_length=200, unique=True)
    title = models.CharField("titel", max_length=300)
    kind = models.CharField("typ av möte", max_length=30, choices=MeetingKind.choices)
    date = models.DateField(
        "datum",
        null=True,
        blank=True,
        help_text="Lämnas tomt när källan inte anger dag och månad.",
    )
    year_is_inferred = models.BooleanField(
        "året är härlett",
        default=False,
        help_text="Kryssa i när källan inte anger året. Förklara då slutsatsen nedan.",
    )
    date_reasoning = models.TextField(
        "resonemang om datumet",
        blank=True,
        help_text="Visas för läsarna: hur året har härletts, eller varför datum saknas.",
    )
    theme = models.ForeignKey(
        Theme,
        verbose_name="tema",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings",
    )
    audience = models.CharField("målgrupp", max_length=300, blank=True)
    audience_is_the_series = models.BooleanField(
        "målgruppen gäller serien",
        default=False,
        help_text="Kryssa i när källan anger målgruppen för Forum Tillit som helhet, "
        "inte för just detta möte.",
    )
    participant_count = models.PositiveIntegerField(
        "antal deltagare",
        null=True,
        blank=True,
        help_text="Som tal, bara där ett kan utläsas ur källans formulering.",
    )
    participant_count_wording = models.CharField(
        "antal deltagare enligt källan",
        max_length=100,
        blank=True,
        help_text="Källans egna ord, till exempel ”ca 70” eller ”ett 20-tal”.",
    )
    summary = models.TextField(
        "sammanfattning",
        blank=True,
        help_text="Egna ord. Markdown går att använda: *kursiv*, **fet**, [länk](https://…) och listor.",
    )
    has_recording = models.BooleanField("inspelning finns", default=False)
    has_slides = models.BooleanField("bilder finns", default=False)
    media_note = models.CharField(
        "om inspelning och bilder",
        max_length=400,
        blank=True,
        help_text="Källans ord om inspelningen eller bilderna.",
    )
    sources = models.ManyToManyField(Source, verbose_name="källor", related_name="meetings")

    # Made by manage.py generate_corpus for measuring at scale: never part of
    # the real corpus, its fixture or its export.
    generated = models.BooleanField("genererad testdata", default=False, editable=False)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = "möte"
        verbose_name_plural = "möten"
        ordering = [F("date").asc(nulls_last=True), "title"]
        # The list's order and the timeline's year (a date range); the kind filter.
        indexes = [
            models.Index(fields=["date", "title"], name="meeting_chronological"),
            models.Index(fields=["kind", "date"], name="meeting_kind_by_date"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(year_is_inferred=False)
                | (Q(date__isnull=False) & ~Q(date_reasoning="")),
                name="meeting_inferred_year_is_explained",
                violation_error_message="Ett härlett år kräver ett datum och ett resonemang "
                "om hur året har härletts.",
            ),
            models.CheckConstraint(
                condition=Q(participant_count__isnull=True) | ~Q(participant_count_wording=""),
                name="meeting_count_has_source_wording",
                violation_error_message="Ange källans formulering när antal deltagare anges.",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.date_display})" if self.date else self.title

    def get_absolute_url(self):
        return reverse("forum:meeting-detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)

    def participations_by_role(self):
        """(role label, participations) in the order of ParticipationRole, from prefetched rows."""
        participations = sorted(self.participations.all(), key=lambda p: p.order)
        return [
            (label, group)
            for value, label in ParticipationRole.choices
            if (group := [p for p in participations if p.role == value])
        ]

    @property
    def date_display(self):
        """The date as Swedish running text, with an inferred year marked as such."""
        if self.date is None:
            return gettext("datum okänt")
        day_month = date_format(self.date, "j F")
        if self.year_is_inferred:
            return gettext("%(day_month)s [%(year)s, året härlett]") % {
                "day_month": day_month,
                "year": self.date.year,
            }
        return f"{day_month} {self.date.year}"


class ParticipationRole(models.TextChoices):
    HOST = "host", _("Värd")
    MODERATOR = "moderator", _("Moderator")
    SPEAKER = "speaker", _("Talare")
    PANELLIST = "panellist", _("Paneldeltagare")
    CONVERSATION_PARTNER = "conversation_partner", _("Samtalspartner")
    PARTICIPANT = "participant", _("Medverkande")


class ParticipationQuerySet(models.QuerySet):
    def get_by_natural_key(self, meeting_slug, order):
        return self.get(meeting__slug=meeting_slug, order=order)


class Participation(EditedModel):
    """Who took part in a meeting in which role: a person, or an organisation on a panel."""

    meeting = models.ForeignKey(
        Meeting, verbose_name="möte", on_delete=models.CASCADE, related_name="participations"
    )
    order = models.PositiveSmallIntegerField(
        "ordning", help_text="I vilken ordning källan nämner medverkan."
    )
    person = models.ForeignKey(
        Person,
        verbose_name="person",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participations",
    )
    person_role = models.ForeignKey(
        Role,
        verbose_name="personens roll vid tillfället",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participations",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participations",
        help_text="Den organisation personen företrädde, eller organisationen själv "
        "när källan bara nämner organisationen (till exempel i en panel).",
    )
    role = models.CharField("roll på mötet", max_length=30, choices=ParticipationRole.choices)
    talk_title = models.CharField("rubrik på framträdandet", max_length=300, blank=True)
    description = models.TextField(
        "vad källan säger", blank=True, help_text="Källans ord om medverkan."
    )
    sources = models.ManyToManyField(Source, verbose_name="källor", related_name="participations")

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        verbose_name = "medverkan"
        verbose_name_plural = "medverkan"
        ordering = ["meeting", "order"]
        # The role filter of the meeting, people and organisation lists.
        indexes = [models.Index(fields=["role"], name="participation_role")]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False) | Q(organisation__isnull=False),
                name="participation_has_person_or_organisation",
                violation_error_message="Ange en person eller en organisation.",
            ),
            models.UniqueConstraint(
                fields=["meeting", "order"],
                name="participation_unique_order_per_meeting",
                violation_error_message="Ordningsnumret används redan för detta möte.",
            ),
            models.UniqueConstraint(
                fields=["meeting", "person", "role"],
                condition=Q(person__isnull=False),
                name="participation_unique_person_role",
                violation_error_message="Personen har redan denna roll på mötet.",
            ),
            models.UniqueConstraint(
                fields=["meeting", "organisation", "role"],
                condition=Q(person__isnull=True),
                name="participation_unique_organisation_role",
                violation_error_message="Organisationen har redan denna roll på mötet.",
            ),
        ]

    def __str__(self):
        who = self.person or self.organisation
        return f"{who}: {self.get_role_display().lower()}, {self.meeting.title}"

    def natural_key(self):
        return (self.meeting.slug, self.order)

    natural_key.dependencies = ["forum.meeting"]

    def clean(self):
        super().clean()
        if self.person_role_id and self.person_role.person_id != self.person_id:
            raise ValidationError(
                {"person_role": "Rollen måste tillhöra den person som medverkar."}
            )
