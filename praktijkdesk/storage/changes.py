"""The bookkeeping a local write does, in the same transaction as the write itself.

Up to schema step 6 this lived in SQL triggers, switched off during an import by a row in
``settings``. Since step 7 the storage functions that write call these functions instead
(docs/architecture.md, "Bookkeeping without triggers"):

- ``track``: the record changed here, in local order (``record_changes``), so the next file
  for the synced folder carries it. Every insert or update of a tracked table, imports too.
- ``track_made_here``: a record inserted here (not imported) gets this device as the maker
  of its first revision (``rev_device``), then is tracked.
- ``versioned_update``: a local change of a versioned field raises the record's revision
  (``rev`` + 1, ``rev_device`` = this device), in the UPDATE statement itself. An import
  writes the revision the record came with (storage/exchange.py ``update_row``) instead.
- ``add_local_parents``: a mark made here is made on top of its behaviour's current heads
  (``mark_parents``). An imported mark brings its parents with it (``insert_marks``).
"""

from __future__ import annotations

from collections.abc import Iterable

from praktijkdesk.storage.database import Database

# The fields whose change raises a record's revision (schema steps 2 and 6).
VERSIONED: dict[str, tuple[str, ...]] = {
    "schools": (
        "name",
        "brin",
        "place",
        "contact_name",
        "contact_phone",
        "contact_email",
        "wording",
        "co_signs",
        "series",
    ),
    "employers": ("name", "place", "sbb_number", "manager_name", "school_id"),
    "people": ("name", "role", "employer_id"),
    "candidates": ("name", "birth_date"),
    "trajectories": (
        "candidate_id",
        "guide_id",
        "employer_id",
        "trainer_id",
        "jobcoach_id",
        "work_processes",
        "start_date",
        "end_date",
        "status",
        "school_id",
    ),
}
# Tracked tables (the kind in record_changes) and the key they are tracked by.
TRACKED: dict[str, str] = {
    "schools": "id",
    "employers": "id",
    "people": "id",
    "candidates": "id",
    "trajectories": "id",
    "declarations": "id",
    "signatures": "declaration_id",
    "guides": "id",
    "candidate_merges": "drop_id",
    "erasures": "candidate_id",
    "person_merges": "drop_id",  # schema step 10
}


def schema_step(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


# Revisions, record_changes and mark_parents exist from schema step 2 on. (The app always
# migrates before it writes; tests that build an older file with today's code rely on this.)
_BOOKKEEPING_FROM = 2


def track(db: Database, kind: str, record_ids: Iterable[str]) -> None:
    """These records of ``kind`` changed now: each gets the next local change number."""
    if kind not in TRACKED:
        raise ValueError(f"not a tracked table: {kind}")
    if schema_step(db) < _BOOKKEEPING_FROM:
        return
    for record_id in record_ids:
        db.execute(
            "INSERT INTO record_changes (kind, record_id, seq) VALUES "
            "(?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM record_changes)) "
            "ON CONFLICT(kind, record_id) DO UPDATE SET seq = excluded.seq",
            [kind, record_id],
        )


def track_made_here(db: Database, table: str, record_ids: Iterable[str]) -> None:
    """Records of a versioned ``table`` just made on this device (not imported): their first
    revision (0) is this device's, so another device's snapshot in a synced folder can leave
    them to this device's own files (issue #18). Then tracked like every change."""
    device = this_device(db) if schema_step(db) >= _BOOKKEEPING_FROM else ""
    ids = list(record_ids)
    if device:
        for record_id in ids:
            db.execute(
                f"UPDATE {table} SET rev_device = ? WHERE id = ? AND rev = 0 AND rev_device = ''",
                [device, record_id],
            )
    track(db, table, ids)


def this_device(db: Database) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
    return row[0] if row else ""


def versioned_update(
    db: Database, table: str, values: dict, where: str, params: list, *, revise: bool = True
) -> list[str]:
    """UPDATE ``table`` SET ``values`` WHERE ``where``; a row whose versioned fields change
    gets the next revision by this device (unless ``revise`` is False: an import's own
    revisions). Tracks every updated row; returns their ids."""
    ids = [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE {where}", params)]
    if not ids:
        return []
    assignments = [f"{column} = ?" for column in values]
    arguments = list(values.values())
    changed = [c for c in values if c in VERSIONED[table]]
    if revise and changed and schema_step(db) >= _BOOKKEEPING_FROM:
        # In an UPDATE, a column on the right-hand side is the old value.
        differs = " OR ".join(f"{c} IS NOT ?" for c in changed)
        old_values = [values[c] for c in changed]
        assignments += [
            f"rev = rev + ({differs})",
            f"rev_device = CASE WHEN {differs} THEN ? ELSE rev_device END",
        ]
        arguments += [*old_values, *old_values, this_device(db)]
    db.execute(f"UPDATE {table} SET {', '.join(assignments)} WHERE {where}", [*arguments, *params])
    track(db, table, ids)
    return ids


def add_local_parents(db: Database, mark_uuid: str, trajectory_id: str, behaviour_id: str) -> None:
    """The new mark's parents: every mark of the behaviour no other mark was made on top of."""
    if schema_step(db) < _BOOKKEEPING_FROM:
        return
    db.execute(
        "INSERT OR IGNORE INTO mark_parents (mark_uuid, parent_uuid) "
        "SELECT ?, m.uuid FROM marks m WHERE m.trajectory_id = ? AND m.behaviour_id = ? "
        "AND m.undoes_uuid IS NULL AND m.uuid <> ? "
        "AND NOT EXISTS (SELECT 1 FROM mark_parents p WHERE p.parent_uuid = m.uuid)",
        [mark_uuid, trajectory_id, behaviour_id, mark_uuid],
    )
