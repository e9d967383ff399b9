"""The checklist view from one call (issue #12): marking.checklist(trajectory, work process,
person) says what the screen shows and what this person may do; the service refuses what the
view never offers."""

from __future__ import annotations

import re

import pytest

from praktijkdesk.domain.mark import MAX_NOTE, MarkStatus, too_long_message
from praktijkdesk.domain.people import JUDGES_ONLY, Role
from praktijkdesk.errors import InvalidInput

W1, W2 = "B1-K1-W1", "B1-K1-W2"


def _master_all(desk, trajectory, person, code=W1):
    for b in desk.marking.checklist(trajectory.id, code).work_process.behaviours:
        desk.marking.record_mark(trajectory.id, b.id, MarkStatus.MASTERED, person.id)


def _conclusions(desk) -> int:
    return desk.db.execute("SELECT COUNT(*) FROM conclusions").fetchone()[0]


def test_the_trainer_is_offered_the_conclusion_a_jobcoach_is_not(desk, trajectory, trainer):
    coach = desk.people.add_person("Marloes Bakker-Ĳsselstein", Role.JOBCOACH)
    _master_all(desk, trajectory, trainer)
    mine = desk.marking.checklist(trajectory.id, W1, trainer.id)
    theirs = desk.marking.checklist(trajectory.id, W1, coach.id)
    nobody = desk.marking.checklist(trajectory.id, W1)
    assert mine.offer_conclusion and mine.can_conclude and mine.editable
    assert theirs.offer_conclusion and not theirs.can_conclude
    assert nobody.offer_conclusion and not nobody.can_conclude and nobody.undo is None
    assert mine.candidate_name == "Şükrü Öztürk" and mine.note_limit == MAX_NOTE
    assert mine.codes == tuple(trajectory.work_processes) and mine.position == 0
    # The service refuses what the view never offers: the jobcoach's conclusion.
    with pytest.raises(InvalidInput, match="praktijkopleider"):
        desk.marking.conclude(trajectory.id, W1, coach.id)
    assert _conclusions(desk) == 0


def test_a_trainer_of_another_employer_may_not_conclude_here(desk, trajectory, trainer):
    other = desk.people.add_employer("Hotel De Zeeuwse Stromen", "Vlissingen")
    stranger = desk.people.add_person("Jan de Vries", Role.TRAINER, other.id)
    _master_all(desk, trajectory, trainer)
    view = desk.marking.checklist(trajectory.id, W1, stranger.id)
    # A role check alone (what the screen did) would offer it: the view knows better.
    assert view.offer_conclusion and not view.can_conclude and not view.can_revoke
    with pytest.raises(InvalidInput) as refused:
        desk.marking.conclude(trajectory.id, W1, stranger.id)
    assert refused.value.message == JUDGES_ONLY
    assert _conclusions(desk) == 0


def test_concluded_closed_and_early(desk, trajectory, trainer):
    early = desk.marking.checklist(trajectory.id, W2, trainer.id)
    assert early.offer_early and early.can_conclude and not early.offer_conclusion
    _master_all(desk, trajectory, trainer)
    desk.marking.conclude(trajectory.id, W1, trainer.id)
    done = desk.marking.checklist(trajectory.id, W1, trainer.id)
    assert done.progress.concluded and done.concluded_by == "Fatma Yılmaz"
    assert done.can_revoke and done.can_declare and not done.offer_conclusion
    assert not done.offer_early
    desk.trajectories.close(trajectory.id)
    closed = desk.marking.checklist(trajectory.id, W2, trainer.id)
    assert not closed.editable and not closed.can_conclude and not closed.offer_early
    assert not desk.marking.checklist(trajectory.id, W1, trainer.id).can_revoke


def test_the_undo_the_view_names_is_the_undo_that_happens(desk, trajectory, trainer):
    coach = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
    first, second = desk.marking.checklist(trajectory.id, W1).work_process.behaviours[:2]
    desk.marking.record_mark(trajectory.id, first.id, MarkStatus.PRACTISING, trainer.id)
    desk.marking.record_mark(trajectory.id, second.id, MarkStatus.MASTERED, coach.id)
    view = desk.marking.checklist(trajectory.id, W1, trainer.id)
    # The trainer's own last action, not the jobcoach's later one.
    assert view.can_undo and view.undo.target == first.id
    assert view.undo.describe() == f"Zet Oefent bij '{first.text}' terug."
    # Another work process's checklist has nothing of the trainer's to undo.
    assert desk.marking.checklist(trajectory.id, W2, trainer.id).undo is None
    undone = desk.marking.undo_last(trainer.id, trajectory.id, W1)
    assert (undone.kind, undone.target, undone.status) == ("mark", first.id, MarkStatus.PRACTISING)
    assert desk.marking.checklist(trajectory.id, W1, trainer.id).undo is None


def test_a_tap_reads_one_work_processes_marks_not_the_whole_log(desk, trajectory, trainer):
    for code in trajectory.work_processes[:3]:
        _master_all(desk, trajectory, trainer, code)
    statements: list[str] = []
    desk.db.conn.set_trace_callback(statements.append)
    try:
        view = desk.marking.checklist(trajectory.id, W2, trainer.id)
    finally:
        desk.db.conn.set_trace_callback(None)
    assert all(i.mark is not None for i in view.items)
    reads = [s for s in statements if re.search(r"\bFROM (marks|current_marks)\b", s)]
    assert reads and all("behaviour_id IN" in s for s in reads), reads


@pytest.mark.parametrize("length, refused", [(MAX_NOTE, False), (MAX_NOTE + 1, True)])
def test_the_note_limit_is_one_number_with_one_message(desk, trajectory, trainer, length, refused):
    behaviour = desk.marking.checklist(trajectory.id, W1).work_process.behaviours[0]
    note = "ä" * length
    if refused:
        with pytest.raises(InvalidInput) as error:
            desk.marking.record_mark(trajectory.id, behaviour.id, "oefent", trainer.id, note)
        assert error.value.message == too_long_message()
        with pytest.raises(InvalidInput) as error:
            desk.marking.conclude(trajectory.id, W2, trainer.id, reason=note)
        assert error.value.message == too_long_message("De reden")
        assert _conclusions(desk) == 0
    else:
        mark = desk.marking.record_mark(trajectory.id, behaviour.id, "oefent", trainer.id, note)
        assert mark.note == note  # kept whole, never cut
