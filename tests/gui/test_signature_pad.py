"""The signature pad: what a signer sees while signing, and the PNG that goes into the agreement's PDF."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QInputDevice,
    QMouseEvent,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tandem_desktop.gui.agreement.signature_pad import SignaturePad
from tandem_desktop.gui.shell.language import Translators

from .conftest import fake_translation

SCALE = 3.0

# ---------------------------------------------------------------------------------------------------
# Helpers: a pad on screen, and a hand that signs on it.


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    """A pad at its preferred size, shown: touch events only reach a widget in a window."""
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def changes(pad: SignaturePad) -> list[None]:
    """A list that grows by one each time the pad says it changed."""
    seen: list[None] = []
    pad.changed.connect(lambda: seen.append(None))
    return seen


def mouse(pad: SignaturePad, kind: QEvent.Type, at: tuple[float, float], held: bool) -> None:
    """A real mouse event with its buttons: QTest.mouseMove would move without the button down."""
    position = QPointF(*at)
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, position, pad.mapToGlobal(position), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(pad, event)


def drag(pad: SignaturePad, points: Iterable[tuple[float, float]]) -> None:
    """Press on the first point, move through the others with the button held, release on the last."""
    path = list(points)
    mouse(pad, QEvent.Type.MouseButtonPress, path[0], held=True)
    for point in path[1:]:
        mouse(pad, QEvent.Type.MouseMove, point, held=True)
    mouse(pad, QEvent.Type.MouseButtonRelease, path[-1], held=False)


def line(start: tuple[float, float], end: tuple[float, float], steps: int = 20) -> list[tuple[float, float]]:
    (x0, y0), (x1, y1) = start, end
    return [(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps) for i in range(steps + 1)]


def decoded(png: bytes | None) -> QImage:
    assert png is not None
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def ink(image: QImage) -> int:
    """How many pixels are dark ink: nearly opaque and nearly black."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200 and colour.lightness() < 80:
                count += 1
    return count


def corners_are_transparent(image: QImage) -> bool:
    last_x, last_y = image.width() - 1, image.height() - 1
    return all(
        image.pixelColor(x, y).alpha() == 0 for x, y in ((0, 0), (last_x, 0), (0, last_y), (last_x, last_y))
    )


def on_screen(pad: SignaturePad, x: int, y: int) -> QColor:
    """The colour the signer sees at (x, y) on the pad."""
    return pad.grab().toImage().pixelColor(x, y)


def stylus() -> QPointingDevice:
    return QPointingDevice(
        "test stylus",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )


def tablet(
    pad: SignaturePad, device: QPointingDevice, kind: QEvent.Type, at: tuple[float, float], pressure: float
) -> QTabletEvent:
    held = kind != QEvent.Type.TabletRelease
    position = QPointF(*at)
    event = QTabletEvent(
        kind,
        device,
        position,
        pad.mapToGlobal(position),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.NoButton if kind == QEvent.Type.TabletMove else Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton,
    )
    QApplication.sendEvent(pad, event)
    return event


# ---------------------------------------------------------------------------------------------------
# Empty


def test_a_new_pad_is_empty_and_gives_no_png(pad: SignaturePad) -> None:
    assert pad.is_empty()
    assert pad.png_bytes() is None


def test_a_new_pad_looks_like_a_signature_line(pad: SignaturePad) -> None:
    image = pad.grab().toImage()
    assert image.pixelColor(pad.width() // 4, 10) == QColor("white")  # paper, whatever the theme
    assert image.pixelColor(0, pad.height() // 2) != QColor("white")  # the border
    line_y = next(
        y for y in range(pad.height() // 2, pad.height() - 2) if image.pixelColor(20, y) != QColor("white")
    )
    assert line_y > pad.height() * 0.6  # the signature line lies near the bottom


def test_it_is_named_and_reachable_with_the_keyboard(pad: SignaturePad) -> None:
    assert pad.accessibleName() == "Signature"
    assert pad.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert pad.sizeHint().width() >= 300
    assert pad.minimumSizeHint().height() >= 80


def test_the_hint_and_the_name_follow_the_language(
    pad: SignaturePad, qtbot: QtBot, translators: Translators
) -> None:
    before = pad.grab().toImage()
    # Words of a language the app does not have, so that they differ from whatever the pad shows now.
    words = {("SignaturePad", "Sign here"): "Firme aquí", ("SignaturePad", "Signature"): "Firma"}
    with fake_translation(translators, words):
        qtbot.waitUntil(lambda: pad.accessibleName() == "Firma")  # LanguageChange is posted
        assert pad.grab().toImage() != before  # another hint text on the pad


# ---------------------------------------------------------------------------------------------------
# Signing with the mouse


def test_a_mouse_stroke_signs_the_pad_once_it_ends(pad: SignaturePad) -> None:
    seen = changes(pad)
    drag(pad, line((40, 40), (200, 60)))
    assert not pad.is_empty()
    assert len(seen) == 1  # once per stroke, not per movement
    assert on_screen(pad, 120, 50).lightness() < 100  # the ink is on the pad, where the mouse went


def test_the_png_holds_only_the_ink_cropped_and_enlarged(pad: SignaturePad) -> None:
    drag(pad, line((40, 40), (200, 60)))
    image = decoded(pad.png_bytes(scale=SCALE))
    assert image.hasAlphaChannel()
    assert corners_are_transparent(image)
    assert ink(image) > 200
    # The stroke spans 160 × 20 pixels: the image is three times that, plus the pen and a small margin.
    assert 160 * SCALE < image.width() < (160 + 20) * SCALE
    assert 20 * SCALE < image.height() < (20 + 20) * SCALE


def test_the_scale_sets_the_resolution(pad: SignaturePad) -> None:
    drag(pad, line((40, 40), (200, 60)))
    small, large = decoded(pad.png_bytes(scale=1.0)), decoded(pad.png_bytes(scale=4.0))
    assert abs(large.width() - 4 * small.width()) <= 4
    assert abs(large.height() - 4 * small.height()) <= 4


def test_a_tap_leaves_a_dot(pad: SignaturePad) -> None:
    seen = changes(pad)
    mouse(pad, QEvent.Type.MouseButtonPress, (100, 50), held=True)
    mouse(pad, QEvent.Type.MouseButtonRelease, (100, 50), held=False)
    assert not pad.is_empty()
    assert len(seen) == 1
    assert on_screen(pad, 100, 50).lightness() < 100
    image = decoded(pad.png_bytes(scale=SCALE))
    assert ink(image) > 0
    assert image.width() < 20 * SCALE and image.height() < 20 * SCALE  # a dot, not a line


def test_several_strokes_make_one_signature(pad: SignaturePad) -> None:
    seen = changes(pad)
    drag(pad, line((30, 30), (90, 70)))
    drag(pad, line((150, 30), (280, 40)))
    assert len(seen) == 2
    image = decoded(pad.png_bytes(scale=1.0))
    assert image.width() > 240  # both strokes are in it
    assert corners_are_transparent(image)


def test_the_right_button_does_not_draw(pad: SignaturePad) -> None:
    position = QPointF(100, 50)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            position,
            pad.mapToGlobal(position),
            Qt.MouseButton.RightButton,
            Qt.MouseButton.RightButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, event)
    assert pad.is_empty()


# ---------------------------------------------------------------------------------------------------
# Starting over


def test_clear_wipes_the_pad_and_says_so(pad: SignaturePad) -> None:
    drag(pad, line((40, 40), (200, 60)))
    seen = changes(pad)
    pad.clear()
    assert pad.is_empty()
    assert pad.png_bytes() is None
    assert len(seen) == 1
    assert on_screen(pad, 120, 50) == QColor("white")


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_and_backspace_clear_the_pad(pad: SignaturePad, qtbot: QtBot, key: Qt.Key) -> None:
    drag(pad, line((40, 40), (200, 60)))
    seen = changes(pad)
    pad.setFocus()
    qtbot.keyClick(pad, key)
    assert pad.is_empty()
    assert len(seen) == 1


def test_one_can_sign_again_after_clearing(pad: SignaturePad) -> None:
    drag(pad, line((40, 40), (200, 60)))
    pad.clear()
    drag(pad, line((60, 30), (100, 30)))
    image = decoded(pad.png_bytes(scale=1.0))
    assert image.width() < 60  # only the new stroke
    assert on_screen(pad, 80, 30).lightness() < 100
    assert on_screen(pad, 180, 58) == QColor("white")


# ---------------------------------------------------------------------------------------------------
# A finger and a pen


def test_a_finger_signs_too(pad: SignaturePad) -> None:
    assert hasattr(QTest, "createTouchDevice")
    screen = QTest.createTouchDevice()
    seen = changes(pad)
    QTest.touchEvent(pad, screen, False).press(0, QPoint(40, 40), pad).commit()
    for x, y in line((40, 40), (200, 60))[1:]:
        QTest.touchEvent(pad, screen, False).move(0, QPoint(round(x), round(y)), pad).commit()
    QTest.touchEvent(pad, screen, False).release(0, QPoint(200, 60), pad).commit()
    assert not pad.is_empty()
    assert len(seen) == 1
    assert on_screen(pad, 120, 50).lightness() < 100
    image = decoded(pad.png_bytes(scale=1.0))
    assert 160 < image.width() < 180


def test_only_the_first_finger_signs(pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen, False).press(0, QPoint(40, 40), pad).commit()
    QTest.touchEvent(pad, screen, False).stationary(0).press(1, QPoint(250, 20), pad).commit()
    for step in range(1, 11):
        sequence = QTest.touchEvent(pad, screen, False)
        sequence.move(0, QPoint(40 + 4 * step, 40), pad).move(1, QPoint(250, 20 + 6 * step), pad).commit()
    QTest.touchEvent(pad, screen, False).release(0, QPoint(80, 40), pad).release(
        1, QPoint(250, 80), pad
    ).commit()
    image = decoded(pad.png_bytes(scale=1.0))
    assert image.width() < 60  # the 40 pixels of the first finger, not the palm at the right
    assert on_screen(pad, 250, 50) == QColor("white")


def test_a_pen_signs_and_its_pressure_sets_the_width(pad: SignaturePad) -> None:
    pen = stylus()
    seen = changes(pad)
    events = [tablet(pad, pen, QEvent.Type.TabletPress, (40, 30), 0.1)]
    events += [
        tablet(pad, pen, QEvent.Type.TabletMove, point, 0.1) for point in line((40, 30), (200, 30))[1:]
    ]
    events.append(tablet(pad, pen, QEvent.Type.TabletRelease, (200, 30), 0.0))
    assert all(event.isAccepted() for event in events)  # else Qt would draw it again as mouse events
    assert len(seen) == 1
    light = decoded(pad.png_bytes(scale=SCALE))

    pad.clear()
    tablet(pad, pen, QEvent.Type.TabletPress, (40, 30), 1.0)
    for point in line((40, 30), (200, 30))[1:]:
        tablet(pad, pen, QEvent.Type.TabletMove, point, 1.0)
    tablet(pad, pen, QEvent.Type.TabletRelease, (200, 30), 0.0)
    firm = decoded(pad.png_bytes(scale=SCALE))

    assert ink(light) > 0
    assert ink(firm) > ink(light)  # pressing harder makes a wider line
    assert ink(firm) < 2 * ink(light)  # but only a little


# ---------------------------------------------------------------------------------------------------
# Resizing


def test_a_wider_pad_keeps_the_signature_as_it_is(pad: SignaturePad, qtbot: QtBot) -> None:
    drag(pad, line((40, 40), (200, 60)))
    before = pad.png_bytes(scale=1.0)
    pad.resize(500, pad.height())
    qtbot.waitUntil(lambda: pad.width() == 500)
    assert not pad.is_empty()
    assert pad.png_bytes(scale=1.0) == before
    assert on_screen(pad, 120, 50).lightness() < 100


def test_a_taller_pad_scales_the_signature_with_it(pad: SignaturePad, qtbot: QtBot) -> None:
    drag(pad, line((40, 40), (200, 60)))
    before = decoded(pad.png_bytes(scale=1.0))
    pad.resize(pad.width() * 2, pad.height() * 2)
    qtbot.waitUntil(lambda: pad.height() == 220)
    after = decoded(pad.png_bytes(scale=1.0))
    assert abs(after.width() - 2 * before.width()) <= 12  # the margin stays a few pixels
    assert on_screen(pad, 240, 100).lightness() < 100  # the same place on the line, twice as far


def test_a_narrower_pad_hides_but_keeps_the_ink_beyond_its_edge(pad: SignaturePad, qtbot: QtBot) -> None:
    drag(pad, line((40, 40), (280, 60)))
    before = pad.png_bytes(scale=1.0)
    pad.resize(160, pad.height())
    qtbot.waitUntil(lambda: pad.width() == 160)
    pad.resize(320, pad.height())
    qtbot.waitUntil(lambda: pad.width() == 320)
    assert pad.png_bytes(scale=1.0) == before
    assert on_screen(pad, 240, 57).lightness() < 100
