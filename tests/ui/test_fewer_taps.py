"""Fewer taps (issue 10), counted with real clicks on real widgets:

- from the candidates screen to a marked behaviour: 2 taps (a tile goes on at the next
  work process that is not concluded);
- from a work process that is all *Beheerst* to a saved declaration: 4 taps on the default
  path (Dit werkproces beheerst → Verklaring maken → Verklaring maken → Opslaan als PDF);
  signing on the screen adds its own taps (one *Klaar* per signer), counted apart.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.ui import printing
from tests.services.declaration_data import school_guide_key
from tests.ui.conftest import click, pick_person


class Taps:
    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0
        self.signing = 0

    def __call__(self, widget, *, signing: bool = False) -> None:
        click(self.qtbot, widget)
        if signing:
            self.signing += 1
        else:
            self.count += 1


def test_two_taps_from_the_candidates_to_a_marked_behaviour(qtbot, window):
    pick_person(qtbot, window, "Bas Jansen")
    window.show_candidates()
    assert window.stack.currentWidget() is window.candidates
    tap = Taps(qtbot)
    tile = next(
        t for t in window.candidates.tiles() if t.summary.candidate_name == "Zoë Ĳsselmeer-D'Hondt"
    )
    tap(tile)
    assert window.stack.currentWidget() is window.checklist
    # It went on where the work is: a work process that is not concluded yet.
    assert not window.checklist.checklist.progress.concluded
    row = next(
        r
        for r in window.checklist.rows
        if r.isVisible() and r.toggle.status() is not MarkStatus.MASTERED
    )
    tap(row.toggle.buttons[MarkStatus.MASTERED])
    stored = next(
        i
        for i in window.desk.marking.checklist(
            window.checklist.trajectory_id, window.checklist.code
        ).items
        if i.behaviour.id == row.item.behaviour.id
    )
    assert stored.mark.status is MarkStatus.MASTERED
    assert tap.count == 2
    # Terug shows the whole trajectory, then the candidates.
    window.go_back()
    assert window.stack.currentWidget() is window.overview
    window.go_back()
    assert window.stack.currentWidget() is window.candidates


def test_a_tile_of_a_fully_concluded_trajectory_opens_its_overview(qtbot, window):
    pick_person(qtbot, window)
    window.show_candidates()
    tile = next(t for t in window.candidates.tiles() if t.summary.progress.complete)
    click(qtbot, tile)
    assert window.stack.currentWidget() is window.overview


def test_four_taps_from_all_beheerst_to_a_saved_declaration(qtbot, window, tmp_path, monkeypatch):
    desk = window.desk
    pick_person(qtbot, window, "Bas Jansen")
    person = window.events.person
    zoe = next(
        s for s in desk.trajectories.summaries() if s.candidate_name == "Zoë Ĳsselmeer-D'Hondt"
    )
    # The demo's guides are examples and never issue (#14): Zoë gets a second trajectory on
    # the school's own horeca guide, with Bas as her trainer at his employer (the setup).
    trajectory = desk.trajectories.add_trajectory(
        zoe.candidate_id,
        employer_id=person.employer_id,
        trainer_id=person.id,
        guide_key=school_guide_key(desk),
        start_date="2025-09-01",
    )
    assert not desk.guides.get(trajectory.guide_key).example
    summary = next(s for s in desk.trajectories.summaries() if s.id == trajectory.id)
    code = next(
        wp.code
        for wp in desk.trajectories.overview(summary.id).progress.work_processes
        if not wp.concluded
    )
    for item in desk.marking.checklist(summary.id, code).items:  # the setup, not counted
        desk.marking.record_mark(summary.id, item.behaviour.id, MarkStatus.MASTERED, person.id)
    window.open_checklist(summary.id, code)
    assert window.checklist.conclude_button.isVisible()

    target = tmp_path / "verklaring.pdf"
    monkeypatch.setattr(
        QtWidgets.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(printing, "confirm_saved", lambda *a, **k: "close")
    tap = Taps(qtbot)
    tap(window.checklist.conclude_button)  # 1
    window.checklist.celebration.skip()
    assert desk.marking.checklist(summary.id, code).progress.concluded
    assert window.checklist.declare_button.isVisible()

    steps: list[str] = []

    def in_dialog():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "issueDeclarationDialog":
            QtCore.QTimer.singleShot(20, in_dialog)
            return
        try:
            from praktijkdesk.ui.dialogs.issue_declaration import DONE, PREVIEW, SIGN
            from tests.ui.test_issue_declaration import draw

            assert dialog.stack.currentIndex() == PREVIEW  # straight to the concept
            assert code in dialog.chosen()
            tap(dialog.issue_button)  # 3
            while dialog.stack.currentIndex() == SIGN:  # the signers' own taps
                draw(dialog.pad, qtbot)
                tap(dialog.done_button, signing=True)
            assert dialog.stack.currentIndex() == DONE
            tap(dialog.save_button)  # 4
            steps.append("saved")
        finally:
            dialog.accept()

    QtCore.QTimer.singleShot(0, in_dialog)
    tap(window.checklist.declare_button)  # 2 (the dialog runs until accepted)
    assert steps == ["saved"]
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    issued = desk.declarations.current(summary.id)
    assert code in issued.snapshot.work_process_codes()
    assert tap.count == 4, tap.count
    assert tap.signing == 2  # trainer and candidate each press Klaar once
    print(
        f"taps: candidates→mark 2, all Beheerst→saved declaration {tap.count} "
        f"(+{tap.signing} for signing on the screen)"
    )


def test_undo_on_a_checklist_says_what_it_undid_and_stays_there(qtbot, window):
    """Ongedaan maken on W2 never undoes W1's conclusion (issue 10), and names what it undid."""
    desk = window.desk
    pick_person(qtbot, window, "Bas Jansen")
    summary = next(
        s for s in desk.trajectories.summaries() if s.candidate_name == "Zoë Ĳsselmeer-D'Hondt"
    )
    codes = list(desk.trajectories.resolve(summary.id).work_processes)
    person = window.events.person
    first, second = codes[0], codes[1]
    for item in desk.marking.checklist(summary.id, first).items:
        desk.marking.record_mark(summary.id, item.behaviour.id, MarkStatus.MASTERED, person.id)
    desk.marking.conclude(summary.id, first, person.id)  # the latest action: W1's conclusion
    window.open_checklist(summary.id, second)
    assert not window.checklist.undo_button.isEnabled()  # nothing done on W2 yet
    row = next(r for r in window.checklist.rows if r.isVisible())
    click(qtbot, row.toggle.buttons[MarkStatus.PRACTISING])
    click(qtbot, window.checklist.undo_button)
    assert window.toast.label.text() == f"Oefent bij ‘{row.item.behaviour.text}’ is teruggezet."
    assert desk.marking.checklist(summary.id, first).progress.concluded
    assert not window.checklist.undo_button.isEnabled()
