"""
Swedish words as the search index keeps them on SQLite: case-folded,
stemmed with the Snowball Swedish stemmer (as PostgreSQL's ``swedish``
configuration does), stop words left out of queries.
"""

import re
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+")
# The Snowball Swedish stop words, as PostgreSQL's swedish.stop lists them.
_STOP_WORD_LIST = """
    och det att i en jag hon som han på den med var sig för så till är men
    ett om hade de av icke mig du henne då sin nu har inte hans honom skulle
    hennes där min man ej vid kunde något från ut när efter upp vi dem vara
    vad över än dig kan sina här ha mot alla under någon eller allt mycket
    sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss
    din dessa några deras blir mina samma vilken er sådan vår blivit dess
    inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart
    dina vars vårt våra ert era vilkas
"""
STOP_WORDS = frozenset(_STOP_WORD_LIST.split())
_STEMMER = snowballstemmer.stemmer("swedish")


def words(text):
    """The words of ``text``, case-folded, in order."""
    return WORD.findall(text.casefold())


@lru_cache(maxsize=200_000)
def stem(word):
    return _STEMMER.stemWord(word)


def stemmed(text):
    """``text`` as the index keeps it: each word stemmed, in order, separated by spaces."""
    return " ".join(stem(word) for word in words(text))
