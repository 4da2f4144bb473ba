"""Building blocks of the acta body: escaped text, headings, field and data tables.

Headings are the first rows of the table they introduce (spanning all its columns): a table
never splits between its heading and its first row, so a heading cannot be orphaned at the
foot of a page, and no large blank is left to keep them together.

A cell whose text fits on one line is a plain string drawn in the table's own font (set from
the matching paragraph style): it looks the same as a Paragraph and costs a tenth as much.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, white
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ati_desktop.actas.engine import REGULAR
from ati_desktop.actas.styles import BAND_FILL, HEAD_FILL, LABEL_FILL, RULE, RULE_WIDTH, styles

# Text is cut into pieces of about this size: a table row never outgrows a page, and
# ReportLab lays out many short paragraphs much faster than one huge one.
CHUNK_CHARS = 700
# Past this, one table cell may be taller than a page and its row must be allowed to split.
TALL_CELL_CHARS = 2500
PAD = 4

Cell = str | Flowable | list[Flowable]


@dataclass(frozen=True)
class Heading:
    """A title row: numbered section ("band"), sub-section ("sub"), table title ("caption"), note."""

    text: str
    kind: str = "band"


def chunks(text: str) -> list[str]:
    """Lines of ``text`` (blank ones dropped), long lines cut at sentence or word ends."""
    pieces: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        while len(line) > CHUNK_CHARS:
            cut = _cut_point(line)
            pieces.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        if line:
            pieces.append(line)
    return pieces


def _cut_point(line: str) -> int:
    window = line[:CHUNK_CHARS]
    for mark in (". ", "; ", ", ", " "):
        at = window.rfind(mark, CHUNK_CHARS // 2)
        if at > 0:
            return at + len(mark)
    return CHUNK_CHARS


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """One paragraph of user text, escaped so that it is never read as markup."""
    return Paragraph(escape(text), style)


def paragraphs(text: str, style: ParagraphStyle, empty: str = "—") -> list[Paragraph]:
    return [para(piece, style) for piece in chunks(text)] or [para(empty, style)]


def fit(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """``text`` as a plain string when it fits on one line of ``width``, else a paragraph."""
    text = text.strip()
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * PAD:
        return text
    return para(text, style)


def set_style(table: Table, commands: list[tuple]) -> None:
    """Apply ``commands`` on top of the embedded font (tables otherwise set Helvetica per cell)."""
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        *commands,
    ]))


def text_style(start: tuple[int, int], end: tuple[int, int], style: ParagraphStyle) -> list[tuple]:
    """Table commands that draw plain-string cells of a region like ``style``."""
    commands = [
        ("FONT", start, end, style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", start, end, style.textColor),
    ]
    if style.alignment == TA_CENTER:
        commands.append(("ALIGN", start, end, "CENTER"))
    return commands


def heading_table(headings: Sequence[Heading], width: float) -> Table:
    """Headings on their own, for a section whose body is running text."""
    rows, commands = _heading_rows(headings, 1)
    table = Table(rows, colWidths=[width])
    set_style(table, [("BOX", (0, 0), (-1, -1), RULE_WIDTH, RULE), *commands])
    table.keepWithNext = True
    table.spaceBefore = 8
    table.spaceAfter = 4
    return table


def field_table(rows: Sequence[tuple[str, str]], width: float,
                headings: Sequence[Heading] = (), label_share: float = 0.28) -> Table:
    """Label/value pairs in two columns; a long value continues over several rows."""
    s = styles()
    label_w = width * label_share
    data, commands = _heading_rows(headings, 2)
    body = len(data)
    commands += [
        *text_style((0, body), (0, -1), s.label),
        *text_style((1, body), (1, -1), s.cell),
        ("BOX", (0, 0), (-1, -1), RULE_WIDTH, RULE),
        ("LINEAFTER", (0, body), (0, -1), RULE_WIDTH, RULE),
        ("BACKGROUND", (0, body), (0, -1), LABEL_FILL),
        ("VALIGN", (0, body), (-1, -1), "TOP"),
        ("TOPPADDING", (0, body), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, body), (-1, -1), 1.5),
    ]
    for label, value in rows:
        first = len(data)
        pieces = chunks(value) or ["—"]
        data += [[fit(label, s.label, label_w) if i == 0 else "", fit(piece, s.cell, width - label_w)]
                 for i, piece in enumerate(pieces)]
        commands += [
            ("LINEABOVE", (0, first), (-1, first), RULE_WIDTH, RULE),
            ("TOPPADDING", (0, first), (-1, first), 3.5),
            ("BOTTOMPADDING", (0, len(data) - 1), (-1, len(data) - 1), 3.5),
        ]
    return _table(data, commands, [label_w, width - label_w], headings, header_row=False)


def pair_grid(rows: Sequence[tuple[str, str]], width: float,
              headings: Sequence[Heading] = ()) -> Table:
    """Label/value pairs two to a line; a value too long for half a line takes a whole line."""
    s = styles()
    label_w, value_w = width * 0.17, width * 0.33
    data, commands = _heading_rows(headings, 4)
    body = len(data)
    commands += [
        *text_style((0, body), (-1, -1), s.cell),
        ("BACKGROUND", (0, body), (0, -1), LABEL_FILL),
        ("BACKGROUND", (2, body), (2, -1), LABEL_FILL),
    ]
    pending: list[Cell] = []
    for label, value in rows:
        value = value.strip() or "—"
        half = fit(value, s.cell, value_w)
        if isinstance(half, Paragraph):
            row = len(data)
            commands += [("SPAN", (1, row), (3, row)), ("BACKGROUND", (1, row), (3, row), white)]
            data.append([para(label, s.label), fit(value, s.cell, width - label_w), "", ""])
        elif pending:
            data.append([*pending, para(label, s.label), half])
            pending = []
        else:
            pending = [para(label, s.label), half]
    if pending:
        data.append([*pending, "", ""])
    commands += [
        ("GRID", (0, body), (-1, -1), RULE_WIDTH, RULE),
        ("VALIGN", (0, body), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, body), (-1, -1), 3),
        ("BOTTOMPADDING", (0, body), (-1, -1), 3.5),
    ]
    return _table(data, commands, [label_w, value_w, label_w, value_w], headings,
                  header_row=False)


def data_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    width: float,
    widths: Sequence[float] | None = None,
    centred: Sequence[int] = (),
    headings: Sequence[Heading] = (),
) -> Table:
    """A gridded table whose column header (and last heading) repeat on every page it spans."""
    s = styles()
    shares = list(widths) if widths and len(widths) == len(columns) else [1.0] * len(columns)
    col_widths = [width * share / sum(shares) for share in shares]
    cell_styles = [s.cell_centre if i in centred else s.cell for i in range(len(columns))]
    data, commands = _heading_rows(headings, len(columns))
    header = len(data)
    data.append([fit(c, s.th, w) for c, w in zip(columns, col_widths)])
    tall = False
    for row in rows:
        cells = list(row)[: len(columns)] + [""] * (len(columns) - len(row))
        tall = tall or any(isinstance(c, str) and len(c) > TALL_CELL_CHARS for c in cells)
        data.append([_cell(c, style, w) for c, style, w in zip(cells, cell_styles, col_widths)])
    commands += text_style((0, header), (-1, header), s.th)
    for i, style in enumerate(cell_styles):
        commands += text_style((i, header + 1), (i, -1), style)
    commands += [
        ("GRID", (0, header), (-1, -1), RULE_WIDTH, RULE),
        ("BACKGROUND", (0, header), (-1, header), HEAD_FILL),
        ("VALIGN", (0, header), (-1, header), "MIDDLE"),
        ("VALIGN", (0, header + 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, header), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, header), (-1, -1), 3),
    ]
    return _table(data, commands, col_widths, headings, header_row=True, split_in_row=tall)


def _table(data: list[list], commands: list[tuple], col_widths: list[float],
           headings: Sequence[Heading], header_row: bool, split_in_row: bool = False) -> Table:
    # Repeat the innermost heading and the column header on continuation pages; this also
    # forbids a split that would leave the headings without a row under them.
    repeat = [len(headings) - 1] if headings else []
    if header_row:
        repeat.append(len(headings))
    table = Table(data, colWidths=col_widths, repeatRows=tuple(repeat) or 0,
                  splitInRow=1 if split_in_row else 0)
    set_style(table, commands)
    if headings:
        table.spaceBefore = 8
    table.spaceAfter = 4
    return table


_HEADING_FILL: dict[str, Color | None] = {
    "band": BAND_FILL, "sub": LABEL_FILL, "caption": None, "note": None,
}


def _heading_rows(headings: Sequence[Heading], columns: int) -> tuple[list[list], list[tuple]]:
    s = styles()
    style = {"band": s.band, "sub": s.subheading, "caption": s.caption, "note": s.help}
    rows: list[list] = []
    commands: list[tuple] = []
    for r, heading in enumerate(headings):
        text = heading.text.upper() if heading.kind == "band" else heading.text
        rows.append([para(text, style[heading.kind])] + [""] * (columns - 1))
        commands += [("SPAN", (0, r), (-1, r)), ("BOX", (0, r), (-1, r), RULE_WIDTH, RULE)]
        if fill := _HEADING_FILL[heading.kind]:
            commands.append(("BACKGROUND", (0, r), (-1, r), fill))
    return rows, commands


def _cell(value: Cell, style: ParagraphStyle, width: float) -> Cell:
    if not isinstance(value, str):
        return value
    pieces = chunks(value)
    if len(pieces) <= 1:
        return fit(value, style, width)
    return [para(piece, style) for piece in pieces]
