"""A realistic example acta: previews of the header configuration, and benchmarks."""

from __future__ import annotations

import hashlib
import io
import math

from PIL import Image, ImageDraw

from ati_desktop.actas.model import (
    ActaData,
    ActaHeader,
    Commitment,
    Evidence,
    Participant,
    Scope,
)
from ati_desktop.domain.document import FieldRows, Section, Table

_PEOPLE = [
    ("María Fernanda Quintero Losada", "Rectora"),
    ("José Ancízar Perdomo Cuéllar", "Coordinador académico"),
    ("Luz Dary Muñoz Trujillo", "Docente de Lenguaje"),
    ("Óscar Iván Salazar Peña", "Profesional de apoyo – SED Huila"),
]

_DISCUSSION = (
    "Se revisaron los resultados de la autoevaluación institucional y las acciones del Plan de "
    "Mejoramiento Institucional (PMI) del año en curso. El equipo directivo presentó los avances "
    "en el componente de seguimiento académico y se analizaron las dificultades de la sede rural "
    "para consolidar los planes de área. ¿Qué ajustes requiere el cronograma? Se acordó priorizar "
    "la actualización del Sistema Institucional de Evaluación de Estudiantes (SIEE) y socializar "
    "«la ruta de mejoramiento» con el consejo académico."
)


def sample_acta(commitments: int = 4, extra_paragraphs: int = 0, header: ActaHeader | None = None,
                page_size: str = "A4") -> ActaData:
    """A reunión at a rural school; ``extra_paragraphs`` lengthens the discussion page by page."""
    discussion = "\n\n".join([_DISCUSSION] * (1 + extra_paragraphs))
    return ActaData(
        session_id="5b0f7a8e-3c1d-4e7b-9a51-2f6d8c4e1a90",
        revision=1,
        record_hash=hashlib.sha256(b"acta de ejemplo").hexdigest(),
        header=header or ActaHeader(),
        page_size=page_size,
        identification=[
            ("Fecha", "14/03/2025"),
            ("Horario", "08:00 – 11:30"),
            ("Lugar", "Sala de profesores, sede principal"),
            ("Nivel", "Institucional"),
            ("Municipio", "La Plata (41396)"),
            ("Modalidad", "Presencial – in situ"),
            ("Establecimiento educativo", "Institución Educativa San Sebastián (DANE 241396000123)"),
            ("Sede", "Sede Principal"),
            ("Operaciones", "Acompañamiento, Seguimiento"),
            ("Técnica", "Reunión"),
            ("Asistente técnico", "Óscar Iván Salazar Peña"),
        ],
        objective="Acompañar al equipo directivo en el seguimiento del PMI y el ajuste del SIEE.",
        scope=Scope(
            guidelines="Guía 34 del MEN; lineamientos departamentales de evaluación.",
            habits_tools="Revisión periódica de indicadores del PMI; uso de actas de consejo.",
            expected_products="PMI ajustado y aprobado por el consejo directivo.",
        ),
        areas=["Directiva", "Académica (pedagógica)"],
        sections=[
            Section("Agenda", [FieldRows([
                ("Punto 1", "Saludo y verificación del quórum"),
                ("Punto 2", "Revisión de avances del PMI"),
                ("Punto 3", "Ajustes al SIEE y compromisos"),
            ])]),
            Section("Discusión", [FieldRows([("Desarrollo de la agenda", discussion)])]),
            Section("Acuerdos por área", [Table(
                ["Área de gestión", "Acuerdo", "Responsable"],
                [["Directiva", "Presentar el PMI ajustado al consejo directivo.", "Rectora"],
                 ["Académica", "Unificar el formato de planes de área.", "Coordinador"]],
                widths=[1.2, 3, 1.4],
            )]),
        ],
        conclusions="El establecimiento avanza en el PMI; falta consolidar los planes de área de "
                    "la sede rural y actualizar el SIEE antes del segundo periodo.",
        commitments=[
            Commitment(f"Acción de mejoramiento número {i}: socializar el ajuste del SIEE con "
                       f"los docentes de la jornada {'mañana' if i % 2 else 'tarde'}.",
                       _PEOPLE[i % 3][0], "Establecimiento (asistido)", f"{i % 28 + 1:02d}/04/2025")
            for i in range(1, commitments + 1)
        ],
        participants=[Participant(name, role, f"CC {10_000_000 + 7919 * i}", True,
                                  signature_png(i), "14/03/2025 11:20")
                      for i, (name, role) in enumerate(_PEOPLE)],
        evidence=[Evidence("lista_asistencia.jpg", "Fotografía", "Lista de asistencia firmada",
                           "3fa2c91b07de")],
    )


def signature_png(seed: int) -> bytes:
    """A hand-drawn-looking stroke, black on white, as the signature pad stores it (600×220 grey)."""
    image = Image.new("L", (600, 220), "white")
    points = [(20 + x * 7, 110 + 60 * math.sin(x / (5 + seed) + seed) * math.cos(x / 17))
              for x in range(80)]
    ImageDraw.Draw(image).line(points, fill="black", width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
