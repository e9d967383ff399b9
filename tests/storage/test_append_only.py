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


def test_only_the_erasure_record_of_this_candidate_opens_its_log(desk, trajectory, trainer):
    """Schema step 7: the gate is the erasure record, not a switch in settings."""
    mark = desk.marking.record_mark(trajectory.id, "B1-K1-W1-1", MarkStatus.MASTERED, trainer.id)
    desk.set_setting("erasing", "1")  # the step-6 switch opens nothing any more
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        desk.db.execute("DELETE FROM marks WHERE uuid = ?", [mark.uuid])
    desk.db.execute(
        "INSERT INTO erasures (candidate_id, erased_at, device_id) "
        "VALUES ('someone-else', '2026-01-01T00:00:00Z', 'x')"
    )
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        desk.db.execute("DELETE FROM marks WHERE uuid = ?", [mark.uuid])
    with desk.db.atomic():
        desk.db.execute(
            "INSERT INTO erasures (candidate_id, erased_at, device_id) "
            "VALUES (?, '2026-01-01T00:00:00Z', 'x')",
            [trajectory.candidate_id],
        )
        desk.db.execute("DELETE FROM current_marks WHERE mark_uuid = ?", [mark.uuid])
        desk.db.execute("DELETE FROM marks WHERE uuid = ?", [mark.uuid])
    assert desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == 0
