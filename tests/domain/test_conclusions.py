"""Conclusions and marks as a trainer meets them: conclude, revoke, conclude again; undo; ties.

Written to kill the mutants of domain/mark.py that survived (docs/mutation.md).
"""

from __future__ import annotations

from dataclasses import replace

from praktijkdesk.domain.mark import (
    STATUS_LABELS,
    Conclusion,
    ConclusionValue,
    Mark,
    MarkStatus,
    concluded_mastered,
    current_conclusions,
    current_marks,
)

M, R = ConclusionValue.MASTERED, ConclusionValue.REVOKED


def conclusion(uuid, value, at, *, code="B1-K1-W1", device="d1", undoes=None, trajectory="t1"):
    return Conclusion(uuid, trajectory, code, value, "p1", at, device, "", undoes)


def mark(uuid, status, at, *, behaviour="B-1", device="d1", undoes=None):
    return Mark(uuid, "t1", behaviour, status, "p1", at, device, "", undoes)


def test_concluding_again_after_a_revoke_counts_the_new_conclusion():
    events = [
        conclusion("c1", M, "2026-03-01T09:00:00+00:00"),
        conclusion("c2", R, "2026-03-02T09:00:00+00:00"),
        conclusion("c3", M, "2026-03-03T09:00:00+00:00"),
    ]
    for order in (events, events[::-1], [events[1], events[2], events[0]]):
        current = current_conclusions(order)
        assert current[("t1", "B1-K1-W1")].uuid == "c3"
        assert set(concluded_mastered(order)) == {("t1", "B1-K1-W1")}
        assert concluded_mastered(order)[("t1", "B1-K1-W1")].uuid == "c3"


def test_a_revoke_after_the_conclusion_leaves_the_work_process_open():
    events = [
        conclusion("c1", M, "2026-03-01T09:00:00+00:00"),
        conclusion("c2", R, "2026-03-02T09:00:00+00:00"),
    ]
    for order in (events, events[::-1]):
        assert current_conclusions(order)[("t1", "B1-K1-W1")].value is R
        assert concluded_mastered(order) == {}


def test_an_earlier_revoke_arriving_late_does_not_undo_a_later_conclusion():
    # Device B revoked on Monday, device A concluded on Tuesday; A's bundle arrives first.
    events = [
        conclusion("a", M, "2026-03-03T09:00:00+00:00", device="A"),
        conclusion("b", R, "2026-03-02T09:00:00+00:00", device="B"),
    ]
    assert concluded_mastered(events)[("t1", "B1-K1-W1")].uuid == "a"


def test_undoing_the_second_conclusion_brings_back_the_revoke():
    events = [
        conclusion("c1", M, "2026-03-01T09:00:00+00:00"),
        conclusion("c2", R, "2026-03-02T09:00:00+00:00"),
        conclusion("c3", M, "2026-03-03T09:00:00+00:00"),
        conclusion("u", None, "2026-03-04T09:00:00+00:00", undoes="c3"),
    ]
    assert current_conclusions(events)[("t1", "B1-K1-W1")].uuid == "c2"
    assert concluded_mastered(events) == {}


def test_undo_of_every_conclusion_leaves_nothing_and_the_undo_itself_is_never_current():
    events = [
        conclusion("c1", M, "2026-03-01T09:00:00+00:00"),
        conclusion("u", None, "2026-03-02T09:00:00+00:00", undoes="c1"),
    ]
    assert current_conclusions(events) == {}


def test_same_moment_on_two_devices_picks_the_same_conclusion_everywhere():
    at = "2026-03-01T09:00:00+00:00"
    events = [conclusion("x", R, at, device="zz"), conclusion("y", M, at, device="aa")]
    assert current_conclusions(events)[("t1", "B1-K1-W1")].uuid == "x"
    assert current_conclusions(events[::-1])[("t1", "B1-K1-W1")].uuid == "x"
    # Same moment and device (a double tap): the uuid decides.
    events = [conclusion("b", M, at), conclusion("a", R, at)]
    assert current_conclusions(events)[("t1", "B1-K1-W1")].uuid == "b"
    assert current_conclusions(events[::-1])[("t1", "B1-K1-W1")].uuid == "b"


def test_each_work_process_and_trajectory_has_its_own_conclusion():
    events = [
        conclusion("c1", M, "2026-03-01T09:00:00+00:00", code="W1"),
        conclusion("c2", R, "2026-03-02T09:00:00+00:00", code="W2"),
        conclusion("c3", M, "2026-03-03T09:00:00+00:00", code="W1", trajectory="t2"),
    ]
    current = current_conclusions(events)
    assert {k: v.uuid for k, v in current.items()} == {
        ("t1", "W1"): "c1",
        ("t1", "W2"): "c2",
        ("t2", "W1"): "c3",
    }
    assert set(concluded_mastered(events)) == {("t1", "W1"), ("t2", "W1")}


def test_events_may_come_from_a_one_pass_iterator():
    # A database cursor can be read only once: undo must still be seen.
    marks = [
        mark("a", MarkStatus.PRACTISING, "2026-03-01"),
        mark("b", MarkStatus.MASTERED, "2026-03-02"),
        mark("u", None, "2026-03-03", undoes="b"),
    ]
    assert current_marks(iter(marks))[("t1", "B-1")].uuid == "a"
    conclusions = [
        conclusion("c1", M, "2026-03-01"),
        conclusion("u", None, "2026-03-02", undoes="c1"),
    ]
    assert current_conclusions(iter(conclusions)) == {}
    assert concluded_mastered(iter(conclusions[:1]))[("t1", "B1-K1-W1")].uuid == "c1"


def test_an_undo_names_one_event_and_cancels_only_that_one():
    marks = [
        mark("a", MarkStatus.PRACTISING, "2026-03-01"),
        mark("b", MarkStatus.MASTERED, "2026-03-02", behaviour="B-2"),
        mark("u", None, "2026-03-03", undoes="a"),
    ]
    current = current_marks(marks)
    assert set(current) == {("t1", "B-2")}
    assert current[("t1", "B-2")].uuid == "b"


def test_each_behaviour_keeps_its_own_latest_mark():
    marks = [
        mark("a", MarkStatus.NOT_YET, "2026-03-01", behaviour="B-1"),
        mark("b", MarkStatus.MASTERED, "2026-03-02", behaviour="B-2"),
        mark("c", MarkStatus.PRACTISING, "2026-03-03", behaviour="B-1"),
    ]
    current = current_marks(marks)
    assert {k: v.uuid for k, v in current.items()} == {("t1", "B-1"): "c", ("t1", "B-2"): "b"}


def test_order_is_clock_stamp_then_device_then_uuid():
    # Since #13 the first part of the order is the hybrid-logical-clock stamp (``hlc``), not the
    # wall-clock moment; ties on the stamp are still settled by device, then uuid.
    stamp = "001772323200000000-000003"
    a = replace(mark("zz", MarkStatus.MASTERED, "2026-03-01", device="d2"), hlc=stamp)
    assert a.order_key == (stamp, "d2", "zz")
    c = replace(conclusion("zz", M, "2026-03-01", device="d2"), hlc=stamp)
    assert c.order_key == (stamp, "d2", "zz")
    # An event stored before the clock existed (no stamp) is ordered by its moment, counter 0:
    # 2026-03-01T00:00:00Z is 1772323200 s after 1970.
    old = mark("zz", MarkStatus.MASTERED, "2026-03-01T00:00:00+00:00", device="d2")
    assert old.order_key == ("001772323200000000-000000", "d2", "zz")
    old_c = conclusion("zz", M, "2026-03-01T00:00:00+00:00", device="d2")
    assert old_c.order_key == ("001772323200000000-000000", "d2", "zz")
    # The stamp, not the wall moment, decides: a later moment with an earlier stamp loses.
    early = replace(
        mark("a", MarkStatus.MASTERED, "2026-03-09", device="d1"), hlc="001772323200000000-000002"
    )
    assert early.order_key < a.order_key


def test_stored_words_and_printed_labels_of_the_three_statuses():
    # The values are stored in every database and bundle: they may never change.
    assert [s.value for s in MarkStatus] == ["not_yet", "practising", "mastered"]
    assert [v.value for v in ConclusionValue] == ["mastered", "revoked"]
    assert [s.label for s in MarkStatus] == ["Nog niet", "Oefent", "Beheerst"]
    assert STATUS_LABELS[MarkStatus.MASTERED] == "Beheerst"


def test_a_new_event_has_no_note_and_undoes_nothing():
    m = Mark("u1", "t1", "B-1", MarkStatus.MASTERED, "p1", "2026-03-01", "d1")
    assert (m.note, m.undoes) == ("", None)
    c = Conclusion("c1", "t1", "W1", M, "p1", "2026-03-01", "d1")
    assert (c.reason, c.undoes) == ("", None)
