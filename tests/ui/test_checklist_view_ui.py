"""The checklist screen shows the service's view and decides nothing itself (issue #12); the
note and reason limit is one number with one message in the app and on the command line."""

from __future__ import annotations

import dataclasses

from praktijkdesk.cli import main
from praktijkdesk.domain.mark import MAX_NOTE, too_long_message
from praktijkdesk.ui.dialogs.conclude import ReasonDialog
from praktijkdesk.ui.dialogs.note import NoteDialog
from tests.ui.conftest import click, open_candidate, pick_person


def _open_unfinished(qtbot, window):
    card = next(
        c
        for c in window.overview.cards
        if not c.progress.concluded and not c.progress.ready_for_conclusion
    )
    click(qtbot, card)
    return card.code


def test_the_screen_follows_the_view_not_the_role(qtbot, window, gui_desk, monkeypatch):
    pick_person(qtbot, window, "Fatma Yılmaz")  # a trainer: a role check would offer it all
    open_candidate(qtbot, window, "nguyen")
    _open_unfinished(qtbot, window)
    screen = window.checklist
    assert screen.early.isVisible() and screen.early_button.isVisible()
    real = gui_desk.marking.checklist
    changes: dict = {}
    monkeypatch.setattr(
        gui_desk.marking,
        "checklist",
        lambda *a, **kw: dataclasses.replace(real(*a, **kw), **changes),
    )

    changes.update(can_conclude=False)
    screen.refresh()
    assert screen.early.isVisible() and not screen.early_button.isVisible()
    assert "praktijkopleider" in screen.early_text.text()

    changes.update(offer_early=False)
    screen.refresh()
    assert not screen.early.isVisible()

    changes.update(
        offer_conclusion=True,
        can_conclude=True,
        can_declare=True,
        candidate_name="Anne-Wil van den Berg-Ŋgata",
        undo=None,
    )
    screen.refresh()
    assert screen.banner.isVisible() and screen.conclude_button.isVisible()
    assert screen.declare_button.isVisible()  # the view says so: no second guess here
    assert screen.context.text().startswith("Anne-Wil van den Berg-Ŋgata")
    assert not screen.undo_button.isEnabled()


def test_undo_is_offered_as_the_view_says(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Fatma Yılmaz")
    open_candidate(qtbot, window, "nguyen")
    _open_unfinished(qtbot, window)
    screen = window.checklist
    row = next(r for r in screen.rows if r.isVisible())
    click(qtbot, row.toggle.buttons[next(iter(row.toggle.buttons))])
    view = gui_desk.marking.checklist(screen.trajectory_id, screen.code, window.events.person.id)
    assert view.can_undo and screen.undo_button.isEnabled()
    assert screen.undo_button.accessibleDescription() == view.undo.describe()
    assert row.item.behaviour.text in screen.undo_button.accessibleDescription()


def test_a_reason_over_the_limit_is_refused_in_the_services_words(qtbot, window):
    dialog = ReasonDialog("B1-K1-W1  Ontvangt gasten", "Uitleg", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setPlainText("ë" * (MAX_NOTE + 1))
    assert dialog.refusal.text() == too_long_message("De reden")
    assert not dialog.refusal.isHidden()
    click(qtbot, dialog.confirm_button)
    assert dialog.result() != dialog.DialogCode.Accepted  # refused, not cut and saved
    dialog.edit.setPlainText("ë" * MAX_NOTE)
    assert dialog.refusal.isHidden() and dialog.reason() == "ë" * MAX_NOTE  # never cut


def test_a_note_over_the_limit_cannot_be_saved(qtbot, window):
    dialog = NoteDialog("Begroet gasten", "", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setPlainText("ë" * (MAX_NOTE + 1))
    assert not dialog.save_button.isEnabled() and str(MAX_NOTE) in dialog.count.text()
    dialog.edit.setPlainText("ë" * MAX_NOTE)
    assert dialog.save_button.isEnabled() and dialog.note() == "ë" * MAX_NOTE


def test_the_command_line_refuses_the_same_reason_with_the_same_words(gui_desk, capsys):
    trajectory = gui_desk.trajectories.summaries()[0]
    code = next(
        c
        for c in gui_desk.trajectories.resolve(trajectory.id).work_processes
        if not gui_desk.marking.checklist(trajectory.id, c).progress.concluded
    )
    data_dir = gui_desk.data_dir
    gui_desk.close()
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "conclude",
                trajectory.id,
                code,
                "--reason",
                "ë" * (MAX_NOTE + 1),
            ]
        )
        == 2
    )
    assert too_long_message("De reden") in capsys.readouterr().err
