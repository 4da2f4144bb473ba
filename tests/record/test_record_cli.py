"""The supervisor's commands: ati merge, ati merge-log, ati conflicts, ati acta verify --db URL."""

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from devices import last_seq, meeting, new_device, write_device_package
from pg import both_databases

from ati_desktop.services.sessions import save_session
from ati_process import run_ati



def ati(*args, **options):
    return run_ati(*args, **{"check": True, **options})


@pytest.fixture
def record_url(backend, tmp_path, request):
    if backend == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'departamento.sqlite'}"


@pytest.fixture
def packages(tmp_path):
    """Two devices' packages: ana's full one and an incremental one, beto's full one."""
    ana, beto = new_device(tmp_path, "ana"), new_device(tmp_path, "beto")
    ana_key, beto_key = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    data = meeting(ana)
    save_session(ana, data)
    first = write_device_package(ana, tmp_path / "ana-1.ati", ana_key).path
    mark = last_seq(ana)
    data.objective = "Segunda versión"
    save_session(ana, data)
    second = write_device_package(ana, tmp_path / "ana-2.ati", ana_key, since_seq=mark, sequence=2).path
    save_session(beto, meeting(beto))
    third = write_device_package(beto, tmp_path / "beto-1.ati", beto_key).path
    devices = {"ana": ana, "beto": beto, "ana_key": ana_key}
    yield [first, second, third], devices
    ana.close()
    beto.close()


@both_databases
def test_merge_reports_per_package_and_a_second_run_changes_nothing(record_url, packages):
    files, _ = packages
    first = json.loads(ati("merge", *map(str, files), "--into", record_url, "--json").stdout)
    assert [p["sequence"] for p in first["packages"]] == [1, 2, 1]
    assert first["packages"][0]["new"] > 0 and first["packages"][1]["updated"] == 1
    again = ati("merge", *map(str, files), "--into", record_url)
    assert "Total: 3 paquetes, 0 revisiones nuevas (ningún cambio)." in again.stdout
    second = json.loads(ati("merge", *map(str, files), "--into", record_url, "--json").stdout)
    assert all(p["new"] == p["updated"] == p["conflicting"] == p["revisions_new"] == 0 for p in second["packages"])


@both_databases
def test_dry_run_previews_without_writing(record_url, packages):
    files, _ = packages
    preview = json.loads(ati("merge", str(files[0]), "--into", record_url, "--dry-run", "--json").stdout)
    assert preview["dry_run"] and preview["packages"][0]["new"] > 0
    real = json.loads(ati("merge", str(files[0]), "--into", record_url, "--json").stdout)
    assert real["packages"][0]["new"] == preview["packages"][0]["new"]


def test_merge_log_lists_what_arrived_and_what_is_missing(tmp_path, packages):
    files, _ = packages
    url = f"sqlite:///{tmp_path / 'dep.sqlite'}"
    ati("merge", str(files[1]), str(files[2]), "--into", url)
    log = json.loads(ati("merge-log", "--db", url, "--json").stdout)
    by_label = {d["label"]: d for d in log["devices"]}
    assert by_label["ana"]["received"] == [2] and by_label["ana"]["missing"] == [1]
    assert by_label["beto"]["received"] == [1] and by_label["beto"]["missing"] == []
    text = ati("merge-log", "--db", url).stdout
    assert "ana: recibidos 2; faltan 1" in text


def test_a_package_signed_with_another_key_for_a_known_device_is_refused(tmp_path, packages):
    files, devices = packages
    url = f"sqlite:///{tmp_path / 'dep.sqlite'}"
    ati("merge", str(files[0]), "--into", url)
    forged = write_device_package(devices["ana"], tmp_path / "ana-falso.ati", Ed25519PrivateKey.generate(),
                                  sequence=3).path
    refused = ati("merge", str(forged), str(files[2]), "--into", url, check=False)
    assert refused.returncode == 1
    assert "ana-falso.ati: no se unió" in refused.stderr
    assert "beto-1.ati, paquete n.º 1:" in refused.stdout  # the other package still merged


def test_a_damaged_file_is_refused_with_a_message_and_nothing_written(tmp_path, packages):
    files, _ = packages
    url = f"sqlite:///{tmp_path / 'dep.sqlite'}"
    damaged = tmp_path / "roto.ati"
    damaged.write_bytes(files[0].read_bytes()[:-200])
    result = ati("merge", str(damaged), "--into", url, "--json", check=False)
    assert result.returncode == 1
    assert json.loads(result.stdout)["packages"] == []
    assert json.loads(ati("merge-log", "--db", url, "--json").stdout)["devices"] == []


@both_databases
def test_conflicts_are_listed_and_resolved_from_the_command_line(record_url, tmp_path):
    from ati_desktop.exchange.merge import merge_package
    from devices import package

    ana, beto = new_device(tmp_path, "ana"), new_device(tmp_path, "beto")
    keys = {"ana": Ed25519PrivateKey.generate(), "beto": Ed25519PrivateKey.generate()}
    data = meeting(ana)
    save_session(ana, data)
    merge_package(beto, package(ana))
    data.objective = "Versión de Ana"
    save_session(ana, data)
    data.objective = "Versión de Beto"
    save_session(beto, data)
    files = [write_device_package(d, tmp_path / f"{n}.ati", keys[n]).path for n, d in (("ana", ana), ("beto", beto))]
    ati("merge", *map(str, files), "--into", record_url)
    listed = json.loads(ati("conflicts", "list", "--db", record_url, "--json").stdout)
    [conflict] = [c for c in listed if c["record_type"] == "session"]
    assert conflict["fields"] == ["objective"]
    assert {h["source"]["device_label"] for h in conflict["heads"]} == {"ana", "beto"}
    text = ati("conflicts", "list", "--db", record_url).stdout
    assert conflict["id"][:8] in text and "Versión de Ana" in text
    beto_head = next(h for h in conflict["heads"] if h["body"]["objective"] == "Versión de Beto")
    done = ati("conflicts", "resolve", conflict["id"][:8], "--keep", beto_head["revision_id"][:8],
               "--db", record_url)
    assert "Conflicto resuelto" in done.stdout
    assert all(c["record_type"] != "session" for c in
               json.loads(ati("conflicts", "list", "--db", record_url, "--json").stdout))
    bad = ati("conflicts", "resolve", "ffffffff", "--keep", "00000000", "--db", record_url, check=False)
    assert bad.returncode == 1 and "No hay un conflicto abierto" in bad.stderr
    ana.close()
    beto.close()


@both_databases
def test_an_acta_printed_on_the_laptop_verifies_against_the_departmental_record(record_url, tmp_path):
    from ati_desktop.formspec import load_registry
    from ati_desktop.services import actas

    ana = new_device(tmp_path, "ana")
    saved = save_session(ana, meeting(ana), close=True)
    pdf = tmp_path / "acta.pdf"
    pdf.write_bytes(actas.render_session(ana, load_registry(), saved.id))
    package = write_device_package(ana, tmp_path / "ana.ati", Ed25519PrivateKey.generate()).path
    before = ati("acta", "verify", str(pdf), "--db", record_url, check=False)
    assert before.returncode == 1 and "no está en esta base de datos" in before.stdout
    ati("merge", str(package), "--into", record_url)
    verdict = ati("acta", "verify", str(pdf), "--db", record_url)
    assert "El acta coincide con el registro" in verdict.stdout
    tampered = tmp_path / "alterada.pdf"
    tampered.write_bytes(pdf.read_bytes() + b"\n% modificado\n")
    assert ati("acta", "verify", str(tampered), "--db", record_url, check=False).returncode == 1
    ana.close()


def test_signed_receipts_tell_each_device_what_arrived(tmp_path, packages):
    files, devices = packages
    url = f"sqlite:///{tmp_path / 'dep.sqlite'}"
    ati("merge", str(files[1]), str(files[2]), "--into", url)
    written = ati("receipts", "write", "--db", url, "-o", str(tmp_path / "acuses")).stdout
    assert "2 acuses escritos" in written
    ana_file = devices["ana"].path
    devices["ana"].close()
    [receipt] = [p for p in (tmp_path / "acuses").iterdir() if "-ana-" in p.name]
    shown = ati("receipts", "import", str(receipt), "--db", str(ana_file)).stdout
    assert "recibió los paquetes 2 de este equipo" in shown and "faltan: 1" in shown
    assert json.loads(ati("receipts", "show", "--db", str(ana_file), "--json").stdout)["received"] == [2]
    [other] = [p for p in (tmp_path / "acuses").iterdir() if "-beto-" in p.name]
    refused = ati("receipts", "import", str(other), "--db", str(ana_file), check=False)
    assert refused.returncode == 1 and "es para otro equipo" in refused.stderr
    forged = tmp_path / "falso.json"
    signed = json.loads(receipt.read_text())
    signed["receipt"]["received"] = [1, 2]
    forged.write_text(json.dumps(signed))
    bad = ati("receipts", "import", str(forged), "--db", str(ana_file), check=False)
    assert bad.returncode == 1 and "firma" in bad.stderr
