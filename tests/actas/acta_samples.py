"""Hand-built actas for the tests: one per technique, a VC session, and an enormous one."""

from __future__ import annotations

import hashlib
import io
import math
import subprocess
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw

from ati_desktop.actas.model import (
    ActaData,
    Commitment,
    Evidence,
    IndicatorValue,
    Participant,
    Scope,
    Verification,
)
from ati_desktop.domain.document import FieldRows, Section, Table

# Characters that must survive the trip into the PDF and back out as text.
SPANISH = "¿Qué pasó con la niñez del año? ¡Sí! «Acción» – Güicán, ÁÉÍÓÚ áéíóú Ññ ü"

SESSION_ID = "0b6c2f3e-8d4a-4f1b-9c7e-5a2d1e3f4b60"


def record_hash(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()


def signature(seed: int) -> bytes:
    image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    points = [(10 + x * 3.5, 50 + 28 * math.sin(x / (4 + seed)) * math.cos(x / 13))
              for x in range(80)]
    ImageDraw.Draw(image).line(points, fill=(10, 20, 110, 255), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def participants() -> list[Participant]:
    return [
        Participant("Ana Lucía Ñáñez Cabrera", "Rectora", "CC 36.123.456", True, signature(1),
                    "14/03/2025 11:15"),
        Participant("Héctor Fabián Gutiérrez Ríos", "Coordinador académico", "CC 7.701.234",
                    True, signature(2), "14/03/2025 11:17"),
        Participant("Yolanda Peña Vargas", "Docente de Ciencias Naturales", "CC 55.160.987",
                    True, None),
        Participant("Wilson Andrés Tovar", "Orientador escolar", "", False),
        Participant("Camilo Ernesto Díaz Polanía", "Profesional de apoyo – SED Huila",
                    "CC 12.345.678", True, signature(3), "14/03/2025 11:20"),
    ]


def base_acta(technique: str, operations: str, sections: list[Section], **changes) -> ActaData:
    data = ActaData(
        session_id=SESSION_ID,
        revision=1,
        record_hash=record_hash(technique),
        identification=[
            ("Fecha", "14/03/2025"),
            ("Horario", "08:00 – 11:30"),
            ("Lugar", "Biblioteca de la sede principal"),
            ("Nivel", "Institucional"),
            ("Municipio", "Garzón (41298)"),
            ("Modalidad", "Presencial – in situ"),
            ("Establecimiento educativo", "Institución Educativa Núcleo Escolar El Recreo "
                                          "(DANE 241298000456)"),
            ("Sede", "Sede Principal"),
            ("Operaciones", operations),
            ("Técnica", technique),
            ("Asistente técnico", "Camilo Ernesto Díaz Polanía"),
        ],
        objective=f"Acompañar al equipo directivo en el mejoramiento institucional. {SPANISH}",
        scope=Scope(
            guidelines="Guía 34 del MEN; lineamientos departamentales de evaluación.",
            habits_tools="Uso sistemático de la autoevaluación; seguimiento mensual del PMI.",
            expected_products="Plan de Mejoramiento Institucional (PMI) ajustado y aprobado.",
        ),
        areas=["Directiva", "Académica (pedagógica)"],
        sections=sections,
        conclusions="El establecimiento muestra avances en la gestión académica; se requiere "
                    "fortalecer el seguimiento a los planes de aula.",
        commitments=[
            Commitment("Socializar el SIEE ajustado con el consejo académico.",
                       "Ana Lucía Ñáñez Cabrera", "Establecimiento (asistido)", "30/04/2025"),
            Commitment("Enviar la guía de seguimiento de planes de aula.",
                       "Camilo Ernesto Díaz Polanía", "Secretaría (asistente)", "21/03/2025"),
        ],
        participants=participants(),
        evidence=[
            Evidence("asistencia_14-03-2025.jpg", "Fotografía", "Lista de asistencia firmada",
                     "9f2c41d07ab3"),
            Evidence("pmi_ajustado.pdf", "Documento", "Borrador del PMI con ajustes",
                     "04be77a1c9d2"),
        ],
    )
    return replace(data, **changes)


def reunion() -> ActaData:
    return base_acta("Reunión", "Acompañamiento, Seguimiento", [
        Section("Agenda", [FieldRows([
            ("Punto 1", "Saludo y verificación de asistencia"),
            ("Punto 2", "Revisión de los avances del PMI"),
            ("Punto 3", "Compromisos y cierre"),
        ])]),
        Section("Discusión", [FieldRows([
            ("Desarrollo", "El equipo directivo presentó el informe de avance. " * 12),
            ("Expresión", SPANISH),
        ])]),
    ], indicators=[
        IndicatorValue("Docentes con planes de aula actualizados", "90 %", "72 %", "porcentaje"),
        IndicatorValue("Reuniones del consejo académico realizadas", "4", "3", "reuniones"),
    ])


def observacion() -> ActaData:
    criteria = [
        "Presenta el propósito de la clase", "Recupera saberes previos",
        "Usa recursos pertinentes", "Promueve la participación de todos",
        "Atiende la diversidad del grupo", "Evalúa formativamente", "Gestiona el tiempo",
        "Cierra con síntesis de aprendizajes", "Registra el avance de los estudiantes",
        "Mantiene un clima de aula respetuoso", "Relaciona el tema con el contexto rural",
        "Retroalimenta a los estudiantes",
    ]
    rows = [[str(i), c, ("Sí", "No", "Parcial")[i % 3], f"Observación del criterio {i}: "
             "se evidencia en la planeación y en la práctica."]
            for i, c in enumerate(criteria, 1)]
    return base_acta("Observación", "Monitoreo", [
        Section("Plan de la observación", [FieldRows([
            ("Tipo", "Parcial – formal"),
            ("Duración prevista", "45 minutos"),
            ("Instrumento", "Lista de chequeo"),
        ])]),
        Section("Lista de chequeo", [Table(["No.", "Criterio", "Cumple", "Observación"], rows,
                                           title="Práctica pedagógica en el aula",
                                           widths=[0.5, 3.5, 1, 4])],
                help_text="Marque «Sí», «No» o «Parcial» para cada criterio observado."),
    ])


def dialogo_reflexivo() -> ActaData:
    return base_acta("Diálogo reflexivo", "Acompañamiento", [
        Section("Observación de referencia", [FieldRows([
            ("Observación", "12/03/2025 – Clase de Matemáticas, grado 5°, docente Yolanda Peña"),
        ])]),
        Section("Impresiones compartidas", [FieldRows([
            ("Del observador", "La clase tuvo un propósito claro y buena participación."),
            ("De la observada", "Sentí tranquilidad; me preocupa el tiempo para el cierre."),
            ("Inquietudes y sentimientos", "¿Cómo atender a los estudiantes que llegan tarde?"),
        ])]),
    ])


def entrevista() -> ActaData:
    return base_acta("Entrevista", "Orientación", [
        Section("Datos de la entrevista", [FieldRows([
            ("Entrevistado", "Héctor Fabián Gutiérrez Ríos – Coordinador académico"),
            ("Planeada", "Sí"),
        ])]),
        Section("Preguntas y respuestas", [Table(["Pregunta", "Respuesta"], [
            ["¿Cómo se hace el seguimiento a los planes de área?",
             "Con una revisión trimestral en el consejo académico."],
            ["¿Qué dificultades encuentra?", "La conectividad de las sedes rurales."],
        ], widths=[1, 1.6])]),
    ], identification=[("Fecha", "14/03/2025"), ("Modalidad", "Telefónica – celular"),
                       ("Técnica", "Entrevista")])


def taller() -> ActaData:
    return base_acta("Taller", "Capacitación", [
        Section("Necesidad institucional", [FieldRows([
            ("Necesidad", "Construir rúbricas de evaluación por competencias."),
        ])]),
        Section("Actividades", [Table(["Momento", "Actividad", "Duración"], [
            ["Inicio", "Dinámica de integración «El árbol de saberes»", "20 min"],
            ["Desarrollo", "Trabajo por áreas en la construcción de rúbricas", "90 min"],
            ["Cierre", "Plenaria y evaluación del taller", "30 min"],
        ], widths=[1, 3, 1])]),
        Section("Productos", [FieldRows([("Producto", "Rúbricas de Lenguaje y Matemáticas.")])]),
    ])


def verificacion_compartida() -> ActaData:
    results = ["Cumplido", "Parcialmente cumplido", "No cumplido"]
    return replace(reunion(), record_hash=record_hash("vc"), verifications=[
        Verification(f"Compromiso VC{i:02d}: actualizar el manual de convivencia, capítulo {i}.",
                     f"{10 + i:02d}/02/2025", results[i % 3],
                     "Se revisó el acta del consejo directivo." if i % 2 else "")
        for i in range(1, 6)
    ])


def enormous(words: int = 3000, commitments: int = 60) -> ActaData:
    """60 commitments, answers of thousands of words, a giant cell and a word with no spaces."""
    answer = " ".join(f"palabra{i:04d}" + ("." if i % 17 == 0 else "") for i in range(words))
    cell = " ".join(f"celda{i:04d}" for i in range(600))
    return base_acta("Reunión", "Seguimiento", [
        Section("Discusión extensa", [FieldRows([
            ("Respuesta larga", answer),
            ("Varios párrafos", "\n\n".join(["Primer párrafo del relato."] * 20)),
            ("Palabra sin espacios", "x" * 3000),
        ])]),
        Section("Lista de chequeo", [Table(["No.", "Criterio", "Observación"],
                                           [["1", "Criterio con observación enorme", cell]] +
                                           [[str(i), f"Criterio {i}", "Sin novedad"]
                                            for i in range(2, 80)],
                                           widths=[0.5, 2, 5])]),
    ], commitments=[
        Commitment(f"C{i:03d} Revisar la ejecución de la acción {i} del PMI y reportar avances "
                   "al consejo directivo con evidencias.", "Ana Lucía Ñáñez Cabrera",
                   "Establecimiento (asistido)", f"{i % 28 + 1:02d}/05/2025")
        for i in range(1, commitments + 1)
    ], conclusions=" ".join(f"conclusión{i:04d}" for i in range(1500)))


def pdftotext(pdf: bytes, tmp_path: Path, layout: bool = True) -> list[str]:
    """The text of each page of ``pdf``."""
    path = tmp_path / "acta.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, capture_output=True, check=True, text=True).stdout
    return text.split("\f")[:-1]


def pdfinfo(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True,
                         text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}
