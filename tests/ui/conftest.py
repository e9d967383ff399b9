"""GUI fixtures: the real main window on a real Desk, at the smallest supported size."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtWidgets

SMALL = (1024, 600)


@pytest.fixture
def app(qapp):
    from praktijkdesk.ui import i18n
    from praktijkdesk.ui.application import create_application

    created = create_application()
    i18n.set_language(created, "nl")
    return created


def make_window(qtbot, desk, size=SMALL):
    from praktijkdesk.ui.main_window import MainWindow

    window = MainWindow(desk)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def gui_desk(demo_data_dir):
    """The demo data with a clock just after it (demo marks are dated relative to today)."""
    import datetime as dt

    from praktijkdesk.clock import FixedClock
    from praktijkdesk.desk import Desk

    start = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=1)
    d = Desk.open(demo_data_dir, clock=FixedClock(start, step=dt.timedelta(milliseconds=1)))
    yield d
    d.close()


def _dispose(window) -> None:
    """Gone before its Desk closes: no stray widget may outlive the database it shows."""
    window.close()
    window.deleteLater()
    QtWidgets.QApplication.processEvents()
    QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


@pytest.fixture
def window(app, qtbot, gui_desk):
    w = make_window(qtbot, gui_desk)
    yield w
    _dispose(w)


@pytest.fixture
def empty_window(app, qtbot, desk):
    w = make_window(qtbot, desk)
    yield w
    _dispose(w)


def person_tile(window, name):
    return next(t for t in window.picker.tiles() if t.person.name == name)


def click(qtbot, widget):
    """A tap, as a user makes it: scrolled into view first."""
    QtWidgets.QApplication.processEvents()  # let pending layouts settle
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QScrollArea):
            parent.ensureWidgetVisible(widget)
            QtWidgets.QApplication.processEvents()
            break
        parent = parent.parentWidget()
    qtbot.mouseClick(widget, QtCore.Qt.MouseButton.LeftButton)


def pick_person(qtbot, window, name="Fatma Yılmaz"):
    window.show_picker()
    click(qtbot, person_tile(window, name))
    assert window.events.person.name == name


def open_candidate(qtbot, window, search: str):
    screen = window.candidates
    screen.search.clear()
    qtbot.keyClicks(screen.search, search)
    qtbot.waitUntil(
        lambda: not screen._search_timer.isActive() and len(screen.tiles()) == 1, timeout=2000
    )
    click(qtbot, screen.tiles()[0])
    if window.stack.currentWidget() is window.checklist:  # a tile goes on where it was
        window.go_back()
    assert window.stack.currentWidget() is window.overview


def answer_message(qtbot, button_text: str | None = None):
    """Close the next message box (pressing the button with this text, or the default)."""

    def close():
        box = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(box, QtWidgets.QMessageBox):
            QtCore.QTimer.singleShot(20, close)
            return
        answered.append(
            box.findChild(QtWidgets.QLabel, "qt_msgbox_informativelabel").text()
            if box.findChild(QtWidgets.QLabel, "qt_msgbox_informativelabel")
            else ""
        )
        for button in box.findChildren(QtWidgets.QAbstractButton):
            if button_text is None or button.text() == button_text:
                if button_text is not None or button is box.defaultButton():
                    button.click()
                    return
        box.close()

    answered: list[str] = []
    QtCore.QTimer.singleShot(0, close)
    return answered
