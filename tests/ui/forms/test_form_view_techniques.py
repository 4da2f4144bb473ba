"""Each shipped form filled through its widgets, as an assistant would, and read back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from ati_desktop.formspec import validate_answers
from form_helpers import OBSERVATION_ID, child, click, error_text, shown, type_text


def assert_round_trip(view, form):
    answers = view.answers()
    assert validate_answers(form, answers) == []
    view.set_answers(answers)
    assert view.answers() == answers
    return answers


def test_observation(qtbot, make_view, registry):
    form = registry.for_technique("observacion")
    view = make_view(form)
    assert not shown(view, "row-areas_observadas")
    click(qtbot, view, "alcance-parcial")
    assert shown(view, "row-areas_observadas")
    assert not shown(view, "section-lista_academica")
    click(qtbot, view, "areas_observadas-academica")
    assert shown(view, "section-lista_academica") and not shown(view, "section-lista_directiva")
    click(qtbot, view, "caracter-formal")
    qtbot.keyClicks(child(view, "proceso_observado"), "Clase de matematicas, grado 5")
    qtbot.keyClicks(child(view, "duracion_minutos"), "600")
    click(qtbot, view, "instrumento-video")
    assert shown(view, "section-video") and not shown(view, "row-guia_nombre")
    click(qtbot, view, "video_autorizacion-no")
    click(qtbot, view, "video_aparecen_menores-si")
    qtbot.keyClicks(child(view, "video_custodia"), "Disco de la coordinacion, bajo llave")
    click(qtbot, view, "aca_siee-parcial")
    qtbot.keyClicks(child(view, "aca_siee-observacion"), "Falta socializar con las familias")
    click(qtbot, view, "aca_planeacion-si")
    click(qtbot, view, "nivel_desarrollo-3")
    qtbot.keyClicks(child(view, "observaciones_generales"), "Buena disposicion del equipo docente.")

    assert view.validate() is False
    assert error_text(view, "duracion_minutos").startswith("La duración planeada debe estar")
    assert error_text(view, "video_autorizacion") == (
        "Sin autorización no se puede grabar; elija otro instrumento."
    )
    click(qtbot, view, "video_autorizacion-si")
    spin = child(view, "duracion_minutos")
    spin.selectAll()
    qtbot.keyClicks(spin, "90")
    assert error_text(view, "duracion_minutos") == ""  # fixed: the message goes away live
    assert view.validate() is True

    answers = assert_round_trip(view, form)
    assert answers["areas_observadas"] == ["academica"]
    assert answers["duracion_minutos"] == 90
    assert answers["aca_siee"] == {
        "answer": "parcial",
        "observation": "Falta socializar con las familias",
    }
    assert answers["aca_planeacion"] == {"answer": "si", "observation": ""}
    assert answers["nivel_desarrollo"] == 3
    assert answers["video_autorizacion"] is True
    assert "dir_pmi" not in answers and "fecha_dialogo" not in answers


def test_reflective_dialogue_with_accented_text(qtbot, make_view, registry):
    form = registry.for_technique("dialogo_reflexivo")
    view = make_view(form)
    combo: QComboBox = child(view, "observacion")
    assert combo.itemText(1) == "Observación · 14/03/2025 · IE La Esperanza"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    impressions = child(view, "impresiones_acompanante")
    impressions.setFocus()
    type_text(impressions, "Reflexión sobre la práctica: niñas y niños participan más.")
    qtbot.keyClicks(child(view, "impresiones_acompanado"), "Me senti acompanada")
    qtbot.keyClicks(child(view, "fortalezas"), "Planeacion clara")
    qtbot.keyClicks(child(view, "aspectos_mejorar"), "Uso del tiempo")
    qtbot.keyClicks(child(view, "acuerdos"), "Revisar la planeacion juntos")
    assert not shown(view, "row-razones_desacuerdo")
    click(qtbot, view, "acompanado_conforme-no")
    assert shown(view, "row-razones_desacuerdo")
    assert view.validate() is False
    assert error_text(view, "razones_desacuerdo") == "Este campo es obligatorio."
    click(qtbot, view, "acompanado_conforme-si")
    assert view.validate() is True

    answers = assert_round_trip(view, form)
    assert answers["observacion"] == OBSERVATION_ID
    assert answers["impresiones_acompanante"] == (
        "Reflexión sobre la práctica: niñas y niños participan más."
    )
    assert answers["acompanado_conforme"] is True


def test_interview(qtbot, make_view, registry):
    form = registry.for_technique("entrevista")
    view = make_view(form)
    click(qtbot, view, "planificada-no")
    assert shown(view, "row-motivo")
    qtbot.keyClicks(child(view, "motivo"), "Solicitud del rector")
    qtbot.keyClicks(child(view, "entrevistado_nombre"), "Ana Maria Perdomo")
    role: QComboBox = child(view, "entrevistado_rol")
    assert not shown(view, "row-entrevistado_rol_otro")
    role.setCurrentIndex(role.findData("otro"))
    assert shown(view, "row-entrevistado_rol_otro")
    qtbot.keyClicks(child(view, "entrevistado_rol_otro"), "Bibliotecaria")
    for field_id in ("temas", "punto_vista_entrevistado", "punto_vista_entrevistador", "acuerdos"):
        qtbot.keyClicks(child(view, field_id), f"Texto de {field_id}")
    assert view.validate() is True

    answers = assert_round_trip(view, form)
    assert answers["planificada"] is False
    assert answers["entrevistado_rol"] == "otro"
    assert set(answers) == {
        "planificada", "motivo", "entrevistado_nombre", "entrevistado_rol",
        "entrevistado_rol_otro", "temas", "punto_vista_entrevistado",
        "punto_vista_entrevistador", "acuerdos",
    }


def test_workshop_with_decimal_and_repeat_rows(qtbot, make_view, registry):
    form = registry.for_technique("taller")
    view = make_view(form)
    qtbot.keyClicks(child(view, "tema"), "Ruta de atencion integral")
    qtbot.keyClicks(child(view, "necesidades"), "Casos de convivencia sin seguimiento")
    qtbot.keyClicks(child(view, "duracion_horas"), "2,5")
    click(qtbot, view, "metodos-grupos_pequenos")
    click(qtbot, view, "metodos-otro")
    assert shown(view, "row-metodos_otro")
    qtbot.keyClicks(child(view, "metodos_otro"), "Cartografia social")
    assert view.validate() is False
    assert error_text(view, "alternativas") == "Registre al menos una alternativa de solución."

    click(qtbot, view, "alternativas-agregar")
    click(qtbot, view, "alternativas-agregar")
    rows = view.editor("alternativas").row_editors()
    assert len(rows) == 2
    qtbot.keyClicks(rows[0]["alternativa_inquietud"].line, "Docentes sin conocer la ruta")
    qtbot.keyClicks(rows[0]["alternativa_solucion"].edit, "Socializarla en la jornada")
    rows[0]["alternativa_viabilidad"].combo.setCurrentIndex(1)
    assert view.validate() is False
    assert error_text(view, "alternativas").startswith("Fila 2, «Inquietud o problema»:")
    click(qtbot, view, "alternativas-quitar-2")
    qtbot.keyClicks(child(view, "productos"), "Protocolo ajustado")
    assert view.validate() is True

    answers = assert_round_trip(view, form)
    assert answers["duracion_horas"] == "2.5"
    assert answers["metodos"] == ["grupos_pequenos", "otro"]
    assert answers["alternativas"] == [
        {
            "alternativa_inquietud": "Docentes sin conocer la ruta",
            "alternativa_solucion": "Socializarla en la jornada",
            "alternativa_viabilidad": "alta",
        }
    ]


def test_meeting_with_agenda_and_date(qtbot, make_view, registry):
    form = registry.for_technique("reunion")
    view = make_view(form)
    qtbot.keyClicks(child(view, "tema_comun"), "Revision del PMI")
    click(qtbot, view, "agenda-agregar")
    (row,) = view.editor("agenda").row_editors()
    qtbot.keyClicks(row["punto_tema"].line, "Avance de metas")
    qtbot.keyClicks(row["punto_responsable"].line, "Rector")
    qtbot.keyClicks(row["punto_minutos"].spin, "300")
    qtbot.keyClicks(child(view, "discusion"), "Se revisaron las metas")
    qtbot.keyClicks(child(view, "conclusiones"), "Ajustar el cronograma")
    click(qtbot, view, "proxima_reunion-si")
    assert view.validate() is False
    assert error_text(view, "agenda") == "Fila 1, «Tiempo (minutos)»: Entre 1 y 240 minutos."
    assert error_text(view, "proxima_fecha") == "Este campo es obligatorio."
    row["punto_minutos"].spin.selectAll()
    qtbot.keyClicks(row["punto_minutos"].spin, "30")
    date = child(view, "proxima_fecha")
    date.setFocus()
    qtbot.keyClicks(date, "14032025")
    assert view.validate() is True

    answers = assert_round_trip(view, form)
    assert answers["agenda"] == [
        {"punto_tema": "Avance de metas", "punto_responsable": "Rector", "punto_minutos": 30}
    ]
    assert answers["proxima_fecha"] == "2025-03-14"


def test_every_form_has_named_inputs(make_view, registry):
    for form in registry.all():
        view = make_view(form)
        for _section, item in form.iter_fields():
            if item.type in ("text", "long_text"):
                widget = child(view, item.id)
                assert isinstance(widget, QLineEdit | QPlainTextEdit)
                assert widget.accessibleName() == item.label
