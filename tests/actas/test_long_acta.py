"""An enormous acta flows over many pages and loses nothing on the way."""

from __future__ import annotations

import re

import pytest
from acta_samples import enormous, pdfinfo, pdftotext
from hypothesis import given
from hypothesis import strategies as st

from ati_desktop.actas.blocks import CHUNK_CHARS, chunks
from ati_desktop.actas.render import render_acta


@pytest.fixture(scope="module")
def long_acta(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("long")
    pdf = render_acta(enormous())
    return pdf, pdftotext(pdf, tmp), pdfinfo(pdf, tmp)


def test_pages_are_numbered_one_to_n_of_the_real_page_count(long_acta):
    _, pages, info = long_acta
    total = int(info["Pages"])
    assert total == len(pages) >= 15
    for number, page in enumerate(pages, 1):
        assert f"Página {number} de {total}" in page
        assert page.count("Página ") == 1


def test_every_commitment_is_printed_once_under_a_repeated_header(long_acta):
    _, pages, _ = long_acta
    found = []
    for page in pages:
        here = re.findall(r"\bC(\d{3}) Revisar", page)
        if here:
            assert "Fecha límite" in page and "5. COMPROMISOS" in page
        found += here
    assert found == [f"{i:03d}" for i in range(1, 61)]


def test_long_answers_keep_every_word_in_order(long_acta):
    _, pages, _ = long_acta
    text = "\n".join(pages)
    assert re.findall(r"palabra(\d{4})", text) == [f"{i:04d}" for i in range(3000)]
    assert re.findall(r"celda(\d{4})", text) == [f"{i:04d}" for i in range(600)]
    assert re.findall(r"conclusión(\d{4})", text) == [f"{i:04d}" for i in range(1500)]
    assert sum(len(run) for run in re.findall(r"x{20,}", text)) == 3000


def test_a_checklist_running_over_pages_repeats_its_column_header(long_acta):
    _, pages, _ = long_acta
    checklist_pages = [p for p in pages if re.search(r"Criterio \d+ ", p)]
    assert len(checklist_pages) >= 2
    for page in checklist_pages:
        assert "Observación" in page and "3.2 Lista de chequeo" in page


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=5000))
def test_chunks_keep_all_words_and_stay_short(text):
    pieces = chunks(text)
    assert all(len(piece) <= CHUNK_CHARS for piece, _ in pieces)
    assert " ".join(piece for piece, _ in pieces).split() == text.split()
