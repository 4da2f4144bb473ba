"""The signature pad: strokes from mouse, pen and touch; a cropped black-on-white PNG."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ati_desktop.ui.widgets.signature_pad import SignaturePad


@pytest.fixture
def pad(qtbot):
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(500, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def mouse(widget, kind, x, y, button, buttons):
    position = QPointF(x, y)
    event = QMouseEvent(
        kind, position, widget.mapToGlobal(position), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def draw_with_mouse(canvas, points):
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mouse(canvas, QEvent.Type.MouseButtonPress, *points[0], left, left)
    for x, y in points[1:]:
        mouse(canvas, QEvent.Type.MouseMove, x, y, none, left)
    mouse(canvas, QEvent.Type.MouseButtonRelease, *points[-1], left, none)


def decode(png: bytes) -> QImage:
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return image


def lightness(image: QImage) -> list[int]:
    return [
        QColor(image.pixel(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
    ]


def has_ink(image: QImage) -> bool:
    return min(lightness(image)) < 60


def test_starts_empty_and_refuses_an_empty_image(pad):
    assert pad.is_empty()
    with pytest.raises(ValueError):
        pad.to_png_bytes()


def test_mouse_strokes_make_a_cropped_png(qtbot, pad):
    with qtbot.waitSignal(pad.signed, timeout=1000):
        draw_with_mouse(pad.canvas, [(100, 50), (160, 120), (220, 60), (300, 110)])
    assert not pad.is_empty()
    png = pad.to_png_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = decode(png)
    # Cropped to the ink (200×70 here) plus a margin, not the whole 500×200 pad.
    assert 200 <= image.width() <= 240 and 70 <= image.height() <= 110
    values = lightness(image)
    assert min(values) == 0 and max(values) == 255  # black ink on white
    assert QColor(image.pixel(0, 0)).name() == "#ffffff"
    assert image.format() == QImage.Format.Format_Grayscale8  # one channel: ink on paper


def test_large_signatures_are_scaled_to_fit(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(1400, 600)
    pad.show()
    draw_with_mouse(pad.canvas, [(10, 10), (1300, 500)])
    image = decode(pad.to_png_bytes())
    assert image.width() <= 600 and image.height() <= 220


def test_a_single_tap_is_a_dot(pad):
    draw_with_mouse(pad.canvas, [(120, 80)])
    assert has_ink(decode(pad.to_png_bytes()))


def test_clear_button_empties_the_pad(qtbot, pad):
    draw_with_mouse(pad.canvas, [(10, 10), (50, 50)])
    with qtbot.waitSignal(pad.cleared, timeout=1000):
        qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty()
    assert pad.clear_button.text() == "Borrar"


def test_pen_strokes(qtbot, pad):
    device = QPointingDevice.primaryPointingDevice()

    def tablet(kind, x, y, pressure):
        position = QPointF(x, y)
        event = QTabletEvent(
            kind, device, position, pad.canvas.mapToGlobal(position), pressure,
            0.0, 0.0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(pad.canvas, event)

    with qtbot.waitSignal(pad.signed, timeout=1000):
        tablet(QEvent.Type.TabletPress, 40, 40, 0.2)
        tablet(QEvent.Type.TabletMove, 120, 90, 0.9)
        tablet(QEvent.Type.TabletRelease, 120, 90, 0.0)
    assert [len(stroke) for stroke in pad.canvas.strokes] == [2]
    assert pad.canvas.strokes[0][1][1] == pytest.approx(0.9)


def test_touch_strokes(qtbot, pad):
    device = QTest.createTouchDevice()
    with qtbot.waitSignal(pad.signed, timeout=1000):
        QTest.touchEvent(pad.canvas, device).press(0, QPoint(30, 30)).commit()
        QTest.touchEvent(pad.canvas, device).move(0, QPoint(90, 60)).commit()
        QTest.touchEvent(pad.canvas, device).release(0, QPoint(90, 60)).commit()
    assert not pad.is_empty()
    image = decode(pad.to_png_bytes())
    assert image.width() >= 60 and has_ink(image)
