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

# Text is cut into pieces of about this size, each in a table row of its own: no row ever
# outgrows a page, and ReportLab lays out many short paragraphs much faster than a huge one.
CHUNK_CHARS = 700
# Up to this much text, the rows holding one table row's pieces are kept on one page.
ROW_CHARS = 2000
PAD = 4
# Labels, headings and column titles come from form definitions; past this they are clipped
# so that a runaway title can never make a row taller than a page.
TITLE_CHARS = 300

Cell = str | Flowable | list[Flowable]


@dataclass(frozen=True)
class Heading:
    """A title row: numbered section "band", sub-section "sub", table title "caption", "note"."""

    text: str
    kind: str = "band"


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[str, bool]]:
    """Pieces of ``text``, each with whether it continues the previous piece's paragraph.

    Lines are paragraphs (blank ones dropped); lines longer than ``limit`` are cut at
    sentence or word ends.
    """
    pieces: list[tuple[str, bool]] = []
    for line in text.splitlines():
        line = line.strip()
        continued = False
        while len(line) > limit:
            cut = _cut_point(line, limit)
            pieces.append((line[:cut].rstrip(), continued))
            line, continued = line[cut:].lstrip(), True
        if line:
            pieces.append((line, continued))
    return pieces


def _cut_point(line: str, limit: int) -> int:
    window = line[:limit]
    for mark in (". ", "; ", ", ", " "):
        at = window.rfind(mark, limit // 2)
        if at > 0:
            return at + len(mark)
    return limit


def column_limit(width: float) -> int:
    """Piece size for a column ``width`` points wide: a narrow column takes shorter pieces."""
    return max(60, min(CHUNK_CHARS, int(width * 4)))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """One paragraph of user text, escaped so that it is never read as markup."""
    return Paragraph(escape(text), style)


def paragraphs(text: str, style: ParagraphStyle, empty: str = "—") -> list[Paragraph]:
    return [para(piece, style) for piece, _ in chunks(text)] or [para(empty, style)]


def fit(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """``text`` as a plain string when it fits on one line of ``width``, else a paragraph."""
    text = text.strip()
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * PAD:
        return text
    return para(text, style)


def clip(text: str) -> str:
    """``text`` cut to ``TITLE_CHARS`` (with an ellipsis) for places that cannot grow."""
    text = text.strip()
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"


def title(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A label, heading or column title, clipped."""
    return fit(clip(text), style, width)


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
    rows, commands = _heading_rows(headings, 1, width)
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
    data, commands = _heading_rows(headings, 2, width)
    body = len(data)
    commands += [
        *text_style((0, body), (0, -1), s.label),
        *text_style((1, body), (1, -1), s.cell),
        ("BOX", (0, 0), (-1, -1), RULE_WIDTH, RULE),
        ("LINEAFTER", (0, body), (0, -1), RULE_WIDTH, RULE),
        ("BACKGROUND", (0, body), (0, -1), LABEL_FILL),
        ("VALIGN", (0, body), (-1, -1), "TOP"),
        # Pieces of one paragraph follow each other without a gap.
        ("TOPPADDING", (0, body), (-1, -1), 0),
        ("BOTTOMPADDING", (0, body), (-1, -1), 0),
    ]
    for label, value in rows:
        first = len(data)
        for piece, continued in chunks(value, column_limit(width - label_w)) or [("—", False)]:
            if len(data) > first and not continued:
                commands.append(("TOPPADDING", (0, len(data)), (-1, len(data)), 3))
            data.append(["", fit(piece, s.cell, width - label_w)])
        data[first][0] = title(label, s.label, label_w)
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
    data, commands = _heading_rows(headings, 4, width)
    body = len(data)
    commands += [
        *text_style((0, body), (-1, -1), s.cell),
        *text_style((0, body), (0, -1), s.label),
        *text_style((2, body), (2, -1), s.label),
        ("BACKGROUND", (0, body), (0, -1), LABEL_FILL),
        ("BACKGROUND", (2, body), (2, -1), LABEL_FILL),
    ]
    pending: tuple[str, str] | None = None
    for label, value in rows:
        value = value.strip() or "—"
        half = fit(value, s.cell, value_w)
        if isinstance(half, str) and pending:
            first_label, first_half = pending
            data.append([title(first_label, s.label, label_w), first_half, title(label, s.label, label_w), half])
            pending = None
        elif isinstance(half, str):
            pending = (label, half)
        else:
            data += _whole_line(label, value, width, label_w, len(data), commands)
    if pending:
        # A pair left alone takes the whole line rather than ending on an empty label box.
        data += _whole_line(pending[0], pending[1], width, label_w, len(data), commands)
    commands += [
        ("BOX", (0, body), (-1, -1), RULE_WIDTH, RULE),
        ("LINEAFTER", (0, body), (2, -1), RULE_WIDTH, RULE),
        ("VALIGN", (0, body), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, body), (-1, -1), 3),
        ("BOTTOMPADDING", (0, body), (-1, -1), 3.5),
    ]
    commands += [("LINEABOVE", (0, r), (-1, r), RULE_WIDTH, RULE)
                 for r in range(body + 1, len(data)) if data[r][0] != ""]
    return _table(data, commands, [label_w, value_w, label_w, value_w], headings,
                  header_row=False)


def _whole_line(label: str, value: str, width: float, label_w: float, first: int,
                commands: list[tuple]) -> list[list[Cell]]:
    """Rows for a value spanning the three value columns, in pieces if it is long."""
    s = styles()
    rows: list[list[Cell]] = []
    for piece, _ in chunks(value, column_limit(width - label_w)):
        row = first + len(rows)
        rows.append(["", fit(piece, s.cell, width - label_w), "", ""])
        commands += [("SPAN", (1, row), (3, row)), ("BACKGROUND", (1, row), (3, row), white)]
    rows[0][0] = title(label, s.label, label_w)
    if len(value) <= ROW_CHARS:
        commands.append(("NOSPLIT", (0, first), (-1, first + len(rows) - 1)))
    return rows


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
    data, commands = _heading_rows(headings, len(columns), width)
    header = len(data)
    data.append([title(c, s.th, w) for c, w in zip(columns, col_widths)])
    commands += text_style((0, header), (-1, header), s.th)
    for i, style in enumerate(cell_styles):
        commands += text_style((i, header + 1), (i, -1), style)
    commands += [
        ("BOX", (0, header), (-1, -1), RULE_WIDTH, RULE),
        ("LINEAFTER", (0, header), (-2, -1), RULE_WIDTH, RULE),
        ("BACKGROUND", (0, header), (-1, header), HEAD_FILL),
        ("VALIGN", (0, header), (-1, header), "MIDDLE"),
        ("VALIGN", (0, header + 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, header), (-1, -1), 0),
        ("BOTTOMPADDING", (0, header), (-1, -1), 0),
        ("TOPPADDING", (0, header), (-1, header), 2.5),
        ("BOTTOMPADDING", (0, header), (-1, header), 3),
    ]
    for row in rows:
        cells = list(row)[: len(columns)] + [""] * (len(columns) - len(row))
        stacks = [_pieces(c, style, w) for c, style, w in zip(cells, cell_styles, col_widths)]
        first, height = len(data), max(len(stack) for stack in stacks)
        data += [[stack[i] if i < len(stack) else "" for stack in stacks] for i in range(height)]
        last = first + height - 1
        commands += [
            ("LINEABOVE", (0, first), (-1, first), RULE_WIDTH, RULE),
            ("TOPPADDING", (0, first), (-1, first), 2.5),
            ("BOTTOMPADDING", (0, last), (-1, last), 3),
        ]
        # A row that fits on a page is never cut; a longer one breaks between its pieces.
        if height > 1 and sum(len(c) for c in cells if isinstance(c, str)) <= ROW_CHARS:
            commands.append(("NOSPLIT", (0, first), (-1, last)))
    return _table(data, commands, col_widths, headings, header_row=True)


def _table(data: list[list], commands: list[tuple], col_widths: list[float],
           headings: Sequence[Heading], header_row: bool) -> Table:
    # Repeat the innermost heading and the column header on continuation pages; this also
    # forbids a split that would leave the headings without a row under them.
    repeat = [len(headings) - 1] if headings else []
    if header_row:
        repeat.append(len(headings))
    table = Table(data, colWidths=col_widths, repeatRows=tuple(repeat) or 0)
    set_style(table, commands)
    if headings:
        table.spaceBefore = 8
    table.spaceAfter = 4
    return table


_HEADING_FILL: dict[str, Color | None] = {
    "band": BAND_FILL, "sub": LABEL_FILL, "caption": None, "note": None,
}


def _heading_rows(headings: Sequence[Heading], columns: int,
                  width: float) -> tuple[list[list], list[tuple]]:
    s = styles()
    style = {"band": s.band, "sub": s.subheading, "caption": s.caption, "note": s.help}
    rows: list[list] = []
    commands: list[tuple] = []
    for r, heading in enumerate(headings):
        text = heading.text.upper() if heading.kind == "band" else heading.text
        rows.append([title(text, style[heading.kind], width)] + [""] * (columns - 1))
        commands += [
            ("SPAN", (0, r), (-1, r)),
            ("BOX", (0, r), (-1, r), RULE_WIDTH, RULE),
            ("VALIGN", (0, r), (-1, r), "MIDDLE"),
            *text_style((0, r), (-1, r), style[heading.kind]),
        ]
        if fill := _HEADING_FILL[heading.kind]:
            commands.append(("BACKGROUND", (0, r), (-1, r), fill))
    return rows, commands


def _pieces(value: Cell, style: ParagraphStyle, width: float) -> list[Cell]:
    """A cell's content as one item per table row it will take."""
    if not isinstance(value, str):
        return [value]
    return [fit(piece, style, width) for piece, _ in chunks(value, column_limit(width))] or [""]
