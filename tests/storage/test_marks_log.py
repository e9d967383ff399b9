"""The mark and conclusion logs as stored: every column reads back, events merged from other
devices land in the right place, and the lists the screens ask for are complete.

Written to kill the mutants of storage/marks.py that survived (docs/mutation.md). Events are
appended directly (as an import does), with distinct values in every column, so a column read
from the wrong place or a filter turned around shows.

Since issue #13 an event carries its clock stamp ``hlc`` (domain/hlc.py) and "latest" is
ordered by (hlc, device, uuid). An imported event arrives with the stamp its own device gave
it, so ``mk``/``cc`` give every event one: by default the stamp a device with a right clock
gives (its wall time, counter 0, as a format-1 bundle is read), or an explicit one. Only an
event with no stamp at all is a local one, stamped here by this device's clock.
"""

from __future__ import annotations

import pytest

from praktijkdesk.domain import hlc as clock
from praktijkdesk.domain.mark import Conclusion, ConclusionValue, Mark, MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.storage import marks as store

M, R = ConclusionValue.MASTERED, ConclusionValue.REVOKED
B1, B2 = "B1-K1-W1-1", "B1-K1-W1-2"


@pytest.fixture
def log(desk, trajectory, trainer):
    """(desk, trajectory id, trainer id, jobcoach id)."""
    coach = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
    return desk, trajectory.id, trainer.id, coach.id


def stamp_of(at: str) -> str:
    """The stamp a device whose clock is right gives an event at ``at`` (nothing seen later)."""
    return clock.from_iso(at).encode()


def mk(
    tid, uuid, status, at, *, behaviour=B1, person, device="dev-a", note="", undoes=None, hlc=None
):
    return Mark(
        uuid,
        tid,
        behaviour,
        status,
        person,
        at,
        device,
        note,
        undoes,
        stamp_of(at) if hlc is None else hlc,
    )


def cc(
    tid,
    uuid,
    value,
    at,
    *,
    code="B1-K1-W1",
    person,
    device="dev-a",
    reason="",
    undoes=None,
    hlc=None,
):
    return Conclusion(
        uuid,
        tid,
        code,
        value,
        person,
        at,
        device,
        reason,
        undoes,
        stamp_of(at) if hlc is None else hlc,
    )


def current_uuid(db, tid, behaviour=B1):
    mark = store.current_marks_of(db, tid).get(behaviour)
    return mark.uuid if mark else None


def test_every_column_of_a_mark_and_a_conclusion_reads_back(log):
    desk, tid, fatma, _ = log
    # Stamps that differ from the wall time (a laptop whose clock was behind), so a stamp
    # derived from ``at`` instead of read from its column shows.
    mark = mk(
        tid,
        "mark-1",
        MarkStatus.PRACTISING,
        "2026-03-02T09:00:00+00:00",
        person=fatma,
        device="laptop-marloes",
        note="Oefent met de kassa",
        hlc="001772500000000000-000003",
    )
    undo = mk(
        tid,
        "undo-1",
        None,
        "2026-03-02T10:00:00+00:00",
        person=fatma,
        device="laptop-marloes",
        undoes="mark-1",
        hlc="001772500000000000-000004",
    )
    assert store.append_mark(desk.db, mark) is True
    assert store.append_mark(desk.db, undo) is True
    assert store.get_mark(desk.db, "mark-1") == mark
    assert store.get_mark(desk.db, "undo-1") == undo
    assert store.get_mark(desk.db, "nope") is None
    assert store.marks_of_trajectory(desk.db, tid) == [mark, undo]

    concluded = cc(
        tid,
        "conc-1",
        M,
        "2026-03-03T09:00:00+00:00",
        person=fatma,
        device="tablet-fatma",
        reason="Doet dit al jaren zelfstandig",
        hlc="001772600000000000-000007",
    )
    taken_back = cc(
        tid,
        "conc-2",
        None,
        "2026-03-03T09:05:00+00:00",
        person=fatma,
        device="tablet-fatma",
        undoes="conc-1",
        hlc="001772600000000000-000008",
    )
    assert store.append_conclusion(desk.db, concluded) is True
    assert store.append_conclusion(desk.db, taken_back) is True
    assert store.conclusions_of(desk.db, tid) == [concluded, taken_back]
    assert store.conclusions_for(desk.db, [tid]) == [concluded, taken_back]


def test_appending_the_same_event_twice_changes_nothing(log):
    desk, tid, fatma, coach = log
    first = mk(tid, "same", MarkStatus.MASTERED, "2026-03-02T09:00:00+00:00", person=fatma)
    again = mk(tid, "same", MarkStatus.NOT_YET, "2026-03-05T09:00:00+00:00", person=coach)
    assert store.append_mark(desk.db, first) is True
    assert store.append_mark(desk.db, again) is False
    assert store.marks_of_trajectory(desk.db, tid) == [first]
    assert current_uuid(desk.db, tid) == "same"
    assert store.mark_exists(desk.db, "same") and not store.mark_exists(desk.db, "other")

    c = cc(tid, "c-same", M, "2026-03-02T09:00:00+00:00", person=fatma)
    assert store.append_conclusion(desk.db, c) is True
    assert (
        store.append_conclusion(desk.db, cc(tid, "c-same", R, "2026-03-09", person=coach)) is False
    )
    assert store.conclusions_of(desk.db, tid) == [c]
    assert store.conclusion_exists(desk.db, "c-same")
    assert not store.conclusion_exists(desk.db, "c-other")


def test_local_order_numbers_count_up_per_log(log):
    desk, tid, fatma, _ = log
    assert store.next_seq(desk.db, "marks") == 1
    store.append_mark(desk.db, mk(tid, "a", MarkStatus.MASTERED, "2026-03-02", person=fatma))
    store.append_mark(desk.db, mk(tid, "b", MarkStatus.MASTERED, "2026-03-01", person=fatma))
    assert store.next_seq(desk.db, "marks") == 3
    assert store.next_seq(desk.db, "conclusions") == 1
    # The log lists events in the order this device stored them, not by their moment.
    assert [m.uuid for m in store.marks_of_trajectory(desk.db, tid)] == ["a", "b"]


def test_an_older_mark_merged_later_does_not_replace_the_current_one(log):
    desk, tid, fatma, _ = log
    store.append_mark(desk.db, mk(tid, "new", MarkStatus.MASTERED, "2026-03-05", person=fatma))
    store.append_mark(
        desk.db, mk(tid, "old", MarkStatus.NOT_YET, "2026-03-01", person=fatma, device="dev-b")
    )
    assert current_uuid(desk.db, tid) == "new"
    store.append_mark(
        desk.db, mk(tid, "newer", MarkStatus.PRACTISING, "2026-03-06", person=fatma, device="dev-b")
    )
    assert current_uuid(desk.db, tid) == "newer"


def test_same_moment_on_two_devices_the_larger_device_id_wins_whatever_arrives_first(log):
    desk, tid, fatma, _ = log
    at = "2026-03-02T09:00:00+00:00"
    store.append_mark(desk.db, mk(tid, "zz", MarkStatus.MASTERED, at, person=fatma, device="b"))
    store.append_mark(desk.db, mk(tid, "aa", MarkStatus.NOT_YET, at, person=fatma, device="a"))
    assert current_uuid(desk.db, tid) == "zz"
    store.append_mark(
        desk.db, mk(tid, "yy", MarkStatus.NOT_YET, at, person=fatma, device="c", behaviour=B2)
    )
    store.append_mark(
        desk.db, mk(tid, "xx", MarkStatus.MASTERED, at, person=fatma, device="b", behaviour=B2)
    )
    assert current_uuid(desk.db, tid, B2) == "yy"


def test_undo_brings_back_the_previous_mark_and_undo_of_the_only_mark_clears_it(log):
    desk, tid, fatma, _ = log
    store.append_mark(desk.db, mk(tid, "a", MarkStatus.PRACTISING, "2026-03-01", person=fatma))
    store.append_mark(desk.db, mk(tid, "b", MarkStatus.MASTERED, "2026-03-02", person=fatma))
    store.append_mark(desk.db, mk(tid, "u1", None, "2026-03-03", person=fatma, undoes="b"))
    assert current_uuid(desk.db, tid) == "a"
    assert store.current_marks_of(desk.db, tid)[B1].status is MarkStatus.PRACTISING
    store.append_mark(desk.db, mk(tid, "u2", None, "2026-03-04", person=fatma, undoes="a"))
    assert store.current_marks_of(desk.db, tid) == {}


def test_an_undo_that_arrived_before_its_mark_keeps_the_mark_from_becoming_current(log):
    desk, tid, fatma, _ = log
    store.append_mark(desk.db, mk(tid, "a", MarkStatus.PRACTISING, "2026-03-01", person=fatma))
    # The undo of "late" comes in first (bundles can arrive in any order)...
    assert (
        store.append_mark(desk.db, mk(tid, "u", None, "2026-03-04", person=fatma, undoes="late"))
        is True
    )
    assert current_uuid(desk.db, tid) == "a"
    # ... then "late" itself: it was already taken back, so "a" stays current.
    store.append_mark(desk.db, mk(tid, "late", MarkStatus.MASTERED, "2026-03-03", person=fatma))
    assert current_uuid(desk.db, tid) == "a"


def test_an_undo_recorded_under_another_behaviour_id_still_cancels_its_mark(log):
    # The undo names its target by uuid; history finds it through the row it cancels.
    desk, tid, fatma, _ = log
    store.append_mark(desk.db, mk(tid, "a", MarkStatus.MASTERED, "2026-03-01", person=fatma))
    undo = mk(tid, "u", None, "2026-03-02", person=fatma, undoes="a", behaviour="B1-K1-W1-old")
    store.append_mark(desk.db, undo)
    assert store.current_marks_of(desk.db, tid) == {}
    history = store.behaviour_history(desk.db, tid, B1, include_undone=True)
    assert [m.uuid for m in history] == ["a", "u"]
    assert [m.uuid for m in store.behaviour_history(desk.db, tid, B1)] == ["a"]


def test_the_clock_stamp_orders_marks_not_the_wall_time_nor_the_device(log):
    # dev-a's clock is a day behind: after seeing "new" (stamped 5 March on dev-b) it makes
    # "fix" at what it thinks is 4 March. Its stamp counts on from "new", so "fix" is the
    # current mark, although its wall time is earlier and its device id smaller.
    desk, tid, fatma, _ = log
    seen = clock.from_iso("2026-03-05T09:00:00+00:00")
    after_seen = clock.Hlc(seen.physical, 1).encode()
    store.append_mark(
        desk.db,
        mk(
            tid,
            "new",
            MarkStatus.NOT_YET,
            "2026-03-05T09:00:00+00:00",
            person=fatma,
            device="dev-b",
        ),
    )
    store.append_mark(
        desk.db,
        mk(
            tid,
            "fix",
            MarkStatus.MASTERED,
            "2026-03-04T09:00:00+00:00",
            person=fatma,
            device="dev-a",
            hlc=after_seen,
        ),
    )
    assert current_uuid(desk.db, tid) == "fix"
    assert [m.uuid for m in store.behaviour_history(desk.db, tid, B1)] == ["new", "fix"]
    # Arriving the other way round changes nothing.
    store.append_mark(
        desk.db,
        mk(
            tid,
            "fix2",
            MarkStatus.MASTERED,
            "2026-03-04T09:00:00+00:00",
            person=fatma,
            device="dev-a",
            hlc=after_seen,
            behaviour=B2,
        ),
    )
    store.append_mark(
        desk.db,
        mk(
            tid,
            "new2",
            MarkStatus.NOT_YET,
            "2026-03-05T09:00:00+00:00",
            person=fatma,
            device="dev-b",
            behaviour=B2,
        ),
    )
    assert current_uuid(desk.db, tid, B2) == "fix2"


def test_a_local_event_gets_this_devices_next_stamp_and_sorts_after_the_last(log):
    # A mark or conclusion made here has no stamp yet; appending gives it the next one of
    # this device's clock, also when the wall clock was put back in between.
    desk, tid, fatma, _ = log
    first = mk(tid, "l1", MarkStatus.PRACTISING, "2026-03-02T09:00:00+00:00", person=fatma, hlc="")
    store.append_mark(desk.db, first)
    one = store.get_mark(desk.db, "l1")
    assert one.hlc == stamp_of("2026-03-02T09:00:00+00:00")
    put_back = mk(tid, "l2", MarkStatus.MASTERED, "2026-03-01T09:00:00+00:00", person=fatma, hlc="")
    store.append_mark(desk.db, put_back)
    two = store.get_mark(desk.db, "l2")
    assert clock.decode(two.hlc) == clock.Hlc(clock.decode(one.hlc).physical, 1)
    assert current_uuid(desk.db, tid) == "l2"
    assert [m.uuid for m in store.behaviour_history(desk.db, tid, B1)] == ["l1", "l2"]
    store.append_conclusion(
        desk.db, cc(tid, "lc", M, "2026-03-01T10:00:00+00:00", person=fatma, hlc="")
    )
    assert clock.decode(store.conclusions_of(desk.db, tid)[0].hlc) == clock.Hlc(
        clock.decode(one.hlc).physical, 2
    )


def test_history_is_oldest_first_and_lists_an_undo_once(log):
    desk, tid, fatma, _ = log
    store.append_mark(desk.db, mk(tid, "c", MarkStatus.MASTERED, "2026-03-03", person=fatma))
    store.append_mark(desk.db, mk(tid, "a", MarkStatus.NOT_YET, "2026-03-01", person=fatma))
    store.append_mark(
        desk.db, mk(tid, "b", MarkStatus.PRACTISING, "2026-03-02", person=fatma, device="dev-z")
    )
    store.append_mark(
        desk.db, mk(tid, "b2", MarkStatus.PRACTISING, "2026-03-02", person=fatma, device="dev-b")
    )
    store.append_mark(desk.db, mk(tid, "u", None, "2026-03-04", person=fatma, undoes="c"))
    store.append_mark(
        desk.db, mk(tid, "other", MarkStatus.MASTERED, "2026-03-01", person=fatma, behaviour=B2)
    )
    expected = ["a", "b2", "b", "c", "u"]
    assert [m.uuid for m in store.behaviour_history(desk.db, tid, B1)] == expected
    assert [
        m.uuid for m in store.behaviour_history(desk.db, tid, B1, include_undone=True)
    ] == expected
    assert store.behaviour_history(desk.db, tid, "B9-none", include_undone=True) == []
    assert current_uuid(desk.db, tid) == "b"


def test_undo_last_finds_this_persons_latest_action_on_this_device(log):
    desk, tid, fatma, coach = log
    for event in (
        mk(tid, "f1", MarkStatus.PRACTISING, "2026-03-01", person=fatma),
        mk(tid, "f2", MarkStatus.MASTERED, "2026-03-02", person=fatma, behaviour=B2),
        mk(tid, "c1", MarkStatus.NOT_YET, "2026-03-03", person=coach),
        mk(tid, "f-other-device", MarkStatus.NOT_YET, "2026-03-04", person=fatma, device="dev-b"),
    ):
        store.append_mark(desk.db, event)
    assert store.last_mark_by(desk.db, fatma, "dev-a").uuid == "f2"
    assert store.last_mark_by(desk.db, coach, "dev-a").uuid == "c1"
    assert store.last_mark_by(desk.db, fatma, "dev-b").uuid == "f-other-device"
    store.append_mark(
        desk.db, mk(tid, "u", None, "2026-03-05", person=fatma, undoes="f2", behaviour=B2)
    )
    # The undo itself is not undoable, and f2 is already undone: f1 is next.
    assert store.last_mark_by(desk.db, fatma, "dev-a").uuid == "f1"
    assert store.last_mark_by(desk.db, fatma, "dev-c") is None


def test_undo_last_only_within_the_trajectory_and_work_process_asked(log, trainer):
    # Undo on a checklist takes back this person's latest mark of that work process (its
    # behaviours) in that trajectory; on the overview, of that trajectory.
    desk, tid, fatma, _ = log
    _, second = desk.trajectories.add_candidate(
        name="Zoë de Vries",
        employer_id=trainer.employer_id,
        trainer_id=fatma,
        guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
    )
    for event in (
        mk(tid, "t1-b1", MarkStatus.PRACTISING, "2026-03-01", person=fatma),
        mk(tid, "t1-b2", MarkStatus.MASTERED, "2026-03-02", person=fatma, behaviour=B2),
        mk(second.id, "t2-b1", MarkStatus.NOT_YET, "2026-03-03", person=fatma),
    ):
        store.append_mark(desk.db, event)
    assert store.last_mark_by(desk.db, fatma, "dev-a").uuid == "t2-b1"
    assert store.last_mark_by(desk.db, fatma, "dev-a", trajectory_id=tid).uuid == "t1-b2"
    assert (
        store.last_mark_by(desk.db, fatma, "dev-a", trajectory_id=tid, behaviour_ids=[B1]).uuid
        == "t1-b1"
    )
    assert store.last_mark_by(desk.db, fatma, "dev-a", behaviour_ids=[B1]).uuid == "t2-b1"
    assert (
        store.last_mark_by(desk.db, fatma, "dev-a", trajectory_id=second.id, behaviour_ids=[B2])
        is None
    )
    assert store.last_mark_by(desk.db, fatma, "dev-a", trajectory_id=tid, behaviour_ids=[]) is None

    for event in (
        cc(tid, "k-w1", M, "2026-03-01", person=fatma),
        cc(tid, "k-w2", M, "2026-03-02", person=fatma, code="B1-K1-W2"),
        cc(second.id, "k2-w1", M, "2026-03-03", person=fatma),
    ):
        store.append_conclusion(desk.db, event)
    assert store.last_conclusion_by(desk.db, fatma, "dev-a").uuid == "k2-w1"
    assert store.last_conclusion_by(desk.db, fatma, "dev-a", trajectory_id=tid).uuid == "k-w2"
    assert (
        store.last_conclusion_by(
            desk.db, fatma, "dev-a", trajectory_id=tid, work_process_code="B1-K1-W1"
        ).uuid
        == "k-w1"
    )
    assert (
        store.last_conclusion_by(desk.db, fatma, "dev-a", work_process_code="B1-K1-W1").uuid
        == "k2-w1"
    )
    assert (
        store.last_conclusion_by(
            desk.db, fatma, "dev-a", trajectory_id=second.id, work_process_code="B1-K1-W2"
        )
        is None
    )


def test_undo_last_for_conclusions(log):
    desk, tid, fatma, coach = log
    for event in (
        cc(tid, "k1", M, "2026-03-01", person=fatma),
        cc(tid, "k2", R, "2026-03-02", person=fatma),
        cc(tid, "k3", M, "2026-03-03", person=coach, code="B1-K1-W2"),
        cc(tid, "k4", M, "2026-03-04", person=fatma, device="dev-b"),
    ):
        store.append_conclusion(desk.db, event)
    assert store.last_conclusion_by(desk.db, fatma, "dev-a").uuid == "k2"
    assert store.last_conclusion_by(desk.db, coach, "dev-a").uuid == "k3"
    store.append_conclusion(desk.db, cc(tid, "ku", None, "2026-03-05", person=fatma, undoes="k2"))
    assert store.last_conclusion_by(desk.db, fatma, "dev-a").uuid == "k1"
    assert store.last_conclusion_by(desk.db, coach, "dev-b") is None


def test_counts_for_the_candidate_list_cover_every_trajectory_asked(log, trainer):
    desk, tid, fatma, _ = log
    _, second = desk.trajectories.add_candidate(
        name="Zoë de Vries",
        employer_id=trainer.employer_id,
        trainer_id=fatma,
        guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
    )
    _, empty = desk.trajectories.add_candidate(
        name="Ana Lopes",
        employer_id=trainer.employer_id,
        trainer_id=fatma,
        guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
    )
    store.append_mark(desk.db, mk(tid, "a", MarkStatus.PRACTISING, "2026-03-01", person=fatma))
    store.append_mark(desk.db, mk(tid, "b", MarkStatus.MASTERED, "2026-03-02", person=fatma))
    store.append_mark(
        desk.db, mk(tid, "c", MarkStatus.NOT_YET, "2026-03-01", person=fatma, behaviour=B2)
    )
    store.append_mark(desk.db, mk(second.id, "d", MarkStatus.MASTERED, "2026-03-01", person=fatma))
    counts = store.mark_counts(desk.db, [tid, second.id, empty.id])
    assert counts == {
        tid: {B1: "mastered", B2: "not_yet"},
        second.id: {B1: "mastered"},
        empty.id: {},
    }
    assert store.mark_counts(desk.db, [second.id]) == {second.id: {B1: "mastered"}}
    assert store.mark_counts(desk.db, []) == {}
    current = store.current_marks_of(desk.db, tid)
    assert set(current) == {B1, B2} and current[B2].uuid == "c"


def test_conclusions_for_many_trajectories(log, trainer):
    desk, tid, fatma, _ = log
    _, second = desk.trajectories.add_candidate(
        name="Zoë de Vries",
        employer_id=trainer.employer_id,
        trainer_id=fatma,
        guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
    )
    one = cc(tid, "k1", M, "2026-03-01", person=fatma)
    two = cc(second.id, "k2", M, "2026-03-02", person=fatma)
    store.append_conclusion(desk.db, one)
    store.append_conclusion(desk.db, two)
    assert store.conclusions_for(desk.db, []) == []
    assert store.conclusions_for(desk.db, [second.id]) == [two]
    assert sorted(store.conclusions_for(desk.db, [tid, second.id]), key=lambda c: c.uuid) == [
        one,
        two,
    ]
    assert store.conclusions_of(desk.db, second.id) == [two]
