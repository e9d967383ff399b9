"""Full disk, read-only folder, vanished folder: a clear Dutch message, nothing half written,
and the app keeps working with what it had."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.domain.people import Role
from praktijkdesk.errors import DatabaseDamaged, DataFolderUnusable, DiskFull, UserError
from tests.reliability.conftest import can_mount, counts, mount, umount

needs_mount = pytest.mark.skipif(
    not can_mount(), reason="needs root and mount(8) for a tiny or read-only file system"
)


def _behaviours(desk, trajectory_id):
    overview = desk.trajectories.overview(trajectory_id)
    return overview, [b.id for b in overview.guide.behaviours()]


def test_max_page_count_full_database_refuses_cleanly_and_recovers(desk, trajectory):
    overview, behaviours = _behaviours(desk, trajectory.id)
    pages = desk.db.execute("PRAGMA page_count").fetchone()[0]
    desk.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    acknowledged = []
    with pytest.raises(DiskFull) as caught:
        for i in range(5000):  # each mark grows the file; soon a page is needed that is not there
            mark = desk.marking.record_mark(
                trajectory.id,
                behaviours[i % len(behaviours)],
                "practising",
                overview.trainer.id,
                "x" * 400,
            )
            acknowledged.append(mark.uuid)
    assert "schijf is vol" in caught.value.message
    stored = {r[0] for r in desk.db.execute("SELECT uuid FROM marks")}
    assert stored == set(acknowledged)  # every acknowledged mark, and not half of the refused one
    assert desk.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    added = []
    with pytest.raises(DiskFull):  # nor does a refused candidate half-appear
        for i in range(5000):
            added.append(
                desk.trajectories.add_candidate(
                    name=f"Ayşe Kaya {i}",
                    employer_id=overview.employer.id,
                    trainer_id=overview.trainer.id,
                    guide_key=overview.guide.key,
                )[0].name
            )
    names = [c.name for c in desk.trajectories.candidates()]
    assert sorted(names) == sorted(["Şükrü Öztürk", *added])
    assert desk.db.execute("PRAGMA foreign_key_check").fetchall() == []
    # Space again: the app carries on.
    desk.db.execute("PRAGMA max_page_count = 1073741823")
    desk.marking.record_mark(trajectory.id, behaviours[0], "mastered", overview.trainer.id)


@needs_mount
def test_tiny_file_system_fills_up_without_losing_an_acknowledged_mark(tmp_path, data_dir):
    point = tmp_path / "stick"
    point.mkdir()
    if not mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)):
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        folder = point / "data"
        shutil.copytree(data_dir, folder)
        shutil.rmtree(folder / "backups")  # room for the database itself
        with Desk.open(folder, daily_backup=False) as desk:
            employer = desk.people.add_employer("Bakkerij Van Dam")
            trainer = desk.people.add_person("Fatma Yılmaz", Role.TRAINER, employer.id)
            _, trajectory = desk.trajectories.add_candidate(
                name="Şükrü Öztürk",
                employer_id=employer.id,
                trainer_id=trainer.id,
                guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
            )
            _, behaviours = _behaviours(desk, trajectory.id)
            # Fill the disk, leaving a little room.
            filler = point / "filler"
            with open(filler, "wb", buffering=0) as handle:  # no buffer left to flush on close
                try:
                    while True:
                        handle.write(b"\0" * 65536)
                        handle.flush()
                except OSError:
                    pass
            filler.write_bytes(b"\0" * max(0, filler.stat().st_size - 512 * 1024))
            acknowledged, refused = [], None
            for i in range(5000):
                try:
                    mark = desk.marking.record_mark(
                        trajectory.id,
                        behaviours[i % len(behaviours)],
                        "practising",
                        trainer.id,
                        "notitie " * 50,
                    )
                except UserError as exc:
                    refused = exc
                    break
                acknowledged.append(mark.uuid)
            print(f"tiny disk: {len(acknowledged)} marks, then {type(refused).__name__}")
            assert isinstance(refused, (DiskFull, DataFolderUnusable)), refused
            assert "niet opgeslagen" in refused.message
            # A backup on a full disk fails cleanly too (no half file left).
            with pytest.raises(UserError):
                desk.backups.backup_now()
            assert not list((folder / "backups").glob("*.tmp"))
            filler.unlink()
            desk.marking.record_mark(trajectory.id, behaviours[0], "mastered", trainer.id)
        conn = sqlite3.connect(folder / "praktijkdesk.sqlite")
        stored = {r[0] for r in conn.execute("SELECT uuid FROM marks")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert acknowledged and set(acknowledged) <= stored
    finally:
        umount(point, lazy=True)


@needs_mount
def test_read_only_folder_is_refused_with_a_clear_message(tmp_path, data_dir):
    before = counts(data_dir / "praktijkdesk.sqlite")
    if not mount("--bind", "-o", "ro", str(data_dir), str(data_dir)):
        pytest.skip("a read-only bind mount is not allowed here")
    try:
        if os.access(data_dir, os.W_OK) and _writable(data_dir):
            pytest.skip("the bind mount did not become read-only")
        with pytest.raises(DataFolderUnusable) as caught:
            Desk.open(data_dir)
        assert "gegevensmap" in caught.value.message and "niet worden" in caught.value.message
    finally:
        umount(data_dir)
    assert counts(data_dir / "praktijkdesk.sqlite") == before


def _writable(folder) -> bool:
    try:
        (folder / ".probe").write_text("x")
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


def test_vanished_folder_refuses_writes_and_keeps_what_it_had(desk, trajectory):
    """A USB stick pulled out, or the folder deleted under the running app."""
    overview, behaviours = _behaviours(desk, trajectory.id)
    desk.marking.record_mark(trajectory.id, behaviours[0], "mastered", overview.trainer.id)
    shutil.rmtree(desk.data_dir)
    with pytest.raises(DataFolderUnusable) as caught:
        desk.marking.record_mark(trajectory.id, behaviours[1], "mastered", overview.trainer.id)
    assert "niet opgeslagen" in caught.value.message
    # What it had is still on screen: reading works on.
    checklist = desk.marking.checklist(trajectory.id, overview.trajectory.work_processes[0])
    assert checklist.items[0].mark is not None
    # A backup still copies what the open connection holds: where the folder can be made
    # again it becomes the way back (the next start offers it), else it fails cleanly.
    try:
        salvage = desk.backups.backup_now()
    except UserError:
        return
    assert salvage.contents.marks == 1
    with pytest.raises(DatabaseDamaged) as caught:
        Desk.open(desk.data_dir)
    assert caught.value.backup.path == salvage.path
