"""The erase dialog names the backups that hold the candidate and, when ticked, erases the
candidate from them too (never without the tick)."""

from __future__ import annotations

from PySide6 import QtCore

from tests.ui.conftest import click, open_candidate, pick_person
from tests.ui.test_app_start import when_modal


def _open_erase(qtbot, window, gui_desk, search):
    pick_person(qtbot, window)
    open_candidate(qtbot, window, search)
    candidate = window.overview.overview.candidate
    gui_desk.backups.backup_now()  # a backup that holds them
    return candidate


def test_ticked_erases_from_the_backups_too(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.privacy import EraseCandidateDialog

    candidate = _open_erase(qtbot, window, gui_desk, "nguyen")
    holding = gui_desk.privacy.backups_holding(candidate.id)
    assert holding

    def erase(dialog):
        assert dialog.from_backups.isVisible() and not dialog.from_backups.isChecked()
        assert not dialog.backups_note.isVisible()  # the tick names the backups instead
        assert "reservekopie" in dialog.from_backups.text()
        assert dialog.from_backups.accessibleName()
        assert dialog.from_backups.height() >= 48
        qtbot.mouseClick(dialog.from_backups, QtCore.Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.sure, QtCore.Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.erase_button, QtCore.Qt.MouseButton.LeftButton)

    seen = when_modal(EraseCandidateDialog, erase)
    click(qtbot, window.overview.erase_button)
    assert seen
    assert gui_desk.privacy.backups_holding(candidate.id) == []


def test_unticked_leaves_the_backups(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.privacy import EraseCandidateDialog

    candidate = _open_erase(qtbot, window, gui_desk, "nguyen")
    holding = gui_desk.privacy.backups_holding(candidate.id)

    def erase(dialog):
        qtbot.mouseClick(dialog.sure, QtCore.Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.erase_button, QtCore.Qt.MouseButton.LeftButton)

    when_modal(EraseCandidateDialog, erase)
    click(qtbot, window.overview.erase_button)
    assert gui_desk.privacy.backups_holding(candidate.id) == holding
