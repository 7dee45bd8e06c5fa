import pytest
from django.db import connection
from django.utils import translation

from remissvar.models import Position, Stance
from tillit import counting
from tillit.counting import Count, estimated_count
from tillit.templatetags.counting import count_text


def test_an_estimate_keeps_two_significant_digits():
    assert Count.estimate(249_617) == 250_000
    assert Count.estimate(1_000_063) == 1_000_000
    assert Count.estimate(87) == 87
    assert Count.estimate(249_617).approximate
    assert not Count(249_617).approximate


@pytest.mark.django_db
def test_a_count_within_the_bound_is_exact(django_assert_num_queries):
    with django_assert_num_queries(1):
        count = estimated_count(Position.objects.filter(stance=Stance.HESITANT))
    assert count == Position.objects.filter(stance=Stance.HESITANT).count()
    assert not count.approximate


@pytest.mark.django_db
def test_past_the_bound_postgresql_estimates_and_others_count(
    monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(counting, "ESTIMATE_ABOVE", 2)
    exact = Position.objects.count()
    assert exact > 2
    # Still one query: the estimate comes in the same statement as the count.
    with django_assert_num_queries(1):
        count = estimated_count(Position.objects.all())
    if connection.vendor == "postgresql":
        assert count.approximate
        # Never fewer than were counted before the bound stopped the count.
        assert count >= 3
    else:
        assert not count.approximate
        assert count == exact


def test_an_estimate_reads_as_about():
    with translation.override("sv"):
        assert count_text(Count.estimate(1_000_063)) == "cirka 1\xa0000\xa0000"
        assert count_text(Count(1234)) == "1\xa0234"
    with translation.override("en"):
        assert count_text(Count.estimate(1_000_063)) == "about 1,000,000"


@pytest.mark.django_db
def test_the_home_page_says_about_for_estimates(client, monkeypatch):
    monkeypatch.setattr(counting, "ESTIMATE_ABOVE", 2)
    html = client.get("/").content.decode()
    positions = Position.objects.count()
    if connection.vendor == "postgresql":
        assert "cirka" in html
    else:
        assert f"{positions} ställningstaganden" in html


@pytest.mark.django_db
def test_values_in_an_estimated_query_are_quoted(monkeypatch):
    # The query goes to EXPLAIN as text: a value with quotes stays a value.
    monkeypatch.setattr(counting, "ESTIMATE_ABOVE", 0)
    text = "x'); DROP TABLE remissvar_position; --"
    count = estimated_count(Position.objects.exclude(passage=text))
    assert count >= 1
    assert Position.objects.exists()
