"""Undo on a checklist takes back only an action on that work process (issue 10), says what
it undid, and never takes back a conclusion that an issued declaration lists."""

import pytest

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.errors import InvalidInput
from tests.services.declaration_data import add_candidate


def _master_and_conclude(desk, trajectory, trainer, code):
    wp = desk.marking.checklist(trajectory.id, code).work_process
    for b in wp.behaviours:
        desk.marking.record_mark(trajectory.id, b.id, MarkStatus.MASTERED, trainer.id)
    desk.marking.conclude(trajectory.id, code, trainer.id)
    return wp


def test_undo_on_w2_never_takes_back_w1s_conclusion(desk, trajectory, trainer):
    _master_and_conclude(desk, trajectory, trainer, "B1-K1-W1")
    # On W2 nothing was done yet: undo there has nothing to take back.
    assert desk.marking.last_undoable(trainer.id, trajectory.id, "B1-K1-W2") is None
    assert desk.marking.undo_last(trainer.id, trajectory.id, "B1-K1-W2") is None
    assert desk.marking.checklist(trajectory.id, "B1-K1-W1").progress.concluded

    w2 = desk.marking.checklist(trajectory.id, "B1-K1-W2").work_process
    first = w2.behaviours[0]
    desk.marking.record_mark(trajectory.id, first.id, MarkStatus.PRACTISING, trainer.id)
    desk.marking.record_mark(trajectory.id, first.id, MarkStatus.MASTERED, trainer.id)
    undone = desk.marking.undo_last(trainer.id, trajectory.id, "B1-K1-W2")
    assert (undone.kind, undone.target, undone.status) == ("mark", first.id, MarkStatus.MASTERED)
    assert undone.message() == f"Beheerst bij '{first.text}' is teruggezet."
    undone = desk.marking.undo_last(trainer.id, trajectory.id, "B1-K1-W2")
    assert undone.message() == f"Oefent bij '{first.text}' is teruggezet."
    assert desk.marking.undo_last(trainer.id, trajectory.id, "B1-K1-W2") is None
    assert desk.marking.checklist(trajectory.id, "B1-K1-W1").progress.concluded


def test_undo_in_one_trajectory_leaves_another_alone(desk, trajectory, trainer):
    _, other = desk.trajectories.add_candidate(
        name="Bram de Wit",
        birth_date=None,
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=trajectory.guide_key,
    )
    desk.marking.record_mark(trajectory.id, "B1-K1-W1-1", MarkStatus.MASTERED, trainer.id)
    desk.marking.record_mark(other.id, "B1-K1-W1-1", MarkStatus.PRACTISING, trainer.id)
    undone = desk.marking.undo_last(trainer.id, trajectory.id, "B1-K1-W1")
    assert undone.trajectory_id == trajectory.id and undone.status is MarkStatus.MASTERED
    assert desk.marking.checklist(other.id, "B1-K1-W1").items[0].mark is not None


def test_a_declared_conclusion_stays_until_the_declaration_is_withdrawn(desk, trainer):
    # On the school's own guide: the bundled guides are examples and never issue (#14).
    trajectory = add_candidate(desk, trainer, "Şükrü Öztürk")
    wp = _master_and_conclude(desk, trajectory, trainer, "B1-K1-W1")
    issued = desk.declarations.issue(trajectory.id, trainer.id, ["B1-K1-W1"])
    before = desk.db.execute("SELECT COUNT(*) FROM conclusions").fetchone()[0]

    with pytest.raises(InvalidInput) as undo_refused:
        desk.marking.undo_last(trainer.id, trajectory.id, "B1-K1-W1")
    assert issued.number in undo_refused.value.message
    assert "trek die verklaring eerst in" in undo_refused.value.message.lower()
    with pytest.raises(InvalidInput) as revoke_refused:
        desk.marking.revoke_conclusion(trajectory.id, "B1-K1-W1", trainer.id, "toch niet")
    assert issued.number in revoke_refused.value.message
    # Global undo (no checklist open) is refused the same way: nothing changed.
    with pytest.raises(InvalidInput):
        desk.marking.undo_last(trainer.id)
    assert desk.db.execute("SELECT COUNT(*) FROM conclusions").fetchone()[0] == before
    assert desk.marking.checklist(trajectory.id, "B1-K1-W1").progress.concluded

    desk.declarations.withdraw(issued.id, trainer.id, "verkeerd werkproces")
    undone = desk.marking.undo_last(trainer.id, trajectory.id, "B1-K1-W1")
    assert undone.kind == "conclusion"
    assert undone.message() == f"De afronding van B1-K1-W1 '{wp.title}' is teruggedraaid."
    assert not desk.marking.checklist(trajectory.id, "B1-K1-W1").progress.concluded
