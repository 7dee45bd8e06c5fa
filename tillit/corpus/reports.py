"""The three reports handed over on 14 June 2018 (seed 002; subtitle of 2018:47 from seed 004)."""

REPORTS = [
    {
        "sou_number": "SOU 2018:47",
        "slug": "sou-2018-47",
        "title": "Med tillit växer handlingsutrymmet",
        "subtitle": "tillitsbaserad styrning och ledning av välfärdssektorn",
        "kind": "main",
        "handed_over": "2018-06-14",
        "recipient": "civilminister Ardalan Shekarabi",
        "recipient_person": "ardalan-shekarabi",
        "sources": ["002", "004"],
    },
    {
        "sou_number": "SOU 2018:48",
        "slug": "sou-2018-48",
        "title": "En lärande tillsyn",
        "subtitle": "",
        "kind": "interim",
        "handed_over": "2018-06-14",
        "recipient": "civilminister Ardalan Shekarabi",
        "recipient_person": "ardalan-shekarabi",
        "sources": ["002", "004"],
    },
    {
        "sou_number": "SOU 2018:38",
        "slug": "sou-2018-38",
        "title": "Styra och leda med tillit",
        "subtitle": "",
        "kind": "anthology",
        "handed_over": "2018-06-14",
        "recipient": "civilminister Ardalan Shekarabi",
        "recipient_person": "ardalan-shekarabi",
        "sources": ["002"],
    },
]
