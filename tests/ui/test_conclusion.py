"""Marking the last behaviour Beheerst proposes the conclusion; confirming records it."""

from __future__ import annotations

from praktijkdesk.domain.mark import MarkStatus
from tests.ui.conftest import click, open_candidate, pick_person


def _open_unconcluded(qtbot, window):
    card = next(c for c in window.overview.cards if not c.progress.concluded)
    click(qtbot, card)
    return card.code


def _master_all_but_last(qtbot, window):
    rows = [r for r in window.checklist.rows if r.isVisible()]
    for row in rows[:-1]:
        if row.toggle.status() is not MarkStatus.MASTERED:
            click(qtbot, row.toggle.buttons[MarkStatus.MASTERED])
    return rows[-1]


def test_last_behaviour_mastered_proposes_and_confirming_records_the_conclusion(
    qtbot, window, gui_desk
):
    pick_person(qtbot, window, "Fatma Yılmaz")
    open_candidate(qtbot, window, "nguyen")
    code = _open_unconcluded(qtbot, window)
    screen = window.checklist
    last = _master_all_but_last(qtbot, window)
    if last.toggle.status() is MarkStatus.MASTERED:  # make the last tap the one that completes it
        click(qtbot, last.toggle.buttons[MarkStatus.PRACTISING])
    assert not screen.banner.isVisible()

    click(qtbot, last.toggle.buttons[MarkStatus.MASTERED])

    assert screen.banner.isVisible() and screen.conclude_button.isVisible()
    assert screen.celebration.isVisible()  # the small celebration plays
    trajectory_id = screen.trajectory_id
    assert not gui_desk.marking.checklist(trajectory_id, code).progress.concluded

    click(qtbot, screen.conclude_button)

    progress = gui_desk.marking.checklist(trajectory_id, code).progress
    assert progress.concluded
    assert progress.conclusion.person_id == window.events.person.id
    assert not screen.conclude_button.isVisible()


def test_a_jobcoach_sees_the_proposal_but_cannot_conclude(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Marloes Bakker")
    open_candidate(qtbot, window, "dragos")
    code = _open_unconcluded(qtbot, window)
    last = _master_all_but_last(qtbot, window)
    if last.toggle.status() is not MarkStatus.MASTERED:
        click(qtbot, last.toggle.buttons[MarkStatus.MASTERED])
    screen = window.checklist
    assert screen.banner.isVisible() and not screen.conclude_button.isVisible()
    assert "praktijkopleider" in screen.banner_text.text()
    marks = gui_desk.marking.checklist(screen.trajectory_id, code).items
    assert all(
        i.mark.person_id == window.events.person.id
        for i in marks
        if i.mark and i.mark.device_id != "demo"
    )


def test_undo_after_concluding_takes_back_the_conclusion(qtbot, window, gui_desk):
    pick_person(qtbot, window, "Fatma Yılmaz")
    open_candidate(qtbot, window, "nguyen")
    code = _open_unconcluded(qtbot, window)
    last = _master_all_but_last(qtbot, window)
    if last.toggle.status() is not MarkStatus.MASTERED:
        click(qtbot, last.toggle.buttons[MarkStatus.MASTERED])
    click(qtbot, window.checklist.conclude_button)
    trajectory_id = window.checklist.trajectory_id
    assert gui_desk.marking.checklist(trajectory_id, code).progress.concluded

    click(qtbot, window.checklist.undo_button)

    assert not gui_desk.marking.checklist(trajectory_id, code).progress.concluded
    assert window.checklist.conclude_button.isVisible()
