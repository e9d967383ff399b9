"""The WAL checkpoint runs when the window has been quiet a moment, never on the tap."""

from __future__ import annotations


def test_a_quiet_moment_after_a_change_checkpoints_once(window, gui_desk, qtbot, monkeypatch):
    calls = []
    real = gui_desk.idle
    monkeypatch.setattr(gui_desk, "idle", lambda: (calls.append(1), real()))
    window.start_idle_checkpoints(quiet_ms=150)
    window.start_idle_checkpoints(quiet_ms=150)  # a second call adds no second timer
    summary = gui_desk.trajectories.summaries()[0]
    trajectory = gui_desk.trajectories.resolve(summary.id)
    code = trajectory.work_processes[0]
    behaviour = gui_desk.guides.get(trajectory.guide_key).work_process(code).behaviours[0]
    for status in ("practising", "mastered", "practising"):  # three taps in a row
        gui_desk.marking.record_mark(trajectory.id, behaviour.id, status, trajectory.trainer_id)
        assert calls == []  # not on the tap
    qtbot.waitUntil(lambda: calls == [1], timeout=3000)
    qtbot.wait(300)
    assert calls == [1]  # once per quiet moment, not once per tap
