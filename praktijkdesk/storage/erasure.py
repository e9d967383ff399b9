"""AVG: erasing one candidate and everything of theirs, and finding who is due for erasure.

The mark and conclusion logs refuse DELETE (schema step 7 guard triggers) unless the event's
trajectory belongs to a candidate whose erasure is on record (the ``erasures`` table): the
record that justifies the delete is the gate, written first in the same transaction, so a
failed erase leaves neither the record nor half an erase behind. Files older than step 7
(an old backup being erased) still have the step-1 guards, opened by a settings row
'erasing' that lives only inside the transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from praktijkdesk.storage.database import Database
from praktijkdesk.storage.settings import set_setting

LEGACY_ERASING_GATE = "erasing"  # schema steps 1–6 only
GATE_BY_ERASURE_RECORD = 7  # the schema step from which the erasure record is the gate


def candidate_ids_with_prefix(db: Database, prefix: str, limit: int = 2) -> list[str]:
    rows = db.execute(
        "SELECT id FROM candidates WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
        [prefix, prefix + "\U0010ffff", limit],
    )
    return [r[0] for r in rows]


def _table_exists(db: Database, name: str) -> bool:
    row = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name])
    return row.fetchone() is not None


def erase_candidate_rows(db: Database, candidate_id: str) -> dict[str, int]:
    """Delete the candidate and all rows of their trajectories; returns counts per table.

    Runs inside the caller's transaction. People (trainers, jobcoaches), employers and guides
    stay: they are not the candidate's.
    """
    trajectory_ids = [
        r[0]
        for r in db.execute("SELECT id FROM trajectories WHERE candidate_id = ?", [candidate_id])
    ]
    counts: dict[str, int] = {}

    def delete(table: str, where: str, params: list) -> None:
        cursor = db.execute(f"DELETE FROM {table} WHERE {where}", params)
        counts[table] = counts.get(table, 0) + max(cursor.rowcount, 0)

    legacy_gate = db.execute("PRAGMA user_version").fetchone()[0] < GATE_BY_ERASURE_RECORD
    if legacy_gate:
        set_setting(db, LEGACY_ERASING_GATE, "1")
    if trajectory_ids:
        ids = ", ".join("?" for _ in trajectory_ids)
        declarations = f"SELECT id FROM declarations WHERE trajectory_id IN ({ids})"
        delete("signatures", f"declaration_id IN ({declarations})", trajectory_ids)
        delete("declarations", f"trajectory_id IN ({ids})", trajectory_ids)
        delete("current_marks", f"trajectory_id IN ({ids})", trajectory_ids)
        # mark_parents (schema 2) follows marks by ON DELETE CASCADE.
        delete("marks", f"trajectory_id IN ({ids})", trajectory_ids)
        delete("conclusions", f"trajectory_id IN ({ids})", trajectory_ids)
        if _table_exists(db, "self_views"):  # schema 8: the candidate's "Dit kan ik"
            delete("self_views", f"trajectory_id IN ({ids})", trajectory_ids)
        if _table_exists(db, "trajectory_migrations"):  # schema 9: moves to another version
            delete("trajectory_migrations", f"trajectory_id IN ({ids})", trajectory_ids)
        delete("trajectories", f"id IN ({ids})", trajectory_ids)
    delete("candidates", "id = ?", [candidate_id])
    # Exchange bookkeeping (schema 2) may name the candidate: merges keep a name and birth date.
    if _table_exists(db, "candidate_merges"):
        delete("candidate_merges", "keep_id = ? OR drop_id = ?", [candidate_id, candidate_id])
    if _table_exists(db, "record_changes"):
        records = [candidate_id, *trajectory_ids]
        delete(
            "record_changes",
            "kind IN ('candidates', 'trajectories') AND "
            f"record_id IN ({', '.join('?' for _ in records)})",
            records,
        )
    if legacy_gate:
        set_setting(db, LEGACY_ERASING_GATE, None)
    return counts


@dataclass(frozen=True)
class DueForErasure:
    candidate_id: str
    name: str
    last_end_date: str  # the latest end date of their (all closed) trajectories
    trajectory_count: int


def due_for_erasure(db: Database, ended_before: str) -> list[DueForErasure]:
    """Candidates whose trajectories are all closed and all ended before ``ended_before``."""
    rows = db.execute(
        "SELECT c.id, c.name, MAX(COALESCE(t.end_date, t.start_date)) AS last_end, COUNT(t.id) "
        "FROM candidates c JOIN trajectories t ON t.candidate_id = c.id "
        "GROUP BY c.id HAVING SUM(t.status <> 'closed') = 0 AND last_end < ? "
        "ORDER BY last_end, c.search_name",
        [ended_before],
    )
    return [DueForErasure(*r) for r in rows]


def secure_delete(db: Database, on: bool) -> None:
    """With secure_delete, SQLite overwrites deleted content with zeros instead of leaving it."""
    db.execute(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


def checkpoint(db: Database) -> None:
    """Move the WAL into the database and empty it, so no old page copy stays in the -wal."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


ERASURE_PENDING = "erasure_unfinished"


def compact(db: Database, *, wait_ms: int = 2000) -> bool:
    """After an erase: VACUUM (rewrites every page, so no free page keeps old bytes) and a
    TRUNCATE checkpoint (copies the WAL into the file and empties it). True when both got all
    the way; False when another connection still reads an older snapshot, so old page copies
    stay until it stops (the caller then finishes this later). Outside any transaction."""
    conn = db.conn
    previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
    try:
        # The VACUUM's temporary copy in memory, not in the shared temporary folder.
        conn.execute("PRAGMA temp_store=MEMORY")
        try:
            conn.execute("VACUUM")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return False
            raise
        busy, log_frames, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0 and log_frames == done
    finally:
        conn.execute(f"PRAGMA busy_timeout={int(previous)}")


def erase_from_backup_file(path, candidate_id: str) -> bool:
    """Erase the candidate inside one backup file, in place of the file: a copy is erased,
    vacuumed and checked, then renamed over the backup. True when the candidate was in it."""
    import os
    from pathlib import Path

    path = Path(path)
    conn = sqlite3.connect(Path(os.path.abspath(path)).as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'candidates'").fetchone() is None:
            return False
        found = conn.execute("SELECT 1 FROM candidates WHERE id = ?", [candidate_id]).fetchone()
    finally:
        conn.close()
    if found is None:
        return False
    temporary = path.with_name(path.name + ".wissen.tmp")
    temporary.unlink(missing_ok=True)
    try:
        _erased_copy(path, temporary, candidate_id)
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)  # never a stray copy of candidate data
        raise
    return True


def _erased_copy(path, temporary, candidate_id: str) -> None:
    import os
    from pathlib import Path

    source = sqlite3.connect(
        Path(os.path.abspath(path)).as_uri() + "?mode=ro&immutable=1", uri=True
    )
    copy = sqlite3.connect(str(temporary), isolation_level=None)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        copy.execute("PRAGMA secure_delete=ON")
        copy.execute("PRAGMA temp_store=MEMORY")
        db = Database(copy)
        with db.atomic():
            if db.execute("PRAGMA user_version").fetchone()[0] >= GATE_BY_ERASURE_RECORD:
                # The gate of the logs, and the truth: restored, this backup keeps them erased.
                _record_erasure_in_copy(db, candidate_id)
            erase_candidate_rows(db, candidate_id)
        copy.execute("VACUUM")
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed after erasing")
    finally:
        copy.close()
        source.close()


def _record_erasure_in_copy(db: Database, candidate_id: str) -> None:
    import datetime as dt
    import json

    from praktijkdesk.clock import to_iso
    from praktijkdesk.storage.changes import this_device, track

    trajectory_ids = [
        r[0]
        for r in db.execute("SELECT id FROM trajectories WHERE candidate_id = ?", [candidate_id])
    ]
    db.execute(
        "INSERT OR IGNORE INTO erasures (candidate_id, erased_at, device_id, trajectory_ids) "
        "VALUES (?, ?, ?, ?)",
        [
            candidate_id,
            to_iso(dt.datetime.now(dt.timezone.utc)),
            this_device(db),
            json.dumps(trajectory_ids),
        ],
    )
    track(db, "erasures", [candidate_id])


def backup_holds(path, candidate_id: str) -> bool:
    import os
    from pathlib import Path

    try:
        conn = sqlite3.connect(
            Path(os.path.abspath(path)).as_uri() + "?mode=ro&immutable=1", uri=True
        )
        try:
            return (
                conn.execute("SELECT 1 FROM candidates WHERE id = ?", [candidate_id]).fetchone()
                is not None
            )
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return False
