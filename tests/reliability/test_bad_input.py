"""Bad input everywhere gets a Dutch message and exit 2, never an internal error, never a hang:
non-regular files refused, sizes capped before reading, one bad line in `mark --stdin` refused
on its own while the stream goes on, empty and overlong paths refused."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys

import pytest

from praktijkdesk import cli

ENGLISH = (
    "Traceback",
    "Errno",
    "No such file",
    "Permission denied",
    "Not a directory",
    "Is a directory",
    "File name too long",
    "unable to open",
    "readonly",
    "LIKE or GLOB",
    "er ging iets mis",
)


def _run(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = cli.main(list(args))
        except SystemExit as exc:
            code = exc.code
    return code, err.getvalue()


def _refused(code: int, err: str) -> None:
    assert code == 2, err
    assert err.startswith("praktijkdesk: ") and len(err) > 30, err
    assert not [word for word in ENGLISH if word in err], err


@pytest.fixture
def trajectory(demo_data_dir):
    from praktijkdesk.desk import Desk

    with Desk.open(demo_data_dir, daily_backup=False) as desk:
        summary = next(s for s in desk.trajectories.summaries() if s.status.value == "active")
        t = desk.trajectories.resolve(summary.id)
        guide = desk.guides.get(t.guide_key)
        behaviour = next(
            b.id
            for wp in guide.work_processes()
            if wp.code in t.work_processes
            for b in wp.behaviours
        )
        return t.id, behaviour, desk.people.person(t.trainer_id).name


def test_bad_lines_in_mark_stdin_are_refused_one_by_one_and_the_stream_goes_on(
    demo_data_dir, trajectory
):
    trajectory_id, behaviour, by = trajectory

    def good(status):
        return json.dumps(
            {"trajectory": trajectory_id, "behaviour": behaviour, "status": status, "by": by}
        )

    lines = [
        good("practising"),
        "[" * 20_000 + "]" * 20_000,  # deeply nested (40 kB)
        '{"trajectory": ' + "9" * 5000 + "}",  # a 5,000-digit number
        json.dumps(
            {
                "trajectory": trajectory_id,
                "behaviour": behaviour,
                "status": "mastered",
                "by": by,
                "note": "x" * 200_000,
            }
        ),  # a line of 200 kB
        '{"a": "\xff\xfe"}',  # (made invalid UTF-8 below)
        good("mastered"),
    ]
    payload = "\n".join(lines).encode("utf-8").replace("\xff\xfe".encode(), b"\xff\xfe") + b"\n"
    env = {**os.environ, "PRAKTIJKDESK_DATA_DIR": str(demo_data_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "praktijkdesk", "mark", "--stdin"],
        input=payload,
        capture_output=True,
        env=env,
        timeout=120,
    )
    out = result.stdout.decode("utf-8").splitlines()
    assert result.returncode == 2
    assert [line.split()[0] for line in out] == ["ok", "error", "error", "error", "error", "ok"]
    assert [line.split()[1] for line in out[1:5]] == ["2", "3", "4", "5"]
    assert "te diep genest" in out[1] and "te veel cijfers" in out[2]
    assert "te lang" in out[3] and "UTF-8" in out[4]
    assert b"Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_not_waited_for(demo_data_dir, tmp_path):
    pipe = tmp_path / "wissel.praktijk"
    os.mkfifo(pipe)
    guide_pipe = tmp_path / "gids.json"
    os.mkfifo(guide_pipe)
    env = {**os.environ, "PRAKTIJKDESK_DATA_DIR": str(demo_data_dir)}
    for args in (
        ["import", str(pipe)],
        ["import", str(pipe), "--dry-run"],
        ["guide-import", str(guide_pipe)],
        ["restore", str(pipe)],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "praktijkdesk", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        _refused(result.returncode, result.stderr)


def test_a_huge_file_is_refused_before_it_is_read(demo_data_dir, tmp_path):
    """A 3 GB sparse file: refused by its size, never read into memory."""
    huge = tmp_path / "groot.praktijk"
    with open(huge, "wb") as handle:
        handle.truncate(3 * 1024**3)
    code, err = _run("--data-dir", str(demo_data_dir), "import", str(huge))
    _refused(code, err)
    assert "te groot" in err


def test_a_huge_file_in_the_sync_folder_is_skipped_every_round(demo_data_dir, tmp_path):
    from praktijkdesk.desk import Desk
    from praktijkdesk.services.exchange import SYNC_SUBFOLDER

    folder = tmp_path / "gedeeld"
    folder.mkdir()
    with Desk.open(demo_data_dir, daily_backup=False) as desk:
        desk.exchange.sync(folder)
    # One stream per employer (issue #20); the demo folder is a jobcoach's and reads them all.
    stranger = (
        folder
        / SYNC_SUBFOLDER
        / "0b5a4c0e-0000-4000-8000-0000000000e1"
        / "0b5a4c0e-0000-4000-8000-000000000001"
    )
    stranger.mkdir(parents=True)
    huge = stranger / "000001.praktijk"
    with open(huge, "wb") as handle:
        handle.truncate(3 * 1024**3)
    with Desk.open(demo_data_dir, daily_backup=False) as desk:
        for _ in range(2):
            result = desk.exchange.sync(folder)
            assert any("000001.praktijk" in name for name in result.waiting)


def test_search_and_paths(demo_data_dir, tmp_path):
    data = str(demo_data_dir)
    for args in (
        ["trajectories", "--search", "a" * 100_000],
        ["export", "--all", "--out", ""],
        ["export", "--all", "--out", "   "],
        ["backup", "--out", ""],
        ["import", ""],
        ["guide-export", "horeca-gastheer-gastvrouw", ""],
        ["export", "--all", "--out", str(tmp_path / ("x" * 300 + ".praktijk"))],
        ["export", "--all", "--out", str(tmp_path / "/".join(["map"] * 400))],
    ):
        code, err = _run("--data-dir", data, *args)
        _refused(code, err)
    for data_dir in ("", str(tmp_path / ("x" * 300)), "\t"):
        code, err = _run("--data-dir", data_dir, "candidates")
        _refused(code, err)
        assert "--data-dir" in err
