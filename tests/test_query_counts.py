"""
Every page costs a fixed number of queries, on the corpus and on 50 times as many rows.

The 50x rows are built once for this module, inside a transaction that each
test's own (rolled back) transaction nests in, and rolled back at the end:
building them for every test cost about a second each.
"""

import pytest
from django.db import transaction

from tests.factories import multiply_corpus


@pytest.fixture(scope="module", params=[1, 50], ids=["corpus", "corpus-x50"])
def scale(request, django_db_setup, django_db_blocker):
    if request.param == 1:
        yield 1
        return
    with django_db_blocker.unblock(), transaction.atomic():
        multiply_corpus(request.param)
        yield request.param
        transaction.set_rollback(True)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/", 10),
        ("/tillganglighet/", 0),
        ("/kallor/", 1),
        ("/kallor/forum-tillit/", 8),
        ("/personer/", 6),
        ("/personer/laura-hartman/", 6),
        ("/organisationer/", 4),
        # Children, roles, meetings and statements (each its first few), a page
        # of positions and its count, and the roll-ups of the latest remisses.
        ("/organisationer/stockholms-stad/", 12),
        ("/forum/", 7),
        ("/forum/?year=2016&sort=-date&theme=tema-4&kind=forum_seminar&per_page=10", 8),
        ("/forum/forum-tillit-en-larande-tillsyn/", 6),
        ("/betankanden/", 3),
        ("/betankanden/sou-2018-47/", 4),
        # Count, keys, rows, their addressees, and the addressee choices; a
        # report filter adds its record.
        ("/betankanden/forslag/", 6),
        ("/betankanden/forslag/?report=sou-2018-47&kind=proposal&sort=-chapter", 7),
        # Counts per stance, the first of each, adopting statements and the
        # positions they adopt, the silent ones counted and the first listed.
        ("/betankanden/sou-2018-47/forslag/nationellt-policylabb/", 9),
        # The memorandum, a page of statements and its count, the roll-up.
        ("/remisser/tillitsdelegationens-betankanden-ks-2018-1086/", 11),
        # Count, keys, rows; the body's and the remiss's fields list their
        # few choices (none at scale: tillit.lookup).
        ("/remissvar/", 5),
        ("/remissvar/utbildningsnamnden/", 2),
        ("/remissvar/positioner/", 6),
        ("/remissvar/positioner/?stance=hesitant&body_kind=committee&sort=-date", 6),
        ("/en/remissvar/positioner/", 6),
        ("/om/", 0),
        ("/remisser/", 3),
        # The word's variants from the vocabulary, then the count of each
        # kind of hit with the page of hits (one statement). On PostgreSQL a
        # kind with CANDIDATES_PER_KIND hits or more adds one query for the
        # estimates: not on the corpus, but on generated data (test_scale).
        ("/sok/?q=statsbidragen", 2),
        ("/sok/?q=policylabb&kind=paragraph&page=1", 2),
        # The years (five DISTINCT queries), the count and the page of the
        # year's entries (UNION ALL), then the records on the page, one query
        # for each kind of record on it (meetings, reports, remisses, statements).
        ("/tidslinje/?kind=report&kind=remiss", 6),
        ("/tidslinje/?year=2018&kind=decision&kind=memorandum", 8),
        # The remiss, its reports for the form, statements, proposals, every
        # stance, and the page's positions and texts (for the cells' links).
        ("/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/", 7),
        # Its download: the remiss, statements, proposals, every stance; no page.
        ("/remisser/tillitsdelegationens-betankanden-ks-2018-1086/matris/?format=csv", 4),
        # Every dated meeting with its theme, in one query.
        ("/forum/kalender.ics", 1),
        # The first statement's remiss, the two statements, their positions, the
        # remiss choices and the two lookups' datalists.
        ("/remissvar/jamfor/?a=hasselby-vallingby-stadsdelsnamnd&b=norrmalms-stadsdelsnamnd", 8),
    ],
)
def test_query_count_does_not_grow_with_the_data(
    client, django_assert_num_queries, scale, url, queries
):
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_the_larger_data_is_there_while_it_is_measured(scale):
    from remissvar.models import Statement

    assert Statement.objects.count() == 8 * scale
