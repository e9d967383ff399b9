"""Schema versions on PRAGMA user_version: an ordered list of steps, each in its own transaction.

A failed step rolls back with its user_version, so the file keeps the old version and no
partial schema. A file from a newer praktijkdesk is refused, never "downgraded".
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from praktijkdesk.errors import NewerDatabase

SCHEMA_V1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE employers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    sbb_number TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('trainer', 'jobcoach')),
    employer_id TEXT REFERENCES employers(id),
    created_at TEXT NOT NULL
);

CREATE TABLE candidates (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    search_name TEXT NOT NULL,
    birth_date TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX candidates_search_name ON candidates(search_name);

CREATE TABLE guides (
    id TEXT PRIMARY KEY,            -- slug@version
    slug TEXT NOT NULL,
    version TEXT NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,          -- the whole guide, canonical JSON
    imported_at TEXT NOT NULL,
    UNIQUE (slug, version)
);

CREATE TABLE trajectories (
    id TEXT PRIMARY KEY,
    candidate_id TEXT NOT NULL REFERENCES candidates(id),
    guide_id TEXT NOT NULL REFERENCES guides(id),
    employer_id TEXT NOT NULL REFERENCES employers(id),
    trainer_id TEXT NOT NULL REFERENCES people(id),
    jobcoach_id TEXT REFERENCES people(id),
    work_processes TEXT NOT NULL,   -- JSON list of chosen work process codes
    start_date TEXT NOT NULL,
    end_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'closed')),
    created_at TEXT NOT NULL
);
CREATE INDEX trajectories_candidate ON trajectories(candidate_id);
CREATE INDEX trajectories_employer ON trajectories(employer_id);

-- The mark event log: append-only (triggers below). An undo is a row with undoes_uuid set.
CREATE TABLE marks (
    uuid TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    trajectory_id TEXT NOT NULL REFERENCES trajectories(id),
    behaviour_id TEXT NOT NULL,
    status TEXT CHECK (status IN ('not_yet', 'practising', 'mastered')),
    person_id TEXT NOT NULL REFERENCES people(id),
    at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    undoes_uuid TEXT,
    CHECK ((undoes_uuid IS NULL) = (status IS NOT NULL))
);
CREATE INDEX marks_behaviour ON marks(trajectory_id, behaviour_id);
CREATE INDEX marks_undoes ON marks(undoes_uuid) WHERE undoes_uuid IS NOT NULL;
CREATE INDEX marks_person_device ON marks(person_id, device_id, seq);

-- The trainer's conclusions per work process, append-only like marks.
CREATE TABLE conclusions (
    uuid TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    trajectory_id TEXT NOT NULL REFERENCES trajectories(id),
    work_process_code TEXT NOT NULL,
    value TEXT CHECK (value IN ('mastered', 'revoked')),
    person_id TEXT NOT NULL REFERENCES people(id),
    at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    undoes_uuid TEXT,
    CHECK ((undoes_uuid IS NULL) = (value IS NOT NULL))
);
CREATE INDEX conclusions_trajectory ON conclusions(trajectory_id);

-- Derived, kept in the same transaction as each event: the latest effective mark per
-- behaviour, so a checklist at millions of events is an indexed lookup, not a fold.
CREATE TABLE current_marks (
    trajectory_id TEXT NOT NULL REFERENCES trajectories(id),
    behaviour_id TEXT NOT NULL,
    mark_uuid TEXT NOT NULL REFERENCES marks(uuid),
    PRIMARY KEY (trajectory_id, behaviour_id)
) WITHOUT ROWID;

CREATE TABLE declarations (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    trajectory_id TEXT NOT NULL REFERENCES trajectories(id),
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL REFERENCES people(id),
    snapshot TEXT NOT NULL,         -- DeclarationSnapshot JSON
    pdf BLOB NOT NULL,              -- the issued bytes: a reprint returns exactly these
    sha256 TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by TEXT REFERENCES people(id),
    withdrawn_reason TEXT
);
CREATE INDEX declarations_trajectory ON declarations(trajectory_id);

CREATE TABLE signatures (
    id TEXT PRIMARY KEY,
    declaration_id TEXT NOT NULL REFERENCES declarations(id),
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    strokes TEXT NOT NULL,          -- JSON polylines
    snapshot_sha256 TEXT NOT NULL,  -- what was signed; a mismatch makes the signature stale
    signed_at TEXT NOT NULL
);

CREATE TRIGGER marks_no_update BEFORE UPDATE ON marks
BEGIN SELECT RAISE(ABORT, 'marks are append-only'); END;
CREATE TRIGGER marks_no_delete BEFORE DELETE ON marks
WHEN (SELECT value FROM settings WHERE key = 'erasing') IS NULL
BEGIN SELECT RAISE(ABORT, 'marks are append-only'); END;
CREATE TRIGGER conclusions_no_update BEFORE UPDATE ON conclusions
BEGIN SELECT RAISE(ABORT, 'conclusions are append-only'); END;
CREATE TRIGGER conclusions_no_delete BEFORE DELETE ON conclusions
WHEN (SELECT value FROM settings WHERE key = 'erasing') IS NULL
BEGIN SELECT RAISE(ABORT, 'conclusions are append-only'); END;
CREATE TRIGGER declarations_issued_fixed BEFORE UPDATE OF snapshot, pdf, sha256, number, issued_at
ON declarations
BEGIN SELECT RAISE(ABORT, 'an issued declaration is immutable'); END;
"""


def _create_v1(db: Database) -> None:
    for statement in _statements(SCHEMA_V1):
        db.execute(statement)


def _statements(script: str) -> list[str]:
    """Split a schema script on top-level semicolons (trigger bodies contain their own)."""
    statements, current = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current).strip()
        inside_trigger = joined.upper().startswith("CREATE TRIGGER") and not joined.upper().endswith(
            "END;"
        )
        if joined.endswith(";") and not inside_trigger:
            statements.append(joined)
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


# Ordered steps: (version it brings the file to, function). Append only; never edit a released step.
STEPS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _create_v1),
]
LATEST_VERSION = STEPS[-1][0]


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def pending_steps(db: Database) -> list[int]:
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise NewerDatabase(
            f"Deze gegevens zijn gemaakt met een nieuwere versie van praktijkdesk "
            f"(schema {current}, deze versie kent tot {LATEST_VERSION}). "
            "Installeer de nieuwste versie; er is niets veranderd."
        )
    return [version for version, _ in STEPS if version > current]


def migrate(db: Database, before_step: Callable[[int, int], None] | None = None) -> list[int]:
    """Bring the file to LATEST_VERSION. ``before_step(current, target)`` may take a backup."""
    done = []
    for version, step in STEPS:
        current = schema_version(db)
        if version <= current:
            continue
        if before_step is not None and current > 0:
            before_step(current, version)
        with db.atomic():
            step(db)
            # user_version set inside the transaction rolls back with it on failure.
            db.execute(f"PRAGMA user_version = {int(version)}")
        done.append(version)
    return done
