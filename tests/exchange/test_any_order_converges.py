"""Hypothesis: whatever marks three devices make and in whatever order bundles travel,
once everyone has everything they agree on the state, the current marks and the conflicts."""

from __future__ import annotations

import datetime as dt
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.storage.integrity import integrity_problems

from .conftest import behaviours, shared_state

STATUSES = ["not_yet", "practising", "mastered"]
step = st.one_of(
    st.tuples(st.just("mark"), st.integers(0, 2), st.integers(0, 3), st.sampled_from(STATUSES)),
    st.tuples(st.just("undo"), st.integers(0, 2)),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(step, max_size=25), final=st.permutations([0, 1, 2]))
def test_any_order_of_marks_and_exchanges_converges(tmp_path_factory, shop, steps, final):
    source, trajectory, fatma, _ = shop
    folder = tmp_path_factory.mktemp("run")
    setup = source.exchange.export(folder / "setup.praktijk", trajectory_id=trajectory.id).path
    devices = []
    for i in range(3):
        clock = FixedClock(
            dt.datetime(2026, 3, 2, 9, i, tzinfo=dt.timezone.utc), dt.timedelta(seconds=1)
        )
        desk = Desk.open(folder / f"d{i}", clock=clock)
        desk.exchange.import_file(setup)
        devices.append(desk)
    b = behaviours(source, trajectory, 4)
    sent = 0
    try:
        for s in steps:
            if s[0] == "mark":
                devices[s[1]].marking.record_mark(trajectory.id, b[s[2]], s[3], fatma.id)
            elif s[0] == "undo":
                devices[s[1]].marking.undo_last(fatma.id)
            elif s[1] != s[2]:
                sent += 1
                path = (
                    devices[s[1]].exchange.export(folder / f"{sent}.praktijk", everything=True).path
                )
                devices[s[2]].exchange.import_file(path)
        # Everyone sends everything to everyone, in the drawn order.
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
        for desk in devices:  # current_marks equals the fold of the log everywhere
            assert integrity_problems(desk.db) == []
        conflicts = [
            [(c.behaviour_id, c.sides) for c in d.exchange.conflicts(trajectory.id)]
            for d in devices
        ]
        assert conflicts[0] == conflicts[1] == conflicts[2]
    finally:
        for desk in devices:
            desk.close()
        shutil.rmtree(folder, ignore_errors=True)
