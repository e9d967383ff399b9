"""Employers, trainers/jobcoaches and candidates: rows ⇄ domain dataclasses."""

from __future__ import annotations

import sqlite3

from praktijkdesk.domain.names import search_key
from praktijkdesk.domain.people import Candidate, Employer, Person, Role, follow_merges
from praktijkdesk.storage.changes import track_made_here, versioned_update
from praktijkdesk.storage.database import Database

_EMPLOYER_COLUMNS = "id, name, place, sbb_number, manager_name, school_id"


def _employer(row) -> Employer:
    return Employer(
        id=row[0],
        name=row[1],
        place=row[2],
        sbb_number=row[3],
        manager_name=row[4],
        school_id=row[5],
    )


def add_employer(db: Database, employer: Employer, created_at: str) -> None:
    db.execute(
        "INSERT INTO employers (id, name, place, sbb_number, manager_name, school_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            employer.id,
            employer.name,
            employer.place,
            employer.sbb_number,
            employer.manager_name,
            employer.school_id,
            created_at,
        ],
    )
    track_made_here(db, "employers", [employer.id])


def update_employer(db: Database, employer: Employer) -> None:
    versioned_update(
        db,
        "employers",
        {
            "name": employer.name,
            "place": employer.place,
            "sbb_number": employer.sbb_number,
            "manager_name": employer.manager_name,
            "school_id": employer.school_id,
        },
        "id = ?",
        [employer.id],
    )


def get_employer(db: Database, employer_id: str) -> Employer | None:
    row = db.execute(
        f"SELECT {_EMPLOYER_COLUMNS} FROM employers WHERE id = ?", [employer_id]
    ).fetchone()
    return _employer(row) if row else None


def list_employers(db: Database) -> list[Employer]:
    rows = db.execute(f"SELECT {_EMPLOYER_COLUMNS} FROM employers ORDER BY name COLLATE NOCASE")
    return [_employer(r) for r in rows]


def find_employer_by_name(db: Database, name: str) -> Employer | None:
    row = db.execute(
        f"SELECT {_EMPLOYER_COLUMNS} FROM employers WHERE name = ? COLLATE NOCASE", [name]
    ).fetchone()
    return _employer(row) if row else None


def _person(row) -> Person:
    return Person(id=row[0], name=row[1], role=Role(row[2]), employer_id=row[3])


def add_person(db: Database, person: Person, created_at: str) -> None:
    db.execute(
        "INSERT INTO people (id, name, role, employer_id, created_at) VALUES (?, ?, ?, ?, ?)",
        [person.id, person.name, person.role.value, person.employer_id, created_at],
    )
    track_made_here(db, "people", [person.id])


def update_person(db: Database, person: Person) -> None:
    versioned_update(
        db,
        "people",
        {
            "name": person.name,
            "role": person.role.value,
            "employer_id": person.employer_id,
        },
        "id = ?",
        [person.id],
    )


def get_person(db: Database, person_id: str) -> Person | None:
    row = db.execute(
        "SELECT id, name, role, employer_id FROM people WHERE id = ?", [person_id]
    ).fetchone()
    return _person(row) if row else None


def merged_away(db: Database) -> dict[str, str]:
    """person id → the person it stands for now, for every person merged into another one
    (schema step 10; issue #20). Empty on a file before that step."""
    try:
        merges = dict(db.execute("SELECT drop_id, keep_id FROM person_merges").fetchall())
    except sqlite3.OperationalError:  # a file before schema step 10 (no such table yet)
        return {}
    result = {}
    for drop_id in merges:
        keep_id = follow_merges(merges, drop_id)
        if keep_id != drop_id:
            result[drop_id] = keep_id
    return result


def list_people(db: Database, role: Role | None = None) -> list[Person]:
    """Every person, one per identity: records merged into another are left out."""
    sql = "SELECT id, name, role, employer_id FROM people"
    params: list = []
    if role is not None:
        sql += " WHERE role = ?"
        params.append(role.value)
    gone = merged_away(db)
    rows = db.execute(sql + " ORDER BY name COLLATE NOCASE", params)
    return [_person(r) for r in rows if r[0] not in gone]


def find_person_by_name(db: Database, name: str, role: Role | None = None) -> Person | None:
    sql = "SELECT id, name, role, employer_id FROM people WHERE name = ? COLLATE NOCASE"
    params: list = [name]
    if role is not None:
        sql += " AND role = ?"
        params.append(role.value)
    row = db.execute(sql + " ORDER BY created_at LIMIT 1", params).fetchone()
    if row and row[0] in (gone := merged_away(db)):  # merged: the kept record
        return get_person(db, gone[row[0]])
    return _person(row) if row else None


def _candidate(row) -> Candidate:
    return Candidate(id=row[0], name=row[1], birth_date=row[2])


def add_candidate(db: Database, candidate: Candidate, created_at: str) -> None:
    db.execute(
        "INSERT INTO candidates (id, name, search_name, birth_date, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            candidate.id,
            candidate.name,
            search_key(candidate.name),
            candidate.birth_date,
            created_at,
        ],
    )
    track_made_here(db, "candidates", [candidate.id])


def update_candidate(db: Database, candidate: Candidate) -> None:
    versioned_update(
        db,
        "candidates",
        {
            "name": candidate.name,
            "search_name": search_key(candidate.name),
            "birth_date": candidate.birth_date,
        },
        "id = ?",
        [candidate.id],
    )


def get_candidate(db: Database, candidate_id: str) -> Candidate | None:
    row = db.execute(
        "SELECT id, name, birth_date FROM candidates WHERE id = ?", [candidate_id]
    ).fetchone()
    return _candidate(row) if row else None


def find_candidate(db: Database, name: str, birth_date: str | None) -> Candidate | None:
    row = db.execute(
        "SELECT id, name, birth_date FROM candidates WHERE search_name = ? "
        "AND birth_date IS ? LIMIT 1",
        [search_key(name), birth_date],
    ).fetchone()
    return _candidate(row) if row else None


def list_candidates(db: Database) -> list[Candidate]:
    rows = db.execute("SELECT id, name, birth_date FROM candidates ORDER BY search_name")
    return [_candidate(r) for r in rows]


def names_of(db: Database, person_ids: list[str]) -> dict[str, str]:
    """person id → the name to show: a merged-away person shows the kept person's name."""
    if not person_ids:
        return {}
    gone = merged_away(db)
    shown = {p: gone.get(p, p) for p in person_ids}
    wanted = sorted(set(shown.values()))
    placeholders = ", ".join("?" for _ in wanted)
    rows = dict(
        db.execute(f"SELECT id, name FROM people WHERE id IN ({placeholders})", wanted).fetchall()
    )
    return {p: rows[k] for p, k in shown.items() if k in rows}
