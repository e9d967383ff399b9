"""The two small Qt dialogs (backups, damaged database) and the single-instance guard."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6 import QtCore, QtWidgets

from praktijkdesk.desk import Desk
from praktijkdesk.errors import DatabaseDamaged
from praktijkdesk.ui.dialogs.backups import BackupsDialog
from praktijkdesk.ui.dialogs.damaged_database import DamagedDatabaseDialog
from tests.reliability.conftest import counts


def _touch_audit(dialog):
    """Every visible control ≥ 48×48 with a Dutch accessible name; text ≥ 16 px."""
    problems = []
    for widget in dialog.findChildren(QtWidgets.QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QtWidgets.QAbstractButton, QtWidgets.QAbstractItemView)):
            if widget.width() < 48 or widget.height() < 48:
                problems.append(f"{widget.objectName()} is {widget.width()}×{widget.height()}")
            if not widget.accessibleName():
                problems.append(f"{widget.objectName()} has no accessible name")
        if isinstance(widget, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            size = widget.font().pixelSize()
            if 0 < size < 16:
                problems.append(f"{widget.objectName()} text is {size} px")
    return problems


def test_backups_dialog_lists_makes_and_restores(qtbot, demo_desk):
    dialog = BackupsDialog(demo_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _touch_audit(dialog) == []
    rows = dialog.list.count()
    assert rows == len(demo_desk.backups.list())

    qtbot.mouseClick(dialog.backup_button, QtCore.Qt.MouseButton.LeftButton)
    assert dialog.list.count() == rows + 1
    assert "kandidaten" in dialog.list.item(0).text()
    made = dialog.selected()

    asked = []
    dialog.ask = lambda *args: asked.append(args[2]) or False  # "Annuleren"
    qtbot.mouseClick(dialog.restore_button, QtCore.Qt.MouseButton.LeftButton)
    assert asked and made.when() in asked[0]
    employer = demo_desk.people.add_employer("Na De Kopie")
    dialog.ask = lambda *args: True  # "Terugzetten"
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.restore_button, QtCore.Qt.MouseButton.LeftButton)
    assert employer.id not in [e.id for e in demo_desk.people.employers()]
    assert "Teruggezet" in dialog.status.text()


def test_damaged_database_dialog_offers_the_newest_good_backup(qtbot, demo_data_dir):
    with Desk.open(demo_data_dir) as desk:
        backup = desk.backups.backup_now()
    db = demo_data_dir / "praktijkdesk.sqlite"
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    db.write_bytes(os.urandom(8192))
    with pytest.raises(DatabaseDamaged) as caught:
        Desk.open(demo_data_dir)

    dialog = DamagedDatabaseDialog(demo_data_dir, caught.value)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _touch_audit(dialog) == []
    assert backup.when() in dialog.offer.text()
    assert caught.value.moved_to.name in dialog.what.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.restore_button, QtCore.Qt.MouseButton.LeftButton)
    assert counts(db) == counts(backup.path)
    Desk.open(demo_data_dir).close()


def test_damaged_without_a_backup_only_closes(qtbot, tmp_path):
    error = DatabaseDamaged("kapot")
    dialog = DamagedDatabaseDialog(tmp_path, error)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible()
    assert dialog.quit_button.isVisible() and "reservekopie" in dialog.offer.text()


def test_a_second_start_brings_the_first_window_forward(qtbot, tmp_path):
    from praktijkdesk.ui import single_instance

    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    assert single_instance.claim_or_activate(tmp_path, lambda: window, say_so=False)
    guard = single_instance.guard_for(tmp_path)
    try:
        second = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from PySide6 import QtWidgets; app = QtWidgets.QApplication([]);"
                "from praktijkdesk.ui.single_instance import claim_or_activate;"
                f"print(claim_or_activate({str(tmp_path)!r}, lambda: None, say_so=False))",
            ],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        with qtbot.waitSignal(guard.activated, timeout=15000):
            pass
        out, _ = second.communicate(timeout=15)
        assert out.strip() == "False"
        assert window.isVisible()
    finally:
        guard.release()


def test_the_already_open_message_is_dutch_and_touch_sized(qtbot):
    from praktijkdesk.ui.single_instance import already_open_box

    box = already_open_box()
    qtbot.addWidget(box)
    box.show()
    assert "al geopend" in box.text()
    [button] = box.buttons()
    assert button.height() >= 48 and button.accessibleName()
