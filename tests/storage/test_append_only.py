"""The mark and conclusion logs refuse UPDATE and DELETE: history is never rewritten."""

import sqlite3

import pytest

from praktijkdesk.domain.mark import MarkStatus


def test_marks_cannot_be_updated_or_deleted(desk, trajectory, trainer):
    mark = desk.marking.record_mark(trajectory.id, "B1-K1-W1-1", MarkStatus.MASTERED, trainer.id)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        desk.db.execute("UPDATE marks SET status = 'not_yet' WHERE uuid = ?", [mark.uuid])
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        desk.db.execute("DELETE FROM marks WHERE uuid = ?", [mark.uuid])
    assert desk.db.execute("SELECT status FROM marks").fetchall() == [("mastered",)]


def test_conclusions_cannot_be_updated(desk, trajectory, trainer):
    event = desk.marking.conclude(trajectory.id, "B1-K1-W1", trainer.id, reason="Doet het al jaren")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        desk.db.execute("UPDATE conclusions SET value = 'revoked' WHERE uuid = ?", [event.uuid])
