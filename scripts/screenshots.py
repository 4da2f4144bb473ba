"""Generate the README screenshots from demo data.

    python scripts/screenshots.py                # offscreen, or the X display if one is set
    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots.py

Writes docs/screenshots/first_run.png, main_window.png, new_session.png, verification.png,
tablero.png, tablero_mapa.png, revision.png and paquete_campo.png, at the 1366×768 size of the
field laptops (``--size 1280x720`` to check a smaller screen), from a throwaway database and
data directory (``--only tablero`` for the Tablero's two, ``--only review`` for the review
queue, ``--only field`` for the field package dialog).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)  # the field laptops; --size changes it
DEMO_SESSIONS = 1500
DEMO_DAY = date(2026, 11, 20)


def settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(app, widget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def first_run_shot(app, db, forms, out: Path) -> None:
    """The desktop of a new assistant: an empty database offers the first steps."""
    from ati_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.attach(db, forms)
    shoot(app, window, out / "first_run.png")
    window.close()


def main_window_shot(app, db, forms, out: Path):
    from ati_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.attach(db, forms)
    row = next((r for r in range(window.model.rowCount())
                if window.model.row_at(r).school and _has_overdue(window, r)), 0)
    window.view.selectRow(row)
    shoot(app, window, out / "main_window.png")
    return window


def _has_overdue(window, row: int) -> bool:
    window.view.selectRow(row)
    return bool(window.commitments.overdue())


def editor_shots(app, db, forms, window, out: Path) -> None:
    try:
        from ati_desktop.ui.editor import SessionEditor
    except ImportError:
        print("the session editor is not in this tree: new_session.png and verification.png skipped")
        return
    editor = SessionEditor(db, forms, parent=window)
    editor.resize(*SIZE)
    editor.show()
    shoot(app, editor, out / "new_session.png")
    editor.close()
    vc = _find_session(window, "verificacion_compartida")
    if vc is None:
        print("no shared-verification session in the demo data: verification.png skipped")
        return
    editor = SessionEditor(db, forms, session_id=vc, parent=window)
    editor.resize(*SIZE)
    editor.show()
    editor.frame.show_page("verification")
    shoot(app, editor, out / "verification.png")
    editor.close()


def _find_session(window, operation: str) -> str | None:
    window.filters.operation.setCurrentIndex(window.filters.operation.findData(operation))
    found = window.model.session_id(0) if window.model.rowCount() else None
    window.filters.clear()
    return found


def desk_shots(app, db, window, out: Path) -> None:
    """The Tablero of the last twelve months, then filtered by a municipality on the coverage map."""
    from ati_desktop.ui.desk import DeskWindow

    desk = DeskWindow(db, window, today=DEMO_DAY)
    desk.resize(*SIZE)
    desk.show()
    shoot(app, desk, out / "tablero.png")
    desk.map_mode.setCurrentIndex(desk.map_mode.findData("coverage"))
    desk.municipality.setCurrentIndex(desk.municipality.findData("41298"))  # Garzón
    desk.tiles[6].click()  # its overdue commitments below
    shoot(app, desk, out / "tablero_mapa.png")
    desk.close()


def review_decisions(db, forms) -> None:
    """Some decisions on the demo's closed sessions: approvals, remarks, one answered by a correction."""
    from datetime import UTC, datetime

    from ati_desktop.services import editing
    from ati_desktop.services.reviews import review_queue, set_review

    when = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day - 2, 15, tzinfo=UTC)
    waiting = review_queue(db)
    for entry in waiting[:6:2]:
        set_review(db, entry.session_id, "aprobada", None, "Luz Marina Vargas", now=when)
    corrected, rejected = waiting[1], waiting[3]
    set_review(db, corrected.session_id, "con_observaciones",
               "Falta la firma de la rectora y la lista de asistencia escaneada.", "Luz Marina Vargas", now=when)
    set_review(db, rejected.session_id, "rechazada", "La sesión no corresponde al establecimiento visitado.",
               "Luz Marina Vargas", now=when)
    payload = editing.open_session(db, corrected.session_id)
    payload["new_correction_reason"] = "Se adjuntó la lista de asistencia firmada"
    editing.save(db, payload, None, forms=forms)


def review_shot(app, db, forms, window, out: Path) -> None:
    """The review queue, oldest first, with a session corrected after remarks selected."""
    from ati_desktop.ui.review import ReviewWindow

    review_decisions(db, forms)
    queue = ReviewWindow(db, window, today=DEMO_DAY)
    queue.resize(*SIZE)
    queue.show()
    settle(app)
    corrected = next((row for row, e in enumerate(queue.entries) if e.review.corrected_since), 0)
    queue.table.selectRow(corrected)
    shoot(app, queue, out / "revision.png")
    queue.close()


def field_package_shot(app, record: Path, out: Path, scratch: Path) -> None:
    """The record window's «Paquete para el campo» dialog after writing a package for an assistant
    and two municipalities (the demo database stands in for the departmental record)."""
    from ati_desktop.exchange import keys
    from ati_desktop.ui.record.field_package_dialog import FieldPackageDialog
    from ati_desktop.ui.record.window import RecordWindow

    keys.new_signing_pair(keys.keys_dir())
    window = RecordWindow()
    window.resize(*SIZE)
    window.show()
    window.open_target(str(record))
    dialog = FieldPackageDialog(window.record, window)
    dialog.show()
    settle(app)
    dialog.assistant.setCurrentIndex(1)
    for code in ("41298", "41306"):  # Garzón, Gigante
        dialog.check_municipality(code)
    dialog.target_edit.setText(str(scratch / "campo-20261120.ati"))
    dialog.write_button.click()
    shoot(app, dialog, out / "paquete_campo.png")
    dialog.close()
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--only", choices=("tablero", "review", "field"),
                        help="only the Tablero's, the review's or the field package's pictures")
    args = parser.parse_args()
    global SIZE
    SIZE = tuple(int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="ati-screens-"))
    os.environ["ATI_DATA_DIR"] = str(scratch / "data")

    from PySide6.QtWidgets import QApplication

    from ati_desktop.app import load_forms
    from ati_desktop.services.demo import generate_demo
    from ati_desktop.storage.database import Database
    from ati_desktop.ui import i18n, tasks
    from ati_desktop.ui.main_window import app_icon

    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    i18n.install("es_CO")
    tasks.set_synchronous(True)  # every list and panel is filled before its picture is taken
    empty = Database.open(scratch / "empty.sqlite")
    first_run_shot(app, empty, load_forms(empty), args.out)
    empty.close()
    db = Database.open(scratch / "demo.sqlite")
    generate_demo(db, DEMO_SESSIONS, today=DEMO_DAY)
    forms = load_forms(db)
    if args.only == "tablero":
        desk_shots(app, db, None, args.out)
    elif args.only == "review":
        review_shot(app, db, forms, None, args.out)
    elif args.only != "field":
        window = main_window_shot(app, db, forms, args.out)
        editor_shots(app, db, forms, window, args.out)
        desk_shots(app, db, window, args.out)
        review_shot(app, db, forms, window, args.out)
        window.close()
    db.close()
    if args.only in (None, "field"):
        field_package_shot(app, db.path, args.out, scratch)


if __name__ == "__main__":
    main()
