"""A damaged database is moved aside (never deleted or overwritten), the newest good backup is
named, and nothing is silently recreated empty in its place."""

from __future__ import annotations

import os
import sqlite3

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.errors import DatabaseDamaged
from tests.cli.conftest import run_cli
from tests.reliability.conftest import counts

DB = "praktijkdesk.sqlite"


def _garbage(path):
    path.write_bytes(os.urandom(64 * 1024))


def _truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _empty(path):
    path.write_bytes(b"")


def _garbled_pages(path):
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, len(data), 4096):  # keep the header page, scramble the rest
        data[offset + 16 : offset + 400] = os.urandom(384)
    path.write_bytes(bytes(data))


def _header_only(path):
    data = path.read_bytes()
    path.write_bytes(data[:100] + bytes(len(data) - 100))


DAMAGE = {
    "garbage bytes": _garbage,
    "truncated file": _truncated,
    "empty file": _empty,
    "garbled pages": _garbled_pages,
    "zeroed after the header": _header_only,
}


def _checkpointed(folder):
    """Everything in the main file, no -wal: what a damaged file on disk looks like."""
    conn = sqlite3.connect(folder / DB)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_damaged_file_is_moved_aside_and_a_backup_offered(backed_up_dir, damage):
    folder, backup = backed_up_dir
    _checkpointed(folder)
    DAMAGE[damage](folder / DB)
    damaged_bytes = (folder / DB).read_bytes()

    with pytest.raises(DatabaseDamaged) as caught:
        Desk.open(folder)

    error = caught.value
    assert not (folder / DB).exists(), "nothing may be recreated in place of a damaged file"
    [kept] = folder.glob(f"{DB}.beschadigd-*[0-9]")
    assert kept.read_bytes() == damaged_bytes  # moved, byte for byte, not rewritten
    assert error.moved_to == kept
    assert error.backup.path == backup
    assert str(backup) in error.message and "praktijkdesk restore" in error.message
    assert error.exit_code != 0

    # The next start does not quietly begin empty either: the backup is still offered.
    with pytest.raises(DatabaseDamaged) as again:
        Desk.open(folder)
    assert again.value.code == "database_missing" and again.value.backup.path == backup
    assert not (folder / DB).exists()


def test_restore_after_damage_brings_the_data_back(backed_up_dir):
    folder, backup = backed_up_dir
    before = counts(backup)
    _checkpointed(folder)
    _garbage(folder / DB)
    with pytest.raises(DatabaseDamaged) as caught:
        Desk.open(folder)
    result = Desk.restore(folder, caught.value.backup.path)
    assert result.restored.path == backup
    assert counts(folder / DB) == before
    with Desk.open(folder) as desk:
        assert len(desk.trajectories.candidates()) == before["candidates"]


def test_command_line_names_the_backup_and_exits_non_zero(backed_up_dir):
    folder, backup = backed_up_dir
    _checkpointed(folder)
    _truncated(folder / DB)
    for command in (["check"], ["candidates"]):
        result = run_cli(folder, *command)
        assert result.returncode == 3, result.stderr
        assert str(backup) in result.stderr
        assert "Traceback" not in result.stderr
    listed = run_cli(folder, "backups")  # listing still works, to help choose
    assert listed.returncode == 0 and backup.name in listed.stdout
    restored = run_cli(folder, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert run_cli(folder, "check").returncode == 0


def test_an_empty_folder_starts_fresh_when_there_is_nothing_to_lose(tmp_path):
    folder = tmp_path / "nieuw"
    folder.mkdir()
    (folder / DB).write_bytes(b"")  # a first start that crashed before its first commit
    with Desk.open(folder) as desk:
        assert desk.trajectories.candidates() == []


def test_a_database_held_by_the_app_is_not_moved(backed_up_dir):
    """The app (another process) still has the file: report, move nothing."""
    import subprocess
    import sys

    folder, _ = backed_up_dir
    _checkpointed(folder)
    _garbage(folder / DB)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from praktijkdesk.data_folder import InstanceLock;"
            f"lock = InstanceLock.acquire(Path({str(folder)!r})); print('ok', flush=True);"
            "time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(DatabaseDamaged, match="nog geopend"):
            Desk.open(folder)
        assert (folder / DB).exists()
    finally:
        holder.kill()
        holder.wait()
