"""The new-candidate wizard, editing and closing a trajectory, notes — through real widgets."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.trajectory import TrajectoryStatus
from tests.ui.conftest import answer_message, click, open_candidate, pick_person


def _with_dialog(qtbot, cls, act):
    """Run ``act(dialog)`` once the modal dialog of this class is open."""

    def run():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QtCore.QTimer.singleShot(20, run)
            return
        act(dialog)

    QtCore.QTimer.singleShot(0, run)


def test_the_wizard_adds_a_candidate_with_chosen_work_processes(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.new_candidate_wizard import NewCandidateWizard

    pick_person(qtbot, window, "Jan de Vries")

    def fill(wizard):
        qtbot.keyClicks(wizard.name_edit, "Lotte  Visser")
        qtbot.keyClicks(wizard.birth_edit, "02-09-1998")
        click(qtbot, wizard.next_button)
        assert wizard.employer_combo.currentText() == "Groen & Zo Hoveniers"  # from who is working
        assert wizard.trainer_combo.currentText() == "Jan de Vries"
        click(qtbot, wizard.next_button)
        button = next(
            b
            for b in wizard.guide_buttons.values()
            if b.property("guideKey").startswith("groene-ruimte")
        )
        click(qtbot, button)
        click(qtbot, wizard.next_button)
        assert all(box.isChecked() for box in wizard.picker.boxes.values())  # all pre-selected
        click(qtbot, list(wizard.picker.boxes.values())[-1])  # leave one out
        click(qtbot, wizard.next_button)

    _with_dialog(qtbot, NewCandidateWizard, fill)
    click(qtbot, window.candidates.new_button)

    summary = gui_desk.trajectories.summaries(search="lotte")[0]
    assert summary.candidate_name == "Lotte Visser"
    assert summary.trainer_name == "Jan de Vries"
    assert gui_desk.trajectories.candidate(summary.candidate_id).birth_date == "1998-09-02"
    guide = gui_desk.guides.get(summary.guide_key)
    assert summary.progress.chosen_count == len(guide.work_processes()) - 1
    assert window.stack.currentWidget() is window.overview


def test_the_wizard_asks_kindly_for_a_missing_name(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.new_candidate_wizard import NewCandidateWizard

    wizard = NewCandidateWizard(gui_desk, window)
    qtbot.addWidget(wizard)
    wizard.show()
    said = answer_message(qtbot)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: bool(said))
    assert "naam" in said[0]
    assert wizard.pages.currentIndex() == 0


def test_closing_and_reopening_a_trajectory(qtbot, window, gui_desk):
    pick_person(qtbot, window)
    open_candidate(qtbot, window, "mohammed")
    trajectory_id = window.overview.trajectory_id
    answer_message(qtbot, "Afsluiten")
    click(qtbot, window.overview.close_button)
    assert gui_desk.trajectories.resolve(trajectory_id).status is TrajectoryStatus.CLOSED
    assert not window.overview.edit_button.isEnabled()
    click(qtbot, window.overview.close_button)  # now "Weer openen"
    assert gui_desk.trajectories.resolve(trajectory_id).status is TrajectoryStatus.ACTIVE


def test_editing_a_trajectory(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.edit_trajectory import EditTrajectoryDialog

    pick_person(qtbot, window)
    open_candidate(qtbot, window, "mohammed")
    trajectory_id = window.overview.trajectory_id

    def edit(dialog):
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "Mohammed El Amrani-Bakr")
        click(qtbot, dialog.end_box)
        click(qtbot, dialog.save_button)

    _with_dialog(qtbot, EditTrajectoryDialog, edit)
    click(qtbot, window.overview.edit_button)
    assert window.overview.name.text() == "Mohammed El Amrani-Bakr"
    assert gui_desk.trajectories.resolve(trajectory_id).end_date is not None


def test_a_note_is_saved_with_the_mark(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.note import NoteDialog

    pick_person(qtbot, window)
    open_candidate(qtbot, window, "aicha")
    click(qtbot, window.overview.cards[0])
    row = window.checklist.rows[0]
    click(qtbot, row.toggle.buttons[MarkStatus.PRACTISING])

    def write(dialog):
        qtbot.keyClicks(dialog.edit, "Samen geoefend.")
        click(qtbot, dialog.save_button)

    _with_dialog(qtbot, NoteDialog, write)
    click(qtbot, row.note_button)
    item = gui_desk.marking.checklist(window.checklist.trajectory_id, window.checklist.code).items[
        0
    ]
    assert item.mark.note == "Samen geoefend." and item.mark.status is MarkStatus.PRACTISING
    assert "Samen geoefend." in row.note.text()
