"""Trajectories, and the joined listing the candidates screen and CLI show."""

from __future__ import annotations

import json
from dataclasses import dataclass

from praktijkdesk.domain.trajectory import Trajectory, TrajectoryStatus
from praktijkdesk.storage.changes import track_made_here, versioned_update
from praktijkdesk.storage.database import Database

_COLUMNS = (
    "t.id, t.candidate_id, t.guide_id, t.employer_id, t.trainer_id, t.jobcoach_id, "
    "t.work_processes, t.start_date, t.end_date, t.status, t.created_at, t.school_id"
)
_WIDTH = 12  # columns in _COLUMNS


def _trajectory(row) -> Trajectory:
    return Trajectory(
        id=row[0],
        candidate_id=row[1],
        guide_key=row[2],
        employer_id=row[3],
        trainer_id=row[4],
        jobcoach_id=row[5],
        work_processes=tuple(json.loads(row[6])),
        start_date=row[7],
        end_date=row[8],
        status=TrajectoryStatus(row[9]),
        created_at=row[10],
        school_id=row[11],
    )


def add_trajectory(db: Database, t: Trajectory) -> None:
    db.execute(
        "INSERT INTO trajectories (id, candidate_id, guide_id, employer_id, trainer_id, "
        "jobcoach_id, work_processes, start_date, end_date, status, created_at, school_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            t.id,
            t.candidate_id,
            t.guide_key,
            t.employer_id,
            t.trainer_id,
            t.jobcoach_id,
            json.dumps(list(t.work_processes)),
            t.start_date,
            t.end_date,
            t.status.value,
            t.created_at,
            t.school_id,
        ],
    )
    track_made_here(db, "trajectories", [t.id])


def update_trajectory(db: Database, t: Trajectory) -> None:
    versioned_update(
        db,
        "trajectories",
        {
            "guide_id": t.guide_key,
            "employer_id": t.employer_id,
            "trainer_id": t.trainer_id,
            "jobcoach_id": t.jobcoach_id,
            "work_processes": json.dumps(list(t.work_processes)),
            "start_date": t.start_date,
            "end_date": t.end_date,
            "status": t.status.value,
            "school_id": t.school_id,
        },
        "id = ?",
        [t.id],
    )


def get_trajectory(db: Database, trajectory_id: str) -> Trajectory | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM trajectories t WHERE t.id = ?", [trajectory_id]
    ).fetchone()
    return _trajectory(row) if row else None


def trajectory_ids_with_prefix(db: Database, prefix: str, limit: int = 2) -> list[str]:
    rows = db.execute(
        "SELECT id FROM trajectories WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
        [prefix, prefix + "\U0010ffff", limit],
    )
    return [r[0] for r in rows]


def trajectories_of_candidate(db: Database, candidate_id: str) -> list[Trajectory]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM trajectories t WHERE t.candidate_id = ? ORDER BY t.start_date",
        [candidate_id],
    )
    return [_trajectory(r) for r in rows]


@dataclass(frozen=True)
class TrajectoryRow:
    """One line of the candidates list: the trajectory with the names it needs."""

    trajectory: Trajectory
    candidate_name: str
    candidate_birth_date: str | None
    employer_name: str
    trainer_name: str
    guide_title: str


def list_trajectory_rows(
    db: Database,
    *,
    search: str | None = None,
    employer_id: str | None = None,
    status: TrajectoryStatus | None = None,
    ids: list[str] | None = None,
    limit: int | None = None,
) -> list[TrajectoryRow]:
    """``search`` is a search_key (accent-free lower case); it matches the start of any word."""
    where, params = [], []
    source = "trajectories t JOIN candidates c ON c.id = t.candidate_id"
    if search:
        # Walk the candidates in name order along candidates_search_name (CROSS JOIN keeps
        # them the outer loop), test the name on the index entry, join only the matches and
        # stop at ``limit``: no sort of every match (docs/performance.md, "Name search").
        source = "candidates c CROSS JOIN trajectories t ON t.candidate_id = c.id"
        # A % or _ typed in the search box is a character, not a wildcard.
        where.append(
            "(c.search_name >= ? AND c.search_name < ? OR c.search_name LIKE ? ESCAPE '\\')"
        )
        literal = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params += [search, search + "\U0010ffff", f"% {literal}%"]
    if employer_id:
        where.append("t.employer_id = ?")
        params.append(employer_id)
    if status is not None:
        where.append("t.status = ?")
        params.append(status.value)
    if ids is not None:
        where.append(f"t.id IN ({', '.join('?' for _ in ids)})")
        params += ids
    sql = (
        f"SELECT {_COLUMNS}, c.name, c.birth_date, e.name, p.name, g.title FROM {source} "
        "JOIN employers e ON e.id = t.employer_id JOIN people p ON p.id = t.trainer_id "
        "JOIN guides g ON g.id = t.guide_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.search_name, t.start_date"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [
        TrajectoryRow(_trajectory(r[:_WIDTH]), *r[_WIDTH : _WIDTH + 5])
        for r in db.execute(sql, params)
    ]
