"""A report as PDF: the actas' controlled-document header, key figures, bar charts, tables.

Landscape, so tables of ten columns stay readable; deterministic like the actas (invariant
mode), so the same document always gives the same bytes.
"""

from __future__ import annotations

import io
from functools import cache
from datetime import date, datetime

from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ati_desktop.actas import charts
from ati_desktop.actas.engine import REGULAR, setup
from ati_desktop.actas.page import Geometry, NumberedCanvas, PageDecorator
from ati_desktop.actas.report_model import ReportDocument, Table
from ati_desktop.actas.styles import HEAD_FILL, LABEL_FILL, RULE, RULE_WIDTH, styles
from ati_desktop.domain.clock import local


def render_report(doc: ReportDocument, page_size: str = "A4") -> bytes:
    setup()
    geometry = Geometry.of(page_size, landscape=True)
    generated = local(doc.generated_at) if doc.generated_at.tzinfo else doc.generated_at
    footer = f"{doc.title} · Periodo {doc.period} · Generado el {generated:%d/%m/%Y %H:%M}"
    buffer = io.BytesIO()
    template = BaseDocTemplate(buffer, pagesize=(geometry.width, geometry.height), invariant=1,
                               lang="es-CO", creator="ATI Desktop", initialFontName=REGULAR,
                               title=f"{doc.title} {doc.period}", author=f"{doc.header.entity} – {doc.header.secondary}",
                               subject=f"{doc.title} · {doc.period}")
    frame = Frame(geometry.margin, geometry.frame_bottom, geometry.inner_width,
                  geometry.frame_top - geometry.frame_bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    template.addPageTemplates([PageTemplate(id="report", frames=[frame],
                                            onPage=PageDecorator.for_document(doc.header, page_size, footer, landscape=True))])
    template.build(_story(doc, geometry.inner_width), canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def _story(doc: ReportDocument, width: float) -> list:
    st = styles()
    story: list = [_identification(doc, width), Spacer(0, 3 * mm)]
    if doc.figures:
        story += [_figures(doc, width), Spacer(0, 4 * mm)]
    story += _charts(doc, width)
    for table in doc.tables:
        if table.pdf_limit == 0:
            continue
        story.append(Spacer(0, 4 * mm))
        story.append(Paragraph(_escape(table.title), _heading()))
        story.append(Spacer(0, 1.5 * mm))
        if not table.rows:
            story.append(Paragraph("Sin datos en el periodo.", st.help))
            continue
        story.append(_table(table, width))
        if len(table.rows) > table.pdf_limit:
            story.append(Paragraph(
                f"Se muestran {table.pdf_limit} de {len(table.rows)} filas; el archivo XLSX o CSV "
                "del informe las trae todas.", st.help))
    return story


@cache
def _heading() -> ParagraphStyle:
    """A table's title, kept on the page of the table's first rows."""
    return ParagraphStyle("report-heading", parent=styles().band, keepWithNext=1)


def _identification(doc: ReportDocument, width: float) -> RLTable:
    st = styles()
    filters = "; ".join(f"{label}: {value}" for label, value in doc.filters) or "Ninguno"
    rows = [[Paragraph("Periodo", st.label), Paragraph(doc.period, st.cell),
             Paragraph("Filtros", st.label), Paragraph(_escape(filters), st.cell)]]
    table = RLTable(rows, colWidths=[22 * mm, 50 * mm, 22 * mm, width - 94 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), RULE_WIDTH, RULE),
                               ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                               ("BACKGROUND", (2, 0), (2, -1), LABEL_FILL),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _figures(doc: ReportDocument, width: float) -> RLTable:
    st = styles()
    labels = [Paragraph(_escape(f.label), st.th) for f in doc.figures]
    values = [Paragraph(f"<font size=13><b>{_format(f.value, f.kind)}</b></font>", st.cell_centre)
              for f in doc.figures]
    table = RLTable([labels, values], colWidths=[width / len(doc.figures)] * len(doc.figures))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), RULE_WIDTH, RULE),
                               ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 1), (-1, 1), 5), ("BOTTOMPADDING", (0, 1), (-1, 1), 7)]))
    return table


def _charts(doc: ReportDocument, width: float) -> list:
    """Charts two to a row; a tall one (many categories) gets a row of its own."""
    gap = 6 * mm
    half = (width - gap) / 2
    flow: list = []
    pending = []
    for chart in doc.charts:
        if not chart.labels:
            continue
        if charts.horizontal(chart):
            drawing, _ = charts.drawing(chart, width * 0.75)
            flow.append(KeepTogether([drawing, Spacer(0, 3 * mm)]))
            continue
        pending.append(charts.drawing(chart, half, 56 * mm)[0])
        if len(pending) == 2:
            flow.append(_side_by_side(pending, half, gap))
            pending = []
    if pending:
        flow.append(_side_by_side(pending, half, gap))
    return flow


def _side_by_side(drawings: list, half: float, gap: float) -> RLTable:
    table = RLTable([drawings + [""] * (2 - len(drawings))], colWidths=[half + gap, half])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _table(table: Table, width: float) -> RLTable:
    st = styles()
    # Dates take their room whatever the column's share: 20/10/2026 must not wrap.
    shares = [max(c.width, 1.3) if c.kind == "date" else c.width for c in table.columns]
    widths = [width * share / sum(shares) for share in shares]
    head = [Paragraph(_escape(c.label), st.th) for c in table.columns]
    body = []
    for values in table.rows[: table.pdf_limit]:
        body.append([Paragraph(_escape(_format(v, c.kind)), st.cell if c.kind == "text" else st.cell_centre)
                     for c, v in zip(table.columns, values)])
    grid = RLTable([head, *body], colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), RULE_WIDTH, RULE),
                              ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return grid


def _format(value, kind: str) -> str:
    """Spanish (Colombia) number and date forms: 1.234,5 · 45,0 % · 03/11/2026."""
    if value is None or value == "":
        return "—" if kind != "text" else ""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%m/%Y}" if kind == "month" else f"{value:%d/%m/%Y}"
    if kind == "percent":
        return _decimal(value * 100, 1) + " %"
    if kind in ("hours", "number"):
        return _decimal(value, 2)
    if kind == "int" and isinstance(value, int | float):
        return f"{int(value):,}".replace(",", ".")
    return str(value)


def _decimal(value: float, places: int) -> str:
    text = f"{value:,.{places}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
