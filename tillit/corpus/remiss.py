"""
The City of Stockholm's remiss answer (seed 004): the referral, its decision
path, the mayor's memorandum and the seven bodies' statements.

Statement texts are sliced from the seed between the markers given here, so
they stay verbatim; see ``tillit.corpus.build.statement_text``.
"""

REMISS = {
    "slug": "tillitsdelegationens-betankanden-ks-2018-1086",
    "title": "Tillitsdelegationens betänkanden Med tillit växer handlingsutrymmet (SOU 2018:47) "
    "och En lärande tillsyn (SOU 2018:48)",
    "sender": "finansdepartementet",
    "reports": ["SOU 2018:47", "SOU 2018:48"],
    "deadline": "2018-10-31",
    "responding_organisation": "stockholms-stad",
    "file_number": "KS 2018/1086",
    "source": "004",
}

# Each text is verbatim from the seed (checked by the builder and the tests).
DECISION_STEPS = [
    {
        "organisation": "stockholms-stad",
        "person": None,
        "date": None,
        "text": "Ärendet har remitterats till stadsledningskontoret, socialnämnden, "
        "utbildningsnämnden, äldrenämnden, Farsta stadsdelsnämnd, Hässelby-Vällingby "
        "stadsdelsnämnd och Norrmalms stadsdelsnämnd.",
    },
    {
        "organisation": "rotel-i",
        "person": "anna-konig-jerlmyr",
        "date": "2018-10-25",
        "text": "Jag föreslår att borgarrådsberedningen föreslår att kommunstyrelsen beslutar "
        "följande.\n\n1. Remissen besvaras med hänvisning till vad som sägs i promemorian.\n"
        "2. Paragrafen justeras omedelbart.\n\nStockholm den 25 oktober 2018",
    },
    {
        "organisation": "borgarradsberedningen",
        "person": None,
        "date": None,
        "text": "Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag.",
    },
    {
        "organisation": "borgarradsberedningen",
        "person": None,
        "date": None,
        "text": "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.\n\n"
        "1. Remissen besvaras med hänvisning till vad som sägs i promemorian.\n"
        "2. Paragrafen justeras omedelbart.",
    },
]

# start: the first line of the statement's text; end: the line after its last one
# (None: to the end of the document). Both are whole lines of the seed.
STATEMENTS = [
    {
        "slug": "promemoria",
        "kind": "memorandum",
        "body": "stockholms-stad",
        "prepared_by": "rotel-i",
        "signatory": "anna-konig-jerlmyr",
        "decision_date": None,
        "report_date": "2018-10-25",
        "start": "Föredragande borgarrådet Anna König Jerlmyr anför följande.",
        "end": "Bilagor",
    },
    {
        "slug": "stadsledningskontoret",
        "body": "stadsledningskontoret",
        "prepared_by": None,
        "decision_date": None,
        "report_date": "2018-08-25",
        "start": "Stadsledningskontorets tjänsteutlåtande daterat den 25 augusti 2018 har i "
        "huvudsak följande lydelse.",
        "end": "Socialnämnden",
    },
    {
        "slug": "socialnamnden",
        "body": "socialnamnden",
        "prepared_by": "socialforvaltningen",
        "decision_date": "2018-08-21",
        "report_date": "2018-07-17",
        "start": "Socialnämnden beslutade vid sitt sammanträde den 21 augusti 2018 följande.",
        "end": "Utbildningsnämnden",
    },
    {
        "slug": "utbildningsnamnden",
        "body": "utbildningsnamnden",
        "prepared_by": "utbildningsforvaltningen",
        "decision_date": "2018-08-23",
        "report_date": "2018-07-27",
        "start": "Utbildningsnämnden beslutade vid sitt sammanträde den 23 augusti 2018 följande.",
        "end": "Äldrenämnden",
    },
    {
        "slug": "aldrenamnden",
        "body": "aldrenamnden",
        "prepared_by": "aldreforvaltningen",
        "decision_date": "2018-09-18",
        "report_date": "2018-08-27",
        "start": "Äldrenämnden beslutade vid sitt sammanträde den 18 september 2018 följande.",
        "end": "Farsta stadsdelsnämnd",
    },
    {
        "slug": "farsta-stadsdelsnamnd",
        "body": "farsta-stadsdelsnamnd",
        "prepared_by": "farsta-stadsdelsforvaltning",
        "decision_date": "2018-09-20",
        "report_date": "2018-09-04",
        "start": "Farsta stadsdelsnämnd beslutade vid sitt sammanträde den 20 september 2018 "
        "följande.",
        "end": "Hässelby-Vällingby stadsdelsnämnd",
    },
    {
        "slug": "hasselby-vallingby-stadsdelsnamnd",
        "body": "hasselby-vallingby-stadsdelsnamnd",
        "prepared_by": "hasselby-vallingby-stadsdelsforvaltning",
        "decision_date": "2018-08-23",
        "report_date": "2018-08-01",
        "start": "Hässelby-Vällingby stadsdelsnämnd beslutade vid sitt sammanträde den 23 augusti "
        "2018 följande.",
        "end": "Norrmalms stadsdelsnämnd",
    },
    {
        "slug": "norrmalms-stadsdelsnamnd",
        "body": "norrmalms-stadsdelsnamnd",
        "prepared_by": "norrmalms-stadsdelsforvaltning",
        "decision_date": "2018-08-23",
        "report_date": "2018-08-01",
        "start": "Norrmalms stadsdelsnämnd beslutade vid sitt sammanträde den 23 augusti 2018 "
        "följande.",
        "end": None,
    },
]
