"""A supervisor's review travels back to the assistant who recorded the session, in a field package."""

from devices import meeting, new_device
from field_exchange_steps import Secretariat, receive
from pg import both_databases

from ati_desktop.exchange.incoming import from_package
from ati_desktop.exchange.merge import merge_package, trusted_keys
from ati_desktop.exchange.package import open_package
from ati_desktop.exchange.package_export import export_package
from ati_desktop.services.reviews import review_of, review_queue, set_review
from ati_desktop.services.sessions import save_session

REMARK = "El acta no registra los compromisos del establecimiento."


@both_databases
def test_a_remark_made_in_the_record_reaches_the_assistant_and_a_correction_answers_it(make_record, tmp_path):
    assistant = new_device(tmp_path, "ana")
    try:
        data = meeting(assistant)
        session = save_session(assistant, data, close=True)
        data.id = session.id
        package = export_package(assistant, tmp_path / "ana-1.ati").path
        record = make_record()
        with open_package(package, trusted_keys=trusted_keys(record)) as opened:
            merge_package(record, from_package(opened))
        assert [e.session_id for e in review_queue(record)] == [session.id]

        decision = set_review(record, session.id, "con_observaciones", REMARK, "Luz Marina Vargas")
        assert review_queue(record) == []
        assert review_of(assistant, session.id).state == "recibida"  # nothing has come back yet

        # It goes back in the secretariat's field package for the municipality.
        back = receive(assistant, Secretariat(record, tmp_path / "secretaria").field_package())
        assert back.report.conflicting == 0

        seen = review_of(assistant, session.id)
        assert (seen.state, seen.comment, seen.reviewer, seen.reviewed_at) == \
            ("con_observaciones", REMARK, "Luz Marina Vargas", decision.reviewed_at)
        assert seen.open_remark and not seen.corrected_since
        assert decision.session_revision_id == session.revision_id

        data.objective = "Revisar el avance del PMI y sus compromisos"
        save_session(assistant, data, correction_reason="Se agregaron los compromisos")
        answered = review_of(assistant, session.id)
        assert answered.corrected_since and not answered.open_remark

        again = export_package(assistant, tmp_path / "ana-2.ati").path  # the correction goes back
        with open_package(again, trusted_keys=trusted_keys(record)) as opened:
            merge_package(record, from_package(opened))
        [waiting] = review_queue(record)
        assert waiting.session_id == session.id and waiting.review.corrected_since
        assert waiting.review.comment == REMARK
    finally:
        assistant.close()
