"""The body of one acta, block by block, in the order of the guideline's minutes."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import count

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ati_desktop.actas.blocks import (
    Heading,
    clip,
    data_table,
    field_table,
    heading_table,
    pair_grid,
    para,
    paragraphs,
    set_style,
)
from ati_desktop.actas.model import ActaData, Participant
from ati_desktop.actas.qr import QrCode
from ati_desktop.actas.signature import SignatureImage
from ati_desktop.actas.stamp import ActaStamp
from ati_desktop.actas.styles import LABEL_FILL, RULE, RULE_WIDTH, styles
from ati_desktop.domain.document import FieldRows, Section
from ati_desktop.domain.document import Table as TableBlock

_SIGNATURE_HEIGHT = 13 * mm
_QR_SIZE = 27 * mm


def build_story(data: ActaData, width: float) -> list[Flowable]:
    """Every flowable of one acta's body, sized for a frame ``width`` points wide."""
    s = styles()
    number = count(1)

    def band(name: str) -> list[Heading]:
        return [Heading(f"{next(number)}. {name}")]

    def empty(headings: list[Heading], note: str) -> list[Flowable]:
        return [heading_table(headings, width), para(note, s.body)]

    story: list[Flowable] = []
    if data.edition is not None and data.edition > 1:
        story.append(_correction_note(data, width))
    story.append(pair_grid(data.identification, width, band("Identificación de la sesión")))
    story.append(field_table([
        ("Objetivo", data.objective),
        ("Lineamientos", data.scope.guidelines),
        ("Hábitos o herramientas", data.scope.habits_tools),
        ("Productos esperados", data.scope.expected_products),
        ("Áreas de gestión", ", ".join(data.areas)),
    ], width, band("Objetivo y alcance")))
    story += _development(data.sections, next(number), width)
    if data.conclusions is not None:  # None: the technique's form printed them above
        story.append(heading_table(band("Conclusiones"), width))
        story += paragraphs(data.conclusions, s.body, "Sin conclusiones registradas.")
    if data.commitments:
        story.append(_commitments(data, width, band("Compromisos")))
    else:
        story += empty(band("Compromisos"), "No se registraron compromisos en esta sesión.")
    if data.verifications:
        story.append(_verifications(data, width, band("Verificación de compromisos anteriores")))
    if data.indicators:
        story.append(_indicators(data, width, band("Indicadores")))
    if data.participants:
        story.append(_participants(data.participants, width, band("Participantes y firmas")))
    else:
        story += empty(band("Participantes y firmas"), "No se registraron participantes.")
    if data.evidence:
        story.append(_evidence(data, width, band("Evidencias")))
    else:
        story += empty(band("Evidencias"), "No se adjuntaron evidencias.")
    story.append(_closing(data, width))
    return story


def _development(sections: Sequence[Section], number: int, width: float) -> list[Flowable]:
    """The technique's answers; each title rides on the first table that follows it."""
    s = styles()
    pending = [Heading(f"{number}. Desarrollo")]
    flow: list[Flowable] = []
    for i, section in enumerate(sections, 1):
        pending.append(Heading(f"{number}.{i} {section.title}", "sub"))
        if section.help_text:
            pending.append(Heading(section.help_text, "note"))
        for block in section.blocks:
            if isinstance(block, FieldRows):
                flow.append(field_table(block.rows, width, pending))
            else:
                if block.title:
                    pending.append(Heading(block.title, "caption"))
                flow.append(_answers_table(block, width, pending))
            pending = []
        if pending:
            flow += [heading_table(pending, width), para("Sin respuestas registradas.", s.body)]
            pending = []
    if pending:
        flow += [heading_table(pending, width),
                 para("Sin desarrollo registrado para la técnica.", s.body)]
    return flow


def _answers_table(block: TableBlock, width: float, headings: list[Heading]) -> Table:
    return data_table(block.columns, block.rows, width, block.widths, headings=headings)


def _commitments(data: ActaData, width: float, headings: list[Heading]) -> Table:
    rows = [[str(i), c.description, c.responsible, c.side, c.due_date]
            for i, c in enumerate(data.commitments, 1)]
    return data_table(["No.", "Compromiso", "Responsable", "Parte", "Fecha límite"], rows, width,
                      [0.55, 4.4, 2.0, 1.7, 1.3], centred=(0, 4), headings=headings)


def _verifications(data: ActaData, width: float, headings: list[Heading]) -> Table:
    rows = [[str(i), v.commitment, v.origin_date, v.result, v.note]
            for i, v in enumerate(data.verifications, 1)]
    return data_table(["No.", "Compromiso verificado", "Sesión de origen", "Resultado",
                       "Observación"], rows, width, [0.55, 3.3, 1.2, 2.2, 2.7], centred=(0, 2),
                      headings=headings)


def _indicators(data: ActaData, width: float, headings: list[Heading]) -> Table:
    rows = [[i.name, i.target, i.value, i.unit] for i in data.indicators]
    return data_table(["Indicador", "Meta", "Valor obtenido", "Unidad"], rows, width,
                      [4.4, 1.2, 1.3, 1.3], centred=(1, 2, 3), headings=headings)


def _evidence(data: ActaData, width: float, headings: list[Heading]) -> Table:
    rows = [[str(i), e.file_name, e.kind, e.caption, e.sha256_short]
            for i, e in enumerate(data.evidence, 1)]
    return data_table(["No.", "Archivo", "Tipo", "Descripción", "Huella SHA-256"], rows, width,
                      [0.55, 2.8, 1.3, 3.6, 1.7], centred=(0, 4), headings=headings)


def _participants(people: Sequence[Participant], width: float,
                  headings: list[Heading]) -> Table:
    shares = [0.55, 2.6, 2.2, 1.5, 1.0, 2.7]
    sign_width = width * shares[-1] / sum(shares) - 8
    rows = [[str(i), p.name, p.role, p.document, "Sí" if p.present else "No",
             _signature_cell(p, sign_width)] for i, p in enumerate(people, 1)]
    return data_table(["No.", "Nombre", "Cargo / rol", "Documento", "Asistió", "Firma"], rows,
                      width, shares, centred=(0, 4), headings=headings)


def _signature_cell(person: Participant, max_width: float) -> list[Flowable]:
    s = styles()
    if not person.present:
        return [para("No asistió", s.small)]
    if person.signature_png is None:
        # Room to sign by hand on the printed acta, below the reason when one was given.
        note = [para(clip(person.unsigned_note), s.small)] if person.unsigned_note else []
        return note + [Spacer(1, _SIGNATURE_HEIGHT)]
    cell: list[Flowable] = [
        SignatureImage(person.signature_png, max_width, _SIGNATURE_HEIGHT, clip(person.name))
    ]
    if person.signed_at:
        cell.append(para(clip(f"Firmó: {person.signed_at}"), s.small))
    return cell


def _correction_note(data: ActaData, width: float) -> Table:
    s = styles()
    reason = data.correction_reason.strip() or "no indicado."
    rows = [[Paragraph(f"<b>Edición {data.edition} del acta.</b> Reemplaza la edición {data.edition - 1} "
                       "de esta sesión.", s.cell)]]
    rows += [[piece] for piece in paragraphs(f"Motivo de la corrección: {reason}", s.cell)]
    table = Table(rows, colWidths=[width])
    set_style(table, [
        ("BOX", (0, 0), (-1, -1), RULE_WIDTH * 2, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), LABEL_FILL),
        ("TOPPADDING", (0, 1), (-1, -1), 0),
    ])
    table.spaceAfter = 4
    return table


def _edition(edition: int) -> str:
    return "1 (acta original)" if edition == 1 else f"{edition} (corrige la edición {edition - 1})"


def _closing(data: ActaData, width: float) -> KeepTogether:
    """Closing line and the verification box (QR and stamp), kept on one page."""
    s = styles()
    stamp = ActaStamp.of(data)
    text = [
        para("Verificación del acta", s.label),
        para(f"Sesión: {stamp.session_id}", s.small),
        *([para(f"Edición: {_edition(data.edition)}", s.small)] if data.edition is not None else []),
        para(f"Revisión del registro: {stamp.revision}", s.small),
        para(f"Huella del registro: {stamp.record_hash}", s.small),
        para("El código QR y los metadatos de este PDF contienen estos datos. Para comprobar "
             "que el acta corresponde al registro, use «Verificar acta» en ATI Desktop.", s.small),
    ]
    box = Table([[QrCode(stamp.text, _QR_SIZE), text]],
                colWidths=[_QR_SIZE + 8, width - _QR_SIZE - 8])
    set_style(box, [
        ("BOX", (0, 0), (-1, -1), RULE_WIDTH, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (0, 0), 4),
    ])
    return KeepTogether([Spacer(1, 8), para(data.closing, s.body), Spacer(1, 4), box])
