"""Writers wait for each other: two `mark --stdin` streams and the app's taps on one data folder,
killed at random moments; every acknowledged line and every tap is stored.

Before BEGIN IMMEDIATE, one of two streams died with "database is locked" in 3 of 3 rounds and
the app refused about 1 in 11 taps with "Er ging iets mis".
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.errors import DatabaseBusy

ROUNDS = int(os.environ.get("PRAKTIJKDESK_WRITER_ROUNDS", "4"))
TAPS_PER_ROUND = 12


def _feed(pipe, payload: bytes) -> None:
    try:
        pipe.write(payload)
        pipe.close()
    except (BrokenPipeError, ValueError, OSError):
        pass  # the writer was killed: that is the point


def _writer(data_dir, lines: list[str], out_path) -> tuple[subprocess.Popen, threading.Thread]:
    env = {**os.environ, "PRAKTIJKDESK_DATA_DIR": str(data_dir)}
    # Output to a file, not a pipe: a full pipe would make the writer wait for us.
    with open(out_path, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "praktijkdesk", "mark", "--stdin"],
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    feeder = threading.Thread(
        target=_feed, args=(process.stdin, "".join(lines).encode()), daemon=True
    )
    feeder.start()
    return process, feeder


def _stream_lines(desk, trajectory, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    guide = desk.guides.get(trajectory.guide_key)
    behaviours = [
        b.id
        for wp in guide.work_processes()
        if wp.code in trajectory.work_processes
        for b in wp.behaviours
    ]
    by = desk.people.person(trajectory.trainer_id).name
    return [
        json.dumps(
            {
                "trajectory": trajectory.id,
                "behaviour": rng.choice(behaviours),
                "status": rng.choice(["not_yet", "practising", "mastered"]),
                "by": by,
            }
        )
        + "\n"
        for _ in range(count)
    ]


@pytest.fixture
def gui(app, qtbot, gui_desk):
    from tests.ui.conftest import _dispose, make_window

    window = make_window(qtbot, gui_desk)
    yield window
    _dispose(window)


@pytest.fixture
def app(qapp):
    from praktijkdesk.ui import i18n
    from praktijkdesk.ui.application import create_application

    created = create_application()
    i18n.set_language(created, "nl")
    return created


@pytest.fixture
def gui_desk(demo_data_dir):
    from praktijkdesk.desk import Desk

    d = Desk.open(demo_data_dir)
    yield d
    d.close()


def _started(out_path) -> bool:
    return out_path.exists() and out_path.stat().st_size > 0


def test_two_streams_and_the_app_lose_nothing(
    qtbot, gui, gui_desk, demo_data_dir, monkeypatch, tmp_path
):
    from praktijkdesk.ui import ops
    from tests.ui.conftest import click, open_candidate, pick_person

    refused: list[str] = []
    retries: list[str] = []
    monkeypatch.setattr(ops, "show_user_error", lambda parent, exc: refused.append(exc.message))
    monkeypatch.setattr(ops, "ask_retry", lambda parent, exc: retries.append(exc.message) or True)

    pick_person(qtbot, gui, "Fatma Yılmaz")
    open_candidate(qtbot, gui, "nguyen")
    card = next(c for c in gui.overview.cards if not c.progress.concluded)
    click(qtbot, card)
    tapped_trajectory = gui.checklist.trajectory_id
    others = [
        t
        for t in (gui_desk.trajectories.resolve(s.id) for s in gui_desk.trajectories.summaries())
        if t.id != tapped_trajectory and t.status.value == "active"
    ]
    assert len(others) >= 2

    rng = random.Random(11)
    acknowledged: list[str] = []
    taps: list[tuple[str, str, MarkStatus]] = []  # (mark uuid, behaviour, status)
    statuses = list(MarkStatus)
    errors_seen: list[str] = []
    for round_number in range(ROUNDS):
        outs = [tmp_path / f"writer-{round_number}-{i}.out" for i in range(2)]
        writers = [
            _writer(
                demo_data_dir,
                _stream_lines(gui_desk, others[i], 4000, round_number * 10 + i),
                outs[i],
            )
            for i in range(2)
        ]
        qtbot.waitUntil(lambda outs=outs: all(_started(o) for o in outs), timeout=60000)
        for _ in range(TAPS_PER_ROUND):
            rows = [r for r in gui.checklist.rows if r.isVisible()]
            row = rng.choice(rows)
            current = row.toggle.status()
            status = rng.choice([s for s in statuses if s is not current])
            click(qtbot, row.toggle.buttons[status])
            item = next(
                i
                for i in gui_desk.marking.checklist(
                    tapped_trajectory, gui.checklist.checklist.work_process.code
                ).items
                if i.behaviour.id == row.item.behaviour.id
            )
            assert item.mark is not None and item.mark.status is status
            assert row.toggle.status() is status  # the screen shows what is saved
            taps.append((item.mark.uuid, row.item.behaviour.id, status))
            time.sleep(rng.uniform(0.0, 0.08))
        time.sleep(rng.uniform(0.1, 0.5))
        for process, _feeder in writers:
            process.send_signal(signal.SIGKILL)
        for (process, feeder), out_path in zip(writers, outs, strict=True):
            process.wait()
            feeder.join(timeout=10)
            text = out_path.read_text(encoding="utf-8", errors="replace")
            # The last line may be cut off by the kill: only whole lines count.
            out = text.splitlines()[: None if text.endswith("\n") else -1]
            acknowledged += [line[3:] for line in out if line.startswith("ok ") and len(line) == 39]
            errors_seen += [line for line in out if not line.startswith("ok ")]

    conn = sqlite3.connect(demo_data_dir / "praktijkdesk.sqlite")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT uuid FROM marks")}
    finally:
        conn.close()
    lost = [u for u in acknowledged if u not in stored]
    lost_taps = [t for t in taps if t[0] not in stored]
    print(
        f"rounds={ROUNDS} acknowledged={len(acknowledged)} taps={len(taps)} "
        f"lost={len(lost)} lost_taps={len(lost_taps)} refused={len(refused)} "
        f"retry_questions={len(retries)}"
    )
    assert acknowledged, "the streams acknowledged lines while the app tapped"
    assert errors_seen == []
    assert lost == [] and lost_taps == []
    assert refused == []


def test_a_busy_database_makes_the_stream_wait_not_die(data_dir):
    """Another program holds the write lock for longer than the busy timeout (here 0.3 s):
    the stream waits, then writes every line; nothing is refused."""
    env = {
        **os.environ,
        "PRAKTIJKDESK_DATA_DIR": str(data_dir),
        "PRAKTIJKDESK_BUSY_TIMEOUT_MS": "300",
    }
    ids = json.loads(
        subprocess.run(
            [
                sys.executable,
                "-m",
                "praktijkdesk",
                "candidate-add",
                "--name",
                "Chen Wei",
                "--employer",
                "De Gouden Lepel",
                "--trainer",
                "Fatma Yılmaz",
                "--guide",
                "horeca-gastheer-gastvrouw",
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
    )
    holder = sqlite3.connect(data_dir / "praktijkdesk.sqlite", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    lines = "".join(
        json.dumps(
            {
                "trajectory": ids["trajectory"],
                "behaviour": "B1-K1-W1-1",
                "status": s,
                "by": "Fatma Yılmaz",
            }
        )
        + "\n"
        for s in ("practising", "mastered")
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "praktijkdesk", "mark", "--stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    process.stdin.write(lines)
    process.stdin.close()
    time.sleep(1.5)  # several busy timeouts pass while the lock is held
    assert process.poll() is None, "the stream waits instead of giving up"
    holder.execute("COMMIT")
    holder.close()
    process.wait(timeout=60)
    out, err = process.stdout.read(), process.stderr.read()
    assert process.returncode == 0, err
    assert [line.split()[0] for line in out.splitlines()] == ["ok", "ok"]


def test_the_app_asks_to_try_again_and_then_saves(qtbot, gui, gui_desk, monkeypatch):
    """When the database stays busy, the tap is not lost: a Dutch question to try again;
    answering it saves the mark."""
    from praktijkdesk.ui import ops
    from tests.ui.conftest import click, open_candidate, pick_person

    pick_person(qtbot, gui, "Fatma Yılmaz")
    open_candidate(qtbot, gui, "nguyen")
    click(qtbot, next(c for c in gui.overview.cards if not c.progress.concluded))
    row = next(
        r
        for r in gui.checklist.rows
        if r.isVisible() and r.toggle.status() is not MarkStatus.PRACTISING
    )
    real = gui_desk.marking.record_mark
    attempts: list[int] = []

    def busy_once(*args, **kwargs):
        attempts.append(1)
        if len(attempts) == 1:
            raise DatabaseBusy("De gegevens zijn bezet.")
        return real(*args, **kwargs)

    asked: list[str] = []
    monkeypatch.setattr(gui_desk.marking, "record_mark", busy_once)
    monkeypatch.setattr(ops, "ask_retry", lambda parent, exc: asked.append(exc.message) or True)
    click(qtbot, row.toggle.buttons[MarkStatus.PRACTISING])
    assert asked == ["De gegevens zijn bezet."] and len(attempts) == 2
    assert row.toggle.status() is MarkStatus.PRACTISING
