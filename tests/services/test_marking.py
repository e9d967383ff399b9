"""Marking, concluding and undo through the services, as the screens and CLI use them."""

import pytest

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.errors import InvalidInput, NotFound


def test_a_mark_is_committed_with_who_and_device(desk, trajectory, trainer):
    mark = desk.marking.record_mark(
        trajectory.id, "B1-K1-W1-1", "mastered", trainer.id, note=" Goed "
    )
    row = desk.db.execute(
        "SELECT status, person_id, device_id, note FROM marks WHERE uuid = ?", [mark.uuid]
    ).fetchone()
    assert row == ("mastered", trainer.id, desk.device_id, "Goed")
    assert not desk.db.conn.in_transaction


def test_checklist_shows_the_current_mark_and_who(desk, trajectory, trainer):
    desk.marking.record_mark(trajectory.id, "B1-K1-W1-1", MarkStatus.PRACTISING, trainer.id)
    desk.marking.record_mark(trajectory.id, "B1-K1-W1-1", MarkStatus.MASTERED, trainer.id)
    checklist = desk.marking.checklist(trajectory.id, "B1-K1-W1")
    first = checklist.items[0]
    assert first.mark.status is MarkStatus.MASTERED and first.marked_by == "Fatma Yılmaz"
    assert checklist.progress.mastered == 1
    assert checklist.items[1].mark is None


def test_undo_takes_back_the_last_mark_only(desk, trajectory, trainer):
    desk.marking.record_mark(trajectory.id, "B1-K1-W1-1", MarkStatus.PRACTISING, trainer.id)
    desk.marking.record_mark(trajectory.id, "B1-K1-W1-1", MarkStatus.MASTERED, trainer.id)
    undone = desk.marking.undo_last(trainer.id)
    assert undone.target == "B1-K1-W1-1"
    item = desk.marking.checklist(trajectory.id, "B1-K1-W1").items[0]
    assert item.mark.status is MarkStatus.PRACTISING
    desk.marking.undo_last(trainer.id)
    assert desk.marking.checklist(trajectory.id, "B1-K1-W1").items[0].mark is None
    assert desk.marking.undo_last(trainer.id) is None
    # History keeps all four events: two marks, two undos.
    assert desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == 4


def test_undo_is_per_person(desk, trajectory, trainer):
    other = desk.people.add_person("Bas Jansen", Role.TRAINER)
    desk.marking.record_mark(trajectory.id, "B1-K1-W1-1", MarkStatus.MASTERED, trainer.id)
    assert desk.marking.undo_last(other.id) is None


def test_all_mastered_makes_the_work_process_ready_and_concluding_records_it(
    desk, trajectory, trainer
):
    wp = desk.marking.checklist(trajectory.id, "B1-K1-W1")
    for item in wp.items:
        desk.marking.record_mark(trajectory.id, item.behaviour.id, MarkStatus.MASTERED, trainer.id)
    progress = desk.marking.checklist(trajectory.id, "B1-K1-W1").progress
    assert progress.ready_for_conclusion
    event = desk.marking.conclude(trajectory.id, "B1-K1-W1", trainer.id)
    assert event.person_id == trainer.id
    overview = desk.trajectories.overview(trajectory.id)
    assert overview.progress.concluded_count == 1 and overview.progress.undeclared_count == 1
    # The bundled guide is an example: concluded, but never "Klaar voor verklaring" (#14).
    assert overview.progress.ready_on_example and not overview.progress.ready_for_declaration


def test_concluding_early_needs_a_reason(desk, trajectory, trainer):
    with pytest.raises(InvalidInput, match="waarom"):
        desk.marking.conclude(trajectory.id, "B1-K1-W2", trainer.id)
    desk.marking.conclude(trajectory.id, "B1-K1-W2", trainer.id, reason="Werkte hier al 3 jaar")
    assert desk.trajectories.overview(trajectory.id).progress.concluded_count == 1


def test_undo_takes_back_a_conclusion(desk, trajectory, trainer):
    desk.marking.conclude(trajectory.id, "B1-K1-W2", trainer.id, reason="Werkte hier al 3 jaar")
    undone = desk.marking.undo_last(trainer.id)
    assert undone.kind == "conclusion"
    assert desk.trajectories.overview(trajectory.id).progress.concluded_count == 0


def test_a_jobcoach_cannot_conclude(desk, trajectory):
    coach = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
    with pytest.raises(InvalidInput, match="praktijkopleider"):
        desk.marking.conclude(trajectory.id, "B1-K1-W2", coach.id, reason="Lang genoeg gezien")


@pytest.mark.parametrize(
    "behaviour, status, error",
    [("B9-K9-W9-9", "mastered", NotFound), ("B1-K1-W1-1", "goed", InvalidInput)],
)
def test_bad_marks_change_nothing(desk, trajectory, trainer, behaviour, status, error):
    with pytest.raises(error):
        desk.marking.record_mark(trajectory.id, behaviour, status, trainer.id)
    assert desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == 0


def test_unchosen_work_process_cannot_be_marked(desk, trainer):
    _, t = desk.trajectories.add_candidate(
        name="Zoë",
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
        work_processes=["B1-K1-W2"],
    )
    with pytest.raises(InvalidInput, match="niet gekozen"):
        desk.marking.record_mark(t.id, "B1-K1-W1-1", "mastered", trainer.id)


def test_a_closed_trajectory_takes_no_marks(desk, trajectory, trainer):
    desk.trajectories.close(trajectory.id)
    with pytest.raises(InvalidInput, match="afgesloten"):
        desk.marking.record_mark(trajectory.id, "B1-K1-W1-1", "mastered", trainer.id)
