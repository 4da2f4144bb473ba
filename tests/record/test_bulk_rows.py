"""The merge's direct writer gives the driver exactly the values SQLAlchemy's types would bind."""

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from ati_desktop.storage.driver_sql import converter
from ati_desktop.storage.models import Attendance, Session
from ati_desktop.storage.revlog import REVISION

DIALECTS = [sqlite.dialect(), postgresql.psycopg.dialect()]
BOGOTA = timezone(timedelta(hours=-5))
VALUES = {
    (REVISION, "made_at"): [None, datetime(2026, 11, 1, 12, tzinfo=UTC), datetime(2026, 11, 1, 7, 3, 4, 5, tzinfo=BOGOTA),
                            datetime(999, 1, 2, tzinfo=UTC)],
    (Session.__table__, "session_date"): [None, date(2026, 11, 1), date(5, 1, 1)],
    (Session.__table__, "start_time"): [None, time(8, 0), time(8, 30, 15, 250)],
    (Attendance.__table__, "present"): [None, True, False],
    (REVISION, "body"): [None, '{"a":1}'],
    (REVISION, "number"): [None, 3],
}


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
@pytest.mark.parametrize(("table", "name"), list(VALUES), ids=lambda x: getattr(x, "name", x))
def test_values_are_those_sqlalchemy_binds(dialect, table, name):
    column = table.c[name]
    own = converter(column, dialect) or (lambda value: value)
    theirs = column.type.dialect_impl(dialect).bind_processor(dialect) or (lambda value: value)
    for value in VALUES[(table, name)]:
        assert own(value) == theirs(value)


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_a_naive_time_is_refused(dialect):
    with pytest.raises(ValueError):
        converter(REVISION.c.made_at, dialect)(datetime(2026, 11, 1, 12))
