"""Issued actas are frozen: editions on close and correction, verified against what they printed."""

from ati_desktop import actas as acta_package
from ati_desktop.formspec import load_registry
from ati_desktop.services import actas, settings
from ati_desktop.services.schools import import_catalogue
from ati_desktop.services.sessions import close_session, revisions, save_session
from pg import both_databases

FORMS = load_registry()
pytestmark = both_databases


def test_renaming_the_school_and_changing_the_header_leave_a_closed_acta_verifying(db, make_session, tmp_path):
    saved = save_session(db, make_session(), close=True)
    pdf = actas.render_session(db, FORMS, saved.id)
    catalogue = tmp_path / "catalogo.csv"
    catalogue.write_text("dane_code,name,municipality_code\n241298000123,IE Libertador Simón Bolívar,41298\n",
                         encoding="utf-8")
    import_catalogue(db, catalogue)
    settings.save_institution(db, settings.Institution(document_code="PAM-F-099", entity="OTRA ENTIDAD"))
    verdict = actas.verify_pdf(db, FORMS, pdf)
    assert verdict.matches, verdict.message
    assert actas.render_session(db, FORMS, saved.id) == pdf  # it prints as it was issued


def test_a_first_close_is_the_original_edition_and_each_correction_the_next(db, make_session):
    data = make_session()
    save_session(db, data)
    close_session(db, data.id)
    first = actas.render_session(db, FORMS, data.id)
    data.objective = "Objetivo corregido"
    save_session(db, data, correction_reason="El objetivo estaba incompleto")
    [original] = revisions(db, data.id)
    assert original.edition == 1 and original.snapshot["objective"] != "Objetivo corregido"
    old = actas.verify_pdf(db, FORMS, first)
    assert not old.matches and "reemplazada por la revisión 3" in old.message
    assert actas.verify_pdf(db, FORMS, actas.render_session(db, FORMS, data.id)).matches


def test_an_acta_of_an_older_renderer_verifies_by_its_stamp(db, make_session, monkeypatch):
    saved = save_session(db, make_session(), close=True)
    pdf = actas.render_session(db, FORMS, saved.id)
    tampered = pdf.replace(b"/Producer", b"/Producor", 1)
    monkeypatch.setattr(actas, "RENDERER_VERSION", acta_package.RENDERER_VERSION + 1)
    # A newer renderer would not print the same bytes: the frozen record and the stamp decide.
    assert actas.verify_pdf(db, FORMS, tampered).matches
    monkeypatch.undo()
    verdict = actas.verify_pdf(db, FORMS, tampered)
    assert not verdict.matches and "modificado" in verdict.message


def test_an_open_sessions_draft_acta_follows_the_record(db, make_session):
    data = make_session()
    save_session(db, data)
    draft = actas.render_session(db, FORMS, data.id)
    assert actas.verify_pdf(db, FORMS, draft).matches
    data.objective = "Otro objetivo"
    save_session(db, data)
    assert not actas.verify_pdf(db, FORMS, draft).matches


def test_saving_a_corrected_session_again_unchanged_issues_no_new_edition(db, make_session):
    data = make_session()
    save_session(db, data, close=True)
    data.objective = "Objetivo corregido"
    save_session(db, data, correction_reason="El objetivo estaba incompleto")
    again = save_session(db, data, correction_reason="El objetivo estaba incompleto")
    assert again.revision == 2 and len(revisions(db, data.id)) == 1
