"""Automatic, verified, rolling backups; restore from the app's Desk and the command line."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.people import Role
from praktijkdesk.errors import InvalidInput, NewerDatabase
from praktijkdesk.storage import backup as store
from praktijkdesk.storage.migrations import LATEST_VERSION
from tests.cli.conftest import run_cli
from tests.reliability.conftest import counts

UTC = dt.timezone.utc


def _clock(day: int, hour: int = 9) -> FixedClock:
    # Far in the future, so the session template's backups (today) are older.
    return FixedClock(dt.datetime(2031, 5, day, hour, tzinfo=UTC), dt.timedelta(milliseconds=1))


def _mark(desk, status="mastered"):
    t = desk.trajectories.summaries()[0]
    overview = desk.trajectories.overview(t.id)
    behaviour = overview.guide.behaviours()[0]
    return desk.marking.record_mark(t.id, behaviour.id, status, overview.trainer.id)


def test_a_backup_is_verified_private_and_says_what_it_holds(demo_desk):
    entry = demo_desk.backups.backup_now()
    assert store.verify_backup(entry.path) is None
    assert entry.contents.candidates == len(demo_desk.trajectories.candidates())
    assert entry.contents.marks > 0 and entry.contents.schema_version == LATEST_VERSION
    assert "kandidaten" in entry.holds() and entry.when()
    if os.name == "posix":
        assert stat.S_IMODE(entry.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(entry.path.parent.stat().st_mode) == 0o700
    # Read-only reading leaves nothing beside the backup (no -wal, -shm, -journal).
    assert sorted(p.name for p in entry.path.parent.glob(entry.path.name + "*")) == [
        entry.path.name
    ]


def test_first_start_of_a_day_backs_up_only_when_something_changed(demo_data_dir):
    def daily(folder):
        return [b for b in store.list_backups(folder / "backups") if "dagelijks" in b.reason]

    with Desk.open(demo_data_dir, clock=_clock(1)) as desk:
        assert len(daily(demo_data_dir)) == 2  # the template's, and this first start's
        assert desk.backups.daily_backup_if_due() is None  # same day: not again
    with Desk.open(demo_data_dir, clock=_clock(2)):
        assert len(daily(demo_data_dir)) == 2  # next day, nothing changed: no new copy
    with Desk.open(demo_data_dir, clock=_clock(2, 10)) as desk:
        _mark(desk)
    with Desk.open(demo_data_dir, clock=_clock(3)):
        assert len(daily(demo_data_dir)) == 3  # changed since the last backup: a new one


def test_a_failed_daily_backup_does_not_block_the_start(demo_data_dir):
    backups = demo_data_dir / "backups"
    for child in backups.iterdir():
        child.unlink()
    backups.rmdir()
    backups.write_text("een bestand waar een map hoort")  # backups cannot be written
    with Desk.open(demo_data_dir, clock=_clock(4)) as desk:
        assert desk.warnings and "reservekopie" in desk.warnings[0]
        assert desk.trajectories.candidates()


def _infos(moments):
    return [store.BackupInfo(Path(f"/b/{i}"), m, "dagelijks", 1) for i, m in enumerate(moments)]


def test_thinning_keeps_the_newest_and_one_per_day_week_and_month():
    now = dt.datetime(2031, 6, 30, 12, tzinfo=UTC)
    # Four backups a day for two years.
    moments = [now - dt.timedelta(hours=6 * i) for i in range(4 * 730)]
    infos = _infos(moments)
    rotation = store.Rotation(recent=5, daily=7, weekly=4, monthly=12)
    removed = {b.path for b in store.backups_to_remove(infos, rotation, tz=UTC)}
    kept = [b for b in infos if b.path not in removed]
    assert infos[0] in kept  # the newest, always
    assert len(kept) <= 5 + 7 + 4 + 12
    days = {b.taken_at.date() for b in kept}
    assert all((now - dt.timedelta(days=d)).date() in days for d in range(7))
    assert min(b.taken_at for b in kept) < now - dt.timedelta(days=300)  # a year of history


def test_thinning_never_touches_a_handful_of_backups():
    now = dt.datetime(2031, 6, 30, 12, tzinfo=UTC)
    infos = _infos([now - dt.timedelta(minutes=i) for i in range(5)])
    assert store.backups_to_remove(infos, tz=UTC) == []


def test_restore_backs_up_first_and_replaces_in_one_go(demo_desk):
    heard = []
    demo_desk.subscribe(heard.append)
    device = demo_desk.device_id
    before = demo_desk.backups.backup_now()
    mark = _mark(demo_desk, "not_yet")
    other = sqlite3.connect(demo_desk.database_path)  # e.g. the command line beside the app
    other.execute("SELECT count(*) FROM marks").fetchone()

    result = demo_desk.restore_backup(before.path)

    assert result.restored.path == before.path
    history = demo_desk.marking.history(mark.trajectory_id, mark.behaviour_id)
    assert mark.uuid not in [m.uuid for m in history]
    # The state just before the restore is kept, with the mark in it.
    safety = sqlite3.connect(result.safety.path)
    assert safety.execute("SELECT 1 FROM marks WHERE uuid = ?", [mark.uuid]).fetchone()
    # The other connection sees the restored data, and can still write safely.
    assert other.execute("SELECT 1 FROM marks WHERE uuid = ?", [mark.uuid]).fetchone() is None
    other.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    other.commit()
    assert demo_desk.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert demo_desk.device_id == device
    assert heard and heard[-1].marks and heard[-1].trajectories
    _mark(demo_desk)  # the desk works on after a restore


def test_restore_refuses_what_is_not_a_good_backup(demo_desk, tmp_path):
    before = counts(demo_desk.database_path)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"geen database" * 100)
    with pytest.raises(InvalidInput):
        demo_desk.restore_backup(junk)
    with pytest.raises(InvalidInput):
        demo_desk.restore_backup(tmp_path / "bestaat-niet.sqlite")
    newer = demo_desk.backups.backup_now().path
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerDatabase):
        demo_desk.restore_backup(newer)
    assert counts(demo_desk.database_path) == before


def test_guide_import_is_preceded_by_a_backup(desk, tmp_path):
    guide = desk.guides.latest("horeca-gastheer-gastvrouw")
    path = tmp_path / "gids.json"
    desk.guides.export(guide.slug, path)
    text = path.read_text(encoding="utf-8").replace(f'"{guide.version}"', '"2099.1"', 1)
    path.write_text(text, encoding="utf-8")
    desk.guides.import_file(path)
    assert any(b.reason == "guide-import" for b in store.list_backups(desk.backup_dir))


def test_command_line_backup_backups_restore(demo_data_dir, tmp_path):
    out = tmp_path / "op-de-stick.sqlite"
    made = run_cli(demo_data_dir, "backup", "--out", str(out))
    assert made.returncode == 0 and out.exists() and "kandidaten" in made.stdout
    made = run_cli(demo_data_dir, "backup")
    assert made.returncode == 0
    listed = run_cli(demo_data_dir, "backups", "--json")
    entries = __import__("json").loads(listed.stdout)
    assert entries[0]["candidates"] > 0 and entries[0]["marks"] > 0
    with Desk.open(demo_data_dir) as desk:
        desk.people.add_person("Na De Kopie", Role.TRAINER)
    restored = run_cli(demo_data_dir, "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    assert "Teruggezet" in restored.stdout and "vlak daarvoor" in restored.stdout
    with Desk.open(demo_data_dir) as desk:
        assert "Na De Kopie" not in [p.name for p in desk.people.people()]
