"""Schools (mbo-instellingen): rows ⇄ the School dataclass. The logo is a separate BLOB."""

from __future__ import annotations

from praktijkdesk.domain.school import School
from praktijkdesk.storage.changes import track_made_here, versioned_update
from praktijkdesk.storage.database import Database

_COLUMNS = (
    "id, name, brin, place, contact_name, contact_phone, contact_email, wording, co_signs, "
    "series, logo IS NOT NULL"
)


def _school(row) -> School:
    return School(
        id=row[0],
        name=row[1],
        brin=row[2],
        place=row[3],
        contact_name=row[4],
        contact_phone=row[5],
        contact_email=row[6],
        wording=row[7],
        co_signs=bool(row[8]),
        series=row[9],
        has_logo=bool(row[10]),
    )


def add_school(db: Database, school: School, created_at: str) -> None:
    db.execute(
        "INSERT INTO schools (id, name, brin, place, contact_name, contact_phone, contact_email, "
        "wording, co_signs, series, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            school.id,
            school.name,
            school.brin,
            school.place,
            school.contact_name,
            school.contact_phone,
            school.contact_email,
            school.wording,
            int(school.co_signs),
            school.series,
            created_at,
        ],
    )
    track_made_here(db, "schools", [school.id])


def update_school(db: Database, school: School) -> None:
    # A changed field raises the revision (rev, rev_device): storage/changes.py.
    versioned_update(
        db,
        "schools",
        {
            "name": school.name,
            "brin": school.brin,
            "place": school.place,
            "contact_name": school.contact_name,
            "contact_phone": school.contact_phone,
            "contact_email": school.contact_email,
            "wording": school.wording,
            "co_signs": int(school.co_signs),
            "series": school.series,
        },
        "id = ?",
        [school.id],
    )


def set_logo(db: Database, school_id: str, logo: bytes | None) -> None:
    # The logo is no versioned field (it stays home), but the school is tracked as changed.
    versioned_update(db, "schools", {"logo": logo}, "id = ?", [school_id])


def logo_of(db: Database, school_id: str) -> bytes | None:
    row = db.execute("SELECT logo FROM schools WHERE id = ?", [school_id]).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def get_school(db: Database, school_id: str) -> School | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM schools WHERE id = ?", [school_id]).fetchone()
    return _school(row) if row else None


def find_school_by_name(db: Database, name: str) -> School | None:
    """The oldest school of that name (two devices may each have added it)."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM schools WHERE name = ? COLLATE NOCASE ORDER BY created_at, id",
        [name],
    ).fetchone()
    return _school(row) if row else None


def find_school_by_brin(db: Database, brin: str) -> School | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM schools WHERE brin = ? ORDER BY created_at, id", [brin]
    ).fetchone()
    return _school(row) if row else None


def list_schools(db: Database) -> list[School]:
    return [
        _school(r)
        for r in db.execute(f"SELECT {_COLUMNS} FROM schools ORDER BY name COLLATE NOCASE")
    ]


def trajectory_counts(db: Database) -> dict[str, int]:
    rows = db.execute(
        "SELECT school_id, COUNT(*) FROM trajectories WHERE school_id IS NOT NULL GROUP BY school_id"
    )
    return dict(rows.fetchall())
