"""Due dates of requests in Colombian working days."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ati_desktop.services.personal_data.deadlines import add_working_days, due_date, is_working_day


def test_a_query_received_before_a_monday_holiday_skips_it():
    # Friday 6 Nov 2026; Monday 16 Nov is the (moved) Independence of Cartagena holiday.
    assert not is_working_day(date(2026, 11, 16))
    assert due_date("consulta", date(2026, 11, 6)) == date(2026, 11, 23)


def test_a_claim_over_holy_week_skips_maundy_thursday_and_good_friday():
    # Received Monday 30 Mar 2026: 2 and 3 April are holidays.
    assert due_date("supresion", date(2026, 3, 30)) == date(2026, 4, 22)
    assert due_date("rectificacion", date(2026, 3, 30), extended=True) == date(2026, 5, 5)


def test_the_saint_joseph_holiday_moved_to_monday_is_skipped():
    # 19 March 2026 is a Thursday; the holiday is observed on Monday 23 March.
    assert is_working_day(date(2026, 3, 19)) and not is_working_day(date(2026, 3, 23))
    assert add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 24)


@pytest.mark.parametrize("kind, days", [("consulta", 10), ("supresion", 15)])
@given(received=st.dates(date(2024, 1, 1), date(2030, 12, 31)))
def test_the_term_counts_exactly_its_working_days_after_reception(kind, days, received):
    due = due_date(kind, received)
    assert is_working_day(due)
    counted = sum(is_working_day(received + timedelta(days=i)) for i in range(1, (due - received).days + 1))
    assert counted == days
