"""A trajectory: one candidate learning one guide version at one employer."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class TrajectoryStatus(str, enum.Enum):
    ACTIVE = "active"
    CLOSED = "closed"


@dataclass(frozen=True)
class Trajectory:
    id: str
    candidate_id: str
    guide_key: str
    employer_id: str
    trainer_id: str
    jobcoach_id: str | None
    work_processes: tuple[str, ...]  # the chosen work process codes, in guide order
    start_date: str
    end_date: str | None
    status: TrajectoryStatus
    created_at: str
    school_id: str | None = None  # the mbo-instelling that issues and registers the declaration
