"""Opening: pragmas on every connection, private files, refusing what is not ours."""

import os
import stat

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.errors import DatabaseDamaged, NewerDatabase
from praktijkdesk.storage.migrations import LATEST_VERSION


def test_pragmas_are_set(desk):
    def one(sql):
        return desk.db.execute(sql).fetchone()[0]

    assert one("PRAGMA journal_mode") == "wal"
    assert one("PRAGMA synchronous") == 2  # FULL
    assert one("PRAGMA foreign_keys") == 1
    assert one("PRAGMA user_version") == LATEST_VERSION


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_is_private(tmp_path):
    folder = tmp_path / "nieuw"
    Desk.open(folder).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "praktijkdesk.sqlite").write_bytes(b"dit is geen database" * 100)
    with pytest.raises(DatabaseDamaged):
        Desk.open(folder)
    # Moved aside, never deleted or overwritten (tests/reliability/test_damaged_database.py).
    [kept] = folder.glob("praktijkdesk.sqlite.beschadigd-*")
    assert kept.read_bytes().startswith(b"dit is geen")


def test_a_newer_schema_is_refused(data_dir):
    with Desk.open(data_dir) as desk:
        desk.db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(NewerDatabase):
        Desk.open(data_dir)
