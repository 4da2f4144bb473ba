"""Form files and published texts from outside: each refused with a Spanish reason, never a traceback or a hang."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ati_desktop.formspec import expressions
from ati_desktop.formspec.checks import MAX_FORM_FIELDS
from ati_desktop.formspec.loader import MAX_YAML_DEPTH, load_form_file, load_form_text

HEADER = "id: prueba\nversion: 1\ntechnique: reunion\ntitle: Prueba\n"

pytestmark = pytest.mark.timeout(60)


def refused(tmp_path, text, *words):
    """Refused from a file and, for the same reasons, as a published text."""
    path = tmp_path / "prueba.v1.yaml"
    path.write_text(text, encoding="utf-8")
    form, problems = load_form_file(path)
    assert form is None and problems
    reasons = " ".join(p.reason for p in problems)
    for word in words:
        assert word in reasons, reasons
    published, text_problems = load_form_text(text, "publicado")
    assert published is None
    assert [(p.line, p.reason) for p in text_problems] == [(p.line, p.reason) for p in problems]
    assert {p.file for p in text_problems} == {"publicado"}
    return problems


def _fields(entries: list[str]) -> str:
    return HEADER + "sections:\n  - id: s\n    title: S\n    fields:\n" + "".join(entries)


def test_an_alias_bomb_is_refused_at_once(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 9)]
    problems = refused(tmp_path, HEADER + "".join(lines), "se expande a más de")
    assert problems[0].line is not None


def test_deep_yaml_is_refused_not_a_recursion_error(tmp_path):
    refused(tmp_path, HEADER + "x: " + "[" * 5000 + "]" * 5000 + "\n", f"más de {MAX_YAML_DEPTH} niveles")
    refused(tmp_path, HEADER + "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v\n",
            "niveles")


def test_a_huge_file_is_refused_before_reading(tmp_path):
    refused(tmp_path, HEADER + "# " + "x" * 600_000 + "\n", "demasiado grande")


def test_a_text_is_measured_in_bytes_not_characters():
    text = HEADER + "# " + "ñ" * 300_000 + "\n"  # 300 000 characters, 600 000 bytes
    form, problems = load_form_text(text, "publicado")
    assert form is None and "demasiado grande" in problems[0].reason


@pytest.mark.parametrize("expression, words", [
    ("1" + " + 1" * 5000, "demasiado larga"),
    ("1" + " + 1" * 400, "anida demasiados"),
    ("-" * 400 + "1", "anida demasiados"),
    ("not(" * 300 + "true()" + ")" * 300, "anida demasiados"),
])
def test_long_and_deep_expressions_are_refused(tmp_path, expression, words):
    with pytest.raises(expressions.ExpressionSyntaxError, match=words):
        expressions.parse(expression)
    entry = f"      - id: a\n        type: text\n        label: A\n      - id: b\n        type: text\n" \
            f"        label: B\n        relevant: \"{expression} = 1\"\n"
    refused(tmp_path, _fields([entry]), words)


def test_a_long_relevance_chain_is_checked_without_recursion(tmp_path):
    count = MAX_FORM_FIELDS - 10
    entries = ["      - id: f0\n        type: text\n        label: F\n"]
    entries += [f"      - id: f{i}\n        type: text\n        label: F\n        relevant: \"${{f{i - 1}}} != ''\"\n"
                for i in range(1, count)]
    entries[0] = f"      - id: f0\n        type: text\n        label: F\n        relevant: \"${{f{count - 1}}} != ''\"\n"
    refused(tmp_path, _fields(entries), "la relevancia forma un ciclo")


def test_too_many_fields_are_refused(tmp_path):
    entries = [f"      - id: f{i}\n        type: text\n        label: F\n" for i in range(MAX_FORM_FIELDS + 1)]
    refused(tmp_path, _fields(entries), f"el máximo es {MAX_FORM_FIELDS}")


def test_forms_check_reports_the_bomb_without_traceback(tmp_path):
    path = tmp_path / "prueba.v1.yaml"
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 9)]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", "from ati_desktop.cli import main; main()",
                             "forms", "check", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "se expande a más de" in result.stderr
    assert "Traceback" not in result.stderr


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list("[]{}:-&*!|>'\"#,? \n\tab01") + ["&a ", "*a", "\n  "]),
                max_size=150).map("".join))
def test_any_yaml_is_accepted_or_refused_never_raises(tmp_path, text):
    path = tmp_path / "prueba.v1.yaml"
    path.write_text(text, encoding="utf-8")
    form, problems = load_form_file(path)
    assert (form is None) == bool(problems)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("()${}.,'\"+-*<>=!") + ["and ", "or ", "div ", "mod ", "1", "${a}",
                                                                       "selected(", "not(", " "]),
                max_size=120).map("".join))
def test_any_expression_parses_or_is_refused_with_a_reason(text):
    try:
        expressions.parse(text)
    except expressions.ExpressionSyntaxError as error:
        assert str(error)
