"""The voortgangsoverzicht as plain data: what one trajectory's printed overview shows.

Services fill these from storage; documents print them. Names and dates are final text, so the
printer needs no guide, no database and no clock. Dates are ISO (``YYYY-MM-DD`` or a full
UTC ISO-8601 instant); the printer writes them the Dutch way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from praktijkdesk.domain.mark import MarkStatus

UNMARKED_LABEL = "nog niet bekeken"


@dataclass(frozen=True)
class BehaviourLine:
    """One behaviour with its current mark (``status`` None: not marked yet)."""

    text: str
    status: MarkStatus | None = None
    date: str = ""  # when the current mark was given
    by: str = ""  # who gave it (display name)
    note: str = ""

    @property
    def status_label(self) -> str:
        return self.status.label if self.status is not None else UNMARKED_LABEL


@dataclass(frozen=True)
class WorkProcessLine:
    code: str
    title: str
    behaviours: tuple[BehaviourLine, ...] = ()
    concluded: bool = False  # the trainer concluded *beheerst*
    concluded_by: str = ""
    concluded_on: str = ""

    @property
    def total(self) -> int:
        return len(self.behaviours)

    @property
    def mastered(self) -> int:
        return sum(1 for b in self.behaviours if b.status is MarkStatus.MASTERED)

    @property
    def fraction(self) -> float:
        return self.mastered / self.total if self.total else 0.0


@dataclass(frozen=True)
class CoreTaskLine:
    code: str
    title: str
    work_processes: tuple[WorkProcessLine, ...] = ()


@dataclass(frozen=True)
class ProgressReport:
    """One trajectory: one candidate learning one guide at one employer."""

    candidate_name: str
    employer_name: str
    guide_title: str
    guide_version: str
    trainer_name: str
    jobcoach_name: str
    period_start: str
    period_end: str
    generated_at: str  # UTC ISO-8601
    core_tasks: tuple[CoreTaskLine, ...] = field(default_factory=tuple)

    def work_processes(self) -> list[WorkProcessLine]:
        return [wp for ct in self.core_tasks for wp in ct.work_processes]

    @property
    def behaviours_total(self) -> int:
        return sum(wp.total for wp in self.work_processes())

    @property
    def behaviours_mastered(self) -> int:
        return sum(wp.mastered for wp in self.work_processes())

    @property
    def concluded_count(self) -> int:
        return sum(1 for wp in self.work_processes() if wp.concluded)
