"""current_marks(events) is the definition of truth: order-independent, undo-aware."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from praktijkdesk.domain.mark import Mark, MarkStatus, current_marks


def mark(uuid, behaviour, status, at, device="d1", undoes=None):
    return Mark(uuid, "t1", behaviour, status, "p1", at, device, "", undoes)


def test_latest_event_wins():
    events = [
        mark("a", "B-1", MarkStatus.NOT_YET, "2026-01-01"),
        mark("b", "B-1", MarkStatus.MASTERED, "2026-01-03"),
        mark("c", "B-1", MarkStatus.PRACTISING, "2026-01-02"),
    ]
    assert current_marks(events)[("t1", "B-1")].uuid == "b"


def test_undo_restores_the_previous_mark():
    events = [
        mark("a", "B-1", MarkStatus.PRACTISING, "2026-01-01"),
        mark("b", "B-1", MarkStatus.MASTERED, "2026-01-02"),
        mark("u", "B-1", None, "2026-01-03", undoes="b"),
    ]
    assert current_marks(events)[("t1", "B-1")].uuid == "a"


def test_undo_of_the_only_mark_leaves_nothing():
    events = [
        mark("a", "B-1", MarkStatus.MASTERED, "2026-01-01"),
        mark("u", "B-1", None, "2026-01-02", undoes="a"),
    ]
    assert current_marks(events) == {}


def test_same_moment_on_two_devices_breaks_the_tie_by_device():
    events = [
        mark("x", "B-1", MarkStatus.NOT_YET, "2026-01-01", device="zz"),
        mark("y", "B-1", MarkStatus.MASTERED, "2026-01-01", device="aa"),
    ]
    assert current_marks(events)[("t1", "B-1")].device_id == "zz"
    assert current_marks(list(reversed(events)))[("t1", "B-1")].device_id == "zz"


@st.composite
def event_logs(draw):
    count = draw(st.integers(min_value=1, max_value=30))
    events = []
    for i in range(count):
        behaviour = draw(st.sampled_from(["B-1", "B-2", "B-3"]))
        at = f"2026-01-{draw(st.integers(1, 9)):02d}"
        device = draw(st.sampled_from(["d1", "d2"]))
        earlier = [e for e in events if e.undoes is None]
        if earlier and draw(st.booleans()) and draw(st.booleans()):
            target = draw(st.sampled_from(earlier))
            events.append(mark(f"e{i}", target.behaviour_id, None, at, device, undoes=target.uuid))
        else:
            events.append(
                mark(f"e{i}", behaviour, draw(st.sampled_from(list(MarkStatus))), at, device)
            )
    return events


@given(event_logs(), st.randoms())
@settings(max_examples=200, deadline=None)  # no timing in tests: a busy machine is not a bug
def test_arrival_order_does_not_matter(events, rnd: random.Random):
    shuffled = list(events)
    rnd.shuffle(shuffled)
    assert current_marks(shuffled) == current_marks(events)
