"""Enter presses the default button in every dialog; the focus on opening a checklist never
looks like a chosen status; Notitie works before a mark; the note limit is the service's."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.mark import MAX_NOTE, MarkStatus
from praktijkdesk.domain.people import Role
from tests.ui.conftest import click, open_candidate, pick_person

ENTER = QtCore.Qt.Key.Key_Return


def test_enter_in_the_add_person_dialog_saves(qtbot, window):
    from praktijkdesk.ui.dialogs.person import AddPersonDialog

    dialog = AddPersonDialog(window.desk, Role.TRAINER, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name_edit, "Noor van der Hek")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.name_edit, ENTER)
    assert dialog.person is not None and dialog.person.name == "Noor van der Hek"


def test_enter_walks_through_the_wizard(qtbot, window):
    from praktijkdesk.ui.dialogs.new_candidate_wizard import NewCandidateWizard

    pick_person(qtbot, window)
    wizard = NewCandidateWizard(window.desk, window)
    wizard.preset(window.events.person)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(wizard.name_edit, "Lotte Visser")
    qtbot.keyClick(wizard.name_edit, ENTER)
    assert wizard.pages.currentIndex() == 1
    qtbot.keyClick(wizard.focusWidget() or wizard, ENTER)
    assert wizard.pages.currentIndex() == 2
    qtbot.keyClick(wizard.focusWidget() or wizard, ENTER)
    assert wizard.pages.currentIndex() == 3
    with qtbot.waitSignal(wizard.accepted, timeout=3000):
        qtbot.keyClick(wizard, ENTER)
    assert wizard.trajectory is not None


def test_enter_presses_the_visible_primary_button_of_the_declaration(qtbot, window):
    from praktijkdesk.ui.dialogs.issue_declaration import CHOOSE, PREVIEW, IssueDeclarationDialog
    from tests.services.declaration_data import HARD_NAMES, add_candidate, master

    pick_person(qtbot, window)
    # The demo's guides are examples and never issue (#14), so on their preview there is
    # no enabled primary button: a trajectory on the school's own guide, ready to declare.
    trajectory = add_candidate(window.desk, window.events.person, HARD_NAMES[2])
    master(window.desk, trajectory, window.events.person, ["B1-K1-W1", "B1-K1-W2"])
    summary = next(s for s in window.desk.trajectories.summaries() if s.id == trajectory.id)
    assert summary.progress.ready_for_declaration
    dialog = IssueDeclarationDialog(
        window.desk, window.events, summary.id, window.events.person, window
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.stack.currentIndex() == CHOOSE
    assert dialog.default_button() is dialog.next_button
    qtbot.keyClick(dialog, ENTER)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PREVIEW, timeout=5000)
    assert dialog.default_button() is dialog.issue_button


def test_opening_a_checklist_puts_no_focus_ring_on_a_choice(qtbot, window):
    pick_person(qtbot, window, "Bas Jansen")
    open_candidate(qtbot, window, "aicha")
    click(qtbot, window.overview.cards[0])
    assert window.stack.currentWidget() is window.checklist
    focus = QtWidgets.QApplication.focusWidget()
    choices = [b for row in window.checklist.rows for b in row.toggle.buttons.values()]
    assert focus not in choices
    # The keyboard still reaches them: Down goes to the first row's Nog niet.
    qtbot.keyClick(window.checklist, QtCore.Qt.Key.Key_Down)
    assert (
        QtWidgets.QApplication.focusWidget()
        is window.checklist.rows[0].toggle.buttons[MarkStatus.NOT_YET]
    )
    qss = QtWidgets.QApplication.instance().styleSheet()
    rule = qss[qss.index("QPushButton[markChoice]:focus") :]
    assert "dashed" in rule[: rule.index("}")]  # a ring, never a filled (chosen) look


def _answer_note(qtbot, text: str, *, expect_enabled: bool = True):
    seen = []

    def fill():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "noteDialog":
            QtCore.QTimer.singleShot(20, fill)
            return
        dialog.edit.setPlainText(text)
        seen.append((dialog.save_button.isEnabled(), dialog.count.text(), dialog.hint.text()))
        if dialog.save_button.isEnabled():
            dialog.save_button.click()
        else:
            dialog.reject()

    QtCore.QTimer.singleShot(0, fill)
    return seen


def test_a_note_before_any_mark_is_saved_with_nog_niet(qtbot, window):
    pick_person(qtbot, window, "Bas Jansen")
    open_candidate(qtbot, window, "aicha")
    click(qtbot, window.overview.cards[0])
    row = next(r for r in window.checklist.rows if r.isVisible() and r.item.mark is None)
    assert row.note_button.isEnabled()
    seen = _answer_note(qtbot, "Eerst kijken hoe het gaat.")
    click(qtbot, row.note_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "Nog niet" in seen[0][2]
    item = next(
        i
        for i in window.desk.marking.checklist(
            window.checklist.trajectory_id, window.checklist.code
        ).items
        if i.behaviour.id == row.item.behaviour.id
    )
    assert item.mark.status is MarkStatus.NOT_YET and item.mark.note == "Eerst kijken hoe het gaat."


def test_a_note_too_long_is_refused_on_screen_never_cut(qtbot, window):
    pick_person(qtbot, window, "Bas Jansen")
    open_candidate(qtbot, window, "aicha")
    click(qtbot, window.overview.cards[0])
    row = next(r for r in window.checklist.rows if r.isVisible())
    before = row.item.mark
    seen = _answer_note(qtbot, "x" * (MAX_NOTE + 7))
    click(qtbot, row.note_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    enabled, count, _ = seen[0]
    assert not enabled and "7 tekens te veel" in count
    item = next(
        i
        for i in window.desk.marking.checklist(
            window.checklist.trajectory_id, window.checklist.code
        ).items
        if i.behaviour.id == row.item.behaviour.id
    )
    assert item.mark == before  # nothing saved, nothing cut
    seen = _answer_note(qtbot, "y" * MAX_NOTE)  # exactly the limit is fine
    click(qtbot, row.note_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0][0]
