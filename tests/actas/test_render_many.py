"""Many actas: one PDF each, or one PDF where every acta keeps its own page count."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import pytest
from acta_samples import observacion, pdftotext, record_hash, reunion, taller

from ati_desktop.actas.render import render_acta, render_many
from ati_desktop.actas.stamp import ActaStamp
from ati_desktop.actas.verify import ActaStampError, read_stamp, read_stamps


def _batch():
    return [
        reunion(),
        replace(observacion(), session_id="obs-2", record_hash=record_hash("obs-2")),
        replace(taller(), session_id="taller-3", record_hash=record_hash("taller-3"),
                page_size="LETTER"),
    ]


def test_separate_pdfs_are_the_single_renders_and_progress_counts_them():
    batch = _batch()
    calls = []
    pdfs = render_many(batch, merge_into_one=False, progress=lambda d, t: calls.append((d, t)))
    assert pdfs == [render_acta(data) for data in batch]
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_merged_pdf_restarts_page_numbers_for_each_acta(tmp_path):
    batch = _batch()
    own_pages = [len(pdftotext(render_acta(data), tmp_path)) for data in batch]
    calls = []
    [merged] = render_many(iter(batch), merge_into_one=True,
                           progress=lambda d, t: calls.append((d, t)))
    pages = pdftotext(merged, tmp_path)
    assert len(pages) == sum(own_pages)
    expected = [f"Página {n} de {total}" for total in own_pages for n in range(1, total + 1)]
    assert [re.search(r"Página \d+ de \d+", page)[0] for page in pages] == expected
    starts = [sum(own_pages[:i]) for i in range(len(batch))]
    for data, start in zip(batch, starts):
        assert f"Sesión {data.session_id} ·" in pages[start]
    assert calls == sorted(calls) and calls[-1] == (3, 3) and all(t == 3 for _, t in calls)
    assert read_stamps(merged) == [ActaStamp.of(data) for data in batch]
    with pytest.raises(ActaStampError, match="reúne 3 actas"):
        read_stamp(merged)


def test_merged_pdf_keeps_each_actas_page_size(tmp_path):
    [merged] = render_many(_batch(), merge_into_one=True)
    path = tmp_path / "merged.pdf"
    path.write_bytes(merged)
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True,
                          text=True, check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+(\S+ x \S+)", info)
    assert sizes[0] == "595.276 x 841.89" and sizes[-1] == "612 x 792"


def test_nothing_to_render_gives_nothing():
    assert render_many([], merge_into_one=True) == []
    assert render_many([], merge_into_one=False) == []
