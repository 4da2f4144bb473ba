"""The supervisor's field-package service: whom it can be for, the signing key, nothing written on error."""

import pytest
from pg import both_databases

from ati_desktop.domain.errors import AtiError
from ati_desktop.exchange import keys
from ati_desktop.exchange.package import open_package
from ati_desktop.services import field_packages
from ati_desktop.services.sessions import save_session


@both_databases
def test_municipalities_with_schools_or_sessions_are_offered_with_their_counts(db, make_session):
    save_session(db, make_session())
    save_session(db, make_session(level="municipal", municipality_code="41001", school_id=None))
    found = {m.name: (m.schools, m.sessions) for m in field_packages.municipalities(db)}
    assert found == {"Garzón": (1, 1), "Neiva": (0, 1)}


def test_the_default_signing_key_and_its_fingerprint(db):
    with pytest.raises(AtiError, match="No se encontró la clave de firma"):
        field_packages.signing_key()
    _public, private = keys.new_signing_pair(keys.keys_dir())
    key = field_packages.signing_key()
    assert key.path == private
    assert key.fingerprint == keys.fingerprint(keys.read_signing_private(private).public_key())


def test_a_package_for_no_one_or_without_a_key_writes_nothing(db, make_session, tmp_path):
    save_session(db, make_session())
    with pytest.raises(field_packages.NoRecipient):
        field_packages.write_for_field(db, tmp_path / "x.ati")
    with pytest.raises(AtiError, match="No se encontró la clave de firma"):
        field_packages.write_for_field(db, tmp_path / "x.ati", municipality_codes=["41298"])
    with pytest.raises(AtiError, match="no existe"):
        field_packages.write_for_field(db, tmp_path / "nada" / "x.ati", municipality_codes=["41298"])
    assert list(tmp_path.rglob("*.ati*")) == []


@both_databases
def test_a_written_package_says_what_it_holds(db, make_session, tmp_path):
    session = save_session(db, make_session())
    _public, private = keys.new_signing_pair(tmp_path / "claves")
    written = field_packages.write_for_field(db, tmp_path / "garzon", municipality_codes=["41298"],
                                             signing_key_path=private)
    assert written.path == tmp_path / "garzon.ati" and written.size == written.path.stat().st_size
    assert (written.sequence, written.schools, written.sessions, written.encrypted) == (1, 1, 1, False)
    assert written.fingerprint == keys.fingerprint(keys.read_signing_private(private).public_key())
    with open_package(written.path) as opened:
        assert opened.manifest.kind == "campo" and opened.manifest.scope.municipalities == ["41298"]
        assert [r.record_id for r in opened.revisions["session"]] == [session.id]
