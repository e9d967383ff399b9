"""Damage is reported, never a crash: random bytes changed inside copies of a demo database
(past the header), and every command that reads runs on each copy. Each one ends in 0 (the
damage did not touch what it read) or 3 (the damaged-database path: Dutch message, the file
kept, the newest good backup named) — never an internal error.

Before: 15 of 30 such trials ended in exit 1 and `check` itself crashed in 8.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from praktijkdesk import cli

TRIALS = int(os.environ.get("PRAKTIJKDESK_DAMAGE_TRIALS", "8"))
SEEDS = [101, 202, 303]


@pytest.fixture(scope="module")
def demo_with_backup(tmp_path_factory):
    from praktijkdesk.desk import Desk

    folder = tmp_path_factory.mktemp("damage") / "demo"
    with Desk.open(folder) as desk:
        desk.demo.load()
        desk.backups.backup_now()
        trajectory = next(
            s.id for s in desk.trajectories.summaries() if s.progress.concluded_count > 0
        )
    conn = sqlite3.connect(folder / "praktijkdesk.sqlite")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    conn.close()
    return folder, trajectory


def _commands(trajectory: str, out: Path) -> list[list[str]]:
    return [
        ["candidates"],
        ["candidates", "--json"],
        ["trajectories"],
        ["trajectories", "--search", "ng"],
        ["guides"],
        ["check"],
        ["backups"],
        ["retention"],
        ["progress-report", trajectory[:8], "--out", str(out / "v.pdf")],
        ["declaration", trajectory[:8], "--out", str(out / "d.pdf")],
        ["export", "--all", "--out", str(out / "x.praktijk")],
    ]


def _run(args: list[str], stdin: str = "") -> tuple[int, str]:
    import sys

    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out), _stdin(sys, stdin):
        try:
            code = cli.main(args)
        except SystemExit as exc:
            code = exc.code
    return code, err.getvalue()


@contextlib.contextmanager
def _stdin(sys, text: str):
    previous, sys.stdin = sys.stdin, io.StringIO(text)
    try:
        yield
    finally:
        sys.stdin = previous


def _damage(data: bytes, rng: random.Random) -> bytes:
    changed = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        changed[rng.randrange(100, len(changed))] = rng.randrange(256)
    return bytes(changed)


@pytest.mark.parametrize("seed", SEEDS)
def test_changed_bytes_never_crash_a_reading_command(demo_with_backup, tmp_path, seed):
    source, trajectory = demo_with_backup
    original = (source / "praktijkdesk.sqlite").read_bytes()
    rng = random.Random(seed)
    outcomes = {0: 0, 3: 0}
    for trial in range(TRIALS):
        damaged = _damage(original, rng)
        # A fresh folder for each trial's files: an existing file is never overwritten
        # without --force (#19), and a trial's refusal for that would say nothing about damage.
        out = tmp_path / f"uit-{trial}"
        out.mkdir()
        for number, command in enumerate(_commands(trajectory, out)):
            folder = tmp_path / f"t{trial}-{number}"
            shutil.copytree(source, folder)
            (folder / "praktijkdesk.sqlite").write_bytes(damaged)
            code, err = _run(["--data-dir", str(folder), *command])
            assert code in (0, 3), (trial, command, code, err)
            assert "Traceback" not in err and "er ging iets mis" not in err
            if code == 3:
                outcomes[3] += 1
                assert "beschadigd" in err or "niet in orde" in err, err
                assert "praktijkdesk restore" in err, err  # the newest good backup is named
                # The damaged bytes are kept: in place, or moved aside beside it.
                kept = [
                    p
                    for p in folder.iterdir()
                    if p.name.startswith("praktijkdesk.sqlite")
                    and not p.name.endswith(("-wal", "-shm"))
                ]
                assert any(p.read_bytes() == damaged for p in kept), [p.name for p in kept]
            else:
                outcomes[0] += 1
            shutil.rmtree(folder)
    print(
        f"seed={seed} trials={TRIALS} runs={sum(outcomes.values())} "
        f"ok={outcomes[0]} damaged_path={outcomes[3]} crashes=0"
    )
    assert outcomes[3] > 0, "some of the damage must have been found"


def test_an_invalid_utf8_byte_in_a_name_fails_check_and_never_crashes(demo_with_backup, tmp_path):
    source, _ = demo_with_backup
    folder = tmp_path / "d"
    shutil.copytree(source, folder)
    conn = sqlite3.connect(folder / "praktijkdesk.sqlite")
    conn.execute(
        "UPDATE candidates SET name = CAST(X'4e677579e1bb8520ff' AS TEXT) "
        "WHERE rowid = (SELECT min(rowid) FROM candidates)"
    )
    conn.commit()
    conn.close()
    code, err = _run(["--data-dir", str(folder), "check"])
    assert code == 3 and "UTF-8" in err, err
    code, err = _run(["--data-dir", str(folder), "candidates"])
    assert code == 3 and "beschadigd" in err and "praktijkdesk restore" in err, err


def test_an_extra_trigger_is_damage_for_check_and_refused_by_restore(demo_with_backup, tmp_path):
    """The trigger that made `mark` print ok and store nothing."""
    source, _ = demo_with_backup
    folder = tmp_path / "d"
    shutil.copytree(source, folder)
    backup = tmp_path / "met-trigger.sqlite"
    assert _run(["--data-dir", str(folder), "backup", "--out", str(backup)])[0] == 0
    conn = sqlite3.connect(backup)
    conn.execute("CREATE TRIGGER swallow BEFORE INSERT ON marks BEGIN SELECT RAISE(IGNORE); END")
    conn.commit()
    conn.close()
    before = (folder / "praktijkdesk.sqlite").read_bytes()
    code, err = _run(["--data-dir", str(folder), "restore", str(backup)])
    assert code == 2 and "swallow" in err and "niet die van praktijkdesk" in err, err
    assert (folder / "praktijkdesk.sqlite").read_bytes() == before

    conn = sqlite3.connect(folder / "praktijkdesk.sqlite")
    conn.execute("CREATE VIEW extra AS SELECT 1")
    conn.execute("DROP INDEX marks_undoes")
    conn.commit()
    conn.close()
    code, err = _run(["--data-dir", str(folder), "check"])
    assert code == 3, err
    assert "onbekende view 'extra'" in err and "index 'marks_undoes' ontbreekt" in err, err


def test_the_expected_schema_follows_the_migration_steps(monkeypatch):
    """Derived from STEPS, never a list kept by hand: a new step's table is expected at once."""
    from praktijkdesk.storage import integrity, migrations

    before = integrity.expected_schema()
    assert ("trigger", "marks_no_update") in before and ("table", "marks") in before
    steps = [
        *migrations.STEPS,
        (99, lambda db: db.execute("CREATE TABLE step_99_things (id TEXT PRIMARY KEY)")),
    ]
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "LATEST_VERSION", 99)
    integrity.expected_schema.cache_clear()
    try:
        assert ("table", "step_99_things") in integrity.expected_schema()
    finally:
        integrity.expected_schema.cache_clear()


def test_a_changed_bundle_is_damaged_not_an_internal_error(demo_with_backup, tmp_path):
    source, _ = demo_with_backup
    folder = tmp_path / "d"
    shutil.copytree(source, folder)
    bundle = tmp_path / "alles.praktijk"
    assert _run(["--data-dir", str(folder), "export", "--all", "--out", str(bundle)])[0] == 0
    data = bytearray(bundle.read_bytes())
    rng = random.Random(5)
    codes = []
    for trial in range(20):
        changed = bytearray(data)
        start = rng.randrange(60, len(changed) - 200)  # inside the compressed data
        for i in range(start, start + rng.randint(1, 40)):
            changed[i] ^= rng.randrange(1, 256)
        target = tmp_path / f"kapot-{trial}.praktijk"
        target.write_bytes(changed)
        code, err = _run(["--data-dir", str(folder), "import", str(target)])
        codes.append(code)
        assert code == 2 and "niets ingelezen" in err, (trial, err)
    assert codes == [2] * 20


@pytest.mark.parametrize("seed", [404, 505])
def test_changed_bytes_never_crash_a_writing_command(demo_with_backup, tmp_path, seed):
    """Writing on a damaged copy: refused (3, or 2 when the damage changed what a line names),
    never an internal error; a mark stream stops at damage instead of going on."""
    import json

    source, trajectory = demo_with_backup
    original = (source / "praktijkdesk.sqlite").read_bytes()
    rng = random.Random(seed)
    line = (
        json.dumps(
            {"trajectory": trajectory, "behaviour": "x", "status": "mastered", "by": "niemand"}
        )
        + "\n"
    )
    codes = []
    for trial in range(TRIALS):
        damaged = _damage(original, rng)
        for number, (command, stdin) in enumerate(
            [
                (["mark", "--stdin"], line * 3),
                (
                    [
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
                    "",
                ),
                (["demo"], ""),
            ]
        ):
            folder = tmp_path / f"w{trial}-{number}"
            shutil.copytree(source, folder)
            (folder / "praktijkdesk.sqlite").write_bytes(damaged)
            code, err = _run(["--data-dir", str(folder), *command], stdin)
            codes.append(code)
            assert code in (0, 2, 3), (trial, command, code, err)
            assert "Traceback" not in err and "er ging iets mis" not in err, err
            shutil.rmtree(folder)
    assert 3 in codes


def test_the_utf8_scan_misses_nothing_in_chunks_or_across_values():
    from praktijkdesk.storage.integrity import text_problems

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a TEXT, b BLOB)")
    conn.execute("CREATE TABLE w (a TEXT, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(f"naam {i}", b"\xff\xfe") for i in range(95)])
    conn.executemany("INSERT INTO w VALUES (?, ?)", [("k", str(i)) for i in range(95)])
    assert text_problems(conn, chunk=10) == []  # a blob is not text
    # Two broken halves in neighbouring rows would make one valid "é" if simply joined.
    conn.execute("INSERT INTO t VALUES (CAST(X'41c3' AS TEXT), NULL)")
    conn.execute("INSERT INTO t VALUES (CAST(X'a942' AS TEXT), NULL)")
    conn.execute("INSERT INTO t VALUES (CAST(X'7800ff' AS TEXT), NULL)")  # after a NUL
    conn.execute("UPDATE w SET b = CAST(X'41ff' AS TEXT) WHERE b = '77'")  # a later page
    assert text_problems(conn, chunk=10) == [
        "3 tekst(en) in 't' zijn geen geldige UTF-8",
        "1 tekst(en) in 'w' zijn geen geldige UTF-8",
    ]
