"""The report given to a person about the data held on them, as a controlled-document PDF.

It carries the same boxed header as the actas (entity, process, title, code, "Página X de
Y"), then numbered sections of label/value rows, tables and running text, filled by the
personal-data services in the words the reader sees.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ati_desktop.actas.blocks import Heading, data_table, field_table, heading_table, paragraphs
from ati_desktop.actas.engine import REGULAR, setup
from ati_desktop.actas.model import ActaHeader
from ati_desktop.actas.page import Geometry, NumberedCanvas, PageDecorator
from ati_desktop.actas.styles import styles
from ati_desktop.domain.document import FieldRows, Section


@dataclass(frozen=True)
class ReportData:
    """One report: header and footer of every page, an opening text, numbered sections.

    A section's ``help_text`` is printed as running text under its title, before its blocks.
    """

    header: ActaHeader
    footer: str
    intro: str
    sections: Sequence[Section] = ()
    page_size: str = "A4"
    subject: str = ""


def render_report(data: ReportData) -> bytes:
    """The PDF of a report (deterministic for the same data)."""
    setup()
    g = Geometry.of(data.page_size)
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=(g.width, g.height), invariant=1, lang="es-CO",
                               creator="ATI Desktop", initialFontName=REGULAR,
                               title=data.header.title, author=f"{data.header.entity} – {data.header.secondary}",
                               subject=data.subject)
    frame = Frame(g.margin, g.frame_bottom, g.inner_width, g.frame_top - g.frame_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    document.addPageTemplates([PageTemplate(
        id="report", frames=[frame], pagesize=(g.width, g.height),
        onPage=PageDecorator.for_document(data.header, data.page_size, data.footer))])
    document.build(_story(data, g.inner_width), canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def _story(data: ReportData, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = list(paragraphs(data.intro, s.body, ""))
    for number, section in enumerate(data.sections, 1):
        headings = [Heading(f"{number}. {section.title}")]
        if section.help_text or not section.blocks:
            story.append(heading_table(headings, width))
            story += paragraphs(section.help_text or "", s.body, "Nada registrado.")
            headings = []
        for block in section.blocks:
            if isinstance(block, FieldRows):
                story.append(field_table(block.rows, width, headings))
            else:
                if block.title:
                    headings.append(Heading(block.title, "caption"))
                story.append(data_table(block.columns, block.rows, width, block.widths,
                                        headings=headings))
            headings = []
    return story
