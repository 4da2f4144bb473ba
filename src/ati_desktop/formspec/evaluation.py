"""Evaluates parsed expressions against answers, with forgiving XLSForm-like semantics.

Values are None (no answer), bool, int, Decimal, str, datetime.date or list. Evaluation
never raises on odd data: a meaningless operation gives None, and None is false.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ati_desktop.formspec.expressions import (
    Binary,
    Call,
    Current,
    Expr,
    FieldRef,
    Negate,
    Number,
    String,
)

Value = None | bool | int | Decimal | str | dt.date | list


@dataclass
class Environment:
    """What an expression can see: answers by field id, the current value, today's date."""

    lookup: Callable[[str], Value]
    current: Value = None
    today: Callable[[], dt.date] = field(default=dt.date.today)


def evaluate(expr: Expr, env: Environment) -> Value:
    """The value of an expression; None when it has no meaningful value."""
    if isinstance(expr, Number):
        return expr.value
    if isinstance(expr, String):
        return expr.value
    if isinstance(expr, FieldRef):
        return env.lookup(expr.name)
    if isinstance(expr, Current):
        return env.current
    if isinstance(expr, Negate):
        operand = _number(evaluate(expr.operand, env))
        return None if operand is None else -operand
    if isinstance(expr, Binary):
        return _binary(expr, env)
    return _call(expr, env)


def is_true(value: Value) -> bool:
    """XPath truthiness: no answer, false, zero, empty text and empty lists are false."""
    if value is None:
        return False
    if isinstance(value, dt.date):
        return True
    return bool(value)


def _binary(expr: Binary, env: Environment) -> Value:
    if expr.operator == "and":
        return is_true(evaluate(expr.left, env)) and is_true(evaluate(expr.right, env))
    if expr.operator == "or":
        return is_true(evaluate(expr.left, env)) or is_true(evaluate(expr.right, env))
    left, right = evaluate(expr.left, env), evaluate(expr.right, env)
    if expr.operator in ("=", "!="):
        equal = _equal(left, right)
        return equal if expr.operator == "=" else not equal
    if expr.operator in ("<", "<=", ">", ">="):
        return _order(expr.operator, left, right)
    return _arith(expr.operator, left, right)


def _is_empty(value: Value) -> bool:
    return value is None or value == "" or value == []


def _number(value: Value) -> int | Decimal | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | Decimal):
        return value
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _date(value: Value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _comparable(left: Value, right: Value) -> tuple | None:
    """Both values brought to one comparable kind, or None when they cannot be compared."""
    if isinstance(left, dt.date) or isinstance(right, dt.date):
        pair = (_date(left), _date(right))
        return None if None in pair else pair
    if isinstance(left, str) and isinstance(right, str):
        return left, right
    pair = (_number(left), _number(right))
    return None if None in pair else pair


def _equal(left: Value, right: Value) -> bool:
    if _is_empty(left) or _is_empty(right):
        return _is_empty(left) and _is_empty(right)
    if isinstance(left, bool) or isinstance(right, bool):
        return is_true(left) == is_true(right)
    if isinstance(left, list) or isinstance(right, list):
        return left == right
    pair = _comparable(left, right)
    return pair is not None and pair[0] == pair[1]


def _order(operator: str, left: Value, right: Value) -> bool:
    if _is_empty(left) or _is_empty(right) or isinstance(left, list) or isinstance(right, list):
        return False
    pair = _comparable(left, right)
    if pair is None:
        return False
    a, b = pair
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[operator]


def _arith(operator: str, left: Value, right: Value) -> Value:
    # Dates count in days, as in ODK: a date plus a number of days is a date.
    left_date, right_date = isinstance(left, dt.date), isinstance(right, dt.date)
    if left_date and right_date and operator == "-":
        return (left - right).days
    if left_date != right_date and operator in ("+", "-"):
        days = _number(right if left_date else left)
        if days is None or days != int(days) or (right_date and operator == "-"):
            return None
        base = left if left_date else right
        try:
            return base + dt.timedelta(days=int(days) if operator == "+" else -int(days))
        except OverflowError:
            return None
    a, b = _number(left), _number(right)
    if a is None or b is None or left_date or right_date:
        return None
    if operator == "+":
        return a + b
    if operator == "-":
        return a - b
    if operator == "*":
        return a * b
    if b == 0:
        return None
    if operator == "div":
        return Decimal(a) / Decimal(b)
    return a % b


def _call(expr: Call, env: Environment) -> Value:
    name = expr.function
    if name == "true":
        return True
    if name == "false":
        return False
    if name == "today":
        return env.today()
    if name == "if":
        condition, then, otherwise = expr.args
        return evaluate(then if is_true(evaluate(condition, env)) else otherwise, env)
    args = [evaluate(arg, env) for arg in expr.args]
    if name == "not":
        return not is_true(args[0])
    if name == "selected":
        return _selected(args[0], args[1])
    if name in ("count-selected", "count"):
        return _count(args[0])
    if name == "string-length":
        return 0 if _is_empty(args[0]) else len(_text(args[0]))
    if name == "coalesce":
        return args[1] if _is_empty(args[0]) else args[0]
    raise ValueError(f"unknown function {name}")  # the form check refuses these first


def _selected(value: Value, choice: Value) -> bool:
    if isinstance(value, list):
        return choice in value
    return not _is_empty(value) and value == choice


def _count(value: Value) -> int:
    if isinstance(value, list):
        return len(value)
    return 0 if _is_empty(value) else 1


def _text(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
