"""WAL checkpoints off the tap (issue #18): a commit no longer copies the log into the
database at 1000 pages; the app does it when idle, and never waits for a reader to do so."""

from __future__ import annotations

from praktijkdesk.desk import Desk
from praktijkdesk.storage.database import (
    WAL_AUTOCHECKPOINT_PAGES,
    checkpoint_when_idle,
    connect,
    write,
)


def _fill(desk, rows: int, start: int = 0) -> None:
    """Many small commits, each a few new pages in the log (like taps)."""
    for n in range(start, start + rows):
        with write(desk.db):
            desk.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", [f"bench-{n}", "x" * 3000]
            )


def test_commits_leave_the_log_to_the_idle_checkpoint(tmp_path):
    with Desk.open(tmp_path / "d") as desk:
        assert (
            desk.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
            == (WAL_AUTOCHECKPOINT_PAGES)
            > 1000
        )
        checkpoint_when_idle(desk.db)
        _fill(desk, 1500)  # > 1000 pages: SQLite's default would have checkpointed in a commit
        busy, frames, copied = checkpoint_when_idle(desk.db)
        assert frames > 1000 and (busy, copied) == (0, frames)
        # Everything copied: the next commit starts the log from the beginning again.
        _fill(desk, 1, start=5000)
        assert checkpoint_when_idle(desk.db)[1] < 10


def test_the_idle_checkpoint_never_waits_for_a_reader(tmp_path):
    with Desk.open(tmp_path / "d") as desk:
        _fill(desk, 20)
        reader = connect(desk.database_path)
        try:
            reader.execute("BEGIN")
            reader.execute("SELECT COUNT(*) FROM settings").fetchone()  # holds its snapshot
            _fill(desk, 20, start=100)
            busy, frames, copied = checkpoint_when_idle(desk.db)  # returns at once
            assert copied < frames  # what the reader may still need stays in the log
            reader.execute("COMMIT")
        finally:
            reader.close()
        busy, frames, copied = checkpoint_when_idle(desk.db)
        assert copied == frames


def test_no_checkpoint_inside_a_transaction(tmp_path):
    with Desk.open(tmp_path / "d") as desk, write(desk.db):
        assert checkpoint_when_idle(desk.db) is None


def test_closing_twice_is_harmless(tmp_path):
    desk = Desk.open(tmp_path / "d")
    desk.close()
    desk.close()  # the command line closes, then its caller: no error from the checkpoint
    assert checkpoint_when_idle(desk.db) is None
