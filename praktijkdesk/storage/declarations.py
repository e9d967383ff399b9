"""Issued declarations (immutable snapshot + PDF bytes) and the signatures bound to them.

A row maps to the domain ``Declaration`` (its snapshot parsed from the JSON stored at issuing,
which is written once and never rewritten, so its bytes — and the sha256 signatures are bound
to — stay as issued). The PDF bytes are read apart (``declaration_pdf``): only printing needs
them.
"""

from __future__ import annotations

import json

from praktijkdesk.domain.declaration import Declaration, DeclarationSnapshot, Signature
from praktijkdesk.storage.changes import schema_step, track
from praktijkdesk.storage.database import Database

LOGO_FROM = 7  # the schema step that stores the logo with the declaration
_COLUMNS = (
    "id, number, trajectory_id, issued_at, issued_by, snapshot, sha256, "
    "withdrawn_at, withdrawn_by, withdrawn_reason"
)


def _declaration(row) -> Declaration:
    (
        id_,
        number,
        trajectory_id,
        issued_at,
        issued_by,
        snapshot,
        sha256,
        withdrawn_at,
        withdrawn_by,
        withdrawn_reason,
    ) = row
    return Declaration(
        id=id_,
        number=number,
        trajectory_id=trajectory_id,
        issued_at=issued_at,
        issued_by=issued_by,
        snapshot=DeclarationSnapshot.from_json(snapshot),
        sha256=sha256,
        withdrawn_at=withdrawn_at,
        withdrawn_by=withdrawn_by,
        withdrawn_reason=withdrawn_reason,
    )


def add_declaration(db: Database, d: Declaration, pdf: bytes, logo: bytes | None = None) -> None:
    """Store a newly issued declaration with its PDF bytes and the logo it was printed with
    (for later renders); signatures go apart."""
    values = [
        d.id,
        d.number,
        d.trajectory_id,
        d.issued_at,
        d.issued_by,
        d.snapshot.to_json(),
        d.sha256,
        d.withdrawn_at,
        d.withdrawn_by,
        d.withdrawn_reason,
        pdf,
    ]
    columns = _COLUMNS + ", pdf"
    if schema_step(db) >= LOGO_FROM:
        columns, values = columns + ", logo", [*values, logo or None]
    db.execute(
        f"INSERT INTO declarations ({columns}) VALUES ({', '.join('?' for _ in values)})", values
    )
    track(db, "declarations", [d.id])


def get_declaration(db: Database, declaration_id: str) -> Declaration | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM declarations WHERE id = ?", [declaration_id]
    ).fetchone()
    return _declaration(row) if row else None


def declaration_pdf(db: Database, declaration_id: str) -> bytes | None:
    """The PDF bytes stored at issuing, or None when there is no such declaration."""
    row = db.execute("SELECT pdf FROM declarations WHERE id = ?", [declaration_id]).fetchone()
    return bytes(row[0]) if row else None


def snapshot_text(db: Database, declaration_id: str) -> str | None:
    """The snapshot JSON exactly as stored (for a copy of someone's data, unparsed)."""
    row = db.execute("SELECT snapshot FROM declarations WHERE id = ?", [declaration_id]).fetchone()
    return row[0] if row else None


def logo_of(db: Database, declaration_id: str) -> bytes | None:
    """The logo the declaration was issued with (schema step 7), or None."""
    if schema_step(db) < LOGO_FROM:
        return None
    row = db.execute("SELECT logo FROM declarations WHERE id = ?", [declaration_id]).fetchone()
    return bytes(row[0]) if row and row[0] else None


def declarations_of(db: Database, trajectory_id: str) -> list[Declaration]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM declarations WHERE trajectory_id = ? ORDER BY issued_at",
        [trajectory_id],
    )
    return [_declaration(r) for r in rows]


def current_declared(
    db: Database, trajectory_ids: list[str]
) -> dict[str, tuple[tuple[str, ...], str]]:
    """trajectory id → (work process codes, date) of its latest valid declaration, for many
    trajectories in one query (the candidates list); trajectories without one are absent."""
    if not trajectory_ids:
        return {}
    result: dict[str, tuple[tuple[str, ...], str]] = {}
    for start in range(0, len(trajectory_ids), 500):  # SQLite's limit on parameters
        chunk = trajectory_ids[start : start + 500]
        rows = db.execute(
            "SELECT trajectory_id, snapshot FROM declarations WHERE withdrawn_at IS NULL "
            f"AND trajectory_id IN ({', '.join('?' for _ in chunk)}) ORDER BY issued_at",
            chunk,
        )
        for trajectory_id, snapshot in rows:
            data = json.loads(snapshot)
            codes = tuple(
                wp["code"]
                for ct in data.get("core_tasks", ())
                for wp in ct.get("work_processes", ())
            )
            result[trajectory_id] = (codes, data.get("date") or "")
    return result


def all_declarations(db: Database) -> list[Declaration]:
    """Every declaration, oldest first."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM declarations ORDER BY issued_at, number")
    return [_declaration(r) for r in rows]


def withdraw_declaration(db: Database, declaration_id: str, at: str, by: str, reason: str) -> None:
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


def add_signature(db: Database, signature_id: str, declaration_id: str, s: Signature) -> None:
    # One signature per role: signing again replaces the earlier drawing.
    db.execute(
        "DELETE FROM signatures WHERE declaration_id = ? AND role = ?", [declaration_id, s.role]
    )
    db.execute(
        "INSERT INTO signatures (id, declaration_id, role, name, strokes, snapshot_sha256, "
        "signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            signature_id,
            declaration_id,
            s.role,
            s.name,
            json.dumps([[list(point) for point in stroke] for stroke in s.strokes]),
            s.snapshot_sha256,
            s.signed_at,
        ],
    )
    track(db, "signatures", [declaration_id])


def signatures_of(db: Database, declaration_id: str) -> tuple[Signature, ...]:
    rows = db.execute(
        "SELECT role, name, strokes, snapshot_sha256, signed_at "
        "FROM signatures WHERE declaration_id = ? ORDER BY signed_at",
        [declaration_id],
    )
    return tuple(
        Signature(
            role=role,
            name=name,
            signed_at=signed_at,
            strokes=tuple(
                tuple((float(x), float(y)) for x, y in stroke) for stroke in json.loads(strokes)
            ),
            snapshot_sha256=sha,
        )
        for role, name, strokes, sha, signed_at in rows
    )
