"""Concluding a work process before every behaviour is Beheerst: the trainer, with a reason.

The reason is asked in a dialog that says what is needed; the engine refuses a reason that is
too short. A conclusion can be taken back ("Afronding terugdraaien"). A jobcoach is told kindly
that the praktijkopleider decides.
"""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.progress import MIN_REASON_LENGTH
from praktijkdesk.errors import InvalidInput
from praktijkdesk.ui.dialogs.conclude import ReasonDialog
from tests.ui.conftest import click, open_candidate, pick_person

REASON = "Doet dit al maanden zelfstandig in de bediening."


def when_dialog(cls, act):
    """Run ``act(dialog)`` as soon as a modal dialog of this class is open."""
    seen: list = []

    def poll():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if isinstance(dialog, cls) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QtCore.QTimer.singleShot(20, poll)

    QtCore.QTimer.singleShot(0, poll)
    return seen


def _open_unfinished(qtbot, window):
    """A work process that is neither concluded nor ready (not every behaviour Beheerst)."""
    card = next(
        c
        for c in window.overview.cards
        if not c.progress.concluded and not c.progress.ready_for_conclusion
    )
    click(qtbot, card)
    return card.code


def test_a_trainer_concludes_early_with_a_reason(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Fatma Yılmaz")
    open_candidate(qtbot, window, "nguyen")
    code = _open_unfinished(qtbot, window)
    screen = window.checklist
    assert screen.early.isVisible() and screen.early_button.isVisible()
    assert not screen.concluded_chip.isVisible()

    def write_reason(dialog):
        assert str(MIN_REASON_LENGTH) in dialog.hint.text()  # it says what is needed
        qtbot.keyClicks(dialog.edit, REASON)
        click(qtbot, dialog.confirm_button)

    seen = when_dialog(ReasonDialog, write_reason)
    click(qtbot, screen.early_button)

    assert seen
    progress = gui_desk.marking.checklist(screen.trajectory_id, code).progress
    assert progress.concluded and not progress.all_mastered
    assert progress.conclusion.reason == REASON
    assert progress.conclusion.person_id == window.events.person.id
    # Visible in the checklist header and banner, and on the overview card.
    assert screen.concluded_chip.isVisible()
    assert REASON in screen.banner_text.text()
    assert screen.revoke_button.isVisible() and not screen.early.isVisible()
    window.go_back()
    card = next(c for c in window.overview.cards if c.code == code)
    assert card.progress.concluded and "Beheerst ✓" in card.accessibleDescription()


def test_an_empty_reason_is_refused_and_nothing_is_recorded(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Fatma Yılmaz")
    open_candidate(qtbot, window, "nguyen")
    code = _open_unfinished(qtbot, window)
    screen = window.checklist
    shown: list[bool] = []

    def try_empty(dialog):
        click(qtbot, dialog.confirm_button)  # nothing written
        shown.append(dialog.isVisible() and dialog.refusal.isVisible())
        qtbot.keyClicks(dialog.edit, "ok")  # still too short
        click(qtbot, dialog.confirm_button)
        shown.append(dialog.isVisible() and dialog.refusal.isVisible())
        click(qtbot, dialog.cancel_button)

    when_dialog(ReasonDialog, try_empty)
    click(qtbot, screen.early_button)

    assert shown == [True, True]
    assert not gui_desk.marking.checklist(screen.trajectory_id, code).progress.concluded
    # The engine is what refuses, also without the dialog.
    with pytest.raises(InvalidInput):
        gui_desk.marking.conclude(screen.trajectory_id, code, window.events.person.id, "")
    assert not gui_desk.marking.checklist(screen.trajectory_id, code).progress.concluded


def test_a_trainer_takes_a_conclusion_back(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Fatma Yılmaz")
    open_candidate(qtbot, window, "nguyen")
    code = _open_unfinished(qtbot, window)
    screen = window.checklist
    gui_desk.marking.conclude(screen.trajectory_id, code, window.events.person.id, REASON)
    assert screen.revoke_button.isVisible()

    def confirm(dialog):
        assert dialog.revoke
        qtbot.keyClicks(dialog.edit, "Per ongeluk afgerond.")
        click(qtbot, dialog.confirm_button)

    seen = when_dialog(ReasonDialog, confirm)
    click(qtbot, screen.revoke_button)

    assert seen
    assert not gui_desk.marking.checklist(screen.trajectory_id, code).progress.concluded
    assert not screen.concluded_chip.isVisible() and not screen.banner.isVisible()
    assert screen.early_button.isVisible()


def test_taking_back_can_be_cancelled(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Fatma Yılmaz")
    open_candidate(qtbot, window, "nguyen")
    code = _open_unfinished(qtbot, window)
    screen = window.checklist
    gui_desk.marking.conclude(screen.trajectory_id, code, window.events.person.id, REASON)
    when_dialog(ReasonDialog, lambda dialog: click(qtbot, dialog.cancel_button))
    click(qtbot, screen.revoke_button)
    assert gui_desk.marking.checklist(screen.trajectory_id, code).progress.concluded


def test_a_jobcoach_cannot_conclude_and_is_told_who_decides(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Marloes Bakker")
    open_candidate(qtbot, window, "nguyen")
    code = _open_unfinished(qtbot, window)
    screen = window.checklist
    assert screen.early.isVisible()
    assert not screen.early_button.isVisible()
    assert "praktijkopleider" in screen.early_text.text()
    with pytest.raises(InvalidInput):
        gui_desk.marking.conclude(screen.trajectory_id, code, window.events.person.id, REASON)
    # On a concluded work process a jobcoach sees it, but cannot take it back.
    trainer = gui_desk.people.person_named("Fatma Yılmaz")
    gui_desk.marking.conclude(screen.trajectory_id, code, trainer.id, REASON)
    assert screen.concluded_chip.isVisible() and not screen.revoke_button.isVisible()
