"""Candidates and their trajectories: add, edit, close, list and search with progress."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from praktijkdesk.domain.dates import NotADate
from praktijkdesk.domain.dates import parse_date as parse_any_date
from praktijkdesk.domain.guide import Guide
from praktijkdesk.domain.mark import Conclusion, concluded_mastered
from praktijkdesk.domain.names import MAX_SEARCH, clean_name, search_key
from praktijkdesk.domain.people import Candidate, Employer, Person, Role
from praktijkdesk.domain.progress import TrajectoryProgress, progress_layout, trajectory_progress
from praktijkdesk.domain.school import School
from praktijkdesk.domain.trajectory import Trajectory, TrajectoryStatus
from praktijkdesk.errors import InvalidInput, NotFound
from praktijkdesk.services.base import Notifier, Service, new_id
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import declarations as declaration_store
from praktijkdesk.storage import marks as mark_store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage import trajectories as store

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.services.guides import GuideService
    from praktijkdesk.services.people import PeopleService
    from praktijkdesk.services.schools import SchoolService
    from praktijkdesk.storage.database import Database


@dataclass(frozen=True)
class TrajectorySummary:
    """A row of the candidates list, with its progress."""

    id: str
    candidate_id: str
    candidate_name: str
    employer_id: str
    employer_name: str
    trainer_name: str
    guide_key: str
    guide_title: str
    guide_example: bool
    status: TrajectoryStatus
    start_date: str
    end_date: str | None
    progress: TrajectoryProgress

    def as_dict(self) -> dict:
        p = self.progress
        return {
            "id": self.id,
            "candidate_id": self.candidate_id,
            "candidate": self.candidate_name,
            "employer_id": self.employer_id,
            "employer": self.employer_name,
            "trainer": self.trainer_name,
            "guide": self.guide_key,
            "guide_title": self.guide_title,
            "status": self.status.value,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "behaviours_mastered": p.behaviours_mastered,
            "behaviours_total": p.behaviours_total,
            "work_processes_concluded": p.concluded_count,
            "work_processes_chosen": p.chosen_count,
            "ready_for_declaration": p.ready_for_declaration,
            "ready_on_example": p.ready_on_example,
            "work_processes_declared": len(p.declared),
            "declaration_date": p.declared_on,
        }


@dataclass(frozen=True)
class TrajectoryOverview:
    trajectory: Trajectory
    candidate: Candidate
    employer: Employer
    trainer: Person
    jobcoach: Person | None
    guide: Guide
    progress: TrajectoryProgress
    school: School | None = None


def parse_date(text: str | None, what: str, *, required: bool = False) -> str | None:
    if text is None or not str(text).strip():
        if required:
            raise InvalidInput(f"{what} ontbreekt.")
        return None
    try:  # one parser for app and command line: 23-06-2001 and 2001-06-23
        return parse_any_date(str(text))
    except NotADate as exc:
        raise InvalidInput(f"{what} '{text}' is geen goede datum. {exc.reason}") from None


class TrajectoryService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        people: PeopleService,
        schools: SchoolService,
        guides: GuideService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._people = people
        self._schools = schools
        self._guides = guides

    # Reading -----------------------------------------------------------------------------
    def resolve(self, id_or_prefix: str) -> Trajectory:
        """A trajectory by id, or by a unique start of its id (handy on the command line)."""
        text = str(id_or_prefix).strip()
        found = store.get_trajectory(self.db, text) if text else None
        if found:
            return found
        matches = store.trajectory_ids_with_prefix(self.db, text) if len(text) >= 4 else []
        if len(matches) == 1:
            return store.get_trajectory(self.db, matches[0])
        if len(matches) > 1:
            raise InvalidInput(f"'{text}' past bij meer dan één traject; geef meer tekens.")
        raise NotFound(f"Traject '{text}' bestaat niet.")

    def progress(self, trajectory: Trajectory) -> TrajectoryProgress:
        guide = self._guides.get(trajectory.guide_key)
        marks = mark_store.current_marks_of(self.db, trajectory.id)
        declared, declared_on = declaration_store.current_declared(self.db, [trajectory.id]).get(
            trajectory.id, ((), None)
        )
        return trajectory_progress(
            guide,
            trajectory.work_processes,
            marks,
            self.mastered_conclusions(trajectory.id),
            declared,
            declared_on,
        )

    def mastered_conclusions(self, trajectory_id: str) -> dict[str, Conclusion]:
        """work process code → its current conclusion *beheerst*, for one trajectory."""
        events = mark_store.conclusions_of(self.db, trajectory_id)
        return {code: event for (_, code), event in concluded_mastered(events).items()}

    def overview(self, id_or_prefix: str) -> TrajectoryOverview:
        t = self.resolve(id_or_prefix)
        people = self._people
        return TrajectoryOverview(
            trajectory=t,
            candidate=people_store.get_candidate(self.db, t.candidate_id),
            employer=people.employer(t.employer_id),
            trainer=people.person(t.trainer_id),
            jobcoach=people.person(t.jobcoach_id) if t.jobcoach_id else None,
            guide=self._guides.get(t.guide_key),
            progress=self.progress(t),
            school=self._schools.school(t.school_id) if t.school_id else None,
        )

    def summaries(
        self,
        *,
        search: str | None = None,
        employer_id: str | None = None,
        status: TrajectoryStatus | None = None,
        ready_only: bool = False,
        limit: int | None = None,
        ids: list[str] | None = None,
    ) -> list[TrajectorySummary]:
        if search and len(search) > MAX_SEARCH:
            # No name is that long (names stop at 120 characters), and SQLite refuses a LIKE
            # pattern of tens of thousands of characters.
            raise InvalidInput(f"Zoek met hoogstens {MAX_SEARCH} tekens; geen naam is langer.")
        key = search_key(search) if search else None
        rows = store.list_trajectory_rows(
            self.db, search=key, employer_id=employer_id, status=status, limit=limit, ids=ids
        )
        ids = [r.trajectory.id for r in rows]
        statuses = mark_store.mark_counts(self.db, ids)
        mastered_by_trajectory: dict[str, dict] = {tid: {} for tid in ids}
        for (tid, code), event in concluded_mastered(
            mark_store.conclusions_for(self.db, ids)
        ).items():
            mastered_by_trajectory[tid][code] = event
        declared = declaration_store.current_declared(self.db, ids)
        result = []
        for row in rows:
            t = row.trajectory
            guide = self._guides.get(t.guide_key)
            codes, declared_on = declared.get(t.id, ((), None))
            # The guide's layout is worked out once, not per row (issue #18, name search).
            progress = progress_layout(guide).progress(
                t.work_processes, statuses[t.id], mastered_by_trajectory[t.id], codes, declared_on
            )
            if ready_only and not progress.ready_for_declaration:
                continue
            result.append(
                TrajectorySummary(
                    id=t.id,
                    candidate_id=t.candidate_id,
                    candidate_name=row.candidate_name,
                    employer_id=t.employer_id,
                    employer_name=row.employer_name,
                    trainer_name=row.trainer_name,
                    guide_key=t.guide_key,
                    guide_title=row.guide_title,
                    guide_example=guide.example,
                    status=t.status,
                    start_date=t.start_date,
                    end_date=t.end_date,
                    progress=progress,
                )
            )
        return result

    def candidates(self) -> list[Candidate]:
        return people_store.list_candidates(self.db)

    def candidate(self, candidate_id: str) -> Candidate:
        candidate = people_store.get_candidate(self.db, candidate_id)
        if candidate is None:
            raise NotFound(f"Kandidaat {candidate_id} bestaat niet.")
        return candidate

    def of_candidate(self, candidate_id: str) -> list[Trajectory]:
        return store.trajectories_of_candidate(self.db, candidate_id)

    # Writing -----------------------------------------------------------------------------
    def add_candidate(
        self,
        *,
        name: str,
        birth_date: str | None = None,
        employer_id: str,
        trainer_id: str,
        guide_key: str,
        work_processes: list[str] | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        jobcoach_id: str | None = None,
        school_id: str | None = None,
    ) -> tuple[Candidate, Trajectory]:
        """A new candidate with their first trajectory, in one transaction."""
        candidate = Candidate(
            id=new_id(),
            name=clean_name(name, what="De naam van de kandidaat"),
            birth_date=self._birth_date(birth_date),
        )
        trajectory = self._new_trajectory(
            candidate.id,
            employer_id,
            trainer_id,
            guide_key,
            work_processes,
            start_date,
            end_date,
            jobcoach_id,
            school_id,
        )
        with self.action(Changes(trajectories=True, people=True)):
            people_store.add_candidate(self.db, candidate, self.now())
            store.add_trajectory(self.db, trajectory)
            self._remember_school(trajectory)
        return candidate, trajectory

    def same_candidates(self, name: str, birth_date: str | None) -> list[Candidate]:
        """Candidates with this name (tidied, any case) and this birth date: a second
        `candidate-add` of the same person would make two identical tiles."""
        wanted = search_key(clean_name(name, what="De naam van de kandidaat"))
        born = self._birth_date(birth_date)
        return [
            c
            for c in self.candidates()
            if search_key(c.name) == wanted and (c.birth_date or None) == born
        ]

    def add_trajectory(self, candidate_id: str, **kwargs) -> Trajectory:
        """Another trajectory for an existing candidate (another guide or employer)."""
        self.candidate(candidate_id)
        trajectory = self._new_trajectory(
            candidate_id,
            kwargs["employer_id"],
            kwargs["trainer_id"],
            kwargs["guide_key"],
            kwargs.get("work_processes"),
            kwargs.get("start_date"),
            kwargs.get("end_date"),
            kwargs.get("jobcoach_id"),
            kwargs.get("school_id"),
        )
        with self.action(Changes(trajectories=True, trajectory_ids=frozenset([trajectory.id]))):
            store.add_trajectory(self.db, trajectory)
            self._remember_school(trajectory)
        return trajectory

    def edit_candidate(self, candidate_id: str, *, name: str, birth_date: str | None) -> Candidate:
        self.candidate(candidate_id)
        candidate = Candidate(
            candidate_id,
            clean_name(name, what="De naam van de kandidaat"),
            self._birth_date(birth_date),
        )
        with self.action(Changes(trajectories=True, people=True)):
            people_store.update_candidate(self.db, candidate)
        return candidate

    def edit(
        self,
        trajectory_id: str,
        *,
        trainer_id: str | None = None,
        jobcoach_id: str | None = ...,  # type: ignore[assignment]
        work_processes: list[str] | None = None,
        start_date: str | None = None,
        end_date: str | None = ...,  # type: ignore[assignment]
        school_id: str | None = ...,  # type: ignore[assignment]
    ) -> Trajectory:
        t = self.resolve(trajectory_id)
        guide = self._guides.get(t.guide_key)
        changed = t
        if trainer_id is not None:
            changed = replace(changed, trainer_id=self._trainer(trainer_id).id)
        if jobcoach_id is not ...:
            changed = replace(changed, jobcoach_id=self._jobcoach(jobcoach_id))
        if work_processes is not None:
            changed = replace(changed, work_processes=self._chosen(guide, work_processes))
        if start_date is not None:
            changed = replace(
                changed, start_date=parse_date(start_date, "De startdatum", required=True)
            )
        if end_date is not ...:
            changed = replace(changed, end_date=parse_date(end_date, "De einddatum"))
        if school_id is not ...:
            changed = replace(changed, school_id=self._school(school_id))
        self._check_period(changed.start_date, changed.end_date)
        with self.action(Changes(trajectories=True, trajectory_ids=frozenset([t.id]))):
            store.update_trajectory(self.db, changed)
            if changed.school_id != t.school_id:
                self._remember_school(changed)
        return changed

    def close(self, trajectory_id: str, end_date: str | None = None) -> Trajectory:
        t = self.resolve(trajectory_id)
        end = parse_date(end_date, "De einddatum") or t.end_date or self.today()
        self._check_period(t.start_date, end)
        closed = replace(t, status=TrajectoryStatus.CLOSED, end_date=end)
        with self.action(Changes(trajectories=True, trajectory_ids=frozenset([t.id]))):
            store.update_trajectory(self.db, closed)
        return closed

    def reopen(self, trajectory_id: str) -> Trajectory:
        t = self.resolve(trajectory_id)
        opened = replace(t, status=TrajectoryStatus.ACTIVE)
        with self.action(Changes(trajectories=True, trajectory_ids=frozenset([t.id]))):
            store.update_trajectory(self.db, opened)
        return opened

    # Checks ------------------------------------------------------------------------------
    def _new_trajectory(
        self,
        candidate_id,
        employer_id,
        trainer_id,
        guide_key,
        work_processes,
        start_date,
        end_date,
        jobcoach_id,
        school_id=None,
    ) -> Trajectory:
        employer = self._people.employer(employer_id)
        guide = self._guides.get(guide_key)
        if guide.variant is not None and guide.variant.employer_id != employer.id:
            # Another employer's own version (#15): that employer sets that norm, not this one.
            raise InvalidInput(
                f"'{guide.title}' is de eigen versie van een ander leerbedrijf. "
                "Kies de versie van de school of de eigen versie van dit leerbedrijf."
            )
        start = parse_date(start_date, "De startdatum") or self.today()
        end = parse_date(end_date, "De einddatum")
        self._check_period(start, end)
        return Trajectory(
            id=new_id(),
            candidate_id=candidate_id,
            guide_key=guide.key,
            employer_id=employer.id,
            trainer_id=self._trainer(trainer_id).id,
            jobcoach_id=self._jobcoach(jobcoach_id),
            work_processes=self._chosen(guide, work_processes),
            start_date=start,
            end_date=end,
            status=TrajectoryStatus.ACTIVE,
            created_at=self.now(),
            school_id=self._school(school_id),
        )

    def _school(self, school_id: str | None) -> str | None:
        return self._schools.school(school_id).id if school_id else None

    def _remember_school(self, trajectory: Trajectory) -> None:
        """The employer's school is offered for its next candidate (inside the caller's
        transaction)."""
        if not trajectory.school_id:
            return
        employer = people_store.get_employer(self.db, trajectory.employer_id)
        if employer is not None and employer.school_id != trajectory.school_id:
            people_store.update_employer(self.db, replace(employer, school_id=trajectory.school_id))

    def _trainer(self, person_id: str) -> Person:
        person = self._people.person(person_id)
        if person.role is not Role.TRAINER:
            raise InvalidInput(f"{person.name} is geen praktijkopleider.")
        return person

    def _jobcoach(self, person_id: str | None) -> str | None:
        if not person_id:
            return None
        person = self._people.person(person_id)
        if person.role is not Role.JOBCOACH:
            raise InvalidInput(f"{person.name} is geen jobcoach.")
        return person.id

    @staticmethod
    def _chosen(guide: Guide, codes: list[str] | None) -> tuple[str, ...]:
        all_codes = [wp.code for wp in guide.work_processes()]
        if codes is None:
            return tuple(all_codes)
        wanted = [c.strip() for c in codes if c and c.strip()]
        unknown = [c for c in wanted if c not in all_codes]
        if unknown:
            raise InvalidInput(
                f"Deze werkprocessen staan niet in '{guide.title}': {', '.join(unknown)}."
            )
        if not wanted:
            raise InvalidInput("Kies minstens één werkproces om te leren.")
        return tuple(c for c in all_codes if c in wanted)

    def _birth_date(self, text: str | None) -> str | None:
        value = parse_date(text, "De geboortedatum")
        if value and value > self.today():
            raise InvalidInput("De geboortedatum ligt in de toekomst.")
        return value

    @staticmethod
    def _check_period(start: str, end: str | None) -> None:
        if end and end < start:
            raise InvalidInput("De einddatum ligt vóór de startdatum.")
