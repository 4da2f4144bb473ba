"""Each technique's acta prints every block, in Spanish that survives copy-paste, numbered pages."""

from __future__ import annotations

import subprocess
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from acta_samples import (
    SPANISH,
    dialogo_reflexivo,
    entrevista,
    observacion,
    pdfinfo,
    pdftotext,
    reunion,
    signature,
    taller,
    verificacion_compartida,
)

from ati_desktop.actas.model import (
    ActaData,
    ActaHeader,
    Commitment,
    Evidence,
    IndicatorValue,
    Participant,
    Verification,
)
from ati_desktop.actas.render import render_acta, write_acta
from ati_desktop.domain.document import FieldRows, Section, Table
from ati_desktop.domain.errors import ValidationError

COMMON = [
    "GOBERNACIÓN DEL HUILA",
    "Secretaría de Educación",
    "Proceso: Gestión del Plan de Apoyo al Mejoramiento – PAM",
    "ACTA DE ASISTENCIA TÉCNICA INTEGRAL",
    "1. IDENTIFICACIÓN DE LA SESIÓN",
    "2. OBJETIVO Y ALCANCE",
    "3. DESARROLLO",
    "CONCLUSIONES",
    "COMPROMISOS",
    "PARTICIPANTES Y FIRMAS",
    "EVIDENCIAS",
    "Socializar el SIEE ajustado con el consejo académico.",
    "Ana Lucía Ñáñez Cabrera",
    "No asistió",
    "asistencia_14-03-2025.jpg",
    "Para constancia se firma",
]

EXPECTED = {
    "reunion": (reunion, ["3.1 Agenda", "3.2 Discusión", "INDICADORES",
                          "Docentes con planes de aula actualizados", SPANISH]),
    "observacion": (observacion, ["3.2 Lista de chequeo", "Práctica pedagógica en el aula",
                                  "Retroalimenta a los estudiantes",
                                  "Marque «Sí», «No» o «Parcial»"]),
    "dialogo_reflexivo": (dialogo_reflexivo, ["3.1 Observación de referencia",
                                              "Inquietudes y sentimientos"]),
    "entrevista": (entrevista, ["3.2 Preguntas y respuestas", "¿Qué dificultades encuentra?",
                                "Telefónica – celular"]),
    "taller": (taller, ["3.2 Actividades", "Dinámica de integración «El árbol de saberes»"]),
    "verificacion_compartida": (verificacion_compartida, [
        "VERIFICACIÓN DE COMPROMISOS ANTERIORES", "Compromiso VC03", "Parcialmente cumplido",
        "No cumplido"]),
}


@pytest.mark.parametrize("name", EXPECTED)
def test_each_technique_prints_every_block_on_numbered_stamped_pages(name, tmp_path):
    build, expected = EXPECTED[name]
    data = build()
    pdf = render_acta(data)
    pages = pdftotext(pdf, tmp_path)
    text = "\n".join(pages)
    for snippet in COMMON + expected:
        assert snippet in text, snippet
    assert len(pages) == int(pdfinfo(pdf, tmp_path)["Pages"])
    for number, page in enumerate(pages, 1):
        assert f"Página {number} de {len(pages)}" in page
        assert f"Sesión {data.session_id} · Revisión 1 · Huella {data.record_hash[:12]}" in page
    assert f"Huella del registro: {data.record_hash}" in " ".join(text.split())


def test_spanish_punctuation_and_accents_survive_copy_paste(tmp_path):
    text = "\n".join(pdftotext(render_acta(reunion()), tmp_path, layout=False))
    assert SPANISH in text
    for char in "¿¡«»ñÑáéíóúÁÉÍÓÚü–":
        assert char in text


def test_user_text_is_printed_literally_never_read_as_markup(tmp_path):
    tricky = "<b>negrita</b> & <font color='red'>rojo</font> <br/> 5 < 7 > 3"
    data = replace(reunion(), objective=tricky, conclusions=tricky + "\n" + "a &amp; b")
    text = " ".join("\n".join(pdftotext(render_acta(data), tmp_path, layout=False)).split())
    assert tricky in text
    assert "a &amp; b" in text


def test_a_corrected_edition_prints_what_it_replaces_and_why(tmp_path):
    data = replace(reunion(), revision=3, edition=2, correction_reason="Se corrigió la hora de inicio.")
    text = " ".join("\n".join(pdftotext(render_acta(data), tmp_path)).split())
    assert "Edición 2 del acta. Reemplaza la edición 1 de esta sesión." in text
    assert "Motivo de la corrección: Se corrigió la hora de inicio." in text
    assert "Edición: 2 (corrige la edición 1)" in text and "Revisión del registro: 3" in text
    assert "Revisión 3 · Huella" in text


@pytest.mark.parametrize(("edition", "printed"), [(1, "Edición: 1 (acta original)"), (None, None)])
def test_the_original_and_a_draft_print_no_correction_note(tmp_path, edition, printed):
    """A record saved several times before closing is still the original acta."""
    data = replace(reunion(), revision=4, edition=edition)
    text = " ".join("\n".join(pdftotext(render_acta(data), tmp_path)).split())
    assert "Reemplaza" not in text and "Motivo de la corrección" not in text
    assert (printed in text) if printed else ("Edición:" not in text)


def test_an_acta_with_nothing_recorded_still_renders_every_section(tmp_path):
    data = ActaData(session_id="s-1", revision=1, record_hash="ab" * 32, identification=[])
    text = "\n".join(pdftotext(render_acta(data), tmp_path))
    for note in ("Sin desarrollo registrado", "Sin conclusiones registradas.",
                 "No se registraron compromisos", "No se registraron participantes.",
                 "No se adjuntaron evidencias.", "Página 1 de 1"):
        assert note in text


def test_header_is_configurable_and_takes_a_logo(tmp_path):
    header = ActaHeader(entity="GOBERNACIÓN DEL HUILA", secondary="Secretaría de Educación",
                        code="GA-F-017", version="3", approval_date="02/01/2025",
                        logo=signature(9))
    pdf = render_acta(replace(reunion(), header=header))
    pages = pdftotext(pdf, tmp_path)
    for page in pages:
        assert "GA-F-017" in page and "02/01/2025" in page
    # pdfimages lists each placement: the logo on every page, and three signatures.
    assert _image_count(pdf, tmp_path) == len(pages) + 3


def test_overlong_header_fields_shrink_or_clip_inside_their_boxes(tmp_path):
    header = ActaHeader(entity="GOBERNACIÓN DEL DEPARTAMENTO DEL HUILA " * 4,
                        process="Gestión del Plan de Apoyo al Mejoramiento – PAM " * 6,
                        code="F" * 90, version="1" * 40)
    pages = pdftotext(render_acta(replace(taller(), header=header)), tmp_path)
    first_lines = pages[0].splitlines()[:8]
    assert any("GOBERNACIÓN DEL DEPARTAMENTO" in line and "…" in line for line in first_lines)
    assert any("Código:" in line and "FFFF…" in line for line in first_lines)
    assert "Página 1 de 2" in pages[0]


@pytest.mark.parametrize(("changes", "message"), [
    ({"participants": [Participant("Ana Ruiz", "Rectora", signature_png=b"no es PNG")]},
     "La firma de Ana Ruiz no es una imagen legible"),
    ({"header": ActaHeader(logo="/no/existe/escudo.png")}, "«/no/existe/escudo.png»"),
    ({"header": ActaHeader(logo=b"basura")}, "No se pudo leer el logo"),
])
def test_unreadable_images_are_reported_in_spanish(changes, message):
    with pytest.raises(ValidationError, match=message):
        render_acta(replace(taller(), **changes))


def test_signatures_are_embedded_as_images(tmp_path):
    assert _image_count(render_acta(observacion()), tmp_path) == 3


def test_fonts_are_dejavu_and_embedded(tmp_path):
    path = write_acta(reunion(), tmp_path / "acta.pdf")
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        columns = line.split()
        assert "DejaVuSans" in columns[0], line
        assert columns[-5] == "yes", line  # the "emb" column


@pytest.mark.parametrize(("size", "expected"), [("A4", "595.276 x 841.89 pts (A4)"),
                                                ("LETTER", "612 x 792 pts (letter)")])
def test_page_size_option(size, expected, tmp_path):
    info = pdfinfo(render_acta(replace(taller(), page_size=size)), tmp_path)
    assert info["Page size"] == expected


def _image_count(pdf: bytes, tmp_path) -> int:
    path = tmp_path / "images.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    return sum(1 for line in listing if line.split()[2] == "image")


_ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000)


@settings(max_examples=15, deadline=None)
@given(text=_ANY_TEXT)
def test_any_user_text_in_any_field_renders(text):
    """Whatever is typed, wherever: no markup error, no row taller than a page."""
    data = replace(
        reunion(), objective=text, conclusions=text, closing=text,
        identification=[("Fecha", text), ("Lugar", "Aula 1"), (text, text)],
        sections=[Section(text, [FieldRows([(text, text)]),
                                 Table([text, "Cumple"], [[text, text]], title=text)],
                          help_text=text)],
        commitments=[Commitment(text, text, text, text)],
        verifications=[Verification(text, text, text, text)],
        indicators=[IndicatorValue(text, text, text, text)],
        participants=[Participant(text, text, text, True, signature(1), text)],
        evidence=[Evidence(text, text, text, text)],
    )
    assert render_acta(data).startswith(b"%PDF-")
