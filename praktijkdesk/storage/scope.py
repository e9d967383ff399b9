"""Reads that decide which employer a record belongs to (exchange scope, issue #20).

Only reads, no writes: the rules live in services/exchange_scope.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from praktijkdesk.storage.database import Database

_CHUNK = 500


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(ids))
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def candidate_employers(db: Database, candidate_ids: Iterable[str]) -> dict[str, set[str]]:
    """candidate id → the employers of their trajectories on this device."""
    result: dict[str, set[str]] = {}
    for chunk in _chunks(candidate_ids):
        rows = db.execute(
            "SELECT candidate_id, employer_id FROM trajectories WHERE candidate_id IN "
            f"({', '.join('?' for _ in chunk)})",
            chunk,
        )
        for candidate_id, employer_id in rows:
            result.setdefault(candidate_id, set()).add(employer_id)
    return result


def person_employers(db: Database, person_ids: Iterable[str]) -> dict[str, set[str]]:
    """person id → their own employer and the employers of the trajectories they guide."""
    result: dict[str, set[str]] = {}
    for chunk in _chunks(person_ids):
        marks = ", ".join("?" for _ in chunk)
        rows = db.execute(
            f"SELECT id, employer_id FROM people WHERE id IN ({marks}) AND employer_id IS NOT NULL "
            f"UNION SELECT trainer_id, employer_id FROM trajectories WHERE trainer_id IN ({marks}) "
            f"UNION SELECT jobcoach_id, employer_id FROM trajectories WHERE jobcoach_id IN ({marks})",
            [*chunk, *chunk, *chunk],
        )
        for person_id, employer_id in rows:
            result.setdefault(person_id, set()).add(employer_id)
    return result


def trainer_employers(db: Database) -> set[str]:
    """The employers of the trainers on this device."""
    return {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT employer_id FROM people WHERE role = 'trainer' AND employer_id IS NOT NULL"
        )
    }


def has_jobcoach(db: Database) -> bool:
    return db.execute("SELECT 1 FROM people WHERE role = 'jobcoach' LIMIT 1").fetchone() is not None


def employers_with_trajectories(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT DISTINCT employer_id FROM trajectories")}


def employer_names(db: Database, employer_ids: Iterable[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for chunk in _chunks(employer_ids):
        rows = db.execute(
            f"SELECT id, name FROM employers WHERE id IN ({', '.join('?' for _ in chunk)})", chunk
        )
        result.update(dict(rows.fetchall()))
    return result


def trajectory_ids_of_jobcoach(db: Database, employer_id: str, jobcoach_id: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM trajectories WHERE employer_id = ? AND jobcoach_id = ?",
            [employer_id, jobcoach_id],
        )
    ]


def jobcoach_counts(db: Database, employer_id: str) -> dict[str, int]:
    """jobcoach id → how many active trajectories of this employer they guide."""
    rows = db.execute(
        "SELECT jobcoach_id, COUNT(*) FROM trajectories WHERE employer_id = ? AND "
        "jobcoach_id IS NOT NULL AND status = 'active' GROUP BY jobcoach_id",
        [employer_id],
    )
    return dict(rows.fetchall())


def last_mark_at(db: Database, trajectory_ids: Iterable[str]) -> dict[str, str]:
    """trajectory id → the moment of its latest mark (undo events included: work was done)."""
    result: dict[str, str] = {}
    for chunk in _chunks(trajectory_ids):
        rows = db.execute(
            "SELECT trajectory_id, MAX(at) FROM marks WHERE trajectory_id IN "
            f"({', '.join('?' for _ in chunk)}) GROUP BY trajectory_id",
            chunk,
        )
        result.update(dict(rows.fetchall()))
    return result


def marked_on_several_devices(db: Database, trajectory_ids: Iterable[str]) -> set[str]:
    """Trajectories with marks from more than one device: only these can hold a conflict."""
    found: set[str] = set()
    for chunk in _chunks(trajectory_ids):
        rows = db.execute(
            "SELECT trajectory_id FROM marks WHERE trajectory_id IN "
            f"({', '.join('?' for _ in chunk)}) GROUP BY trajectory_id "
            "HAVING COUNT(DISTINCT device_id) > 1",
            chunk,
        )
        found.update(r[0] for r in rows)
    return found


def jobcoach_trajectory_ids(db: Database, jobcoach_id: str) -> set[str]:
    return {
        r[0] for r in db.execute("SELECT id FROM trajectories WHERE jobcoach_id = ?", [jobcoach_id])
    }


def conflict_note(db: Database, trajectory_id: str, behaviour_id: str) -> str:
    """When a behaviour's heads (effective marks nobody marked on top of) disagree, the latest
    note among them; else "". A mark that settles the conflict keeps it (issue #20)."""
    devices = db.execute(
        "SELECT COUNT(DISTINCT device_id) FROM marks WHERE trajectory_id = ? AND behaviour_id = ?",
        [trajectory_id, behaviour_id],
    ).fetchone()[0]
    if devices < 2:  # marks of one device are never concurrent: no conflict, cheap
        return ""
    rows = db.execute(
        "SELECT m.status, m.note FROM marks m WHERE m.trajectory_id = ? AND m.behaviour_id = ? "
        "AND m.undoes_uuid IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM mark_parents p WHERE p.parent_uuid = m.uuid) "
        "AND NOT EXISTS (SELECT 1 FROM marks u WHERE u.undoes_uuid = m.uuid) "
        "ORDER BY m.at DESC, m.device_id DESC, m.uuid DESC",
        [trajectory_id, behaviour_id],
    ).fetchall()
    if len({status for status, _note in rows}) < 2:
        return ""
    return next((note for _status, note in rows if note), "")


def client_counts(db: Database) -> dict[str, int]:
    """person id → active trajectories they guide (as trainer or as jobcoach)."""
    rows = db.execute(
        "SELECT person, COUNT(*) FROM (SELECT trainer_id AS person FROM trajectories "
        "WHERE status = 'active' UNION ALL SELECT jobcoach_id FROM trajectories "
        "WHERE status = 'active' AND jobcoach_id IS NOT NULL) GROUP BY person"
    )
    return dict(rows.fetchall())
