"""The five source documents. Keys are the seed file prefixes ("000" ... "004")."""

SOURCES = [
    {
        "key": "000",
        "file_name": "000_aa469d6d68b3550f.txt",
        "slug": "forum-tillit-dialog-med-kommuner-och-landsting",
        "title": "Forum tillit – dialog med kommuner och landsting",
        "publisher": "Tillitsdelegationen",
        "kind": "web_page",
        "date": None,
        "citation": "Tillitsdelegationen, webbsidan ”Forum tillit – dialog med kommuner och "
        "landsting”. Sidan anger inget publiceringsdatum.",
    },
    {
        "key": "001",
        "file_name": "001_8406357b04164dbc.txt",
        "slug": "forum-tillit",
        "title": "Forum Tillit",
        "publisher": "Tillitsdelegationen",
        "kind": "web_page",
        "date": None,
        "citation": "Tillitsdelegationen, webbsidan ”Forum Tillit”. Sidan anger inget "
        "publiceringsdatum.",
    },
    {
        "key": "002",
        "file_name": "002_770f30c10f5b5b5d.txt",
        "slug": "med-tillit-vaxer-handlingsutrymmet-overlamning",
        "title": "Med tillit växer handlingsutrymmet (överlämningen av betänkandena)",
        "publisher": "Tillitsdelegationen",
        "kind": "web_page",
        "date": None,
        "citation": "Tillitsdelegationen, webbsidan ”Med tillit växer handlingsutrymmet” om "
        "överlämningen av SOU 2018:47, SOU 2018:48 och SOU 2018:38. Sidan anger inget "
        "publiceringsdatum.",
    },
    {
        "key": "003",
        "file_name": "003_30efb3d1bb7f4172.txt",
        "slug": "altinget-det-ska-bli-mer-tillit-i-staten",
        "title": "Det ska bli mer tillit i staten",
        "publisher": "Altinget",
        "kind": "news_article",
        "date": None,
        "citation": "Altinget, nyhetsartikeln ”Det ska bli mer tillit i staten”. Den sparade "
        "texten anger inget publiceringsdatum. Artikeln är upphovsrättsskyddad; här används "
        "bara dess fakta.",
    },
    {
        "key": "004",
        "file_name": "004_fae23671b86a646f.txt",
        "slug": "stockholms-stad-pm-rotel-i-ks-2018-1086",
        "title": "PM Rotel I (Dnr KS 2018/1086): Tillitsdelegationens betänkanden Med tillit "
        "växer handlingsutrymmet (SOU 2018:47) och En lärande tillsyn (SOU 2018:48)",
        "publisher": "Stockholms stad",
        "kind": "municipal_document",
        "date": "2018-10-25",
        "citation": "Stockholms stad, PM Rotel I, Dnr KS 2018/1086, promemoria av föredragande "
        "borgarrådet Anna König Jerlmyr daterad 25 oktober 2018, med remissammanställning.",
    },
]
