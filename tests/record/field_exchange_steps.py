"""The steps of the two-way exchange, as the supervisor and the assistants take them, on real files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ati_desktop.exchange import keys
from ati_desktop.exchange.field_package import FieldScope, write_field_package
from ati_desktop.exchange.package_export import export_package
from ati_desktop.exchange.record import merge_files
from ati_desktop.services.field_exchange import import_field_package
from ati_desktop.services.inputs import VerificationInput
from ati_desktop.services.sessions import save_session

from devices import meeting

MUNICIPALITY = "41298"


class Secretariat:
    """The departmental record with the secretariat's signing key, trusted by every device here."""

    def __init__(self, record, folder: Path) -> None:
        self.record = record
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        public, private = keys.new_signing_pair(self.folder / "claves")
        self.key = keys.read_signing_private(private)
        keys.import_public_key(public)
        self.written = 0

    def merge(self, *paths: Path):
        results = merge_files(self.record, list(paths))
        assert all(r.error is None for r in results), [r.error for r in results]
        return [r.report for r in results]

    def field_package(self, scope: FieldScope | None = None) -> Path:
        self.written += 1
        target = self.folder / f"campo-{self.written}.ati"
        write_field_package(self.record, target, scope or FieldScope(municipalities=(MUNICIPALITY,)),
                            signing_key=self.key)
        return target


def export(device, folder: Path, name: str, full: bool = False) -> Path:
    target = Path(folder) / f"{name}.ati"
    export_package(device, target, full=full)
    return target


def receive(device, path: Path):
    return import_field_package(device, path)


def verify(device, commitment_id: str, result: str = "cumplido", day: date = date(2026, 12, 10)) -> str:
    """A shared verification (VC) session at the school verifying ``commitment_id``."""
    session = meeting(device, session_date=day, operations=["verificacion_compartida"], commitments=[],
                      verifications=[VerificationInput(commitment_id, result)])
    save_session(device, session)
    return session.verifications[0].id
