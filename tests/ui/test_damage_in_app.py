"""A damaged file met while the app runs (a changed byte the start's quick check did not see)
is said as such, with the newest good backup, instead of "Er ging iets mis"."""

from __future__ import annotations

import sqlite3
import sys

from tests.ui.conftest import answer_message


def test_a_decoding_fault_from_a_damaged_name_names_the_backup(
    qtbot, window, gui_desk, monkeypatch
):
    from praktijkdesk.ui.application import install_excepthook

    gui_desk.backups.backup_now()
    other = sqlite3.connect(gui_desk.database_path)
    other.execute(
        "UPDATE candidates SET name = CAST(X'4e677579ff' AS TEXT) "
        "WHERE rowid = (SELECT min(rowid) FROM candidates)"
    )
    other.commit()
    other.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(gui_desk.data_dir)
    said = answer_message(qtbot)
    try:
        gui_desk.db.execute("SELECT name FROM candidates").fetchall()
    except sqlite3.OperationalError:
        sys.excepthook(*sys.exc_info())
    assert said and "beschadigd" in said[0] and "praktijkdesk restore" in said[0], said
    assert "Er ging iets mis" not in said[0]
