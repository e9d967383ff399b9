"""A real process with a wrong clock (faketime): a mark made while the clock ran a day ahead,
then the clock put right. The next mark is what counts, and the user hears about the clock."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from .conftest import json_of

pytestmark = pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime not installed")


def _mark(data_dir, trajectory, status, *, faketime: str | None = None):
    env = {**os.environ, "PRAKTIJKDESK_DATA_DIR": str(data_dir)}
    line = (
        json.dumps(
            {
                "trajectory": trajectory,
                "behaviour": "B1-K1-W1-1",
                "status": status,
                "by": "Fatma Yılmaz",
            }
        )
        + "\n"
    )
    command = [sys.executable, "-m", "praktijkdesk", "mark", "--stdin"]
    if faketime:
        command = ["faketime", "-f", faketime, *command]
    return subprocess.run(command, input=line, capture_output=True, text=True, env=env, timeout=120)


def _current_status(data_dir, trajectory) -> str:
    db = sqlite3.connect(data_dir / "praktijkdesk.sqlite")
    try:
        return db.execute(
            "SELECT m.status FROM current_marks c JOIN marks m ON m.uuid = c.mark_uuid "
            "WHERE c.trajectory_id = ? AND c.behaviour_id = 'B1-K1-W1-1'",
            [trajectory],
        ).fetchone()[0]
    finally:
        db.close()


def test_a_day_ahead_then_put_right(cli, data_dir):
    trajectory = json_of(
        cli(
            data_dir,
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
    )["trajectory"]
    ahead = _mark(data_dir, trajectory, "mastered", faketime="+1d")
    assert ahead.returncode == 0 and ahead.stdout.startswith("ok "), ahead.stderr
    assert "klok" not in ahead.stderr  # nothing yet to compare with

    right = _mark(data_dir, trajectory, "not_yet")
    assert right.returncode == 0 and right.stdout.startswith("ok "), right.stderr
    assert "De klok van deze computer loopt 1 dag achter" in right.stderr
    assert _current_status(data_dir, trajectory) == "not_yet"  # was: the earlier mark kept showing

    check = cli(data_dir, "check")
    assert check.returncode == 0, check.stderr
    assert "1 dag achter" in check.stderr

    # And the other way: a clock that runs behind does not make a mark lose either.
    behind = _mark(data_dir, trajectory, "practising", faketime="-3d")
    assert behind.returncode == 0, behind.stderr
    assert _current_status(data_dir, trajectory) == "practising"
    assert "dagen achter" in behind.stderr
