"""The candidate's "Dit kan ik" events (table self_views, schema step 8): append-only."""

from __future__ import annotations

from praktijkdesk.domain.self_view import SelfView
from praktijkdesk.storage.database import Database

_COLUMNS = "uuid, trajectory_id, behaviour_id, can_do, at, device_id"


def _self_view(row) -> SelfView:
    uuid, trajectory_id, behaviour_id, can_do, at, device_id = row
    return SelfView(uuid, trajectory_id, behaviour_id, bool(can_do), at, device_id)


def append_self_view(db: Database, event: SelfView) -> bool:
    """Store one event; False when its uuid is already there (the same event twice)."""
    cursor = db.execute(
        f"INSERT OR IGNORE INTO self_views ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        [
            event.uuid,
            event.trajectory_id,
            event.behaviour_id,
            int(event.can_do),
            event.at,
            event.device_id,
        ],
    )
    return cursor.rowcount > 0


def self_views_of(db: Database, trajectory_id: str) -> list[SelfView]:
    """Every event of one trajectory in the order it was stored. Not by ``at``: a clock set
    back a day between two taps must not make the earlier tap the latest."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM self_views WHERE trajectory_id = ? ORDER BY rowid",
        [trajectory_id],
    ).fetchall()
    return [_self_view(r) for r in rows]
