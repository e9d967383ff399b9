"""Privacy in the app: export a candidate's data, erase a candidate from the overview, and
offer candidates past the retention term for erasure (never without a confirmation)."""

from __future__ import annotations

import datetime as dt
import json

from PySide6 import QtCore, QtWidgets

from tests.ui.conftest import answer_message, click, open_candidate, pick_person
from tests.ui.test_app_start import when_modal


def _trajectory_marks(desk, trajectory_id: str) -> int:
    return desk.db.execute(
        "SELECT count(*) FROM marks WHERE trajectory_id = ?", [trajectory_id]
    ).fetchone()[0]


def test_erase_from_the_overview_removes_the_candidate(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.privacy import EraseCandidateDialog

    pick_person(qtbot, window)
    open_candidate(qtbot, window, "nguyen")
    overview = window.overview.overview
    name, trajectory_id = overview.candidate.name, overview.trajectory.id
    assert _trajectory_marks(gui_desk, trajectory_id) > 0

    def erase(dialog):
        assert "beoordelingen" in dialog.what.text() and "handtekeningen" in dialog.what.text()
        said = dialog.backups_note if dialog.backups_note.isVisible() else dialog.from_backups
        assert "reservekopie" in said.text()  # what the backups still hold is said
        assert not dialog.erase_button.isEnabled()  # a deliberate second step first
        qtbot.mouseClick(dialog.sure, QtCore.Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.erase_button, QtCore.Qt.MouseButton.LeftButton)

    seen = when_modal(EraseCandidateDialog, erase)
    click(qtbot, window.overview.erase_button)
    assert seen
    assert window.stack.currentWidget() is window.candidates
    assert name not in [s.candidate_name for s in gui_desk.trajectories.summaries()]
    assert _trajectory_marks(gui_desk, trajectory_id) == 0
    assert "gewist" in window.toast.text()
    qtbot.waitUntil(
        lambda: all(t.summary.candidate_name != name for t in window.candidates.tiles()),
        timeout=2000,
    )


def test_not_erasing_keeps_everything(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.privacy import EraseCandidateDialog

    pick_person(qtbot, window)
    open_candidate(qtbot, window, "nguyen")
    trajectory_id = window.overview.trajectory_id
    marks = _trajectory_marks(gui_desk, trajectory_id)
    when_modal(EraseCandidateDialog, lambda d: d.cancel_button.click())
    click(qtbot, window.overview.erase_button)
    assert window.stack.currentWidget() is window.overview
    assert window.overview.trajectory_id == trajectory_id
    assert _trajectory_marks(gui_desk, trajectory_id) == marks


def test_export_writes_the_json(qtbot, window, gui_desk, tmp_path, monkeypatch):
    from praktijkdesk.ui.dialogs import privacy

    pick_person(qtbot, window)
    open_candidate(qtbot, window, "nguyen")
    candidate = window.overview.overview.candidate
    # The system's folder picker is the one thing replaced: it answers with this folder.
    monkeypatch.setattr(privacy, "choose_export_folder", lambda parent: str(tmp_path))
    said = answer_message(qtbot)
    click(qtbot, window.overview.export_data_button)
    [folder] = tmp_path.glob("inzage-*")
    data = json.loads((folder / "gegevens.json").read_text(encoding="utf-8"))
    assert data["candidate"]["name"] == candidate.name
    assert data["trajectories"] and data["trajectories"][0]["marks"]
    assert said and str(folder) in said[0]


def _close_two_long_ago(desk):
    """Two candidates whose only trajectory closed, and then three years pass."""
    closed = desk.trajectories.summaries()[:2]
    for t in closed:
        desk.trajectories.close(t.id)
    desk.clock.advance(dt.timedelta(days=3 * 365))
    return closed


def test_retention_dialog_lists_an_old_closed_trajectory_and_erases_after_a_confirm(
    qtbot, window, gui_desk
):
    from praktijkdesk.ui.dialogs.privacy import RetentionDialog

    closed = _close_two_long_ago(gui_desk)
    names = {t.candidate_name for t in closed}
    pick_person(qtbot, window)
    window.show_settings()
    assert "(2)" in window.settings.retention_button.text()
    asked = []

    def drive(dialog):
        listed = {due.name for _box, due in dialog.boxes}
        assert listed == names
        assert not dialog.erase_button.isEnabled()  # nothing ticked by itself
        first_box, first = dialog.boxes[0]
        qtbot.mouseClick(first_box, QtCore.Qt.MouseButton.LeftButton)
        dialog.ask = lambda *args: asked.append(args[2]) or False  # "Niet wissen"
        dialog.erase_button.click()
        assert len(dialog.boxes) == 2  # nothing erased without the confirm
        dialog.ask = lambda *args: asked.append(args[2]) or True
        dialog.erase_button.click()
        assert [due.name for _b, due in dialog.boxes] == [n for n in listed if n != first.name]
        dialog.reject()

    seen = when_modal(RetentionDialog, drive)
    click(qtbot, window.settings.retention_button)
    assert seen and len(asked) == 2 and "reservekopieën" in asked[0]
    remaining = {t.candidate_name for t in gui_desk.trajectories.summaries()}
    assert len(names - remaining) == 1
    assert "Gewist" in window.toast.text()
    qtbot.waitUntil(lambda: "(1)" in window.settings.retention_button.text(), timeout=2000)


def test_the_start_offers_erasure_at_most_once_a_month(qtbot, app, gui_desk, demo_data_dir):
    from praktijkdesk.ui.application import AppStart
    from praktijkdesk.ui.dialogs.privacy import RetentionDialog
    from tests.ui.conftest import _dispose, make_window

    _close_two_long_ago(gui_desk)
    start = AppStart(app, demo_data_dir)
    start.desk, start.window = gui_desk, make_window(qtbot, gui_desk)
    try:
        seen = when_modal(RetentionDialog, lambda d: d.later_button.click())
        assert start.offer_erasure_if_due()
        assert seen and len(seen[0].boxes) == 2
        assert not start.offer_erasure_if_due()  # "Nu niet" holds for a month
        gui_desk.clock.advance(dt.timedelta(days=31))
        when_modal(RetentionDialog, lambda d: d.later_button.click())
        assert start.offer_erasure_if_due()
    finally:
        _dispose(start.window)
        QtWidgets.QApplication.processEvents()
