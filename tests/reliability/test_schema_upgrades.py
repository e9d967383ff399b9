"""Every released schema version (tests/data/schema-v*.sqlite) opens and upgrades without
loss, with a backup of the old file taken first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.storage import migrations
from praktijkdesk.storage.backup import list_backups
from praktijkdesk.storage.integrity import integrity_problems

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURES = sorted(DATA.glob("schema-v*.sqlite"))
TABLES = (
    "employers",
    "people",
    "candidates",
    "guides",
    "trajectories",
    "marks",
    "conclusions",
    "current_marks",
    "declarations",
    "signatures",
    "settings",
)


def _snapshot(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            "version": conn.execute("PRAGMA user_version").fetchone()[0],
            "counts": {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES},
            # Step 7 moves each declaration's logo out of settings, next to its PDF.
            "settings": conn.execute(
                "SELECT count(*) FROM settings WHERE key NOT GLOB 'declaration_logo:*'"
            ).fetchone()[0],
            "marks": conn.execute(
                "SELECT uuid, trajectory_id, behaviour_id, status, person_id, at, note, undoes_uuid "
                "FROM marks ORDER BY uuid"
            ).fetchall(),
            "names": conn.execute("SELECT id, name FROM candidates ORDER BY id").fetchall(),
            "pdfs": conn.execute("SELECT id, pdf FROM declarations ORDER BY id").fetchall(),
        }
    finally:
        conn.close()


def test_there_is_a_fixture_for_the_first_release():
    assert DATA / "schema-v1.sqlite" in FIXTURES


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_an_old_file_upgrades_without_loss(tmp_path, fixture):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(fixture, folder / "praktijkdesk.sqlite")
    before = _snapshot(fixture)

    with Desk.open(folder) as desk:
        assert integrity_problems(desk.db) == []
        assert len(desk.trajectories.summaries()) == before["counts"]["trajectories"]
    after = _snapshot(folder / "praktijkdesk.sqlite")

    assert after["version"] == migrations.LATEST_VERSION
    for table in TABLES:
        expected = before["counts"][table]
        # settings may gain rows (this device's id), guides too (newer bundled versions are
        # stored on opening); nothing may lose any.
        if table == "settings":
            assert after["settings"] >= before["settings"]
            continue
        assert (
            after["counts"][table] >= expected
            if table == "guides"
            else (after["counts"][table] == expected)
        ), table
    assert after["marks"] == before["marks"]
    assert after["names"] == before["names"] and after["pdfs"] == before["pdfs"]
    if before["version"] < migrations.LATEST_VERSION:
        [backup] = [
            b for b in list_backups(folder / "backups") if b.reason == f"schema{before['version']}"
        ]
        assert _snapshot(backup.path) == before  # the file as it was, before any step ran


def _add_step(monkeypatch, step):
    version = migrations.LATEST_VERSION + 1
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, (version, step)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", version)
    return version


def test_a_future_step_is_preceded_by_a_backup(data_dir, monkeypatch):
    with Desk.open(data_dir) as desk:
        desk.people.add_employer("Bakkerij Van Dam")
    old = _snapshot(data_dir / "praktijkdesk.sqlite")

    def add_column(db):
        db.execute("ALTER TABLE employers ADD COLUMN phone TEXT")

    version = _add_step(monkeypatch, add_column)
    with Desk.open(data_dir) as desk:
        assert migrations.schema_version(desk.db) == version
    [backup] = [b for b in list_backups(data_dir / "backups") if b.reason == f"schema{version - 1}"]
    assert _snapshot(backup.path) == old


def test_a_failing_future_step_leaves_the_file_and_a_backup(data_dir, monkeypatch):
    before = _snapshot(data_dir / "praktijkdesk.sqlite")

    def broken(db):
        db.execute("DELETE FROM settings")
        raise RuntimeError("halverwege mis")

    _add_step(monkeypatch, broken)
    with pytest.raises(RuntimeError):
        Desk.open(data_dir)
    assert _snapshot(data_dir / "praktijkdesk.sqlite") == before
    assert any(b.reason.startswith("schema") for b in list_backups(data_dir / "backups"))
