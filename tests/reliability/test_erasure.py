"""Erased means gone from the file: no name bytes in the database, its WAL or free pages, also
when another connection was reading; when that cannot be done at once it is said, and finished
at the next start. The backups that still hold the candidate are named and can be purged."""

from __future__ import annotations

import contextlib
import io
import sqlite3
import subprocess
import sys
from pathlib import Path

from praktijkdesk import cli
from praktijkdesk.desk import Desk

RARE = "Zebulon Quaxwell-Ötvös"


def _files_holding(folder: Path, text: str) -> list[str]:
    found = []
    for path in folder.iterdir():
        if path.name.startswith("praktijkdesk.sqlite") and path.is_file():
            if text.encode("utf-8") in path.read_bytes():
                found.append(path.name)
    return found


def _add_rare_candidate(folder: Path) -> str:
    with Desk.open(folder, daily_backup=False) as desk:
        guide = desk.guides.latest("horeca-gastheer-gastvrouw")
        employer = desk.people.employer_named("De Gouden Lepel", create=True)
        from praktijkdesk.domain.people import Role

        trainer = desk.people.person_named(
            "Fatma Yılmaz", Role.TRAINER, create=True, employer_id=employer.id
        )
        candidate, trajectory = desk.trajectories.add_candidate(
            name=RARE,
            birth_date=None,
            employer_id=employer.id,
            trainer_id=trainer.id,
            guide_key=guide.key,
            work_processes=None,
            start_date=None,
        )
        behaviour = guide.work_processes()[0].behaviours[0].id
        for status in ("practising", "mastered"):
            desk.marking.record_mark(
                trajectory.id, behaviour, status, trainer.id, f"notitie over {RARE}"
            )
        desk.backups.backup_now()
    return candidate.id


def test_erase_beside_a_reader_in_another_process_finishes_at_the_next_start(demo_data_dir):
    candidate_id = _add_rare_candidate(demo_data_dir)
    # Another process holds a read snapshot (the app showing a list) during the erase.
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
            "c.execute('BEGIN'); c.execute('SELECT count(*) FROM marks').fetchone();"
            "print('reading', flush=True); sys.stdin.readline()",
            str(demo_data_dir / "praktijkdesk.sqlite"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout.readline().strip() == "reading"
    with Desk.open(demo_data_dir, daily_backup=False) as desk:
        result = desk.privacy.erase_candidate(candidate_id)
        assert not result.finished
        assert "nog niet af" in result.describe()
        assert desk.setting("erasure_unfinished") == "1"
        assert desk.trajectories.candidates() and all(
            c.name != RARE for c in desk.trajectories.candidates()
        )
    reader.stdin.write("\n")
    reader.stdin.close()
    reader.wait(timeout=30)
    with Desk.open(demo_data_dir, daily_backup=False) as desk:
        assert desk.setting("erasure_unfinished") is None
    assert _files_holding(demo_data_dir, RARE) == []


def test_erase_with_an_idle_second_connection_is_gone_at_once(demo_data_dir):
    candidate_id = _add_rare_candidate(demo_data_dir)
    idle = sqlite3.connect(demo_data_dir / "praktijkdesk.sqlite")
    idle.execute("SELECT count(*) FROM marks").fetchone()  # open, not in a transaction
    try:
        with Desk.open(demo_data_dir, daily_backup=False) as desk:
            result = desk.privacy.erase_candidate(candidate_id)
            assert result.finished
            assert _files_holding(demo_data_dir, RARE) == []
    finally:
        idle.close()
    assert _files_holding(demo_data_dir, RARE) == []


def test_backups_holding_the_candidate_are_named_and_purged_keeping_the_rest(demo_data_dir):
    candidate_id = _add_rare_candidate(demo_data_dir)
    backups = demo_data_dir / "backups"
    holding_before = [p for p in backups.glob("*.sqlite") if RARE.encode() in p.read_bytes()]
    assert holding_before
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert (
            cli.main(["--data-dir", str(demo_data_dir), "erase-candidate", candidate_id, "--yes"])
            == 0
        )
    text = out.getvalue()
    assert "reservekopie" in text and f"erase-from-backups {candidate_id}" in text
    for path in holding_before:
        assert str(path) in text
    # Without --yes nothing happens.
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli.main(["--data-dir", str(demo_data_dir), "erase-from-backups", candidate_id]) == 2
    assert all(RARE.encode() in p.read_bytes() for p in holding_before)
    marks_before = {p: _marks(p) for p in holding_before}
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert (
            cli.main(
                ["--data-dir", str(demo_data_dir), "erase-from-backups", candidate_id, "--yes"]
            )
            == 0
        )
    assert f"Gewist uit {len(holding_before)}" in out.getvalue()
    for path in backups.glob("*"):
        assert RARE.encode() not in path.read_bytes(), path.name
    for path in holding_before:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        conn.close()
        # Everyone else is still in the backup: only the candidate's two marks went.
        assert _marks(path) == marks_before[path] - 2
    assert not list(backups.glob("*.tmp"))


def _marks(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM marks").fetchone()[0]
    finally:
        conn.close()
