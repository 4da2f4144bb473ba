"""``ati forms``: list, check and schema, run through typer's test runner."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ati_desktop import resources
from ati_desktop.cli.forms import app
from ati_desktop.formspec import schema_text

runner = CliRunner()

GOOD = """\
id: demo
version: 1
technique: reunion
title: Demo
sections:
  - id: datos
    title: Datos
    fields:
      - id: nombre
        type: text
        label: Nombre
"""


def test_list_shows_each_form():
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["Formulario", "Versión", "Técnica", "Título"]
    assert any(line.split()[:2] == ["observacion", "1"] for line in lines)
    assert any(line.startswith("dialogo_reflexivo") and "Diálogo reflexivo" in line for line in lines)
    assert len(lines) == 1 + 5


def test_check_passes_on_the_shipped_forms():
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 0, result.output
    assert "5 formulario(s) válidos" in result.output
    assert runner.invoke(app, ["check", str(resources.forms_dir())]).exit_code == 0


def test_check_fails_with_file_line_and_reason(tmp_path):
    (tmp_path / "demo.v1.yaml").write_text(GOOD, encoding="utf-8")
    broken = GOOD.replace("id: demo", "id: roto").replace("type: text", "type: textito")
    (tmp_path / "roto.v1.yaml").write_text(broken, encoding="utf-8")
    syntax = GOOD.replace("id: demo", "id: sintaxis") + "        relevant: ${nombre} ==\n"
    (tmp_path / "sintaxis.v1.yaml").write_text(syntax, encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'roto.v1.yaml'}:10: campo «nombre»: tipo de campo desconocido" in result.output
    assert f"{tmp_path / 'sintaxis.v1.yaml'}:12: campo «nombre», «relevant»: error de sintaxis" in (
        result.output
    )


def test_check_a_single_good_file(tmp_path):
    path = tmp_path / "demo.v1.yaml"
    path.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0 and "1 formulario(s) válidos" in result.output


def test_check_a_missing_path(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path / "nada.yaml")])
    assert result.exit_code == 1 and "no existe" in result.output


def test_schema_prints_the_generated_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["title"] == "Formulario ATI"
    assert set(schema["required"]) >= {"id", "version", "technique", "title", "sections"}


def test_committed_schema_is_up_to_date():
    committed = (resources.forms_dir() / "form.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run `ati forms schema > forms/form.schema.json`"
