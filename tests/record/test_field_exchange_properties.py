"""Properties of the two-way exchange, for every interleaving of exports and field packages.

Two assistants record, edit and verify; now and then one exports, the secretariat merges
some waiting package, or writes a field package that an assistant imports. Once everything
has been delivered both ways, every side holds the same record; and field packages imported
in any order, any number of times, give the same database.
"""

import copy
import json
import tempfile
from datetime import date
from pathlib import Path

from devices import meeting, new_device
from field_exchange_steps import Secretariat, export, receive
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pg import both_databases
from record_dump import canonical_dump
from sqlalchemy import text

from ati_desktop.domain.errors import AtiError
from ati_desktop.exchange.package_export import NothingToExport
from ati_desktop.services.inputs import VerificationInput
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database

pytestmark = both_databases

DEVICES = ("ana", "beto")
step = st.one_of(
    st.tuples(st.just("new"), st.sampled_from(DEVICES), st.just(0)),
    st.tuples(st.just("edit"), st.sampled_from(DEVICES), st.integers(0, 5)),
    st.tuples(st.just("verify"), st.sampled_from(DEVICES), st.integers(0, 5)),
    st.tuples(st.just("export"), st.sampled_from(DEVICES), st.just(0)),
    st.tuples(st.just("deliver"), st.sampled_from(DEVICES), st.integers(0, 5)),
    st.tuples(st.just("field"), st.sampled_from(DEVICES), st.just(0)),
)
PROPERTY_SETTINGS = settings(max_examples=5, deadline=None, derandomize=True,
                             suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


class Exchange:
    def __init__(self, folder: Path, record) -> None:
        self.folder = folder
        self.secretariat = Secretariat(record, folder / "secretaria")
        self.devices = {name: new_device(folder, name) for name in DEVICES}
        self.sessions = {}
        self.inbox: list[Path] = []
        self.field_packages: list[Path] = []
        self.exports = 0
        self._save("ana", meeting(self.devices["ana"]))

    def _save(self, name, data) -> None:
        save_session(self.devices[name], data)
        self.sessions[data.id] = data

    def _live(self, name) -> list[str]:
        with self.devices[name].engine.connect() as c:
            ids = [r[0] for r in c.execute(text("SELECT id FROM session WHERE deleted_at IS NULL ORDER BY id"))]
        return [i for i in ids if i in self.sessions]

    def export(self, name) -> None:
        self.exports += 1
        try:
            self.inbox.append(export(self.devices[name], self.folder, f"{name}-{self.exports}"))
        except NothingToExport:
            pass

    def field(self, name) -> None:
        path = self.secretariat.field_package()
        self.field_packages.append(path)
        receive(self.devices[name], path)

    def run(self, steps):
        for number, (action, name, index) in enumerate(steps):
            device, live = self.devices[name], self._live(name)
            try:
                if action == "new":
                    self._save(name, meeting(device, objective=f"Nueva {number}"))
                elif action == "edit" and live:
                    data = copy.deepcopy(self.sessions[live[index % len(live)]])
                    data.objective = f"{name} {number}"
                    self._save(name, data)
                elif action == "verify" and live and self.sessions[live[index % len(live)]].commitments:
                    target = self.sessions[live[index % len(live)]].commitments[0].id
                    self._save(name, meeting(device, session_date=date(2026, 12, 1 + number % 20),
                                             operations=["verificacion_compartida"], commitments=[],
                                             verifications=[VerificationInput(target, "cumplido", name)]))
                elif action == "export":
                    self.export(name)
                elif action == "deliver" and self.inbox:
                    self.secretariat.merge(self.inbox.pop(index % len(self.inbox)))
            except AtiError:
                pass  # a step the services refuse: skip it
            if action == "field":
                self.field(name)
        return self

    def settle(self) -> None:
        """Deliver everything both ways: every device exports, the secretariat merges all and answers."""
        for name in DEVICES:
            self.export(name)
        if self.inbox:
            self.secretariat.merge(*self.inbox)
            self.inbox.clear()
        for name in DEVICES:
            self.field(name)

    def close(self) -> None:
        for device in self.devices.values():
            device.close()


def _shared(database) -> dict:
    """What every side must agree on: the log, the current rows, the conflicts."""
    dump = json.loads(canonical_dump(database))
    dump.pop("received")  # who received which package differs by side, by design
    dump.pop("blobs")
    return dump


@PROPERTY_SETTINGS
@given(steps=st.lists(step, max_size=8))
def test_after_delivering_both_ways_every_side_holds_the_same_record(make_record, steps):
    with tempfile.TemporaryDirectory() as folder:
        exchange = Exchange(Path(folder), make_record()).run(steps)
        try:
            exchange.settle()
            expected = _shared(exchange.secretariat.record)
            for name, device in exchange.devices.items():
                assert _shared(device) == expected, name
            assert expected["waiting"] == []
        finally:
            exchange.close()


@PROPERTY_SETTINGS
@given(steps=st.lists(step, max_size=8), order=st.randoms(use_true_random=False),
       repeats=st.lists(st.integers(0, 20), max_size=2))
def test_field_packages_in_any_order_and_any_repetition_give_the_same_database(make_record, steps, order, repeats):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        exchange = Exchange(folder, make_record()).run(steps)
        try:
            exchange.settle()
            packages = exchange.field_packages
            shuffled = list(packages)
            order.shuffle(shuffled)
            shuffled += [packages[i % len(packages)] for i in repeats]
            # New devices with nothing of their own yet: all they hold came in field packages.
            in_order, any_order = (Database.open(folder / f"{name}.sqlite") for name in ("carla", "dario"))
            try:
                for path in packages:
                    receive(in_order, path)
                for path in shuffled:
                    receive(any_order, path)
                assert _shared(any_order) == _shared(in_order)
                assert _shared(in_order)["revisions"] == _shared(exchange.secretariat.record)["revisions"]
            finally:
                in_order.close()
                any_order.close()
        finally:
            exchange.close()
