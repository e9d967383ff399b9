"""Saving an employer's own version and moving a trajectory to it (overstap): marks follow
behaviour ids, nothing is lost, the move is one undoable action."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.migration import EARLIER_VERSION
from praktijkdesk.errors import InvalidInput
from tests.services.declaration_data import school_guide_key, text_of

from .conftest import GUIDE, WP, edit


def _ids(desk, trajectory, code=WP):
    return [b.id for b in desk.guides.get(trajectory.guide_key).work_process(code).behaviours]


def _own(desk, employer, **changes):
    guide = desk.guide_variants.for_editing(GUIDE, employer.id)
    return desk.guide_variants.save(edit(desk, guide, **changes))


def test_every_save_is_a_new_version_and_an_unchanged_save_stores_nothing(desk, shop):
    employer, _, trajectory = shop
    first_id = _ids(desk, trajectory)[0]
    one = _own(desk, employer, reword={first_id: "Dek de tafels zoals wij dat doen."})
    two = _own(desk, employer, add=["Zet de koffie klaar."])
    school = desk.guides.latest(GUIDE).version
    assert (one.version, two.version) == (f"{school}.e1", f"{school}.e2")
    assert desk.guide_variants.save(two) == two  # nothing changed: no third version
    assert len([s for s in desk.guides.summaries() if s.slug == two.slug]) == 2
    # Both saves are kept whole; the second builds on the first.
    assert two.work_process(WP).behaviours[0].text == "Dek de tafels zoals wij dat doen."
    assert desk.guide_variants.current(GUIDE, employer.id) == two


def test_reword_keeps_marks_and_hidden_marks_stay_in_history(desk, shop):
    employer, trainer, trajectory = shop
    ids = _ids(desk, trajectory)
    desk.marking.record_mark(trajectory.id, ids[0], "beheerst", trainer.id)
    desk.marking.record_mark(trajectory.id, ids[1], "oefent", trainer.id)
    own = _own(desk, employer, reword={ids[0]: "Dek de tafels zoals wij dat doen."}, hide=[ids[1]])
    desk.migrations.apply(trajectory.id, own.key, trainer.id)

    items = {i.behaviour.id: i for i in desk.marking.checklist(trajectory.id, WP).items}
    assert items[ids[0]].behaviour.text == "Dek de tafels zoals wij dat doen."
    assert items[ids[0]].mark.status is MarkStatus.MASTERED  # the reworded one kept its mark
    assert ids[1] not in items  # hidden: not on the checklist ...
    history = desk.marking.history(trajectory.id, ids[1])  # ... but its marks are all there
    assert [m.status for m in history] == [MarkStatus.PRACTISING]
    earlier = desk.migrations.earlier_marks(trajectory.id)
    assert [(e.behaviour_id, e.status, e.label) for e in earlier] == [
        (ids[1], MarkStatus.PRACTISING, EARLIER_VERSION)
    ]
    assert earlier[0].text == desk.guides.latest(GUIDE).work_process(WP).behaviours[1].text
    assert desk.integrity_problems() == []


def test_the_plan_counts_and_conclusions_stay(desk, shop):
    employer, trainer, trajectory = shop
    ids = _ids(desk, trajectory)
    for behaviour_id in ids:
        desk.marking.record_mark(trajectory.id, behaviour_id, "beheerst", trainer.id)
    desk.marking.conclude(trajectory.id, WP, trainer.id)
    own = _own(desk, employer, hide=[ids[1]], add=["Zet de koffie klaar."])
    school = desk.guides.get(trajectory.guide_key)
    total = sum(len(school.work_process(c).behaviours) for c in trajectory.work_processes)
    plan = desk.migrations.plan(trajectory.id, own.key)
    assert plan.counts() == {
        "kept": total - 1,
        "reworded": 0,
        "new": 1,
        "gone": 1,
        "gone_marked": 1,
        "conclusions_kept": 1,
    }
    assert plan.conclusions_to_check == (WP,)
    desk.migrations.apply(trajectory.id, own.key, trainer.id)
    progress = desk.marking.checklist(trajectory.id, WP).progress
    assert progress.concluded  # the trainer's judgement stands
    assert (progress.total, progress.mastered) == (len(ids), len(ids) - 1)


def test_only_a_trainer_of_the_employer_moves_and_only_to_a_related_version(desk, shop):
    from praktijkdesk.domain.people import Role

    employer, trainer, trajectory = shop
    own = _own(desk, employer, add=["Zet de koffie klaar."])
    coach = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
    before = desk.trajectories.resolve(trajectory.id)
    with pytest.raises(InvalidInput, match="Alleen een praktijkopleider"):
        desk.migrations.apply(trajectory.id, own.key, coach.id)
    other = desk.people.add_employer("Bakkerij Van Dam", "Zoetermeer")
    theirs = _own(desk, other, add=["Bak brood."])
    with pytest.raises(InvalidInput, match="ander leerbedrijf"):
        desk.migrations.apply(trajectory.id, theirs.key, trainer.id)
    with pytest.raises(InvalidInput, match="ander begeleidingsdocument"):
        desk.migrations.apply(
            trajectory.id, desk.guides.latest("assistent-logistiek").key, trainer.id
        )
    assert desk.trajectories.resolve(trajectory.id) == before
    assert desk.migrations.history(trajectory.id) == []


def test_undo_of_an_overstap_moves_back_and_keeps_later_marks(desk, shop):
    employer, trainer, trajectory = shop
    school_key = trajectory.guide_key
    own = _own(desk, employer, add=["Zet de koffie klaar."])
    desk.migrations.apply(trajectory.id, own.key, trainer.id)
    desk.marking.record_mark(trajectory.id, f"{WP}-E1", "oefent", trainer.id)
    # Ctrl+Z: first the later mark, then the move.
    assert desk.marking.undo_last(trainer.id).kind == "mark"
    desk.marking.record_mark(trajectory.id, f"{WP}-E1", "beheerst", trainer.id)
    desk.marking.undo_last(trainer.id)
    undone = desk.marking.undo_last(trainer.id)
    assert (
        undone.kind == "migration"
        and f"weer versie {desk.guides.get(school_key).version}" in undone.message()
    )
    assert desk.trajectories.resolve(trajectory.id).guide_key == school_key
    # The log keeps both events; nothing was removed.
    events = desk.migrations.history(trajectory.id)
    assert [(e.from_key, e.to_key, bool(e.undoes)) for e in events] == [
        (school_key, own.key, False),
        (own.key, school_key, True),
    ]
    assert desk.marking.undo_last(trainer.id) is None  # nothing left to undo
    assert desk.integrity_problems() == []


def test_undo_of_an_older_move_waits_for_the_later_one(desk, shop):
    employer, trainer, trajectory = shop
    one = _own(desk, employer, add=["Zet de koffie klaar."])
    desk.migrations.apply(trajectory.id, one.key, trainer.id)
    first = desk.migrations.last_undoable(trainer.id)
    two = _own(desk, employer, add=["Ruim de kopjes op."])
    desk.migrations.apply(trajectory.id, two.key, trainer.id)
    with pytest.raises(InvalidInput, match="Maak eerst die overstap ongedaan"):
        desk.migrations.undo(first, trainer.id)
    assert desk.trajectories.resolve(trajectory.id).guide_key == two.key


def test_a_chosen_work_process_missing_from_the_target_stops_the_move(desk, shop, tmp_path):
    _, trainer, trajectory = shop
    school = desk.guides.latest(GUIDE)
    text = tmp_path / "x.json"
    from praktijkdesk.guides import export_guide

    export_guide(school, text)
    data = text.read_text(encoding="utf-8").replace(
        f'"version": "{school.version}"', '"version": "2027-1"'
    )
    # The next school version drops work process B1-K2-W3 (the last one).
    start = data.index('       {"code": "B1-K2-W3"')
    data = data[:start].rstrip().rstrip(",") + "\n     ]}\n  ]\n}\n"
    text.write_text(data, encoding="utf-8")
    newer = desk.guides.import_file(text)
    plan = desk.migrations.plan(trajectory.id, newer.key)
    assert not plan.possible and "B1-K2-W3" in plan.problems[0]
    with pytest.raises(InvalidInput, match="B1-K2-W3"):
        desk.migrations.apply(trajectory.id, newer.key, trainer.id)
    assert desk.trajectories.resolve(trajectory.id).guide_key == trajectory.guide_key


def test_the_declaration_after_an_overstap_names_the_school_work_processes(desk, shop):
    employer, trainer, _ = shop
    school_key = school_guide_key(desk)  # a school's own guide: declarations may be issued
    school = desk.guides.get(school_key)
    _, trajectory = desk.trajectories.add_candidate(
        name="Şükrü Öztürk",
        birth_date="1991-04-17",
        employer_id=employer.id,
        trainer_id=trainer.id,
        guide_key=school_key,
        work_processes=[WP],
    )
    guide = desk.guide_variants.for_editing(school_key, employer.id)
    ids = [b.id for b in guide.work_process(WP).behaviours]
    own = desk.guide_variants.save(
        edit(
            desk,
            guide,
            reword={ids[0]: "Dek de tafels."},
            hide=[ids[1]],
            add=["Zet de koffie klaar."],
        )
    )
    desk.migrations.apply(trajectory.id, own.key, trainer.id)
    for behaviour in own.work_process(WP).behaviours:
        desk.marking.record_mark(trajectory.id, behaviour.id, "beheerst", trainer.id)
    desk.marking.conclude(trajectory.id, WP, trainer.id)
    issued = desk.declarations.issue(trajectory.id, trainer.id)
    [core_task] = issued.snapshot.core_tasks
    school_wp = school.work_process(WP)
    assert (core_task.code, core_task.title) == (
        school.core_task_of(WP).code,
        school.core_task_of(WP).title,
    )
    assert [(w.code, w.title) for w in core_task.work_processes] == [(WP, school_wp.title)]
    text = text_of(desk.declarations.reprint(issued.id))
    assert WP in text and school_wp.title.split()[0] in text


def test_a_second_writer_never_overwrites_a_version(data_dir, clock, shop, desk):
    employer, _, trajectory = shop
    other = Desk.open(data_dir, clock=clock)  # a second program on the same folder
    try:
        mine = edit(desk, desk.guide_variants.for_editing(GUIDE, employer.id), add=["Eén."])
        theirs = edit(other, other.guide_variants.for_editing(GUIDE, employer.id), add=["Twee."])
        a = desk.guide_variants.save(mine)
        b = other.guide_variants.save(theirs)  # built on the first when it saves
    finally:
        other.close()
    school = desk.guides.latest(GUIDE).version
    assert (a.version, b.version) == (f"{school}.e1", f"{school}.e2")
    # Both added the "first new" behaviour of the work process; the second save could not
    # take the first one's id for another text, and the first one's behaviour is not lost.
    texts = {x.text for x in b.work_process(WP).behaviours} | {h.text for h in b.variant.hidden}
    assert {"Eén.", "Twee."} <= texts
    ids = [x.id for x in b.work_process(WP).behaviours] + [h.id for h in b.variant.hidden]
    assert len(ids) == len(set(ids))


def test_a_clock_a_day_back_still_finds_the_newest_version(desk, shop, clock):
    employer, _, _ = shop
    _own(desk, employer, add=["Eén."])
    clock.advance(dt.timedelta(days=-1))  # the PC's clock was put a day back
    newest = _own(desk, employer, add=["Twee."])
    assert desk.guide_variants.current(GUIDE, employer.id).key == newest.key
    assert newest.version == f"{desk.guides.latest(GUIDE).version}.e2"


def test_a_trajectory_kept_on_another_device_cannot_move(desk, shop, tmp_path):
    employer, trainer, trajectory = shop
    own = _own(desk, employer, add=["Zet de koffie klaar."])
    desk.exchange.export(tmp_path / "t.praktijk", trajectory_id=trajectory.id)
    plan = desk.migrations.plan(trajectory.id, own.key)
    assert not plan.possible and "ander apparaat" in plan.problems[-1]
    with pytest.raises(InvalidInput, match="ander apparaat"):
        desk.migrations.apply(trajectory.id, own.key, trainer.id)


def test_erasing_the_candidate_erases_the_moves(desk, shop):
    employer, trainer, trajectory = shop
    own = _own(desk, employer, add=["Zet de koffie klaar."])
    desk.migrations.apply(trajectory.id, own.key, trainer.id)
    desk.privacy.erase_candidate(trajectory.candidate_id)
    rows = desk.db.execute("SELECT count(*) FROM trajectory_migrations").fetchone()[0]
    assert rows == 0 and desk.integrity_problems() == []


def test_a_backup_copy_with_moves_opens(desk, shop, tmp_path):
    employer, trainer, trajectory = shop
    own = _own(desk, employer, add=["Zet de koffie klaar."])
    desk.migrations.apply(trajectory.id, own.key, trainer.id)
    backup = desk.backup("test")
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(backup, copy / "praktijkdesk.sqlite")
    with Desk.open(copy, daily_backup=False) as restored:
        assert restored.trajectories.resolve(trajectory.id).guide_key == own.key


def test_a_new_trajectory_cannot_start_on_another_employers_version(desk, shop):
    employer, trainer, _ = shop
    other = desk.people.add_employer("Bakkerij Van Dam", "Zoetermeer")
    theirs = _own(desk, other, add=["Bak brood."])
    before = len(desk.trajectories.candidates())
    with pytest.raises(InvalidInput, match="ander leerbedrijf"):
        desk.trajectories.add_candidate(
            name="Zoë Ĳsselmeer-D'Hondt",
            birth_date=None,
            employer_id=employer.id,
            trainer_id=trainer.id,
            guide_key=theirs.key,
        )
    assert len(desk.trajectories.candidates()) == before  # nothing half made
    mine = _own(desk, employer, add=["Zet de koffie klaar."])
    _, trajectory = desk.trajectories.add_candidate(
        name="Zoë Ĳsselmeer-D'Hondt",
        birth_date=None,
        employer_id=employer.id,
        trainer_id=trainer.id,
        guide_key=mine.key,
    )
    assert trajectory.guide_key == mine.key
