"""The hybrid logical clock (domain/hlc.py): monotonic whatever the wall clock does, bounded,
and its string form sorts like the clock."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from praktijkdesk.domain import hlc

BASE = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("tick"), st.integers(-10 * 86400, 10 * 86400)),
            st.tuples(
                st.just("receive"), st.integers(-10 * 86400, 10 * 86400), st.integers(0, 999_999)
            ),
        ),
        max_size=60,
    )
)
def test_every_new_event_sorts_after_everything_made_or_seen(steps):
    clock, seen = hlc.ZERO, []
    for step in steps:
        if step[0] == "tick":
            new = hlc.tick(clock, BASE + dt.timedelta(seconds=step[1]))
            assert all(new > s for s in seen)
            assert all(new.encode() > s.encode() for s in seen)  # the string sorts the same
            seen.append(new)
            clock = new
        else:
            stamp = hlc.Hlc(hlc.micros(BASE + dt.timedelta(seconds=step[1])), step[2])
            clock = hlc.receive(clock, stamp)
            seen.append(stamp)


def test_a_clock_put_back_a_day_keeps_counting_from_where_it_was():
    ahead = hlc.tick(hlc.ZERO, BASE + dt.timedelta(days=1))
    after = hlc.tick(ahead, BASE)
    assert after == hlc.Hlc(ahead.physical, 1)
    assert hlc.ahead_of(after, BASE) == dt.timedelta(days=1)
    assert hlc.describe_duration(hlc.ahead_of(after, BASE)) == "1 dag"


def test_the_counter_never_overflows():
    full = hlc.Hlc(hlc.micros(BASE), hlc.MAX_COUNTER)
    nxt = hlc.tick(full, BASE)
    assert nxt > full and nxt.counter == 0 and nxt.physical == full.physical + 1
    assert hlc.is_valid(nxt.encode())


def test_round_trip_and_refusal_of_garbage():
    stamp = hlc.tick(hlc.ZERO, BASE)
    assert hlc.decode(stamp.encode()) == stamp
    assert hlc.from_iso(BASE.isoformat()) == hlc.Hlc(hlc.micros(BASE), 0)
    for bad in ("", "1-2", "x" * 25, "000000000000000001-0000001", None, 5):
        assert not hlc.is_valid(bad)


def test_durations_in_words():
    assert hlc.describe_duration(dt.timedelta(days=3, hours=2)) == "3 dagen"
    assert hlc.describe_duration(dt.timedelta(hours=5)) == "5 uur"
    assert hlc.describe_duration(dt.timedelta(minutes=1)) == "1 minuut"
    assert hlc.describe_duration(dt.timedelta(days=4000)) == "meer dan een jaar"
