"""Properties of merging that must hold for every history, on SQLite and PostgreSQL.

Two assistants' devices edit, delete and verify sessions, sometimes receive each other's
work, and export packages (incremental: what is new since their last one). Whatever order
the packages are merged in, and however often, the record comes out the same.
"""

import copy
import tempfile
from datetime import date
from pathlib import Path

from devices import last_seq, meeting, new_device, package
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pg import both_databases
from record_dump import canonical_dump
from sqlalchemy import text

from ati_desktop.domain.errors import AtiError
from ati_desktop.exchange.merge import merge_package
from ati_desktop.services.inputs import VerificationInput
from ati_desktop.services.sessions import delete_session, save_session

pytestmark = both_databases

DEVICES = ("ana", "beto")
step = st.one_of(
    st.tuples(st.just("new"), st.sampled_from(DEVICES), st.just(0)),
    st.tuples(st.just("edit"), st.sampled_from(DEVICES), st.integers(0, 5)),
    st.tuples(st.just("delete"), st.sampled_from(DEVICES), st.integers(0, 5)),
    st.tuples(st.just("verify"), st.sampled_from(DEVICES), st.integers(0, 5)),
    st.tuples(st.just("sync"), st.sampled_from(DEVICES), st.just(0)),
    st.tuples(st.just("export"), st.sampled_from(DEVICES), st.just(0)),
)
PROPERTY_SETTINGS = settings(max_examples=8, deadline=None, derandomize=True,
                             suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                    HealthCheck.too_slow])


class History:
    """Devices and the packages they exported, built from a list of steps."""

    def __init__(self, folder: Path) -> None:
        self.devices = {name: new_device(folder, name) for name in DEVICES}
        self.sessions = {}  # session id → its input, as last saved anywhere
        self.exported = {name: 0 for name in DEVICES}
        self.packages = []
        first = meeting(self.devices["ana"])
        self._save("ana", first)
        merge_package(self.devices["beto"], package(self.devices["ana"]))

    def _save(self, name, data):
        save_session(self.devices[name], data)
        self.sessions[data.id] = data

    def _live(self, name):
        with self.devices[name].engine.connect() as c:
            ids = [r[0] for r in c.execute(text(
                "SELECT id FROM session WHERE deleted_at IS NULL ORDER BY id"))]
        return [i for i in ids if i in self.sessions]

    def run(self, steps):
        for number, (action, name, index) in enumerate(steps):
            device = self.devices[name]
            live = self._live(name)
            try:
                if action == "new":
                    self._save(name, meeting(device, objective=f"Nueva {number}"))
                elif action == "edit" and live:
                    data = copy.deepcopy(self.sessions[live[index % len(live)]])
                    data.objective = f"{name} {number}"
                    self._save(name, data)
                elif action == "delete" and live:
                    delete_session(device, live[index % len(live)])
                elif action == "verify" and live:
                    target = self.sessions[live[index % len(live)]]
                    if target.commitments:
                        self._save(name, meeting(device, session_date=date(2026, 12, 1 + number % 20),
                                                 operations=["verificacion_compartida"], commitments=[],
                                                 attendance=[], verifications=[VerificationInput(
                                                     target.commitments[0].id, "cumplido", name)]))
                elif action == "sync":
                    other = next(d for d in DEVICES if d != name)
                    merge_package(device, package(self.devices[other]))
                elif action == "export":
                    self.export(name)
            except AtiError:
                pass  # a step the services refuse (e.g. verifying a deleted commitment): skip it
        for name in DEVICES:
            self.export(name)
        return self

    def export(self, name):
        device = self.devices[name]
        sequence = sum(1 for p in self.packages if p.source.device_id == device.device_id) + 1
        self.packages.append(package(device, since_seq=self.exported[name], sequence=sequence))
        self.exported[name] = last_seq(device)

    def close(self):
        for device in self.devices.values():
            device.close()


def _merged(record, packages):
    return [merge_package(record, p) for p in packages]


def _revision_ids(record):
    with record.engine.connect() as c:
        return {r[0] for r in c.execute(text("SELECT id FROM revision"))}


@PROPERTY_SETTINGS
@given(steps=st.lists(step, max_size=8), order=st.randoms(use_true_random=False),
       repeats=st.lists(st.integers(0, 20), max_size=3))
def test_any_order_and_any_repetition_give_the_same_record(make_record, steps, order, repeats):
    with tempfile.TemporaryDirectory() as folder:
        history = History(Path(folder)).run(steps)
        try:
            packages = history.packages
            shuffled = list(packages)
            order.shuffle(shuffled)
            shuffled += [packages[i % len(packages)] for i in repeats]
            in_order, any_order = make_record(), make_record()
            _merged(in_order, packages)
            _merged(any_order, shuffled)
            expected = canonical_dump(in_order)
            assert canonical_dump(any_order) == expected
            # Merging again (twice = once): nothing new, the same record.
            again = _merged(any_order, packages)
            assert all(r.revisions_new == 0 and r.new == r.updated == r.conflicting == 0 for r in again)
            assert canonical_dump(any_order) == expected
            # No revision of any package is lost, and nothing waits once every package is in.
            sent = {r.id for p in packages for r in p.all_revisions()}
            assert sent <= _revision_ids(in_order)
            assert '"waiting": []' in expected
        finally:
            history.close()
