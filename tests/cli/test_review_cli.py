"""``ati review`` as a real process: the queue, a decision, the list by state."""

import json
from datetime import date

from ati_desktop.services.reviews import review_of
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database
from ati_process import run_ati


ati = run_ati


def test_the_queue_a_decision_and_the_list_by_state_round_trip(db, make_session, tmp_path):
    days = [date(2026, 11, 12), date(2026, 10, 8)]
    ids = [save_session(db, make_session(session_date=day), close=True).id for day in days]
    save_session(db, make_session(session_date=date(2026, 9, 1)))  # open: not listed
    db.close()
    path = str(tmp_path / "ati.sqlite")
    oldest, newest = ids[1], ids[0]

    queue = json.loads(ati("review", "list", "--json", "--db", path).stdout)
    assert [e["session_id"] for e in queue] == [oldest, newest]
    assert {(e["state"], e["state_label"], e["municipality"]) for e in queue} == {("recibida", "Recibida", "Garzón")}
    assert [e["date"] for e in queue] == ["2026-10-08", "2026-11-12"]

    refused = ati("review", "set", oldest, "--estado", "con_observaciones", "--revisor", "Luz Marina Vargas",
                  "--db", path)
    assert refused.returncode == 1 and "comentario" in refused.stderr
    unknown = ati("review", "list", "--municipio", "Atlántida", "--db", path)
    assert unknown.returncode == 2 and "no es un municipio del Huila" in unknown.stderr

    done = ati("review", "set", oldest, "--estado", "con_observaciones", "--comentario", "Falta la firma de la rectora",
               "--revisor", "Luz Marina Vargas", "--db", path)
    assert done.returncode == 0, done.stderr
    assert "Con observaciones" in done.stdout and "Luz Marina Vargas" in done.stdout

    assert [e["session_id"] for e in json.loads(ati("review", "list", "--json", "--db", path).stdout)] == [newest]
    [observed] = json.loads(ati("review", "list", "--estado", "con_observaciones", "--json", "--municipio", "garzon",
                                "--db", path).stdout)
    assert (observed["session_id"], observed["comment"], observed["reviewer"], observed["corrected_since"]) == \
        (oldest, "Falta la firma de la rectora", "Luz Marina Vargas", False)
    assert json.loads(ati("review", "list", "--json", "--desde", "2026-11-01", "--hasta", "2026-11-30",
                          "--db", path).stdout)[0]["session_id"] == newest
    text = ati("review", "list", "--estado", "con_observaciones", "--db", path).stdout
    assert oldest in text and "«Falta la firma de la rectora» (Luz Marina Vargas" in text

    record = Database.open(tmp_path / "ati.sqlite")
    try:
        review = review_of(record, oldest)
        assert (review.state, review.comment, review.open_remark) == \
            ("con_observaciones", "Falta la firma de la rectora", True)
    finally:
        record.close()
