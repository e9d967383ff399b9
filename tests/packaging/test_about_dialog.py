"""Over praktijkdesk: version, licences, data folder with a button that opens it; touch-sized."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk import __version__
from praktijkdesk.ui.dialogs import about

TOUCH_MIN = 48


def app_stylesheet() -> str:
    """The application QSS as the app applies it; the app's font size when there is none yet."""
    try:
        from praktijkdesk.ui import theme

        return theme.stylesheet()
    except ImportError:
        return "QWidget { font-size: 18px; }"


@pytest.fixture
def dialog(qtbot, tmp_path):
    widget = about.AboutDialog(tmp_path)
    widget.setStyleSheet(app_stylesheet())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shows_the_version_and_the_data_folder(dialog, tmp_path):
    assert __version__ in dialog.version.text()
    assert dialog.folder.text() == str(tmp_path)


def test_names_the_licences_of_the_bundled_parts(dialog):
    text = dialog.licences.toPlainText()
    for needle in (
        "PySide6",
        "Qt 6",
        "LGPL-3.0",
        "fpdf2",
        "sqlite-utils",
        "Apache-2.0",
        "platformdirs",
        "MIT",
        "DejaVu",
        "Bitstream Vera",
    ):
        assert needle in text, needle
    # the font's licence text itself, read from resources/fonts
    assert "Permission is hereby granted" in text


def test_map_openen_opens_the_data_folder(dialog, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(about, "open_folder", lambda path: opened.append(path) or True)
    assert dialog.open_button.text() == "Map openen"
    dialog.open_button.click()
    assert opened == [tmp_path]


def test_open_folder_hands_a_file_url_to_the_desktop(monkeypatch, qapp, tmp_path):
    urls = []
    monkeypatch.setattr(QtGui.QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    assert about.open_folder(tmp_path)
    assert urls[0].toLocalFile() == str(tmp_path)


def test_controls_are_touch_sized_named_in_dutch_and_text_is_large_enough(dialog):
    controls = [
        w
        for w in dialog.findChildren(QtWidgets.QWidget)
        if w.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus
        and w.isVisible()
        and not isinstance(w.parentWidget(), QtWidgets.QAbstractScrollArea)
    ]
    assert controls
    for widget in controls:
        assert widget.accessibleName().strip(), widget.objectName()
        if isinstance(widget, QtWidgets.QAbstractButton):
            assert widget.height() >= TOUCH_MIN and widget.width() >= TOUCH_MIN
    assert dialog.open_button.height() >= 48
    for text in dialog.findChildren(QtWidgets.QLabel) + [dialog.licences]:
        assert QtGui.QFontInfo(text.font()).pixelSize() >= 16, text.objectName()


def test_show_about_uses_the_desks_data_folder(monkeypatch, qapp, tmp_path):
    shown = []
    monkeypatch.setattr(about.AboutDialog, "exec", lambda self: shown.append(self._data_dir) or 0)

    class Desk:
        data_dir = tmp_path

    about.show_about(None, Desk())
    assert shown == [tmp_path]
