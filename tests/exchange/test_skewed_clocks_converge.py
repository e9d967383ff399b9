"""Hypothesis: three devices whose clocks are off by days in both directions.

- Every new local event sorts after every event its device has made or seen (the hybrid
  logical clock), whatever its wall clock says.
- A file with times more than 24 h ahead of the receiver is refused whole (and changes
  nothing); within the margin it is taken.
- Once the clocks are put right and a week has passed, and everyone has sent everything to
  everyone, in any order, all devices agree: the same rows, the same current marks, the same
  conflicts. (Two clocks that stay days apart keep refusing each other's fresh files, with the
  reason: that is the margin doing its work.)
"""

from __future__ import annotations

import datetime as dt
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain import hlc
from praktijkdesk.services.exchange import RefusedBundle
from praktijkdesk.storage.integrity import integrity_problems

from .conftest import behaviours, shared_state, whole_state

STATUSES = ["not_yet", "practising", "mastered"]
BASE = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
step = st.one_of(
    st.tuples(st.just("mark"), st.integers(0, 2), st.integers(0, 3), st.sampled_from(STATUSES)),
    st.tuples(st.just("undo"), st.integers(0, 2)),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
    # A device's clock is put right, or goes wrong, by up to three days either way.
    st.tuples(st.just("clock"), st.integers(0, 2), st.integers(-72, 72)),
)


def _max_seen(desk) -> str:
    return (
        desk.db.execute(
            "SELECT MAX(h) FROM (SELECT MAX(hlc) AS h FROM marks UNION ALL SELECT MAX(hlc) FROM conclusions)"
        ).fetchone()[0]
        or ""
    )


def _run(tmp_path_factory, shop, skews_hours, steps, final, *, margin_ok: bool):
    source, trajectory, fatma, _ = shop
    folder = tmp_path_factory.mktemp("run")
    setup = source.exchange.export(folder / "setup.praktijk", trajectory_id=trajectory.id).path
    devices = []
    refusals = 0
    for i, skew in enumerate(skews_hours):
        clock = FixedClock(BASE + dt.timedelta(hours=skew, minutes=i), dt.timedelta(seconds=1))
        desk = Desk.open(folder / f"d{i}", clock=clock)
        try:
            desk.exchange.import_file(setup)
        except RefusedBundle:  # the setup device's clock is "ahead" of a device behind
            refusals += 1
            desk.clock.advance(dt.timedelta(days=4))
            desk.exchange.import_file(setup)
            desk.clock.advance(dt.timedelta(days=-4))
        devices.append(desk)
    b = behaviours(source, trajectory, 4)
    sent = 0
    try:
        for s in steps:
            if s[0] == "mark":
                desk = devices[s[1]]
                before = _max_seen(desk)
                mark = desk.marking.record_mark(trajectory.id, b[s[2]], s[3], fatma.id)
                assert mark.hlc > before, "a new mark sorted before something this device had seen"
                current = desk.marking.checklist(trajectory.id).items
                shown = {i.behaviour.id: i.mark.uuid for i in current if i.mark}
                assert shown.get(b[s[2]]) == mark.uuid, "the mark just made is not what shows"
            elif s[0] == "undo":
                devices[s[1]].marking.undo_last(fatma.id)
            elif s[0] == "clock":  # set the clock to BASE + s[2] hours (back or forth)
                clock = devices[s[1]].clock
                clock.advance(BASE + dt.timedelta(hours=s[2]) - clock.now_utc())
            elif s[1] != s[2]:
                sent += 1
                path = (
                    devices[s[1]].exchange.export(folder / f"{sent}.praktijk", everything=True).path
                )
                receiver = devices[s[2]]
                before = whole_state(receiver)
                try:
                    receiver.exchange.import_file(path)
                except RefusedBundle as exc:
                    refusals += 1
                    assert "klok" in exc.message
                    assert whole_state(receiver) == before
        if margin_ok:
            assert refusals == 0
        # Every clock is put right and a week passes; everyone sends everything to everyone,
        # in the drawn order.
        for desk in devices:
            desk.clock.advance(BASE + dt.timedelta(days=7) - desk.clock.now_utc())
        files = [
            d.exchange.export(folder / f"final{i}.praktijk", everything=True).path
            for i, d in enumerate(devices)
        ]
        for i in final:
            for j in final:
                if i != j:
                    devices[i].exchange.import_file(files[j])
        states = [shared_state(d) for d in devices]
        assert states[0] == states[1] == states[2]
        for desk in devices:
            assert integrity_problems(desk.db) == []
            assert (
                desk.exchange.clock_warning() is None or "achter" in desk.exchange.clock_warning()
            )
        conflicts = [
            [(c.behaviour_id, c.sides) for c in d.exchange.conflicts(trajectory.id)]
            for d in devices
        ]
        assert conflicts[0] == conflicts[1] == conflicts[2]
    finally:
        for desk in devices:
            desk.close()
        shutil.rmtree(folder, ignore_errors=True)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    skews=st.lists(st.integers(-72, 72), min_size=3, max_size=3),
    steps=st.lists(step, max_size=20),
    final=st.permutations([0, 1, 2]),
)
def test_clocks_off_by_days_converge_once_everything_is_sent(
    tmp_path_factory, shop, skews, steps, final
):
    _run(tmp_path_factory, shop, skews, steps, final, margin_ok=False)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    skews=st.lists(st.integers(-10, 10), min_size=3, max_size=3),
    steps=st.lists(step.filter(lambda s: s[0] != "clock"), max_size=20),
    final=st.permutations([0, 1, 2]),
)
def test_clocks_within_the_margin_never_refuse(tmp_path_factory, shop, skews, steps, final):
    _run(tmp_path_factory, shop, skews, steps, final, margin_ok=True)


def test_the_margin_is_24_hours():
    assert hlc.FUTURE_MARGIN == dt.timedelta(hours=24)
