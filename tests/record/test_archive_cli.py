"""``ati archive`` as a user runs it, and a process killed while it frees the space."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from archive_steps import TODAY, confirm, held, old_session
from ati_process import run_ati

from ati_desktop.services import archive
from ati_desktop.storage.database import Database


def test_preview_run_list_and_restore(ana, record, tmp_path):
    old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    path = str(ana.path)
    ana.close()

    shown = run_ati("archive", "preview", "--db", path, check=True).stdout
    assert "Se archivarían las fotos y firmas de 1 sesiones cerradas antes del" in shown
    done = run_ati("archive", "run", "--db", path, "-o", tmp_path / "viejo.sqlite", check=True).stdout
    assert "Archivadas las fotos y firmas de 1 sesiones" in done and "MB liberados" in done
    assert "viejo.sqlite: 1 sesiones, 2 fotos y firmas" in run_ati("archive", "list", "--db", path, check=True).stdout
    assert "No hay fotos ni firmas" in run_ati("archive", "preview", "--db", path, check=True).stdout
    refused = run_ati("archive", "run", "--db", path)
    assert refused.returncode == 1 and "No hay datos antiguos confirmados" in refused.stderr
    assert "2 fotos y firmas devueltas" in run_ati("archive", "restore", tmp_path / "viejo.sqlite", "--db", path,
                                                 check=True).stdout


def test_a_process_killed_while_freeing_the_space_loses_nothing(ana, record, tmp_path):
    old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    work = archive.plan(ana, today=TODAY)
    written = archive.write_archive(ana, work, tmp_path / "archivo.sqlite")
    path = ana.path
    ana.close()
    script = textwrap.dedent(f"""
        import os
        from datetime import date
        from ati_desktop.services import archive
        from ati_desktop.storage.database import Database

        db = Database.open({str(path)!r})
        work = archive.plan(db, today=date(2026, 12, 1))
        def die(tx, entry):
            tx.flush()
            os._exit(9)  # killed with the bytes emptied in the open transaction
        archive._note_archive = die
        archive.free(db, {str(written)!r}, work)
    """)
    assert subprocess.run([sys.executable, "-c", script], timeout=120).returncode == 9

    again = Database.open(path)
    try:
        assert all(held(again, sha) == size for sha, size in work.blobs.items())
        assert archive.archives(again) == []
        assert archive.free(again, written, work) == work.size
    finally:
        again.close()
