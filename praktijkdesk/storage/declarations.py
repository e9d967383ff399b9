"""Issued declarations (immutable snapshot + PDF bytes) and the signatures bound to them."""

from __future__ import annotations

import json
from dataclasses import dataclass

from praktijkdesk.storage.changes import schema_step, track
from praktijkdesk.storage.database import Database


@dataclass(frozen=True)
class StoredDeclaration:
    id: str
    number: str
    trajectory_id: str
    issued_at: str
    issued_by: str
    snapshot: str
    pdf: bytes
    sha256: str
    withdrawn_at: str | None
    withdrawn_by: str | None
    withdrawn_reason: str | None


LOGO_FROM = 7  # the schema step that stores the logo with the declaration
_COLUMNS = (
    "id, number, trajectory_id, issued_at, issued_by, snapshot, pdf, sha256, "
    "withdrawn_at, withdrawn_by, withdrawn_reason"
)


def add_declaration(db: Database, d: StoredDeclaration, logo: bytes | None = None) -> None:
    """Store an issued declaration with the logo it was printed with (for later renders)."""
    values = [d.id, d.number, d.trajectory_id, d.issued_at, d.issued_by, d.snapshot, d.pdf,
              d.sha256, d.withdrawn_at, d.withdrawn_by, d.withdrawn_reason]
    columns = _COLUMNS
    if schema_step(db) >= LOGO_FROM:
        columns, values = columns + ", logo", [*values, logo or None]
    db.execute(
        f"INSERT INTO declarations ({columns}) VALUES ({', '.join('?' for _ in values)})", values
    )
    track(db, "declarations", [d.id])


def get_declaration(db: Database, declaration_id: str) -> StoredDeclaration | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM declarations WHERE id = ?", [declaration_id]).fetchone()
    return StoredDeclaration(*row) if row else None


def logo_of(db: Database, declaration_id: str) -> bytes | None:
    """The logo the declaration was issued with (schema step 7), or None."""
    if schema_step(db) < LOGO_FROM:
        return None
    row = db.execute("SELECT logo FROM declarations WHERE id = ?", [declaration_id]).fetchone()
    return bytes(row[0]) if row and row[0] else None


def declarations_of(db: Database, trajectory_id: str) -> list[StoredDeclaration]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM declarations WHERE trajectory_id = ? ORDER BY issued_at",
        [trajectory_id],
    )
    return [StoredDeclaration(*r) for r in rows]


def current_declared(db: Database, trajectory_ids: list[str]) -> dict[str, tuple[tuple[str, ...], str]]:
    """trajectory id → (work process codes, date) of its latest valid declaration, for many
    trajectories in one query (the candidates list); trajectories without one are absent."""
    if not trajectory_ids:
        return {}
    result: dict[str, tuple[tuple[str, ...], str]] = {}
    for start in range(0, len(trajectory_ids), 500):  # SQLite's limit on parameters
        chunk = trajectory_ids[start:start + 500]
        rows = db.execute(
            "SELECT trajectory_id, snapshot FROM declarations WHERE withdrawn_at IS NULL "
            f"AND trajectory_id IN ({', '.join('?' for _ in chunk)}) ORDER BY issued_at",
            chunk,
        )
        for trajectory_id, snapshot in rows:
            data = json.loads(snapshot)
            codes = tuple(wp["code"] for ct in data.get("core_tasks", ())
                          for wp in ct.get("work_processes", ()))
            result[trajectory_id] = (codes, data.get("date") or "")
    return result
def all_declarations(db: Database) -> list[StoredDeclaration]:
    """Every declaration, oldest first (the PDF bytes are left out: not needed for lists)."""
    columns = _COLUMNS.replace("pdf,", "x'' AS pdf,")
    rows = db.execute(f"SELECT {columns} FROM declarations ORDER BY issued_at, number")
    return [StoredDeclaration(*r) for r in rows]


def withdraw_declaration(
    db: Database, declaration_id: str, at: str, by: str, reason: str
) -> None:
    cursor = db.execute(
        "UPDATE declarations SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? "
        "WHERE id = ? AND withdrawn_at IS NULL",
        [at, by, reason, declaration_id],
    )
    if cursor.rowcount > 0:
        track(db, "declarations", [declaration_id])


def next_number_sequence(db: Database, prefix: str) -> int:
    """The next sequence after every number starting with ``prefix`` ("25LH-2026-K7QD-")."""
    row = db.execute(
        "SELECT MAX(CAST(substr(number, ?) AS INTEGER)) FROM declarations WHERE number LIKE ?",
        [len(prefix) + 1, prefix + "%"],
    ).fetchone()
    return (row[0] or 0) + 1


@dataclass(frozen=True)
class StoredSignature:
    id: str
    declaration_id: str
    role: str
    name: str
    strokes: list
    snapshot_sha256: str
    signed_at: str


def add_signature(db: Database, s: StoredSignature) -> None:
    # One signature per role: signing again replaces the earlier drawing.
    db.execute(
        "DELETE FROM signatures WHERE declaration_id = ? AND role = ?", [s.declaration_id, s.role]
    )
    db.execute(
        "INSERT INTO signatures (id, declaration_id, role, name, strokes, snapshot_sha256, "
        "signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [s.id, s.declaration_id, s.role, s.name, json.dumps(s.strokes), s.snapshot_sha256,
         s.signed_at],
    )
    track(db, "signatures", [s.declaration_id])


def signatures_of(db: Database, declaration_id: str) -> list[StoredSignature]:
    rows = db.execute(
        "SELECT id, declaration_id, role, name, strokes, snapshot_sha256, signed_at "
        "FROM signatures WHERE declaration_id = ? ORDER BY signed_at",
        [declaration_id],
    )
    return [StoredSignature(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]
