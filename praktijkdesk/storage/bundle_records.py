"""The raw reads and writes that exchanging bundles between devices needs.

Rows travel as plain dicts keyed by column name (the bundle's record fields). Every write
here runs inside the caller's transaction; the rules (which version wins) live in
services/exchange.py. The bookkeeping of storage/changes.py is done here as an import
needs it: every written record is tracked (record_changes), but an imported record keeps the
revision it came with and an imported mark the parents it came with.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from praktijkdesk.domain.mark import Mark, current_marks
from praktijkdesk.domain.names import search_key
from praktijkdesk.storage.changes import TRACKED, track, versioned_update
from praktijkdesk.storage.database import Database
from praktijkdesk.storage.marks import _MARK_COLUMNS, UPSERT_CURRENT, _mark, next_seq

_VERSIONED = ("rev", "rev_device", "created_at")
COLUMNS: dict[str, tuple[str, ...]] = {
    # The logo stays home: a school's logo is chosen on each device (bundles stay small).
    "schools": (
        "id",
        "name",
        "brin",
        "place",
        "contact_name",
        "contact_phone",
        "contact_email",
        "wording",
        "co_signs",
        "series",
        *_VERSIONED,
    ),
    "employers": ("id", "name", "place", "sbb_number", "manager_name", "school_id", *_VERSIONED),
    "people": ("id", "name", "role", "employer_id", *_VERSIONED),
    "candidates": ("id", "name", "birth_date", *_VERSIONED),
    "trajectories": (
        "id",
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
        *_VERSIONED,
    ),
    "candidate_merges": ("drop_id", "keep_id", "name", "birth_date", "merged_at", "device_id"),
    "marks": (
        "uuid",
        "trajectory_id",
        "behaviour_id",
        "status",
        "person_id",
        "at",
        "device_id",
        "note",
        "undoes_uuid",
        "hlc",
    ),
    "conclusions": (
        "uuid",
        "trajectory_id",
        "work_process_code",
        "value",
        "person_id",
        "at",
        "device_id",
        "reason",
        "undoes_uuid",
        "hlc",
    ),
    "declarations": (
        "id",
        "number",
        "trajectory_id",
        "issued_at",
        "issued_by",
        "snapshot",
        "pdf",
        "sha256",
        "withdrawn_at",
        "withdrawn_by",
        "withdrawn_reason",
    ),
    "signatures": (
        "id",
        "declaration_id",
        "role",
        "name",
        "strokes",
        "snapshot_sha256",
        "signed_at",
    ),
}
COLUMNS["erasures"] = ("candidate_id", "erased_at", "device_id", "trajectory_ids")
COLUMNS["person_merges"] = ("drop_id", "keep_id", "name", "role", "merged_at", "device_id")
KEY = {
    "candidate_merges": "drop_id",
    "marks": "uuid",
    "conclusions": "uuid",
    "erasures": "candidate_id",
    "person_merges": "drop_id",
}
VERSIONED_TABLES = ("schools", "employers", "people", "candidates", "trajectories")
_CHUNK = 500


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _row(table: str, values) -> dict:
    row = dict(zip(COLUMNS[table], values, strict=True))
    if table == "trajectories":
        row["work_processes"] = json.loads(row["work_processes"])
    elif table == "erasures":
        row["trajectory_ids"] = json.loads(row["trajectory_ids"])
    return row


def rows_by_key(db: Database, table: str, ids: Iterable[str]) -> dict[str, dict]:
    """key → row dict for the given ids (missing ids are simply absent)."""
    key = KEY.get(table, "id")
    result = {}
    for chunk in _chunks(sorted(set(ids))):
        sql = (
            f"SELECT {', '.join(COLUMNS[table])} FROM {table} "
            f"WHERE {key} IN ({', '.join('?' for _ in chunk)})"
        )
        for values in db.execute(sql, chunk):
            row = _row(table, values)
            result[row[key]] = row
    return result


def candidate_names_of_trajectories(db: Database, ids: Iterable[str]) -> dict[str, str]:
    """trajectory id → its candidate's name, for the given ids that are here."""
    result = {}
    for chunk in _chunks(sorted(set(ids))):
        sql = (
            "SELECT t.id, c.name FROM trajectories t JOIN candidates c ON c.id = t.candidate_id "
            f"WHERE t.id IN ({', '.join('?' for _ in chunk)})"
        )
        result.update(dict(db.execute(sql, chunk).fetchall()))
    return result


def rows_where(db: Database, table: str, column: str, values: Iterable[str]) -> list[dict]:
    """Every row whose ``column`` is one of ``values`` (e.g. the marks of some trajectories)."""
    result = []
    for chunk in _chunks(sorted(set(values))):
        sql = (
            f"SELECT {', '.join(COLUMNS[table])} FROM {table} "
            f"WHERE {column} IN ({', '.join('?' for _ in chunk)})"
        )
        result += [_row(table, v) for v in db.execute(sql, chunk)]
    return result


def all_rows(db: Database, table: str) -> list[dict]:
    return [_row(table, v) for v in db.execute(f"SELECT {', '.join(COLUMNS[table])} FROM {table}")]


def all_ids(db: Database, table: str) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT {KEY.get(table, 'id')} FROM {table}")]


def trajectory_ids_of_employer(db: Database, employer_id: str) -> list[str]:
    return [
        r[0] for r in db.execute("SELECT id FROM trajectories WHERE employer_id = ?", [employer_id])
    ]


def existing_keys(db: Database, table: str, ids: Iterable[str]) -> set[str]:
    key = KEY.get(table, "id")
    found: set[str] = set()
    for chunk in _chunks(sorted(set(ids))):
        rows = db.execute(
            f"SELECT {key} FROM {table} WHERE {key} IN ({', '.join('?' for _ in chunk)})", chunk
        )
        found.update(r[0] for r in rows)
    return found


def parents_of(db: Database, mark_uuids: Iterable[str]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for chunk in _chunks(sorted(set(mark_uuids))):
        rows = db.execute(
            "SELECT mark_uuid, parent_uuid FROM mark_parents WHERE mark_uuid IN "
            f"({', '.join('?' for _ in chunk)}) ORDER BY mark_uuid, parent_uuid",
            chunk,
        )
        for mark_uuid, parent in rows:
            result.setdefault(mark_uuid, []).append(parent)
    return result


# --- guides -------------------------------------------------------------------------------
def guide_rows(db: Database, keys: Iterable[str] | None = None) -> list[dict]:
    if keys is None:
        rows = db.execute("SELECT id, content FROM guides")
        return [{"key": k, "content": c} for k, c in rows]
    result = []
    for chunk in _chunks(sorted(set(keys))):
        rows = db.execute(
            f"SELECT id, content FROM guides WHERE id IN ({', '.join('?' for _ in chunk)})", chunk
        )
        result += [{"key": k, "content": c} for k, c in rows]
    return result


# --- local change tracking (synced folder) ------------------------------------------------
def watermarks(db: Database) -> tuple[int, int, int]:
    """(last mark seq, last conclusion seq, last record change seq): cheap indexed maxima."""
    return tuple(
        db.execute(f"SELECT COALESCE(MAX(seq), 0) FROM {table}").fetchone()[0]
        for table in ("marks", "conclusions", "record_changes")
    )


def changed_since(db: Database, change_seq: int) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for kind, record_id in db.execute(
        "SELECT kind, record_id FROM record_changes WHERE seq > ? ORDER BY seq", [change_seq]
    ):
        result.setdefault(kind, []).append(record_id)
    return result


def events_since(db: Database, table: str, seq: int) -> list[dict]:
    rows = db.execute(
        f"SELECT {', '.join(COLUMNS[table])} FROM {table} WHERE seq > ? ORDER BY seq", [seq]
    )
    return [_row(table, v) for v in rows]


def imported_sync_files(db: Database) -> set[tuple[str, int]]:
    return {(d, n) for d, n in db.execute("SELECT device_id, number FROM sync_files")}


def record_sync_file(db: Database, device_id: str, number: int, sha256: str, at: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO sync_files (device_id, number, sha256, imported_at) "
        "VALUES (?, ?, ?, ?)",
        [device_id, number, sha256, at],
    )


# --- writes (inside the caller's transaction) ---------------------------------------------
def _values(table: str, row: dict) -> list:
    values = []
    for column in COLUMNS[table]:
        value = row[column]
        if (table, column) in (("trajectories", "work_processes"), ("erasures", "trajectory_ids")):
            value = json.dumps(list(value))
        values.append(value)
    return values


def insert_row(db: Database, table: str, row: dict) -> None:
    columns = list(COLUMNS[table])
    values = _values(table, row)
    if table == "candidates":
        columns.append("search_name")
        values.append(search_key(row["name"]))
    db.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        values,
    )
    if table in TRACKED:
        track(db, table, [row[TRACKED[table]]])


def update_row(db: Database, table: str, row: dict) -> None:
    """Replace a versioned record's fields by another device's newer version."""
    columns = [c for c in COLUMNS[table] if c != "id"]
    values = [v for c, v in zip(COLUMNS[table], _values(table, row), strict=True) if c != "id"]
    if table == "candidates":
        columns.append("search_name")
        values.append(search_key(row["name"]))
    # The record keeps the revision it came with (rev and rev_device are among the columns).
    versioned_update(
        db, table, dict(zip(columns, values, strict=True)), "id = ?", [row["id"]], revise=False
    )


def add_guide_row(
    db: Database, key: str, slug: str, version: str, title: str, content: str, imported_at: str
) -> None:
    db.execute(
        "INSERT INTO guides (id, slug, version, title, content, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
        [key, slug, version, title, content, imported_at],
    )
    track(db, "guides", [key])


def insert_marks(db: Database, rows: list[dict]) -> set[tuple[str, str]]:
    """Append new mark events (uuids not yet present) with their parents, in bulk; returns the
    (trajectory, behaviour) keys whose current mark must be recomputed."""
    if not rows:
        return set()
    first = next_seq(db, "marks")
    db.conn.executemany(
        f"INSERT INTO marks (seq, {', '.join(COLUMNS['marks'])}) VALUES "
        f"(?, {', '.join('?' for _ in COLUMNS['marks'])})",
        [(first + i, *(r[c] for c in COLUMNS["marks"])) for i, r in enumerate(rows)],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO mark_parents (mark_uuid, parent_uuid) VALUES (?, ?)",
        [(r["uuid"], p) for r in rows for p in r.get("parents", ())],
    )
    affected = {(r["trajectory_id"], r["behaviour_id"]) for r in rows if r["undoes_uuid"] is None}
    undone = [r["undoes_uuid"] for r in rows if r["undoes_uuid"] is not None]
    for chunk in _chunks(undone):
        affected.update(
            db.execute(
                "SELECT trajectory_id, behaviour_id FROM marks WHERE uuid IN "
                f"({', '.join('?' for _ in chunk)})",
                chunk,
            ).fetchall()
        )
    return {tuple(k) for k in affected}


def refresh_current_marks(db: Database, keys: set[tuple[str, str]]) -> None:
    """Recompute current_marks for these behaviours from the whole log (the domain's fold)."""
    by_trajectory: dict[str, set[str]] = {}
    for trajectory_id, behaviour_id in keys:
        by_trajectory.setdefault(trajectory_id, set()).add(behaviour_id)
    for chunk in _chunks(sorted(by_trajectory), 200):
        events: list[Mark] = [
            _mark(r)
            for r in db.execute(
                f"SELECT {_MARK_COLUMNS} FROM marks WHERE trajectory_id IN "
                f"({', '.join('?' for _ in chunk)})",
                chunk,
            )
        ]
        current = current_marks(events)
        upserts, deletes = [], []
        for trajectory_id in chunk:
            for behaviour_id in by_trajectory[trajectory_id]:
                mark = current.get((trajectory_id, behaviour_id))
                if mark is None:
                    deletes.append((trajectory_id, behaviour_id))
                else:
                    upserts.append((trajectory_id, behaviour_id, mark.uuid))
        db.conn.executemany(
            "DELETE FROM current_marks WHERE trajectory_id = ? AND behaviour_id = ?", deletes
        )
        db.conn.executemany(UPSERT_CURRENT, upserts)


def insert_conclusions(db: Database, rows: list[dict]) -> None:
    if not rows:
        return
    first = next_seq(db, "conclusions")
    db.conn.executemany(
        f"INSERT INTO conclusions (seq, {', '.join(COLUMNS['conclusions'])}) VALUES "
        f"(?, {', '.join('?' for _ in COLUMNS['conclusions'])})",
        [(first + i, *(r[c] for c in COLUMNS["conclusions"])) for i, r in enumerate(rows)],
    )


def declaration_numbers(db: Database, numbers: Iterable[str]) -> dict[str, str]:
    """number → declaration id, for the given numbers."""
    result = {}
    for chunk in _chunks(sorted(set(numbers))):
        rows = db.execute(
            f"SELECT number, id FROM declarations WHERE number IN ({', '.join('?' for _ in chunk)})",
            chunk,
        )
        result.update(dict(rows.fetchall()))
    return result


def set_withdrawn(db: Database, row: dict) -> None:
    cursor = db.execute(
        "UPDATE declarations SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? "
        "WHERE id = ? AND withdrawn_at IS NULL",
        [row["withdrawn_at"], row["withdrawn_by"], row["withdrawn_reason"], row["id"]],
    )
    if cursor.rowcount > 0:
        track(db, "declarations", [row["id"]])


def signature_for_role(db: Database, declaration_id: str, role: str) -> dict | None:
    row = db.execute(
        f"SELECT {', '.join(COLUMNS['signatures'])} FROM signatures "
        "WHERE declaration_id = ? AND role = ? ORDER BY signed_at DESC, id DESC LIMIT 1",
        [declaration_id, role],
    ).fetchone()
    return _row("signatures", row) if row else None


# --- candidates: likely duplicates and merging --------------------------------------------
def likely_duplicates(db: Database) -> list[tuple[str, str]]:
    """Pairs of candidate ids (older first) with the same search name and birth date."""
    rows = db.execute(
        "SELECT a.id, b.id FROM candidates a JOIN candidates b ON a.search_name = b.search_name "
        "AND a.birth_date IS b.birth_date AND (a.created_at, a.id) < (b.created_at, b.id) "
        "ORDER BY a.search_name, a.created_at"
    )
    return [(a, b) for a, b in rows]


def repoint_trajectories(db: Database, drop_id: str, keep_id: str, *, revise: bool = True) -> int:
    """Move the trajectories of ``drop_id`` to ``keep_id``. A merge made here raises their
    revision; one applied during an import (``revise=False``) does not, as every device
    applies the same merge itself."""
    ids = versioned_update(
        db, "trajectories", {"candidate_id": keep_id}, "candidate_id = ?", [drop_id], revise=revise
    )
    return len(ids)


def delete_candidate(db: Database, candidate_id: str) -> None:
    db.execute("DELETE FROM candidates WHERE id = ?", [candidate_id])
    db.execute(
        "DELETE FROM record_changes WHERE kind = 'candidates' AND record_id = ?", [candidate_id]
    )


def add_candidate_merge(db: Database, row: dict) -> None:
    insert_row(db, "candidate_merges", row)


def candidate_merges(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT drop_id, keep_id FROM candidate_merges").fetchall())


# --- person merges (schema step 10, issue #20) ---------------------------------------------
def person_merges(db: Database) -> dict[str, str]:
    """drop id → keep id of every person merge known here."""
    return dict(db.execute("SELECT drop_id, keep_id FROM person_merges").fetchall())


def merge_order(row: dict) -> tuple:
    """Two merges of one dropped person (made on two devices): the smaller of this order is
    kept on every device, whatever arrived first."""
    return (row["merged_at"], row["device_id"], row["keep_id"])


def put_person_merge(db: Database, row: dict) -> None:
    """Add a person merge, or replace the one known for the same dropped person when this one
    comes first in ``merge_order`` (so every device ends with the same merges)."""
    mine = rows_by_key(db, "person_merges", [row["drop_id"]]).get(row["drop_id"])
    if mine is None:
        insert_row(db, "person_merges", row)
    elif merge_order(row) < merge_order(mine):
        db.execute(
            "UPDATE person_merges SET keep_id = ?, name = ?, role = ?, merged_at = ?, device_id = ? "
            "WHERE drop_id = ?",
            [
                row["keep_id"],
                row["name"],
                row["role"],
                row["merged_at"],
                row["device_id"],
                row["drop_id"],
            ],
        )
        track(db, "person_merges", [row["drop_id"]])


def created_at_of_people(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT id, created_at FROM people").fetchall())


def repoint_person(db: Database, drop_id: str, keep_id: str, *, revise: bool = True) -> int:
    """The trajectories a merged-away person guided go to the kept person. Marks, conclusions
    and declarations keep naming the record that made them (they never change). As with a
    candidate merge, one applied during an import (``revise=False``) raises no revision: every
    device applies the same merge itself."""
    count = 0
    for column in ("trainer_id", "jobcoach_id"):
        count += len(
            versioned_update(
                db, "trajectories", {column: keep_id}, f"{column} = ?", [drop_id], revise=revise
            )
        )
    return count


def people_guiding(db: Database, person_ids: Iterable[str]) -> set[str]:
    """Those of these people that still guide a trajectory (as trainer or jobcoach)."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(person_ids))):
        marks = ", ".join("?" for _ in chunk)
        found |= {
            r[0]
            for r in db.execute(
                f"SELECT trainer_id FROM trajectories WHERE trainer_id IN ({marks}) "
                f"UNION SELECT jobcoach_id FROM trajectories WHERE jobcoach_id IN ({marks})",
                [*chunk, *chunk],
            )
        }
    return found


# --- conflicts ----------------------------------------------------------------------------
def marks_with_parents(
    db: Database, trajectory_id: str, behaviour_ids: Sequence[str] | None = None
) -> tuple[list[Mark], dict[str, list[str]]]:
    """A trajectory's mark events with their parents; only these behaviours' when given (a
    mark's parents are marks of its own behaviour, so one work process reads only its own)."""
    where, params = "", [trajectory_id]
    if behaviour_ids is not None:
        where = f" AND m.behaviour_id IN ({', '.join('?' for _ in behaviour_ids) or 'NULL'})"
        params += list(behaviour_ids)
    events = [
        _mark(r)
        for r in db.execute(
            f"SELECT {_MARK_COLUMNS} FROM marks m WHERE trajectory_id = ?{where} ORDER BY seq",
            params,
        )
    ]
    parents: dict[str, list[str]] = {}
    for mark_uuid, parent in db.execute(
        "SELECT p.mark_uuid, p.parent_uuid FROM mark_parents p JOIN marks m ON m.uuid = p.mark_uuid "
        f"WHERE m.trajectory_id = ?{where}",
        params,
    ):
        parents.setdefault(mark_uuid, []).append(parent)
    return events, parents


# --- erasures (schema step 5) -------------------------------------------------------------
def erasures(db: Database) -> dict[str, dict]:
    """candidate id → erasure record (id, moment, device, trajectory ids; no personal data)."""
    return {r["candidate_id"]: r for r in all_rows(db, "erasures")}


def add_erasure(db: Database, row: dict) -> None:
    cursor = db.execute(
        "INSERT OR IGNORE INTO erasures (candidate_id, erased_at, device_id, trajectory_ids) "
        "VALUES (?, ?, ?, ?)",
        [
            row["candidate_id"],
            row["erased_at"],
            row["device_id"],
            json.dumps(list(row["trajectory_ids"])),
        ],
    )
    if cursor.rowcount > 0:
        track(db, "erasures", [row["candidate_id"]])


def trajectory_ids_of_candidate(db: Database, candidate_id: str) -> list[str]:
    return [
        r[0]
        for r in db.execute("SELECT id FROM trajectories WHERE candidate_id = ?", [candidate_id])
    ]


def add_signature(db: Database, row: dict) -> None:
    """Signatures are append-only: an import adds one, never replaces or deletes."""
    cursor = db.execute(
        f"INSERT OR IGNORE INTO signatures ({', '.join(COLUMNS['signatures'])}) "
        f"VALUES ({', '.join('?' for _ in COLUMNS['signatures'])})",
        _values("signatures", row),
    )
    if cursor.rowcount > 0:
        track(db, "signatures", [row["declaration_id"]])


# --- device keys (schema step 5) ----------------------------------------------------------
def known_devices(db: Database) -> dict[str, tuple[str, str]]:
    """device id → (public key, first seen at), of every device met (any trust)."""
    return {
        d: (k, at)
        for d, k, at in db.execute(
            "SELECT device_id, public_key, first_seen_at FROM known_devices ORDER BY first_seen_at"
        )
    }


def device_trust(db: Database) -> dict[str, str]:
    """device id → 'trusted', 'pending' or 'refused' (schema step 10)."""
    return dict(db.execute("SELECT device_id, trust FROM known_devices").fetchall())


def set_device_trust(db: Database, device_id: str, trust: str) -> bool:
    return (
        db.execute(
            "UPDATE known_devices SET trust = ? WHERE device_id = ?", [trust, device_id]
        ).rowcount
        > 0
    )


def add_pending_device(db: Database, device_id: str, public_key: str, at: str) -> None:
    """A device met in the synced folder: waits for the user's confirmation."""
    db.execute(
        "INSERT OR IGNORE INTO known_devices (device_id, public_key, first_seen_at, trust) "
        "VALUES (?, ?, ?, 'pending')",
        [device_id, public_key, at],
    )


def forget_device(db: Database, device_id: str) -> bool:
    return db.execute("DELETE FROM known_devices WHERE device_id = ?", [device_id]).rowcount > 0


def add_known_device(db: Database, device_id: str, public_key: str, at: str) -> None:
    """Pin a device's key: the user read its file in after "Nieuw apparaat … controlecode"
    (or confirmed it): trusted, also when it was waiting or refused before."""
    db.execute(
        "INSERT INTO known_devices (device_id, public_key, first_seen_at, trust) "
        "VALUES (?, ?, ?, 'trusted') ON CONFLICT(device_id) DO UPDATE SET trust = 'trusted' "
        "WHERE known_devices.public_key = excluded.public_key",
        [device_id, public_key, at],
    )
