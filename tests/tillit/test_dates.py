from datetime import date

import pytest

from remissvar.models import Statement
from tests.factories import make_statement
from tillit.dates import years_with

pytestmark = pytest.mark.django_db


def test_years_with_finds_each_year_of_either_field_and_skips_empty_ones(
    django_assert_num_queries,
):
    before = years_with(Statement.objects.all(), "decision_date", "report_date")
    make_statement(decision_date=date(1991, 3, 1))
    make_statement(report_date=date(1994, 12, 31), decision_date=date(1995, 1, 1))
    make_statement(decision_date=date(2031, 6, 1))
    with django_assert_num_queries(2):
        years = years_with(Statement.objects.all(), "decision_date", "report_date")
    assert years == before | {1991, 1994, 1995, 2031}
    assert not years & {1992, 1993, 1996, 2030}


def test_years_with_nothing_dated_is_empty():
    assert years_with(Statement.objects.none(), "decision_date") == set()
    assert years_with(Statement.objects.filter(pk=-1), "decision_date") == set()
