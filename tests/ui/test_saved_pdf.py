"""After saving a PDF: a confirmation with Openen and Map openen; Qt's own dialogs in Dutch."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import i18n, printing
from tests.ui.conftest import answer_message


def test_saving_confirms_with_open_and_open_folder(qtbot, app, tmp_path, monkeypatch):
    target = tmp_path / "Praktijkverklaring Zoë.pdf"
    starts = []

    def fake_dialog(parent, title, start, filters, *rest):
        starts.append(start)
        return str(target.with_suffix("")), filters  # no .pdf typed: it is added

    opened = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    monkeypatch.setattr(printing, "_open_with_system", lambda path: opened.append(path) or True)
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    answered = answer_message(qtbot, "Map openen")
    saved = printing.save_pdf(parent, b"%PDF-1.4 test", "Praktijkverklaring Zoë")
    assert saved == target and target.read_bytes() == b"%PDF-1.4 test"
    assert answered and target.name in answered[0] and str(tmp_path) in answered[0]
    assert opened == [tmp_path]
    documents = QtCore.QStandardPaths.standardLocations(
        QtCore.QStandardPaths.StandardLocation.DocumentsLocation
    )
    assert documents and Path(starts[0]).parent == Path(documents[0])

    # A second PDF under a new name: replacing an existing file the dialog did not ask about
    # asks first (#19, see test_printing), which is not what this test is about.
    target = tmp_path / "Praktijkverklaring Zoë (2).pdf"  # fake_dialog answers this one now
    answered = answer_message(qtbot, "Openen")
    saved = printing.save_pdf(parent, b"%PDF-1.4 again", "Praktijkverklaring Zoë")
    assert saved == target and target.read_bytes() == b"%PDF-1.4 again"
    assert answered and target.name in answered[0]
    assert opened == [tmp_path, target]


def test_a_cancelled_save_writes_and_asks_nothing(qtbot, app, monkeypatch):
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    monkeypatch.setattr(
        printing, "confirm_saved", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked"))
    )
    assert printing.save_pdf(None, b"%PDF", "x") is None


def test_qt_standard_dialogs_speak_dutch(app):
    i18n.set_language(app, "nl")
    translate = QtCore.QCoreApplication.translate
    assert translate("QFileDialog", "Look in:") == "Zoeken in:"
    assert translate("QFileDialog", "Files of type:") == "Bestanden van type:"
    i18n.set_language(app, "en")
    assert translate("QFileDialog", "Look in:") == "Look in:"
    i18n.set_language(app, "nl")
