"""
The portal's open data: each dataset, where it can be taken (page, CSV,
Excel, API, feed, calendar) and what its columns hold. The /data/ page and its
DCAT-AP-SE description (``/data/dcat.jsonld``) are both made from this list,
so that what the page offers and what a harvester such as dataportal.se reads
cannot differ.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from betankanden.exports import PROPOSAL_COLUMNS
from forum.exports import MEETING_COLUMNS
from remissvar.exports import MATRIX_COLUMNS, POSITION_COLUMNS, STATEMENT_COLUMNS
from tillit.models import SourceKind
from tillit.portal.exports import ORGANISATION_COLUMNS, PERSON_COLUMNS
from tillit.site import absolute_url

# The EU vocabularies DCAT-AP-SE uses for themes, languages and file types.
EU_AUTHORITY = "http://publications.europa.eu/resource/authority"
THEME_GOVERNMENT = f"{EU_AUTHORITY}/data-theme/GOVE"
LANGUAGE_SWEDISH = f"{EU_AUTHORITY}/language/SWE"
FILE_TYPES = {
    "csv": (f"{EU_AUTHORITY}/file-type/CSV", "text/csv"),
    "xlsx": (
        f"{EU_AUTHORITY}/file-type/XLSX",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    "json": (f"{EU_AUTHORITY}/file-type/JSON", "application/json"),
    "atom": (f"{EU_AUTHORITY}/file-type/ATOM", "application/atom+xml"),
    "ics": (f"{EU_AUTHORITY}/file-type/ICAL", "text/calendar"),
}
# The portal's own compilation (its records, classifications and keys) is
# offered under CC0, as Sweden's guidance for open public data recommends;
# what it quotes keeps its sources' terms (SOURCE_TERMS).
LICENCE = "http://creativecommons.org/publicdomain/zero/1.0/"
LICENCE_NAME = "CC0 1.0"

# What may be done with each kind of source's text (the sources' own terms).
SOURCE_TERMS = {
    SourceKind.WEB_PAGE: _("Offentlig text från en svensk myndighet: fri att återge."),
    SourceKind.MUNICIPAL_DOCUMENT: _("Offentlig handling från en svensk kommun: fri att återge."),
    SourceKind.NEWS_ARTICLE: _(
        "Upphovsrättsskyddad journalistik: portalen hämtar bara fakta ur den och hänvisar till den. "
        "Texten återges inte, och får inte tas vidare härifrån."
    ),
    SourceKind.GENERATED: _("Genererade testdata, inga verkliga uppgifter."),
}


@dataclass(frozen=True)
class Distribution:
    """One way to take a dataset: ``url`` is a path on the site."""

    title: str
    url: str
    format: str  # a key of FILE_TYPES
    download: bool = True  # a file to download, not a service to ask (the API)


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    page: str  # the page where people browse it
    columns: list = field(default_factory=list)
    api: str = ""
    extra: tuple = ()  # (title, url name, format): a feed, a calendar
    # False where the page is not the download (each remiss has its matrix).
    downloads: bool = True

    def distributions(self):
        found = []
        if self.columns and self.downloads:
            for file_format, title in (("csv", "CSV"), ("xlsx", "Excel")):
                found.append(Distribution(title, f"{self.page}?format={file_format}", file_format))
        if self.api:
            found.append(Distribution(_("API (JSON)"), self.api, "json", download=False))
        for title, url_name, file_format in self.extra:
            found.append(Distribution(title, reverse(url_name), file_format))
        return found


def datasets():
    """Every dataset, resolved in the active language (its titles and paths)."""
    return [
        Dataset(
            "moten",
            _("Forum Tillits möten"),
            _(
                "Delegationens möten: datum (med härlett år utmärkt), typ, tema, målgrupp och antal deltagare."
            ),
            reverse("forum:meeting-list"),
            MEETING_COLUMNS,
            reverse("api:meeting-list"),
            (
                (_("Kalender (iCalendar)"), "forum:meeting-calendar", "ics"),
                (_("Nyhetsflöde (Atom)"), "forum:meeting-feed", "atom"),
            ),
        ),
        Dataset(
            "personer",
            _("Personer"),
            _("Personer som källorna nämner, med de roller de hade enligt källorna."),
            reverse("portal:person-list"),
            PERSON_COLUMNS,
            reverse("api:person-list"),
        ),
        Dataset(
            "organisationer",
            _("Organisationer"),
            _("Myndigheter, kommuner, nämnder och andra organisationer, och vad de ingår i."),
            reverse("portal:organisation-list"),
            ORGANISATION_COLUMNS,
            reverse("api:organisation-list"),
        ),
        Dataset(
            "forslag",
            _("Betänkanden och förslag"),
            _(
                "Betänkandena (SOU) och deras förslag, ordagrant ur källan, med kapitel och mottagare."
            ),
            reverse("betankanden:proposal-list"),
            PROPOSAL_COLUMNS,
            reverse("api:proposal-list"),
        ),
        Dataset(
            "remissvar",
            _("Remissvar"),
            _(
                "Remissvaren: vilket organ som svarade, när det beslutade och dess övergripande hållning."
            ),
            reverse("remissvar:statement-list"),
            STATEMENT_COLUMNS,
            reverse("api:statement-list"),
            ((_("Nyhetsflöde (Atom)"), "remissvar:statement-feed", "atom"),),
        ),
        Dataset(
            "stallningstaganden",
            _("Ställningstaganden"),
            _("Varje remissvars ställningstagande till varje förslag, med citatet som visar det."),
            reverse("remissvar:position-list"),
            POSITION_COLUMNS,
            reverse("api:position-list"),
        ),
        Dataset(
            "matris",
            _("Ställningstagandematris per remiss"),
            _(
                "Alla organ mot alla förslag i en remiss, också förslag som ett svar inte tar upp. Laddas ned från varje remiss matris."
            ),
            reverse("remissvar:remiss-list"),
            MATRIX_COLUMNS,
            downloads=False,
        ),
        Dataset(
            "kallor",
            _("Källor"),
            _(
                "Källorna som allt hämtas från, med källhänvisning och, där den får återges, texten."
            ),
            reverse("portal:source-list"),
            api=reverse("api:source-list"),
        ),
    ]


def catalogue(request):
    """The datasets as a DCAT-AP-SE catalogue in JSON-LD."""
    home = absolute_url(reverse("portal:home"), request)
    publisher = {
        "@type": "foaf:Agent",
        "foaf:name": settings.TILLIT_PUBLISHER,
    }
    contact = {"@type": "vcard:Organization", "vcard:fn": settings.TILLIT_PUBLISHER}
    if settings.TILLIT_CONTACT_EMAIL:
        contact["vcard:hasEmail"] = {"@id": f"mailto:{settings.TILLIT_CONTACT_EMAIL}"}
    licence = {"@id": LICENCE}
    entries = []
    for dataset in datasets():
        distributions = []
        for distribution in dataset.distributions():
            url = absolute_url(distribution.url, request)
            file_type, media_type = FILE_TYPES[distribution.format]
            entry = {
                "@type": "dcat:Distribution",
                "dcterms:title": str(distribution.title),
                "dcat:accessURL": {"@id": url},
                "dcterms:format": {"@id": file_type},
                "dcat:mediaType": media_type,
                "dcterms:license": licence,
            }
            if distribution.download:
                entry["dcat:downloadURL"] = {"@id": url}
            distributions.append(entry)
        entries.append(
            {
                "@id": f"{absolute_url(reverse('portal:data'), request)}#{dataset.slug}",
                "@type": "dcat:Dataset",
                "dcterms:title": str(dataset.title),
                "dcterms:description": str(dataset.description),
                "dcterms:publisher": publisher,
                "dcat:contactPoint": contact,
                "dcat:theme": {"@id": THEME_GOVERNMENT},
                "dcterms:language": {"@id": LANGUAGE_SWEDISH},
                "dcat:keyword": ["tillit", "Tillitsdelegationen", "remissvar"],
                "dcat:landingPage": {"@id": absolute_url(dataset.page, request)},
                "dcat:distribution": distributions,
            }
        )
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dcterms": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
        },
        "@id": absolute_url(reverse("portal:data-catalogue"), request),
        "@type": "dcat:Catalog",
        "dcterms:title": str(_("Tillitsdelegationens kunskapsbank")),
        "dcterms:description": str(
            _(
                "Tillitsdelegationens möten, betänkanden och förslag och Stockholms stads remissvar på dem, med källor."
            )
        ),
        "dcterms:publisher": publisher,
        "dcterms:license": licence,
        "dcterms:language": {"@id": LANGUAGE_SWEDISH},
        "foaf:homepage": {"@id": home},
        "dcat:dataset": entries,
    }
