"""Legal terms of a data subject's request, in Colombian working days.

Ley 1581 de 2012 gives ten working days to answer a query (art. 14) and fifteen to answer a
claim — a rectification or an erasure (art. 15), counted from the day after the request was
received; when the entity cannot answer in time it may extend the term once, by five working
days for a query and eight for a claim, saying why. Saturdays, Sundays and the national
holidays (moved to Monday by Ley 51 de 1983, Easter-based ones included) are not working
days: the holidays come from the maintained ``holidays`` package, never from a list here.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from functools import cache

import holidays



class RequestKind(StrEnum):
    CONSULTA = "consulta"
    RECTIFICACION = "rectificacion"
    SUPRESION = "supresion"

    @property
    def label(self) -> str:
        return {"consulta": "Consulta", "rectificacion": "Reclamo: rectificación",
                "supresion": "Reclamo: supresión"}[self.value]

# (term, extension) in working days.
TERMS = {RequestKind.CONSULTA: (10, 5), RequestKind.RECTIFICACION: (15, 8), RequestKind.SUPRESION: (15, 8)}


@cache
def _holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("CO", years=year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself never counts)."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def due_date(kind: str, received_on: date, extended: bool = False) -> date:
    """The last day to answer a request of ``kind`` received on ``received_on``."""
    term, extension = TERMS[RequestKind(kind)]
    return add_working_days(received_on, term + (extension if extended else 0))
