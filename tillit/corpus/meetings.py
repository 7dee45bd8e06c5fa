"""
Forum Tillit: the agenda themes and every meeting the sources describe.

Seeds 000 and 001 describe the 23 November dialogue meeting twice; it is one
meeting here with the details of both. Most dates lack a year: where a year is
inferred, the reasoning below is shown to readers next to the date.
"""

THEMES = [
    "Introduktion till Tillitsdelegationens arbete och diskussion om problembeskrivning.",
    "Ersättningsmodeller och dess påverkan på kvalitet och verksamhetsutveckling i sjukvård och socialtjänst.",
    "Tillitsbaserat ledarskap.",
    "En lärande tillsyn.",
    "Mål- och resultatstyrning.",
    "Forum Tillit vård.",
    "Forum Tillit omsorg.",
    "Forum Tillit skola.",
    "Forum Tillit normering och verksamhetsutveckling.",
    "Forum Tillit upphandling och privata aktörer.",
    "En avslutande storkonferens om tillitsbaserad styrning och ledning.",
]

# The Forum Tillit page (seed 001) takes its meetings up in this order. Read
# as newest first (an assumption, said so to readers), it agrees with the
# one independent clue: 14 November "began the week", a Monday in 2016.
PAGE_ORDER = (
    "Sidan Forum Tillit tar upp mötena i ordningen 3 oktober, 27 april, 23 november, "
    "14 november och 17 oktober. Vi antar att sidan, som brukligt, tar det senaste först; "
    "sidan säger det inte själv."
)
AUDIENCE_OF_FORUM_TILLIT = "Politiker, chefer och medarbetare inom kommunsektorn"

MEETINGS = [
    {
        "slug": "dialogmote-myndigheter-och-organisationer",
        "title": "Dialogmöte med myndigheter och organisationer",
        "kind": "dialogue_meeting",
        "date": "2016-10-17",
        "year_is_inferred": True,
        "date_reasoning": "Källan anger 17 oktober men inget år. " + PAGE_ORDER + " Då hölls "
        "mötet före mötena 14 och 23 november 2016; delegationen tillsattes i juli 2016, så "
        "året bör vara 2016, delegationens första höst. Det passar med att mötet hölls för att "
        "”inleda en dialog”.",
        "theme": None,
        "audience": "Berörda myndigheter och organisationer",
        "participant_count": 70,
        "participant_count_wording": "ca 70 personer",
        "summary": "Den 17 oktober samlade Tillitsdelegationen ca 70 personer från berörda "
        "myndigheter och organisationer för att inleda en dialog kring en mer tillitsbaserad "
        "styrning. Alla deltagare reflekterade utifrån sitt perspektiv kring vilka eventuella "
        "problem som finns med nuvarande styrning.",
        "sources": ["001"],
        "participations": [
            {
                "person": "anna-lexelius",
                "role": "moderator",
                "description": "Dagens moderator Anna Lexelius diskuterar iakttagelser med "
                "Tillitsdelegationens delegater Laura Hartman och Gunilla Hult Backlund.",
            },
            {
                "person": "laura-hartman",
                "person_role": "Laura Hartman, Ordförande Tillitsdelegationen",
                "organisation": "tillitsdelegationen",
                "role": "conversation_partner",
                "description": "Laura Hartman, Martin Fransson, Robert Wenglén och Shirin Ahlbäck "
                "Öberg diskuterar om vi har för lite tillit i styrningen av offentlig sektor.",
            },
            {
                "person": "gunilla-hult-backlund",
                "person_role": "delegaten och generaldirektören för Inspektionen för vård och "
                "omsorg (IVO) Gunilla Hult Backlund",
                "organisation": "tillitsdelegationen",
                "role": "conversation_partner",
            },
            {"person": "martin-fransson", "role": "conversation_partner"},
            {"person": "robert-wenglen", "role": "conversation_partner"},
            {"person": "shirin-ahlback-oberg", "role": "conversation_partner"},
        ],
    },
    {
        "slug": "dialogmote-med-forskare",
        "title": "Dialogmöte med forskare",
        "kind": "dialogue_meeting",
        "date": "2016-11-14",
        "year_is_inferred": True,
        "date_reasoning": "Källan anger 14 november men inget år. Mötet ”inledde veckan”: "
        "14 november 2016 var en måndag, 14 november 2017 en tisdag. Delegationen tillsattes i "
        "juli 2016, så året bör vara 2016. " + PAGE_ORDER + " Även den ordningen ger 2016: "
        "mötet hölls före uppstartsmötet 23 november 2016.",
        "theme": None,
        "audience": "Forskare",
        "participant_count": 20,
        "participant_count_wording": "ett 20-tal välrenommerade forskare",
        "summary": "Den 14 november inleddes veckan med en träff med ett 20-tal välrenommerade "
        "forskare för att diskutera hur Tillitsdelegationen på bästa sätt utnyttjar "
        "forskarsamhällets kunskap i sitt arbete.",
        "sources": ["001"],
        "participations": [],
    },
    {
        "slug": "dialogmote-med-kommuner-och-landsting",
        "title": "Dialogmöte med kommuner och landsting",
        "kind": "dialogue_meeting",
        "date": "2016-11-23",
        "year_is_inferred": True,
        "date_reasoning": "Källorna anger 23 november men inget år. Mötet var ett uppstartsmöte "
        "med Tillitsdelegationen, som regeringen tillsatte i juli 2016; den första 23 november "
        "därefter är 2016.",
        # Theme 1 (the introduction) fits, but the sources do not say so.
        "theme": None,
        "audience": "Direktörer från landets alla kommuner och landsting",
        "participant_count": 50,
        "participant_count_wording": "50 personer",
        "summary": "Den 23 november arrangerades ett möte där samtliga direktörer från landets "
        "alla kommuner och landsting bjöds in till ett uppstartsmöte med Tillitsdelegationen. "
        "Målsättningen var att presentera utredningens uppdrag samt att inventera deltagarnas "
        "syn på eventuella problem med dagens styrning samt goda exempel på en mer "
        "tillitsbaserad styrning som redan pågår.",
        "sources": ["000", "001"],
        "participations": [
            {
                "person": "laura-hartman",
                "person_role": "Laura Hartman, Ordförande Tillitsdelegationen",
                "organisation": "tillitsdelegationen",
                "role": "speaker",
                "description": "Laura Hartman inledde dagen med att presentera Tillitsdelegationens "
                "utredningsuppdrag och hur arbetet kommer att fortskrida.",
                "sources": ["000", "001"],
            },
            {
                "person": "annika-wallenskog",
                "person_role": "Annika Wallenskog, chefekonom och chef för avdelningen för ekonomi och styrning, SKL",
                "organisation": "skl",
                "role": "speaker",
                "description": "Annika Wallenskog, chefekonom SKL, beskrev också inledningsvis\u00a0hur "
                "de uppfattar den statliga styrningen.",
                "sources": ["000", "001"],
            },
            {
                "person": "eva-sahlen",
                "person_role": "Eva Sahlén, Direktör Sociala nämnderna förvaltning, Västerås stad",
                "organisation": "vasteras-stad",
                "role": "speaker",
                "description": "Hon delade med sig av kommunens utvecklingsarbete med "
                "digitalisering inom äldreomsorgen.",
                "sources": ["000", "001"],
            },
            {
                "person": "charlott-johansson",
                "person_role": "Charlott Johansson, kommunchef Falkenbergs kommun",
                "organisation": "falkenbergs-kommun",
                "role": "conversation_partner",
                "sources": ["001"],
                "description": "Charlott Johansson, kommunchef Falkenbergs kommun berättade om "
                "utvecklingsarbetet i sin gamla hemkommun, Oxelösund.",
            },
            {
                "person": "christine-feuk",
                "person_role": "Christine Feuk, SKL",
                "organisation": "skl",
                "role": "conversation_partner",
                "sources": ["001"],
                "description": "Samtal mellan Charlott Johansson, kommunchef Falkenbergs kommun och "
                "Christine Feuk, SKL på Tillitsdelegationens möte den 23 November.",
            },
            {
                "person": "shirin-ahlback-oberg",
                "person_role": "Shirin Ahlbäck Öberg, docent och universitetslektor i statskunskap vid Uppsala universitet",
                "organisation": "uppsala-universitet",
                "role": "speaker",
                "talk_title": "Vad säger aktuell forskning?",
                "description": "Dessutom föreläste Shirin Ahlbäck Öberg, docent och "
                "universitetslektor i statskunskap vid Uppsala universitet, om New Public "
                "Management och granskningssamhället framväxt.",
                "sources": ["001"],
            },
        ],
    },
    {
        "slug": "forum-tillit-ledarskap-och-medledarskap",
        "title": "Forum Tillit om ledarskap och medledarskap",
        "kind": "forum_seminar",
        "date": "2017-04-27",
        "year_is_inferred": True,
        "date_reasoning": "Källan anger 27 april men inget år. " + PAGE_ORDER + " Då hölls "
        "mötet efter uppstartsmötet 23 november 2016, och 2017 är det tidigaste år som passar. "
        "Källan utesluter inte ett senare år.",
        "theme": None,
        "audience": AUDIENCE_OF_FORUM_TILLIT,
        "participant_count": None,
        "participant_count_wording": "",
        "summary": "Detta mötestillfälle handlade om ledarskap och medledarskap. Under dagen "
        "presenterade även ett ramverk för diskussion kring vad Tillitsbaserad styrning kan vara.",
        "has_recording": True,
        "media_note": "Under maj månad går det bra att se seminariet i efterhand här.",
        "sources": ["001"],
        "participations": [],
    },
    {
        "slug": "forum-tillit-en-larande-tillsyn",
        "title": "Forum Tillit om En lärande tillsyn",
        "kind": "forum_seminar",
        "date": "2017-10-03",
        "year_is_inferred": True,
        "date_reasoning": "Källan anger 3 oktober men inget år, och kallar mötet ”vårt tredje "
        "Forum Tillit”. 3 oktober 2016 är osannolikt: delegationen hade då funnits i knappt tre "
        "månader. " + PAGE_ORDER + " Då hölls mötet efter mötet 27 april (2017), och 2017 är "
        "det tidigaste år som passar. Källan utesluter inte ett senare år. Sidan kallar också "
        "dialogmötena ”Forum Tillit”; hur de räknas när mötet kallas det tredje framgår inte.",
        "theme": 4,
        "audience": AUDIENCE_OF_FORUM_TILLIT,
        "participant_count": None,
        "participant_count_wording": "",
        "summary": "Under temat En lärande tillsyn ägde den 3 oktober vårt tredje Forum Tillit "
        "rum. Dagen avslutades med en paneldiskussion där Arbetsmiljöverket, Skolinspektionen, "
        "IVO, justitiekanslern och Gustaf Kastberg samtalade om möjligheter till en lärande "
        "tillsyn.",
        "has_recording": True,
        "media_note": "Du har nu möjlighet att ta del av Forum Tillit om lärande tillsyn här",
        "sources": ["001"],
        "participations": [
            {
                "person": "laura-hartman",
                "person_role": "Laura Hartman, Ordförande Tillitsdelegationen",
                "organisation": "tillitsdelegationen",
                "role": "host",
                "description": "Tillitsdelegationens ordförande Laura Hartman hälsade välkommen och "
                "var dagens moderator.",
            },
            {
                "person": "laura-hartman",
                "person_role": "Laura Hartman, Ordförande Tillitsdelegationen",
                "organisation": "tillitsdelegationen",
                "role": "moderator",
            },
            {
                "person": "gunilla-hult-backlund",
                "person_role": "delegaten och generaldirektören för Inspektionen för vård och "
                "omsorg (IVO) Gunilla Hult Backlund",
                "organisation": "tillitsdelegationen",
                "role": "speaker",
                "description": "inledde dagen med att berätta om delegationens uppdrag om att "
                "utveckla den statliga styrningen så att den bidrar till verksamhetsutveckling och "
                "lärande i större omfattning.",
            },
            {
                "person": "gustaf-kastberg",
                "person_role": "Professor Gustaf Kastberg, vid Högskolan i Borås",
                "organisation": "hogskolan-i-boras",
                "role": "speaker",
                "talk_title": "Vi granskar mer men ser mindre",
            },
            {
                "person": "sergio-garay",
                "person_role": "Stadsdelsdirektör Sergio Garay, Västra Hisingen",
                "organisation": "vastra-hisingen",
                "role": "speaker",
                "description": "gav exempel på hur tillsynen påverkar i socialtjänst, vård och skola.",
            },
            {
                "person": "ulf-anders-lilja",
                "person_role": "socialchef Ulf Anders Lilja Torsby kommun",
                "organisation": "torsby-kommun",
                "role": "speaker",
                "description": "gav exempel på hur tillsynen påverkar i socialtjänst, vård och skola.",
            },
            {
                "person": "anna-skarhed",
                "person_role": "Justitiekansler Anna Skarhed",
                "organisation": "justitiekanslern",
                "role": "speaker",
                "description": "Justitiekansler Anna Skarhed resonerade kring tillsynens för- och "
                "nackdelar",
            },
            {"organisation": "arbetsmiljoverket", "role": "panellist"},
            {"organisation": "skolinspektionen", "role": "panellist"},
            {"organisation": "inspektionen-for-vard-och-omsorg", "role": "panellist"},
            {"organisation": "justitiekanslern", "role": "panellist"},
            {
                "person": "gustaf-kastberg",
                "person_role": "Professor Gustaf Kastberg, vid Högskolan i Borås",
                "role": "panellist",
                "description": "Dagen avslutades med en paneldiskussion där Arbetsmiljöverket, "
                "Skolinspektionen, IVO, justitiekanslern och Gustaf Kastberg samtalade om "
                "möjligheter till en lärande tillsyn.",
            },
        ],
    },
    {
        "slug": "overlamningsseminarium-2018",
        "title": "Överlämningsseminarium för betänkandena",
        "kind": "handover_seminar",
        "date": "2018-06-14",
        "year_is_inferred": False,
        "date_reasoning": "",
        "theme": None,
        "audience": "",
        "participant_count": None,
        "participant_count_wording": "",
        "summary": "Torsdagen den 14 juni lämnade Tillitsdelegationen över sitt huvudbetänkande "
        "Med tillit växer handlingsutrymmet till civilminister Ardalan Shekarabi. Samtidigt "
        "lämnades också delbetänkandet En lärande tillsyn och forskningsantologin Styra och "
        "leda med tillit.",
        "has_slides": True,
        "media_note": "Här kan du ta del av bilderna från överlämningsseminariet den 14 juni 2018.",
        "sources": ["002"],
        "participations": [],
    },
    {
        # Reported by the news article (seed 003): facts only, no text kept.
        "slug": "startmote-statliga-myndigheter",
        "title": "Startmöte om tillitsbaserad styrning i statliga myndigheter",
        "kind": "start_meeting",
        "date": None,
        "year_is_inferred": False,
        "date_reasoning": "Artikeln säger bara att mötet hölls ”i veckan”, och den sparade "
        "artikeln saknar publiceringsdatum. Datumet är därför okänt.",
        "theme": None,
        "audience": "Myndighetschefer, anställda på myndigheter och representanter från fackförbund",
        "participant_count": 200,
        "participant_count_wording": "närmare tvåhundra personer",
        "summary": "Enligt Altinget var mötet startskottet för att arbeta med tillitsbaserad "
        "styrning även i statliga myndigheter, sedan regeringen i december gett delegationen "
        "ett ytterligare uppdrag att i projektform ge stöd till statliga myndigheter.",
        "sources": ["003"],
        "participations": [
            {
                "person": "laura-hartman",
                "person_role": "Laura Hartman, Ordförande Tillitsdelegationen",
                "organisation": "tillitsdelegationen",
                "role": "participant",
            },
        ],
    },
]
