"""One matcher for every picker: accents, capitals and word order do not matter."""

from hypothesis import given
from hypothesis import strategies as st

from ati_desktop.domain.municipalities import find_municipality
from ati_desktop.domain.text import filter_matching, fold, matches


def test_typed_without_accents_finds_the_accented_name():
    assert matches("simon", "Institución Educativa Simón Bolívar")
    assert matches("bolivar simon", "Institución Educativa Simón Bolívar")
    assert matches("IQUIRA", "Íquira") and matches("nunez", "Jesús Ñúñez")
    assert not matches("simona", "Institución Educativa Simón Bolívar")


def test_names_or_codes_find_the_municipality():
    assert find_municipality("garzon").code == "41298"
    assert find_municipality(" Íquira ").name == "Íquira"
    assert find_municipality("41298").name == "Garzón"
    assert find_municipality("pitali").name == "Pitalito"
    assert find_municipality("Macondo") is None and find_municipality("") is None


def test_what_starts_with_the_query_comes_first():
    names = ["Colegio La Garza", "Garzón"]
    assert filter_matching("garz", names, lambda n: [n]) == ["Garzón", "Colegio La Garza"]


@given(st.text())
def test_folding_is_idempotent_and_every_text_matches_itself(text):
    assert fold(fold(text)) == fold(text)
    assert matches(text, text)
