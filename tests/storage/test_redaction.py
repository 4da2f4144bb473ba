"""Redacting one person inside record bodies, by ids and salted digests only."""

from hypothesis import given
from hypothesis import strategies as st

from ati_desktop.storage.redaction import PLACEHOLDER_SHA256, REDACTED, SUPPRESSED_KEY, Target, redact_body, redact_text

NAME = "Gloria Inés Cuéllar Peña"


def target(**extra):
    return Target.of("sal", "2026-12-01", extra.get("ids", ["p1"]), ["1.075.234.567"], [NAME],
                     extra.get("evidence", ["e1"]))


def test_the_target_keeps_no_readable_trace_of_the_person():
    t = target()
    kept = repr(t)
    assert "Gloria" not in kept and "1075234567" not in kept and "gloria" not in kept


def test_the_full_name_is_replaced_whatever_its_accents_and_case_and_the_cedula_too():
    text = "La docente GLORIA INES CUELLAR PENA (C.C. 1.075.234.567) expuso; Gloria Cuéllar no."
    assert redact_text(text, target()) == (f"La docente {REDACTED} (C.C. {REDACTED}) expuso; "
                                           "Gloria Cuéllar no.")


def test_a_participant_found_by_cedula_joins_the_target_so_its_signature_goes_too():
    t = target(ids=[])
    body = {"full_name": "G. Cuéllar", "id_document": "1075234567", "email": "g@x.co", "phone": "1",
            "role": "Docente", "school_id": "s1"}
    redacted = redact_body("participant", "p9", body, t)
    assert redacted == {**body, "full_name": REDACTED, "id_document": None, "email": None, "phone": None}
    signed = {"participant_id": "p9", "signature_sha256": "ab" * 32, "present": True}
    assert redact_body("attendance", "a1", signed, t)["signature_sha256"] is None
    assert "ab" * 32 in t.released_blobs


def test_evidence_points_to_the_placeholder_and_acta_content_is_marked_with_the_date():
    t = target()
    evidence = redact_body("evidence", "e1", {"sha256": "cd" * 32, "file_name": "f.jpg", "caption": "x",
                                              "media_type": "image/jpeg", "kind": "foto"}, t)
    assert evidence["sha256"] == PLACEHOLDER_SHA256 and evidence["kind"] == "foto"
    acta = {"content": {"snapshot": {"attendance": [{"participant_id": "p1", "full_name": NAME,
                                                     "id_document": "1075234567", "signature_sha256": None}],
                                     "conclusions": f"{NAME} compartió su experiencia."}}}
    redacted = redact_body("acta", "r1", acta, t)
    snapshot = redacted["content"]["snapshot"]
    assert snapshot["attendance"][0]["full_name"] == REDACTED and NAME not in str(redacted)
    assert redacted["content"][SUPPRESSED_KEY] == ["2026-12-01"]
    assert redact_body("acta", "r1", redacted, t) == redacted


def test_other_records_are_left_as_they_were():
    t = target()
    body = {"full_name": "Jorge Cabrera", "id_document": "12345678", "email": None, "phone": None}
    assert redact_body("participant", "p2", body, t) is body


@given(st.text())
def test_redaction_is_idempotent_and_leaves_text_without_the_name_alone(text):
    t = target()
    once = redact_text(text, t)
    assert redact_text(once, t) == once
    if "gloria" not in text.casefold() and not any(c.isdigit() for c in text):
        assert once == text
