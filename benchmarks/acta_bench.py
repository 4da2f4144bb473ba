"""Acta rendering time, against ReportLab alone building the same content, and against a bare
ReportLab document of as many pages of running text in the same font.

``run(quick)`` returns medians in milliseconds (wall clock): ``acta_2p_ms``, ``acta_10p_ms``;
``same_content_2p_ms``, the same acta's content (every table with its cells, column widths and
spans, the signature images, the QR code, header, footer and "Página X de Y") written straight
against ReportLab with plain styles, and ``acta_same_content_ratio`` = acta / that (goal ≤ 1.3):
the project's own overhead; ``bare_2p_ms`` and ``acta_ratio`` = acta / bare (goal ≤ 2.0), which
also counts ReportLab's table layout; the page counts actually rendered (``acta_2p_pages``,
``acta_10p_pages``, ``same_content_2p_pages``) so that a layout change that moves the page count
is visible next to the figures, and ``acta_ratio_best``, the ratio of the fastest runs. The two
ratios with goals divide processor time, which other processes on the machine do not inflate.
"""

from __future__ import annotations

import io
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from acta_plain import plain_content, render_plain  # noqa: E402
from ati_desktop.actas.engine import REGULAR, setup  # noqa: E402
from ati_desktop.actas.render import render_acta  # noqa: E402
from ati_desktop.actas.sample import sample_acta  # noqa: E402

FIGURES = ("acta_2p_ms", "acta_10p_ms", "same_content_2p_ms", "bare_2p_ms", "acta_2p_pages",
           "acta_10p_pages", "same_content_2p_pages", "acta_same_content_ratio", "acta_ratio",
           "acta_ratio_best")
GOALS = {"acta_same_content_ratio": ("<=", 1.3), "acta_ratio": ("<=", 2.0)}

_TEXT = (
    "La institución educativa avanzó en la ejecución del plan de mejoramiento; el consejo "
    "académico revisó los planes de área y acordó ajustes al sistema de evaluación. "
) * 4


def run(quick: bool = False) -> dict[str, float]:
    """Median timings of the acta renderer and of the bare baseline."""
    setup()
    repeats = 7 if quick else 31
    two_pages = sample_acta()
    ten_pages = sample_acta(commitments=40, extra_paragraphs=62)
    acta_2p_pages = _pages(render_acta(two_pages))
    paragraphs = _paragraphs_filling(acta_2p_pages)
    content = plain_content(two_pages)
    # Alternate the three so that load from other processes weighs on all alike.
    acta, bare, same = _paired_times(
        [lambda: render_acta(two_pages), lambda: _bare(paragraphs), lambda: render_plain(content)],
        repeats)
    results = {
        "acta_2p_ms": _median(acta, WALL),
        "same_content_2p_ms": _median(same, WALL),
        "same_content_2p_pages": float(_pages(render_plain(content))),
        "acta_10p_ms": _median(_paired_times([lambda: render_acta(ten_pages)], max(3, repeats // 3))[0],
                               WALL),
        "bare_2p_ms": _median(bare, WALL),
        "acta_2p_pages": float(acta_2p_pages),
        "acta_10p_pages": float(_pages(render_acta(ten_pages))),
    }
    # Ratios of processor time: rendering is all computation, and on a shared machine the
    # wall clock also counts the other processes that happened to run.
    results["acta_same_content_ratio"] = _median(acta, CPU) / _median(same, CPU)
    results["acta_ratio"] = _median(acta, CPU) / _median(bare, CPU)
    results["acta_ratio_best"] = min(t[WALL] for t in acta) / min(t[WALL] for t in bare)
    return results


def _bare(paragraphs: int) -> bytes:
    """Running text in the embedded font, deterministic like the actas, nothing else."""
    style = ParagraphStyle("bare", fontName=REGULAR, fontSize=9, leading=12)
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build([Paragraph(_TEXT, style) for _ in range(paragraphs)])
    return out.getvalue()


def _paragraphs_filling(pages: int) -> int:
    """The most paragraphs of running text that still fit in ``pages`` full pages."""
    count = 1
    while _pages(_bare(count + 1)) <= pages:
        count += 1
    return count


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


WALL, CPU = 0, 1


def _paired_times(actions: Sequence[Callable[[], object]], repeats: int) -> list[list[tuple[float, float]]]:
    """(wall clock, processor) milliseconds of each run of each action, the actions alternated,
    after one warm-up run of each."""
    for action in actions:  # warm caches (fonts, styles) as a running application has them
        action()
    times: list[list[tuple[float, float]]] = [[] for _ in actions]
    for _ in range(repeats):
        for action, bucket in zip(actions, times):
            wall, cpu = time.perf_counter(), time.thread_time()
            action()
            bucket.append(((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000))
    return times


def _median(times: list[tuple[float, float]], which: int) -> float:
    return statistics.median(t[which] for t in times)


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:>16}: {value:8.2f}")
