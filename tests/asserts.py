"""Assertions shared by the test modules."""

import pytest
from django.db import IntegrityError, transaction


def assert_refused(create):
    """The database refuses what ``create`` tries to write (and the test goes on)."""
    with pytest.raises(IntegrityError), transaction.atomic():
        create()
