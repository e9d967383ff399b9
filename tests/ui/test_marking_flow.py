"""The shop-floor flow through real widgets: pick a person, search, open, tap, undo."""

from __future__ import annotations

from PySide6 import QtCore, QtGui

from praktijkdesk.domain.mark import MarkStatus
from tests.ui.conftest import click, open_candidate, pick_person


def _open_first_open_work_process(qtbot, window):
    card = next(
        c
        for c in window.overview.cards
        if not c.progress.concluded and c.progress.mastered < c.progress.total
    )
    click(qtbot, card)
    assert window.stack.currentWidget() is window.checklist
    return card.code


def _row_not_mastered(window):
    return next(
        r
        for r in window.checklist.rows
        if r.isVisible() and r.toggle.status() is not MarkStatus.MASTERED
    )


def test_a_tap_records_the_mark_with_the_person_who_is_working(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Fatma Yılmaz")
    open_candidate(qtbot, window, "nguyen")
    code = _open_first_open_work_process(qtbot, window)
    row = _row_not_mastered(window)
    behaviour_id = row.item.behaviour.id

    click(qtbot, row.toggle.buttons[MarkStatus.MASTERED])

    trajectory_id = window.checklist.trajectory_id
    item = next(
        i
        for i in gui_desk.marking.checklist(trajectory_id, code).items
        if i.behaviour.id == behaviour_id
    )
    assert item.mark.status is MarkStatus.MASTERED
    assert item.mark.person_id == window.events.person.id
    assert item.marked_by == "Fatma Yılmaz"
    # The row shows what is saved, and who did it.
    assert row.toggle.status() is MarkStatus.MASTERED
    assert "Fatma Yılmaz" in row.meta.text()


def test_undo_button_takes_back_the_last_mark(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Bas Jansen")
    open_candidate(qtbot, window, "zoe")
    code = _open_first_open_work_process(qtbot, window)
    row = _row_not_mastered(window)
    before = row.item.mark
    trajectory_id = window.checklist.trajectory_id

    click(qtbot, row.toggle.buttons[MarkStatus.PRACTISING])
    click(qtbot, window.checklist.undo_button)

    item = next(
        i
        for i in gui_desk.marking.checklist(trajectory_id, code).items
        if i.behaviour.id == row.item.behaviour.id
    )
    assert item.mark == before
    assert row.toggle.status() is (before.status if before else None)
    assert not window.checklist.undo_button.isEnabled()


def test_ctrl_z_undoes_too(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Bas Jansen")
    open_candidate(qtbot, window, "aicha")
    _open_first_open_work_process(qtbot, window)
    row = _row_not_mastered(window)
    click(qtbot, row.toggle.buttons[MarkStatus.MASTERED])
    assert gui_desk.marking.last_undoable(window.events.person.id) is not None

    QtGui.QGuiApplication.focusWindow()
    qtbot.keyClick(
        window.checklist, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier
    )

    assert gui_desk.marking.last_undoable(window.events.person.id) is None


def test_keyboard_only_marking(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Bas Jansen")
    open_candidate(qtbot, window, "aicha")
    code = _open_first_open_work_process(qtbot, window)
    first = window.checklist.rows[0]
    first.toggle.focus_choice(MarkStatus.NOT_YET)
    qtbot.keyClick(first.toggle.buttons[MarkStatus.NOT_YET], QtCore.Qt.Key.Key_Right)
    assert first.toggle.focused_choice() is MarkStatus.PRACTISING
    qtbot.keyClick(first.toggle.buttons[MarkStatus.PRACTISING], QtCore.Qt.Key.Key_Down)
    second = window.checklist.rows[1]
    assert second.toggle.focused_choice() is MarkStatus.PRACTISING
    qtbot.keyClick(second.toggle.buttons[MarkStatus.PRACTISING], QtCore.Qt.Key.Key_Space)
    items = gui_desk.marking.checklist(window.checklist.trajectory_id, code).items
    assert items[1].mark.status is MarkStatus.PRACTISING


def test_previous_and_next_buttons_and_swipe_move_between_work_processes(qtbot, window):
    pick_person(qtbot, window)
    open_candidate(qtbot, window, "nguyen")
    click(qtbot, window.overview.cards[0])
    screen = window.checklist
    first = screen.code
    click(qtbot, screen.next_button)
    assert screen.code == screen.codes[1]
    click(qtbot, screen.previous_button)
    assert screen.code == first
    # A swipe from right to left is "next".
    viewport = screen.scroll.viewport()
    start, end = QtCore.QPoint(600, 40), QtCore.QPoint(300, 50)
    qtbot.mousePress(viewport, QtCore.Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(viewport, QtCore.Qt.MouseButton.LeftButton, pos=end)
    assert screen.code == screen.codes[1]
