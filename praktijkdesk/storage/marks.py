"""The append-only mark and conclusion logs, and the derived current_marks table.

Every function here runs inside the caller's transaction (services open it), so an event
and the current_marks row it moves are committed together or not at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from praktijkdesk.domain.mark import Conclusion, ConclusionValue, Mark, MarkStatus, current_marks
from praktijkdesk.storage import hlc as hlc_store
from praktijkdesk.storage.changes import add_local_parents
from praktijkdesk.storage.database import Database

_MARK_COLUMNS = (
    "uuid, trajectory_id, behaviour_id, status, person_id, at, device_id, note, undoes_uuid, hlc"
)
_CONCLUSION_COLUMNS = (
    "uuid, trajectory_id, work_process_code, value, person_id, at, device_id, reason, "
    "undoes_uuid, hlc"
)


def _mark(row) -> Mark:
    return Mark(
        uuid=row[0],
        trajectory_id=row[1],
        behaviour_id=row[2],
        status=MarkStatus(row[3]) if row[3] else None,
        person_id=row[4],
        at=row[5],
        device_id=row[6],
        note=row[7],
        undoes=row[8],
        hlc=row[9],
    )


def _conclusion(row) -> Conclusion:
    return Conclusion(
        uuid=row[0],
        trajectory_id=row[1],
        work_process_code=row[2],
        value=ConclusionValue(row[3]) if row[3] else None,
        person_id=row[4],
        at=row[5],
        device_id=row[6],
        reason=row[7],
        undoes=row[8],
        hlc=row[9],
    )


# The one statement that moves a behaviour's current mark (here, on repair and on import).
UPSERT_CURRENT = (
    "INSERT INTO current_marks (trajectory_id, behaviour_id, mark_uuid) VALUES (?, ?, ?) "
    "ON CONFLICT(trajectory_id, behaviour_id) DO UPDATE SET mark_uuid = excluded.mark_uuid"
)


def next_seq(db: Database, table: str) -> int:
    """The local order number for the next event in ``marks`` or ``conclusions``."""
    return db.execute(f"SELECT COALESCE(MAX(seq), 0) + 1 FROM {table}").fetchone()[0]


def mark_exists(db: Database, uuid: str) -> bool:
    return db.execute("SELECT 1 FROM marks WHERE uuid = ?", [uuid]).fetchone() is not None


def stamped(db: Database, event):
    """The event with this device's next clock stamp (domain/hlc.py), unless it has one."""
    if event.hlc:
        return event
    return dataclasses.replace(event, hlc=hlc_store.stamp(db, event.at))


def append_mark(db: Database, mark: Mark) -> bool:
    """Append one event and move current_marks. Returns False if the uuid was already there
    (importing the same event twice changes nothing). A local event gets its clock stamp and
    its parents (the behaviour's current heads) here; imports use exchange.insert_marks."""
    if mark_exists(db, mark.uuid):
        return False
    mark = stamped(db, mark)
    db.execute(
        f"INSERT INTO marks (seq, {_MARK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            next_seq(db, "marks"),
            mark.uuid,
            mark.trajectory_id,
            mark.behaviour_id,
            mark.status.value if mark.status else None,
            mark.person_id,
            mark.at,
            mark.device_id,
            mark.note,
            mark.undoes,
            mark.hlc,
        ],
    )
    if mark.undoes is None:
        add_local_parents(db, mark.uuid, mark.trajectory_id, mark.behaviour_id)
        _advance_current(db, mark)
    else:
        target = get_mark(db, mark.undoes)
        if target is not None:
            refresh_current(db, target.trajectory_id, target.behaviour_id)
    return True


def _advance_current(db: Database, mark: Mark) -> None:
    """The new event becomes current unless a later one is already there (a merged import)."""
    row = db.execute(
        "SELECT m.hlc, m.device_id, m.uuid FROM current_marks c JOIN marks m ON m.uuid = c.mark_uuid "
        "WHERE c.trajectory_id = ? AND c.behaviour_id = ?",
        [mark.trajectory_id, mark.behaviour_id],
    ).fetchone()
    already_undone = db.execute(
        "SELECT 1 FROM marks WHERE undoes_uuid = ? LIMIT 1", [mark.uuid]
    ).fetchone()
    if already_undone:
        return
    if row is None or tuple(row) < mark.order_key:
        db.execute(UPSERT_CURRENT, [mark.trajectory_id, mark.behaviour_id, mark.uuid])


def refresh_current(db: Database, trajectory_id: str, behaviour_id: str) -> None:
    """Recompute one behaviour's current mark from its whole history (after an undo)."""
    events = behaviour_history(db, trajectory_id, behaviour_id, include_undone=True)
    current = current_marks(events).get((trajectory_id, behaviour_id))
    if current is None:
        db.execute(
            "DELETE FROM current_marks WHERE trajectory_id = ? AND behaviour_id = ?",
            [trajectory_id, behaviour_id],
        )
    else:
        db.execute(UPSERT_CURRENT, [trajectory_id, behaviour_id, current.uuid])


def get_mark(db: Database, uuid: str) -> Mark | None:
    row = db.execute(f"SELECT {_MARK_COLUMNS} FROM marks WHERE uuid = ?", [uuid]).fetchone()
    return _mark(row) if row else None


def behaviour_history(
    db: Database, trajectory_id: str, behaviour_id: str, *, include_undone: bool = False
) -> list[Mark]:
    """All events of one behaviour, oldest first. Undo events are found through the rows they
    cancel, so they are included too when ``include_undone``."""
    rows = db.execute(
        f"SELECT {_MARK_COLUMNS} FROM marks WHERE trajectory_id = ? AND behaviour_id = ? "
        "ORDER BY hlc, device_id, uuid",
        [trajectory_id, behaviour_id],
    ).fetchall()
    events = [_mark(r) for r in rows]
    if include_undone:
        uuids = [e.uuid for e in events]
        if uuids:
            marks_sql = ", ".join("?" for _ in uuids)
            undo_rows = db.execute(
                f"SELECT {_MARK_COLUMNS} FROM marks WHERE undoes_uuid IN ({marks_sql})", uuids
            ).fetchall()
            known = set(uuids)
            events += [_mark(r) for r in undo_rows if r[0] not in known]
    return events


def current_marks_of(
    db: Database, trajectory_id: str, behaviour_ids: Sequence[str] | None = None
) -> dict[str, Mark]:
    """behaviour id → current mark, for one trajectory (only these behaviours when given:
    one work process): an indexed lookup."""
    where, params = "", [trajectory_id]
    if behaviour_ids is not None:
        where = f" AND c.behaviour_id IN ({', '.join('?' for _ in behaviour_ids) or 'NULL'})"
        params += list(behaviour_ids)
    rows = db.execute(
        f"SELECT {', '.join('m.' + c.strip() for c in _MARK_COLUMNS.split(','))} "
        f"FROM current_marks c JOIN marks m ON m.uuid = c.mark_uuid WHERE c.trajectory_id = ?{where}",
        params,
    )
    return {r[2]: _mark(r) for r in rows}


def marks_of_trajectory(db: Database, trajectory_id: str) -> list[Mark]:
    rows = db.execute(
        f"SELECT {_MARK_COLUMNS} FROM marks WHERE trajectory_id = ? ORDER BY seq", [trajectory_id]
    )
    return [_mark(r) for r in rows]


def last_mark_by(
    db: Database,
    person_id: str,
    device_id: str,
    *,
    trajectory_id: str | None = None,
    behaviour_ids: list[str] | None = None,
) -> Mark | None:
    """This person's latest mark on this device that is not an undo and not yet undone;
    only in one trajectory (and among some behaviours: one work process) when given."""
    where, params = "", [person_id, device_id]
    if trajectory_id is not None:
        where += " AND trajectory_id = ?"
        params.append(trajectory_id)
    if behaviour_ids is not None:
        where += f" AND behaviour_id IN ({', '.join('?' for _ in behaviour_ids) or 'NULL'})"
        params += list(behaviour_ids)
    # One work process (a checklist): its few marks through marks_current, not every mark
    # this person ever made through marks_person_device (the unary + keeps that index out).
    who = (
        "+person_id = ?"
        if trajectory_id is not None and behaviour_ids is not None
        else "person_id = ?"
    )
    row = db.execute(
        f"SELECT {_MARK_COLUMNS} FROM marks m WHERE {who} AND device_id = ?{where} "
        "AND undoes_uuid IS NULL AND NOT EXISTS (SELECT 1 FROM marks u WHERE u.undoes_uuid = m.uuid) "
        "ORDER BY seq DESC LIMIT 1",
        params,
    ).fetchone()
    return _mark(row) if row else None


def conclusion_exists(db: Database, uuid: str) -> bool:
    return db.execute("SELECT 1 FROM conclusions WHERE uuid = ?", [uuid]).fetchone() is not None


def append_conclusion(db: Database, event: Conclusion) -> bool:
    if conclusion_exists(db, event.uuid):
        return False
    event = stamped(db, event)
    db.execute(
        f"INSERT INTO conclusions (seq, {_CONCLUSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            next_seq(db, "conclusions"),
            event.uuid,
            event.trajectory_id,
            event.work_process_code,
            event.value.value if event.value else None,
            event.person_id,
            event.at,
            event.device_id,
            event.reason,
            event.undoes,
            event.hlc,
        ],
    )
    return True


def conclusions_of(db: Database, trajectory_id: str) -> list[Conclusion]:
    rows = db.execute(
        f"SELECT {_CONCLUSION_COLUMNS} FROM conclusions WHERE trajectory_id = ? ORDER BY seq",
        [trajectory_id],
    )
    return [_conclusion(r) for r in rows]


def last_conclusion_by(
    db: Database,
    person_id: str,
    device_id: str,
    *,
    trajectory_id: str | None = None,
    work_process_code: str | None = None,
) -> Conclusion | None:
    where, params = "", [person_id, device_id]
    if trajectory_id is not None:
        where += " AND trajectory_id = ?"
        params.append(trajectory_id)
    if work_process_code is not None:
        where += " AND work_process_code = ?"
        params.append(work_process_code)
    row = db.execute(
        f"SELECT {_CONCLUSION_COLUMNS} FROM conclusions c WHERE person_id = ? AND device_id = ?{where} "
        "AND undoes_uuid IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM conclusions u WHERE u.undoes_uuid = c.uuid) ORDER BY seq DESC LIMIT 1",
        params,
    ).fetchone()
    return _conclusion(row) if row else None


def mark_counts(db: Database, trajectory_ids: list[str]) -> dict[str, dict[str, str]]:
    """trajectory id → {behaviour id: status} for many trajectories in one query (lists)."""
    if not trajectory_ids:
        return {}
    placeholders = ", ".join("?" for _ in trajectory_ids)
    # current_marks first (CROSS JOIN), then each status from the covering index marks_current
    # (step 11): one trajectory's entries sit together, the marks table is never read. Through
    # the uuid key it was two random descents per row (docs/performance.md, "Name search").
    rows = db.execute(
        "SELECT c.trajectory_id, c.behaviour_id, m.status FROM current_marks c "
        "CROSS JOIN marks m INDEXED BY marks_current ON m.trajectory_id = c.trajectory_id "
        "AND m.behaviour_id = c.behaviour_id AND m.uuid = c.mark_uuid "
        f"WHERE c.trajectory_id IN ({placeholders})",
        trajectory_ids,
    )
    result: dict[str, dict[str, str]] = {tid: {} for tid in trajectory_ids}
    for tid, behaviour_id, status in rows:
        result[tid][behaviour_id] = status
    return result


def conclusions_for(db: Database, trajectory_ids: list[str]) -> list[Conclusion]:
    if not trajectory_ids:
        return []
    placeholders = ", ".join("?" for _ in trajectory_ids)
    rows = db.execute(
        f"SELECT {_CONCLUSION_COLUMNS} FROM conclusions WHERE trajectory_id IN ({placeholders})",
        trajectory_ids,
    )
    return [_conclusion(r) for r in rows]
