"""mark --stdin acknowledges only committed events; a kill loses nothing acknowledged."""

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import threading
import time

from tests.cli.conftest import json_of

KILLS = int(os.environ.get("PRAKTIJKDESK_KILLS", "50"))


def _setup(cli, folder):
    ids = json_of(
        cli(
            folder,
            "candidate-add",
            "--name",
            "Şükrü Öztürk",
            "--employer",
            "De Gouden Lepel",
            "--trainer",
            "Fatma Yılmaz",
            "--guide",
            "horeca-gastheer-gastvrouw",
            check=True,
        )
    )
    return ids["trajectory"]


def _lines(trajectory, count, seed):
    rng = random.Random(seed)
    behaviours = [f"B1-K1-W{w}-{b}" for w in range(1, 5) for b in range(1, 4)]
    for _ in range(count):
        yield (
            json.dumps(
                {
                    "trajectory": trajectory,
                    "behaviour": rng.choice(behaviours),
                    "status": rng.choice(["not_yet", "practising", "mastered"]),
                    "by": "Fatma Yılmaz",
                }
            )
            + "\n"
        )


def test_good_and_bad_lines(cli, data_dir):
    trajectory = _setup(cli, data_dir)
    lines = [
        json.dumps(
            {
                "trajectory": trajectory,
                "behaviour": "B1-K1-W1-1",
                "status": "mastered",
                "by": "Fatma Yılmaz",
                "note": "Netjes gedaan",
            }
        ),
        "{niet json",
        json.dumps(
            {
                "trajectory": trajectory,
                "behaviour": "B1-K1-W1-1",
                "status": "goed",
                "by": "Fatma Yılmaz",
            }
        ),
        json.dumps(
            {
                "trajectory": trajectory,
                "work_process": "B1-K1-W2",
                "conclusion": "mastered",
                "by": "Fatma Yılmaz",
                "reason": "Doet dit al maanden zelfstandig",
            }
        ),
    ]
    result = cli(data_dir, "mark", "--stdin", input="\n".join(lines) + "\n")
    out = result.stdout.splitlines()
    assert out[0].startswith("ok ") and out[3].startswith("ok ")
    assert out[1].startswith("error 2 ") and out[2].startswith("error 3 ")
    assert result.returncode == 2
    db = sqlite3.connect(data_dir / "praktijkdesk.sqlite")
    assert db.execute("SELECT uuid FROM marks").fetchall() == [(out[0][3:],)]
    assert db.execute("SELECT uuid FROM conclusions").fetchall() == [(out[3][3:],)]


def _feed(pipe, payload: bytes) -> None:
    try:
        pipe.write(payload)
        pipe.close()
    except (BrokenPipeError, ValueError, OSError):
        pass  # the writer was killed: that is the point


def test_sigkill_loses_no_acknowledged_mark(cli, data_dir):
    trajectory = _setup(cli, data_dir)
    env = {**os.environ, "PRAKTIJKDESK_DATA_DIR": str(data_dir)}
    rng = random.Random(1234)
    acknowledged: list[str] = []
    for kill in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, "-m", "praktijkdesk", "mark", "--stdin"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        # Feed far more lines than it can write before the kill, from a thread, so a full
        # pipe never blocks the kill.
        payload = "".join(_lines(trajectory, 3000, kill)).encode()
        feeder = threading.Thread(target=_feed, args=(process.stdin, payload), daemon=True)
        feeder.start()
        # Killed while writing, not while starting (a loaded machine starts slowly); never
        # waits more than a minute for that first line.
        first = b""
        if select.select([process.stdout], [], [], 60)[0]:
            first = process.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.65))
        process.send_signal(signal.SIGKILL)
        out = first + process.stdout.read()
        process.wait()
        feeder.join(timeout=10)
        acknowledged += [line[3:] for line in out.decode().splitlines() if line.startswith("ok ")]
    db = sqlite3.connect(data_dir / "praktijkdesk.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in db.execute("SELECT uuid FROM marks")}
    lost = [uuid for uuid in acknowledged if uuid not in stored]
    print(f"kills={KILLS} acknowledged={len(acknowledged)} lost={len(lost)}")
    assert acknowledged, "the writer acknowledged marks before being killed"
    assert lost == []
