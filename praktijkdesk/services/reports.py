"""The voortgangsoverzicht: one trajectory, or all candidates of one employer, as a PDF.

The service turns stored marks and conclusions into the plain ``domain.progress_report``
dataclasses (names of who marked, dates, notes) and hands them to ``documents``. fpdf2 is
imported inside ``render`` only, so importing this module stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Employer
from praktijkdesk.domain.progress_report import (
    BehaviourLine,
    CoreTaskLine,
    ProgressReport,
    WorkProcessLine,
)
from praktijkdesk.domain.trajectory import TrajectoryStatus
from praktijkdesk.errors import InvalidInput, NotFound
from praktijkdesk.services.base import Notifier, Service
from praktijkdesk.services.declarations import SETTING_ORGANISATION
from praktijkdesk.storage import marks as mark_store
from praktijkdesk.storage import people as people_store

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.services.declarations import DeclarationService
    from praktijkdesk.services.trajectories import TrajectoryService
    from praktijkdesk.storage.database import Database


@dataclass(frozen=True)
class PreparedReport:
    """Everything a progress report PDF needs, read from the database: ``render`` touches no
    database, so the GUI can run it on a worker thread (SQLite connections stay on theirs)."""

    reports: tuple[ProgressReport, ...]
    generated_at: str
    organisation_name: str
    logo: bytes | None

    def render(self) -> bytes:
        from praktijkdesk.documents.progress_report_pdf import render_progress_report  # lazy

        return render_progress_report(
            list(self.reports),
            generated_at=self.generated_at,
            organisation_name=self.organisation_name,
            logo=self.logo,
        )


class ReportService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        trajectories: TrajectoryService,
        declarations: DeclarationService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._trajectories = trajectories
        self._declarations = declarations

    def report(self, trajectory_id: str, *, generated_at: str | None = None) -> ProgressReport:
        """One trajectory's overview as plain data (chosen work processes, guide order)."""
        overview = self._trajectories.overview(trajectory_id)
        t, guide = overview.trajectory, overview.guide
        marks = mark_store.current_marks_of(self.db, t.id)
        conclusions = self._trajectories.mastered_conclusions(t.id)
        person_ids = {m.person_id for m in marks.values()} | {
            c.person_id for c in conclusions.values()
        }
        names = people_store.names_of(self.db, sorted(person_ids))
        chosen = set(t.work_processes)
        core_tasks = []
        for ct in guide.core_tasks:
            lines = []
            for wp in ct.work_processes:
                if wp.code not in chosen:
                    continue
                behaviours = []
                for b in wp.behaviours:
                    mark = marks.get(b.id)
                    if mark is None or mark.status is None:
                        behaviours.append(BehaviourLine(b.text))
                        continue
                    behaviours.append(
                        BehaviourLine(
                            text=b.text,
                            status=MarkStatus(mark.status),
                            date=mark.at,
                            by=names.get(mark.person_id, ""),
                            note=mark.note,
                        )
                    )
                conclusion = conclusions.get(wp.code)
                lines.append(
                    WorkProcessLine(
                        code=wp.code,
                        title=wp.title,
                        behaviours=tuple(behaviours),
                        concluded=conclusion is not None,
                        concluded_by=names.get(conclusion.person_id, "") if conclusion else "",
                        concluded_on=conclusion.at if conclusion else "",
                    )
                )
            if lines:
                core_tasks.append(CoreTaskLine(ct.code, ct.title, tuple(lines)))
        return ProgressReport(
            candidate_name=overview.candidate.name,
            employer_name=overview.employer.name,
            guide_title=guide.title,
            guide_version=guide.version,
            trainer_name=overview.trainer.name,
            jobcoach_name=overview.jobcoach.name if overview.jobcoach else "",
            period_start=t.start_date,
            period_end=t.end_date or "",
            generated_at=generated_at or self.now(),
            core_tasks=tuple(core_tasks),
        )

    def prepare(self, trajectory_ids: list[str] | str) -> PreparedReport:
        """Read what the PDF shows (fast, on the caller's thread); render it later."""
        if isinstance(trajectory_ids, str):
            trajectory_ids = [trajectory_ids]
        if not trajectory_ids:
            raise InvalidInput("Kies minstens één traject voor het voortgangsoverzicht.")
        generated_at = self.now()
        return PreparedReport(
            reports=tuple(self.report(tid, generated_at=generated_at) for tid in trajectory_ids),
            generated_at=generated_at,
            organisation_name=(self._setting(SETTING_ORGANISATION) or "").strip(),
            logo=self._declarations.logo(),
        )

    def progress_report(self, trajectory_ids: list[str] | str) -> bytes:
        """One PDF with one overview per trajectory, each starting on a new page."""
        return self.prepare(trajectory_ids).render()

    def prepare_employer(self, employer_id: str, *, include_closed: bool = False) -> PreparedReport:
        employer = self.employer(employer_id)
        ids = self.employer_trajectory_ids(employer.id, include_closed=include_closed)
        if not ids:
            raise InvalidInput(f"{employer.name} heeft geen lopende trajecten.")
        return self.prepare(ids)

    def employer_trajectory_ids(
        self, employer_id: str, *, include_closed: bool = False
    ) -> list[str]:
        """The employer's trajectories, sorted by candidate name (active ones unless asked)."""
        employer = self.employer(employer_id)
        status = None if include_closed else TrajectoryStatus.ACTIVE
        summaries = self._trajectories.summaries(employer_id=employer.id, status=status)
        summaries.sort(key=lambda s: (s.candidate_name.casefold(), s.start_date, s.id))
        return [s.id for s in summaries]

    def for_employer(self, employer_id: str, *, include_closed: bool = False) -> bytes:
        """Every candidate of one employer in one file, one candidate per page."""
        return self.prepare_employer(employer_id, include_closed=include_closed).render()

    def employer(self, id_or_name: str) -> Employer:
        """An employer by id, or by its exact name (handy on the command line)."""
        text = str(id_or_name).strip()
        found = people_store.get_employer(self.db, text) if text else None
        if found is None and text:
            found = people_store.find_employer_by_name(self.db, text)
        if found is None:
            raise NotFound(f"Leerbedrijf '{text}' bestaat niet.")
        return found
