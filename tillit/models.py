"""
What all three apps share: the sources everything comes from, the
organisations and the people that appear in them, and the roles people held.
"""

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tillit.text import describe_missing_passage, numbered_paragraphs


class NaturalKeyQuerySet(models.QuerySet):
    """A QuerySet whose manager finds rows by their slug, for fixtures with natural keys."""

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def having(self, relation):
        """
        The rows that at least one row of the reverse ``relation`` points at, as
        an EXISTS subquery: a join with DISTINCT would read every related row
        (a million positions) to list a few thousand organisations. The related
        model is found through the relation, so the core imports no app.
        """
        reverse = self.model._meta.get_field(relation)
        related = reverse.related_model._base_manager.filter(**{reverse.field.name: OuterRef("pk")})
        return self.filter(Exists(related))


class OrganisationQuerySet(NaturalKeyQuerySet):
    def answering(self):
        """Bodies that have given a statement on some remiss."""
        return self.having("statements")

    def taking_part(self):
        """Organisations that took part in a meeting."""
        return self.having("participations")

    def with_roles(self):
        return self.having("roles")

    def with_children(self):
        return self.having("children")


class PersonQuerySet(NaturalKeyQuerySet):
    def taking_part(self):
        """People who took part in a meeting."""
        return self.having("participations")


class EditedModel(models.Model):
    """
    What every content model shares: its edit history and its version.

    The history (django-simple-history) keeps each record's earlier states,
    with who saved them and when, for the admin's history page and its
    restore. It starts at a record's first edit: loading the corpus (raw
    saves) and generating data (bulk inserts) make none.

    The version counts the admin's saves, so that a form saved after someone
    else's save of the same record is refused instead of overwriting it
    (tillit/admin_locking.py). It is bookkeeping, not content: neither in the
    history nor in the corpus files; ``db_default`` covers the generator's
    inserts, which name their columns.
    """

    version = models.PositiveIntegerField("version", default=0, db_default=0, editable=False)
    history = HistoricalRecords(inherit=True, excluded_fields=["version"])

    class Meta:
        abstract = True


class SourceKind(models.TextChoices):
    WEB_PAGE = "web_page", _("Webbsida")
    NEWS_ARTICLE = "news_article", _("Nyhetsartikel")
    MUNICIPAL_DOCUMENT = "municipal_document", _("Kommunal beslutshandling")
    GENERATED = "generated", _("Genererade testdata")


class SourceQuerySet(NaturalKeyQuerySet):
    def official(self):
        """Sources whose full text may be reproduced (not copyrighted journalism)."""
        return self.exclude(kind=SourceKind.NEWS_ARTICLE)


class Source(EditedModel):
    slug = models.SlugField("slug", max_length=100, unique=True)
    title = models.CharField("titel", max_length=300)
    publisher = models.CharField("utgivare", max_length=200)
    kind = models.CharField("typ", max_length=30, choices=SourceKind.choices)
    date = models.DateField(
        "datum", null=True, blank=True, help_text="Lämnas tomt när källan inte anger något datum."
    )
    file_name = models.CharField(
        "sparad fil",
        max_length=100,
        blank=True,
        help_text="Källtextens filnamn bland de sparade källtexterna.",
    )
    citation = models.TextField(
        "källhänvisning", help_text="Hur källan anges när något hämtas från den."
    )
    full_text = models.TextField(
        "fullständig text",
        blank=True,
        help_text="Bara för offentliga handlingar. Nyhetsartiklar är upphovsrättsskyddade: "
        "spara bara källhänvisningen och de fakta som hämtas därifrån.",
    )

    # Made by manage.py generate_corpus for measuring at scale: never part of
    # the real corpus, its fixture or its export.
    generated = models.BooleanField("genererad testdata", default=False, editable=False)

    objects = SourceQuerySet.as_manager()

    class Meta:
        verbose_name = "källa"
        verbose_name_plural = "källor"
        ordering = ["file_name", "title"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind=SourceKind.NEWS_ARTICLE) | Q(full_text=""),
                name="source_news_article_has_no_full_text",
                violation_error_message="En nyhetsartikel är upphovsrättsskyddad: "
                "spara inte dess fullständiga text.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("portal:source-detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)

    @property
    def may_reproduce(self):
        return self.kind != SourceKind.NEWS_ARTICLE

    def paragraphs(self):
        return numbered_paragraphs(self.full_text)


class OrganisationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Kommun")
    REGION = "region", _("Region/landsting")
    AGENCY = "agency", _("Myndighet")
    MINISTRY = "ministry", _("Departement")
    GOVERNMENT_INQUIRY = "inquiry", _("Statlig utredning/delegation")
    COMMITTEE = "committee", _("Nämnd")
    DISTRICT_COMMITTEE = "district_committee", _("Stadsdelsnämnd")
    ADMINISTRATION = "administration", _("Förvaltning/kontor")
    UNIVERSITY = "university", _("Universitet/högskola")
    ASSOCIATION = "association", _("Förening/intresseorganisation")
    COMPANY = "company", _("Företag")
    OTHER = "other", _("Annan")


class Organisation(EditedModel):
    name = models.CharField("namn", max_length=200)
    slug = models.SlugField("slug", max_length=200, unique=True)
    abbreviation = models.CharField("förkortning", max_length=30, blank=True)
    kind = models.CharField("typ", max_length=30, choices=OrganisationKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="ingår i",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="Till exempel Stockholms stad för en nämnd, eller nämnden för dess förvaltning.",
    )
    sources = models.ManyToManyField(Source, verbose_name="källor", related_name="organisations")

    # Made by manage.py generate_corpus for measuring at scale: never part of
    # the real corpus, its fixture or its export.
    generated = models.BooleanField("genererad testdata", default=False, editable=False)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = "organisation"
        verbose_name_plural = "organisationer"
        ordering = ["name"]
        # The list's order, and its kind filter in that order.
        indexes = [
            models.Index(fields=["name"], name="organisation_name"),
            models.Index(fields=["kind", "name"], name="organisation_kind_by_name"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"],
                name="organisation_unique_name_per_parent",
                violation_error_message="Det finns redan en organisation med detta namn här.",
            ),
            # NULL parents are distinct in a plain unique constraint, so
            # top-level names need a constraint of their own.
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(parent__isnull=True),
                name="organisation_unique_top_level_name",
                violation_error_message="Det finns redan en fristående organisation med detta namn.",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("pk")),
                name="organisation_not_its_own_parent",
                violation_error_message="En organisation kan inte ingå i sig själv.",
            ),
        ]

    def __str__(self):
        return self.label(self.name, self.parent.name if self.parent_id else None)

    def get_absolute_url(self):
        return reverse("portal:organisation-detail", kwargs={"slug": self.slug})

    @staticmethod
    def label(name, parent_name):
        """How an organisation is named where it stands alone: "Name (Parent)"."""
        return f"{name} ({parent_name})" if parent_name else name

    def natural_key(self):
        return (self.slug,)

    def ancestors(self):
        """The chain of parents, nearest first."""
        chain, seen, node = [], {self.pk}, self.parent
        while node is not None and node.pk not in seen:
            chain.append(node)
            seen.add(node.pk)
            node = node.parent
        return chain

    def clean(self):
        super().clean()
        # The database refuses only the direct self-reference; a longer cycle
        # (A in B in A) is caught here, before anything is saved.
        if self.parent_id and self.pk:
            node, seen = self.parent, set()
            while node is not None and node.pk not in seen:
                if node.pk == self.pk:
                    raise ValidationError(
                        {
                            "parent": "En organisation kan inte ingå i sig själv, "
                            "inte heller via en annan organisation."
                        }
                    )
                seen.add(node.pk)
                node = node.parent


class Person(EditedModel):
    name = models.CharField("namn", max_length=200)
    slug = models.SlugField("slug", max_length=200, unique=True)
    sources = models.ManyToManyField(Source, verbose_name="källor", related_name="people")

    # Made by manage.py generate_corpus for measuring at scale: never part of
    # the real corpus, its fixture or its export.
    generated = models.BooleanField("genererad testdata", default=False, editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = "person"
        verbose_name_plural = "personer"
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="person_name")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("portal:person-detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)


class RoleQuerySet(models.QuerySet):
    def get_by_natural_key(self, person_slug, wording):
        return self.get(person__slug=person_slug, wording=wording)


class Role(EditedModel):
    """A role a person held when a source mentions them, in the source's own words."""

    person = models.ForeignKey(
        Person, verbose_name="person", on_delete=models.CASCADE, related_name="roles"
    )
    title = models.CharField(
        "titel", max_length=200, blank=True, help_text="Till exempel kommunchef eller ordförande."
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="roles",
    )
    is_former = models.BooleanField(
        "tidigare roll",
        default=False,
        help_text="Kryssa i när källan talar om något personen gjorde tidigare.",
    )
    wording = models.CharField(
        "källans formulering",
        max_length=400,
        help_text="Ordagrant ur källan, så att rollen kan kontrolleras.",
    )
    sources = models.ManyToManyField(Source, verbose_name="källor", related_name="roles")

    objects = RoleQuerySet.as_manager()

    class Meta:
        verbose_name = "roll"
        verbose_name_plural = "roller"
        ordering = ["person__name", "is_former", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "wording"],
                name="role_unique_wording_per_person",
                violation_error_message="Personen har redan en roll med denna formulering.",
            ),
            models.CheckConstraint(
                condition=~Q(wording=""),
                name="role_has_wording",
                violation_error_message="Ange källans formulering.",
            ),
        ]

    def __str__(self):
        parts = [self.title or "roll"]
        if self.organisation_id:
            parts.append(self.organisation.name)
        label = ", ".join(parts)
        return f"{self.person}: {'tidigare ' if self.is_former else ''}{label}"

    @property
    def description(self):
        """
        The role as running text, without the person's name: "kommunchef,
        Falkenbergs kommun". The source's own words (``wording``) are shown
        beside it as a quote; they often name the person, so they are not
        a description. Swedish in both languages, like the titles it is made
        of (pages mark it lang="sv").
        """
        organisation = self.organisation.name if self.organisation_id else ""
        if self.is_former and not self.title and organisation:
            return f"tidigare knuten till {organisation}"
        text = ", ".join(part for part in (self.title, organisation) if part) or self.wording
        return f"tidigare {text}" if self.is_former else text

    def natural_key(self):
        return (self.person.slug, self.wording)

    natural_key.dependencies = ["tillit.person"]


def count_of(related, field):
    """
    How many rows of ``related`` point by ``field`` at the row annotated: a
    subquery for each row shown, not a join grouped over every related row,
    so a page of 25 counts theirs only and the page's own count needs no
    grouping. 0 where there are none.
    """
    counted = (
        related.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(count=models.Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted), 0, output_field=models.IntegerField())


def passage_error(passage, text, what):
    """A ValidationError message when ``passage`` is not a verbatim part of ``text``."""
    if passage and passage not in text:
        return f"Citatet finns inte ordagrant i {what}. " + describe_missing_passage(passage, text)
    return None


def related_or_none(instance, field_name):
    """The related object behind a foreign key, or None when none is set yet."""
    try:
        return getattr(instance, field_name)
    except ObjectDoesNotExist:
        return None


class SearchDocument(models.Model):
    """
    One searchable text of the site: a record, or one paragraph of a
    statement. Written by tillit.search from what each app registers, never
    by hand; the database keeps its search index beside it (see migration
    0005: a weighted tsvector on PostgreSQL, an FTS5 table on SQLite).
    """

    kind = models.CharField("typ", max_length=30)
    object_id = models.PositiveBigIntegerField("post")
    # The paragraph's number in a statement; 0 for a whole record.
    part = models.PositiveIntegerField("del", default=0)
    title = models.CharField("rubrik", max_length=500)
    text = models.TextField("text", blank=True)
    url = models.CharField("adress", max_length=500)

    # Written after the edit that emptied the page cache already (tillit.cache).
    empties_page_cache = False

    class Meta:
        verbose_name = "sökdokument"
        verbose_name_plural = "sökdokument"
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "part"], name="search_document_once"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}.{self.part}: {self.title}"


class SearchWord(models.Model):
    """
    A word the search index holds, as written (case-folded) and as stemmed:
    the vocabulary that a query's unknown or misspelt words are matched
    against ("Menade du …?") and that a part of a compound finds its whole
    compounds in (``bidrag`` in ``statsbidrag``). The database indexes its
    trigrams (migration 0008: pg_trgm on PostgreSQL, an FTS5 trigram table
    on SQLite). Words are added as documents are written; a word no
    document uses any more stays until ``rebuild_search_index``.
    """

    word = models.CharField("ord", max_length=100, unique=True)
    stem = models.CharField("ordstam", max_length=100, db_index=True)

    empties_page_cache = False

    class Meta:
        verbose_name = "sökord"
        verbose_name_plural = "sökord"

    def __str__(self):
        return self.word
