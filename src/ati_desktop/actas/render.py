"""Lays actas out as PDF: one acta, or many, each with its own header and page count.

Rendering is deterministic: ReportLab runs in invariant mode (fixed creation date, document
ID derived from the content), nothing depends on the clock, the process or the machine, so the
same ``ActaData`` always gives the same bytes with the same ReportLab version and fonts.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak
from reportlab.platypus import PageTemplate

from ati_desktop.actas.engine import REGULAR, setup
from ati_desktop.actas.model import ActaData
from ati_desktop.actas.page import Geometry, NumberedCanvas, PageDecorator
from ati_desktop.actas.stamp import ActaStamp
from ati_desktop.actas.story import build_story


Progress = Callable[[int, int], None]


def render_acta(data: ActaData) -> bytes:
    """The PDF of one acta."""
    return _render([data])


def write_acta(data: ActaData, path: str | Path) -> Path:
    """Render one acta into ``path`` (replaced if it exists) and return the path."""
    target = Path(path)
    target.write_bytes(render_acta(data))
    return target


def render_many(
    items: Iterable[ActaData], merge_into_one: bool, progress: Progress | None = None
) -> list[bytes]:
    """One PDF per acta, or a single PDF (a one-item list) where each acta starts a new page.

    In the merged PDF every acta keeps its own header, footer stamp and "Página X de Y".
    ``progress(done, total)`` is called as actas are laid out, ending with ``(total, total)``.
    """
    actas = list(items)
    total = len(actas)
    if not merge_into_one:
        results = []
        for done, data in enumerate(actas, 1):
            results.append(_render([data]))
            if progress:
                progress(done, total)
        return results
    if not actas:
        return []
    merged = _render(actas, progress)
    if progress:
        progress(total, total)
    return [merged]


class _ActaStart(Flowable):
    """An invisible mark at the start of each acta, so layout progress can be reported."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def draw(self) -> None:
        pass


class _ActaDocument(BaseDocTemplate):
    """A document with one page template per acta (header, footer and numbering group)."""

    def __init__(self, buffer: io.BytesIO, actas: Sequence[ActaData],
                 progress: Progress | None) -> None:
        first = Geometry.of(actas[0].page_size)
        super().__init__(
            buffer,
            pagesize=(first.width, first.height),
            invariant=1,
            lang="es-CO",
            creator="ATI Desktop",
            initialFontName=REGULAR,
            **_metadata(actas),
        )
        self._progress = progress
        self._total = len(actas)
        self.addPageTemplates([_page_template(data, i) for i, data in enumerate(actas)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab's name)
        if self._progress and isinstance(flowable, _ActaStart) and flowable.index:
            self._progress(flowable.index, self._total)


def _render(actas: Sequence[ActaData], progress: Progress | None = None) -> bytes:
    setup()
    story: list[Flowable] = []
    for i, data in enumerate(actas):
        if i:
            story += [NextPageTemplate(f"acta-{i}"), PageBreak()]
        story.append(_ActaStart(i))
        story += build_story(data, Geometry.of(data.page_size).inner_width)
    buffer = io.BytesIO()
    _ActaDocument(buffer, actas, progress).build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def _page_template(data: ActaData, index: int) -> PageTemplate:
    g = Geometry.of(data.page_size)
    frame = Frame(g.margin, g.frame_bottom, g.inner_width, g.frame_top - g.frame_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  id=f"body-{index}")
    return PageTemplate(id=f"acta-{index}", frames=[frame], onPage=PageDecorator(data, index),
                        pagesize=(g.width, g.height))


def _metadata(actas: Sequence[ActaData]) -> dict[str, str]:
    """Info dictionary: the stamps go in Keywords, where ``verify.read_stamps`` finds them."""
    stamps = [ActaStamp.of(data) for data in actas]
    header = actas[0].header
    if len(actas) == 1:
        stamp = stamps[0]
        title = f"{header.title} – sesión {stamp.session_id} (revisión {stamp.revision})"
        subject = (f"Sesión {stamp.session_id} · revisión {stamp.revision} · "
                   f"huella del registro {stamp.record_hash}")
    else:
        title = f"{header.title} – {len(actas)} actas"
        subject = f"{len(actas)} actas de sesiones de Asistencia Técnica Integral"
    return {
        "title": title,
        "author": f"{header.entity} – {header.secondary}",
        "subject": subject,
        "keywords": " ".join(stamp.text for stamp in stamps),
    }
