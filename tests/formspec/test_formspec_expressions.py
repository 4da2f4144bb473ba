"""The expression language: parsing, precedence, functions and missing answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ati_desktop.formspec.evaluation import Environment, evaluate, is_true
from ati_desktop.formspec.expressions import (
    Binary,
    ExpressionSyntaxError,
    FieldRef,
    check,
    parse,
    references,
)

TODAY = dt.date(2025, 3, 14)
ANSWERS = {
    "tipo": "si",
    "n": 5,
    "areas": ["directiva", "academica"],
    "texto": "Matemáticas",
    "vacio": "",
    "fecha": dt.date(2025, 3, 1),
    "horas": Decimal("2.5"),
    "bandera": False,
    "hora": "08:30",
}


def run(text: str, current=None):
    env = Environment(ANSWERS.get, current=current, today=lambda: TODAY)
    return evaluate(parse(text), env)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 - 4 - 3", 3),
        ("7 div 2", Decimal("3.5")),
        ("7 mod 3", 1),
        ("-2 * 3", -6),
        ("1 - -1", 2),
        ("${n}-1", 4),
        ("1 + 2 = 3", True),
        ("1 < 2 and 3 < 2 or 1 = 1", True),  # and binds tighter than or
        ("1 = 1 or 1 = 2 and 1 = 3", True),
        ("(1 = 1 or 1 = 2) and 1 = 3", False),
        ("${tipo} = 'si' and ${n} > 3", True),
        ("${tipo} = \"si\" and ${n} > 5", False),
        ("${horas} >= 2.5", True),
        ("${horas} * 2", Decimal("5.0")),
        ("${hora} < '09:00'", True),
        ("${fecha} < today()", True),
        ("today() - ${fecha}", 13),
        ("${fecha} + 30 > today()", True),
        ("${fecha} = '2025-03-01'", True),
        ("${n} = '5'", True),
        ("${bandera} = false()", True),
        ("not(${bandera})", True),
        ("if(${n} > 3, 'alto', 'bajo')", "alto"),
        ("if(${n} > 9, 'alto', 'bajo')", "bajo"),
        ("coalesce(${falta}, 'nada')", "nada"),
        ("coalesce(${tipo}, 'nada')", "si"),
        ("1 div 0", None),
    ],
)
def test_evaluates(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("selected(${areas}, 'academica')", True),
        ("selected(${areas}, 'comunitaria')", False),
        ("selected(${tipo}, 'si')", True),
        ("selected(${falta}, 'si')", False),
        ("count-selected(${areas})", 2),
        ("count-selected(${falta})", 0),
        ("count(${areas})", 2),
        ("string-length(${texto})", 11),
        ("string-length(${falta})", 0),
        ("string-length(${n})", 1),
        ("today()", TODAY),
        ("true()", True),
    ],
)
def test_functions(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${falta} = ''", True),
        ("${vacio} = ''", True),
        ("${falta} != ''", False),
        ("${falta} = 0", False),
        ("${falta} > 3", False),
        ("${falta} < 3", False),
        ("${falta} + 1", None),
        ("-${falta}", None),
        ("${falta} = false()", False),
        ("${falta} = ${vacio}", True),
    ],
)
def test_missing_answers_are_empty_and_never_ordered(text, expected):
    assert run(text) == expected


def test_missing_answer_is_false():
    assert not is_true(run("${falta}"))
    assert not is_true(run("${falta} and 1 = 1"))


def test_current_value_in_constraints():
    assert run(". >= 5 and . <= 480", current=30) is True
    assert run(". >= 5 and . <= 480", current=600) is False
    assert run("string-length(.) > 3", current="abc") is False
    assert run("count-selected(.) < 4", current=["a", "b"]) is True


def test_parse_tree_and_references():
    tree = parse("${a} = 'x' or ${b} > 2")
    assert isinstance(tree, Binary) and tree.operator == "or"
    assert isinstance(tree.left, Binary) and tree.left.left == FieldRef("a")
    assert references(tree) == {"a", "b"}
    assert references(parse("count-selected(${f}) + string-length(.)")) == {"f"}


@pytest.mark.parametrize("text", ["${a} ==", "${a} == 2", "(${a}", "'sin cerrar", "", "${a} &"])
def test_syntax_errors_are_spanish(text):
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse(text)
    message = str(caught.value)
    assert "expresión" in message or "inesperado" in message


def test_check_finds_unknown_fields_functions_arity_and_misplaced_current():
    known = {"a", "b"}
    assert check("${a} = 1 and ${b} > 2", known, allow_current=False) == []
    (unknown_field,) = check("${zz} = 1", known, allow_current=False)
    assert "${zz}" in unknown_field
    (unknown_function,) = check("upper(${a}) = 'X'", known, allow_current=False)
    assert "upper()" in unknown_function and "desconocida" in unknown_function
    (arity,) = check("selected(${a})", known, allow_current=False)
    assert "2 argumento" in arity
    (current,) = check(". > 1", known, allow_current=False)
    assert "constraint" in current
    assert check(". > 1", known, allow_current=True) == []
    (syntax,) = check("${a} >", known, allow_current=True)
    assert "sintaxis" in syntax


def test_evaluation_never_runs_python():
    # Anything that is not the grammar is refused before evaluation.
    with pytest.raises(ExpressionSyntaxError):
        parse("__import__('os').system('true')")
