"""The log of moves to another guide version (*overstap*, schema step 9), append-only.

Every function runs inside the caller's transaction: the event and the trajectory's new guide
version are committed together or not at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from praktijkdesk.domain.migration import Migration
from praktijkdesk.storage import hlc as hlc_store
from praktijkdesk.storage.changes import versioned_update
from praktijkdesk.storage.database import Database

_COLUMNS = (
    "uuid, trajectory_id, from_guide_id, to_guide_id, person_id, at, device_id, undoes_uuid, hlc"
)


def _migration(row) -> Migration:
    return Migration(*row)


def append_migration(db: Database, event: Migration) -> Migration:
    """Store the event (with this device's next clock stamp) and point the trajectory at the
    version it moves to. The trajectory's revision rises and the change is tracked, as any
    local edit of a trajectory (storage/changes.py)."""
    if not event.hlc:
        event = dataclasses.replace(event, hlc=hlc_store.stamp(db, event.at))
    seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM trajectory_migrations").fetchone()[0]
    db.execute(
        f"INSERT INTO trajectory_migrations ({_COLUMNS}, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            event.uuid,
            event.trajectory_id,
            event.from_key,
            event.to_key,
            event.person_id,
            event.at,
            event.device_id,
            event.undoes,
            event.hlc,
            seq,
        ],
    )
    versioned_update(
        db, "trajectories", {"guide_id": event.to_key}, "id = ?", [event.trajectory_id]
    )
    return event


def migrations_of(db: Database, trajectory_id: str) -> list[Migration]:
    """Every move of the trajectory (undos included), in local order."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM trajectory_migrations WHERE trajectory_id = ? ORDER BY seq",
        [trajectory_id],
    )
    return [_migration(r) for r in rows]


def last_migration_by(
    db: Database, person_id: str, device_id: str, *, trajectory_id: str | None = None
) -> Migration | None:
    """This person's latest move on this device that is not undone and undoes nothing."""
    sql = (
        f"SELECT {_COLUMNS} FROM trajectory_migrations m WHERE person_id = ? AND device_id = ? "
        "AND undoes_uuid IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM trajectory_migrations u WHERE u.undoes_uuid = m.uuid)"
    )
    params = [person_id, device_id]
    if trajectory_id is not None:
        sql += " AND trajectory_id = ?"
        params.append(trajectory_id)
    row = db.execute(sql + " ORDER BY seq DESC LIMIT 1", params).fetchone()
    return _migration(row) if row else None


def later_migration_exists(db: Database, event: Migration) -> bool:
    """Did the trajectory move again after ``event`` (by anyone)? Then undoing it would
    skip that later move."""
    row = db.execute(
        "SELECT 1 FROM trajectory_migrations WHERE trajectory_id = ? AND seq > "
        "(SELECT seq FROM trajectory_migrations WHERE uuid = ?) LIMIT 1",
        [event.trajectory_id, event.uuid],
    ).fetchone()
    return row is not None


def guide_keys_used_by(db: Database, trajectory_id: str) -> list[str]:
    """Every guide version the trajectory used before (oldest first), for the texts of
    behaviours that are gone."""
    rows = db.execute(
        "SELECT from_guide_id FROM trajectory_migrations WHERE trajectory_id = ? ORDER BY seq",
        [trajectory_id],
    )
    return list(dict.fromkeys(r[0] for r in rows))


def known_elsewhere(db: Database, trajectory_id: str, device_ids: Iterable[str]) -> bool:
    """Signs that the trajectory is kept on another device too: an event or a record change
    made elsewhere, or a synced folder in use. A move does not travel in bundles yet, and
    a bundle may not change a trajectory's guide version (issue #13): moving such a trajectory
    here would make the devices refuse each other's files."""
    mine = sorted(set(device_ids))  # this device (and the demo data's made-up one)
    marks = ", ".join("?" for _ in mine)
    for table in ("marks", "conclusions"):
        row = db.execute(
            f"SELECT 1 FROM {table} WHERE trajectory_id = ? AND device_id NOT IN ({marks}) LIMIT 1",
            [trajectory_id, *mine],
        ).fetchone()
        if row is not None:
            return True
    row = db.execute("SELECT rev_device FROM trajectories WHERE id = ?", [trajectory_id]).fetchone()
    if row is not None and row[0] not in ("", *mine):
        return True
    # This device exchanged at all: files read from other devices, a synced folder, or the
    # exchange scope fixed at a first export.
    return any(
        db.execute(sql).fetchone() is not None
        for sql in (
            "SELECT 1 FROM sync_files LIMIT 1",
            "SELECT 1 FROM known_devices LIMIT 1",
            "SELECT 1 FROM settings WHERE key IN ('sync_folder', 'device_scope')",
        )
    )
