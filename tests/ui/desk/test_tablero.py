"""The Tablero on the known record: figures, a bar and a municipality clicked, a row opened."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt

from report_record import PERIOD, VISITS, build

TODAY = PERIOD[1]


@pytest.fixture
def desk(qtbot, db, tmp_path):
    from ati_desktop.ui import tasks
    from ati_desktop.ui.desk import DeskWindow

    built = build(db, tmp_path)
    tasks.set_synchronous(True)
    window = DeskWindow(db, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    yield window, built
    tasks.set_synchronous(False)


def _in_window(start: date, **only):
    return [v for v in VISITS if not v.deleted and start <= v.day <= TODAY
            and all(getattr(v, k) == value for k, value in only.items())]


def _inside(path) -> QPointF:
    """A point inside a polygon (its bounding box's centre may fall outside)."""
    box = path.boundingRect()
    points = (QPointF(box.x() + box.width() * i / 20, box.y() + box.height() * j / 20)
              for i in range(1, 20) for j in range(1, 20))
    return next(p for p in points if path.contains(p))


def test_figures_of_the_period(desk):
    window, _built = desk
    start = window.report_filter().date_from
    assert start == date(2025, 12, 1)
    assert window.tiles[0].value.text() == str(len(_in_window(start)))
    hours = sum(v.minutes for v in _in_window(start)) / 60
    assert window.tiles[1].value.text() == f"{hours:.1f}".replace(".", ",")
    assert window.drill_list.model.rowCount() == len(_in_window(start))


def test_a_bar_lists_the_sessions_behind_it(desk, qtbot):
    window, built = desk
    months = window.dashboard.charts[0][0]
    october = months.keys.index("2026-10")
    view = window.charts[0]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.point_of(october).toPoint())
    expected = [v for v in _in_window(PERIOD[0]) if v.day.month == 10]
    model = window.drill_list.model
    assert model.rowCount() == len(expected)
    assert {model.session_id(r) for r in range(model.rowCount())} == {built.sessions[v.key] for v in expected}
    assert "2026-10" in window.drill_list.heading.text()


def test_clicking_a_municipality_filters_the_tablero(desk, qtbot):
    window, _built = desk
    inside = _inside(window.map.items_by_code["41298"].path())
    qtbot.mouseClick(window.map.viewport(), Qt.MouseButton.LeftButton, pos=window.map.mapFromScene(inside))
    assert window.municipality.currentData() == "41298"
    start = window.report_filter().date_from
    assert window.tiles[0].value.text() == str(len(_in_window(start, municipality="41298")))
    assert window.map.selected == "41298"
    # The map still shades the rest of the department around the municipality chosen.
    assert window.map.share(window.dashboard.shades["41396"]) > 0
    assert window.drill_list.model.rowCount() == len(_in_window(start, municipality="41298"))
    window.whole.click()
    assert window.municipality.currentData() is None
    assert window.tiles[0].value.text() == str(len(_in_window(start)))


def test_overdue_tile_and_opening_a_session(desk, qtbot):
    window, built = desk
    window.tiles[6].click()
    model = window.drill_list.model
    assert model.rowCount() == 3
    assert window.drill_list.heading.text().startswith("Compromisos vencidos")
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Días de vencido"
    assert [model.data(model.index(r, 7)) for r in range(3)] == ["20", "10", "5"]
    with qtbot.waitSignal(window.openSessionRequested) as opened:
        window.drill_list.view.activated.emit(model.index(0, 0))
    assert opened.args == [built.sessions["s3"]]


def test_certified_municipalities_are_marked(desk):
    window, _built = desk
    for code in ("41001", "41551"):
        assert window.map.items_by_code[code].brush().style() == Qt.BrushStyle.BDiagPattern
        assert "certificado" in window.map.items_by_code[code].toolTip()
    assert window.map.items_by_code["41298"].brush().style() == Qt.BrushStyle.SolidPattern
    assert len(window.map.items_by_code) == 37


def test_the_main_window_opens_the_tablero(qtbot, db, tmp_path):
    from ati_desktop.ui import tasks
    from ati_desktop.ui.desk import DeskWindow
    from ati_desktop.ui.main_window import MainWindow

    built = build(db, tmp_path)
    tasks.set_synchronous(True)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.attach(db)
        assert window.desk_action.isEnabled()
        desk = window.show_desk()
        assert isinstance(desk, DeskWindow) and desk.isVisible()
        opened = []
        window.open_session = lambda session_id=None: opened.append(session_id)
        desk.openSessionRequested.disconnect()
        desk.openSessionRequested.connect(window.open_session)
        desk.openSessionRequested.emit(built.sessions["s2"])
        assert opened == [built.sessions["s2"]]
        desk.close()
    finally:
        tasks.set_synchronous(False)
