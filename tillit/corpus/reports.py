"""
The three reports handed over on 14 June 2018 (seed 002; subtitle of 2018:47 from seed 004).

Seed 002 names the recipient of the main report only; the other two
"lämnades också" at the same time, so no recipient is given for them.
"""

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
        "recipient": "",
        "recipient_person": None,
        "sources": ["002", "004"],
    },
    {
        "sou_number": "SOU 2018:38",
        "slug": "sou-2018-38",
        "title": "Styra och leda med tillit",
        "subtitle": "",
        "kind": "anthology",
        "handed_over": "2018-06-14",
        "recipient": "",
        "recipient_person": None,
        "sources": ["002"],
    },
]
