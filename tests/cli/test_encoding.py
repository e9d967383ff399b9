"""The command line speaks UTF-8 whatever the locale says (Windows: cp1252 when redirected)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

NAMES = ["Fatma Yılmaz", "Şükrü Öztürk", "Ĳsbrand de Vries", "Марія Коваленко"]


def _run(data_dir, *args, input=None, encoding="cp1252"):
    # PYTHONIOENCODING imitates Windows' redirected stdio (the ANSI code page). Arguments stay
    # as the OS gives them (Windows passes UTF-16, so they are never the problem there).
    env = {
        **os.environ,
        "PRAKTIJKDESK_DATA_DIR": str(data_dir),
        "PYTHONIOENCODING": encoding,
        "PYTHONUTF8": "0",
    }
    return subprocess.run(
        [sys.executable, "-m", "praktijkdesk", *args],
        input=input,
        capture_output=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def named(data_dir):
    guide = "assistent-logistiek"
    for name in NAMES:
        result = _run(
            data_dir,
            "candidate-add",
            "--name",
            name,
            "--employer",
            "Bakkerij Şen",
            "--trainer",
            "Ĳsbrand de Vries",
            "--guide",
            guide,
        )
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return data_dir


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_json_output_to_a_cp1252_stdout_is_whole_utf8(named, tmp_path, encoding):
    out = tmp_path / "x.json"
    with open(out, "wb") as handle:
        env = {**os.environ, "PRAKTIJKDESK_DATA_DIR": str(named), "PYTHONIOENCODING": encoding}
        result = subprocess.run(
            [sys.executable, "-m", "praktijkdesk", "candidates", "--json"],
            stdout=handle,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    rows = json.loads(out.read_bytes().decode("utf-8"))
    assert sorted(r["name"] for r in rows) == sorted(NAMES)


def test_text_output_and_errors_with_such_names(named):
    result = _run(named, "candidates")
    assert result.returncode == 0
    text = result.stdout.decode("utf-8")
    assert all(name in text for name in NAMES)
    missing = _run(named, "trajectories", "--search", "Марія", "--json")
    assert missing.returncode == 0
    assert "Марія Коваленко" in missing.stdout.decode("utf-8")


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_mark_stdin_reads_utf8_under_cp1252(named, bom):
    listing = json.loads(_run(named, "trajectories", "--json").stdout.decode("utf-8"))
    trajectory = next(t for t in listing if t["candidate"] == "Şükrü Öztürk")
    guide = json.loads(_run(named, "guides", "--json").stdout.decode("utf-8"))
    assert guide
    line = json.dumps(
        {
            "trajectory": trajectory["id"],
            "by": "Ĳsbrand de Vries",
            "behaviour": _first_behaviour(named, trajectory["id"]),
            "status": "mastered",
            "note": "Goed gedaan, Şükrü",
        },
        ensure_ascii=False,
    )
    result = _run(named, "mark", "--stdin", input=bom + (line + "\n").encode("utf-8"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.decode("utf-8").startswith("ok ")


def _first_behaviour(data_dir, trajectory_id: str) -> str:
    from praktijkdesk.desk import Desk

    with Desk.open(data_dir, daily_backup=False) as desk:
        overview = desk.trajectories.overview(trajectory_id)
        code = overview.trajectory.work_processes[0]
        return desk.marking.checklist(trajectory_id, code).items[0].behaviour.id
