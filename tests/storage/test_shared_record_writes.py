"""Writes into a PostgreSQL record shared by several supervisors wait for each other, as on a SQLite file."""

import threading

from ati_desktop.storage.database import Database


def test_a_write_waits_while_another_supervisor_writes_into_the_same_record(pg_url):
    first, second = Database.open_url(pg_url), Database.open_url(pg_url)
    entered = threading.Event()

    def other_supervisor():
        with second.write():
            entered.set()

    with first.write():
        thread = threading.Thread(target=other_supervisor)
        thread.start()
        waited = not entered.wait(1.0)  # held back while the first transaction is open
    assert waited
    assert entered.wait(10)  # and let in once it commits
    thread.join(10)
    first.close()
    second.close()
