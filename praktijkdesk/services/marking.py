"""Marking behaviours, concluding work processes, undo, and the checklist of one work process."""

from __future__ import annotations

import unicodedata
import uuid as uuid_module
from dataclasses import dataclass

from praktijkdesk.domain.guide import Behaviour, CoreTask, WorkProcess
from praktijkdesk.domain.mark import Conclusion, ConclusionValue, Mark, MarkStatus
from praktijkdesk.domain.names import normalise
from praktijkdesk.domain.people import JUDGES_ONLY, Person, Role, judges_for
from praktijkdesk.domain.progress import (
    MIN_REASON_LENGTH,
    WorkProcessProgress,
    needs_reason,
    work_process_progress,
)
from praktijkdesk.domain.trajectory import Trajectory, TrajectoryStatus
from praktijkdesk.errors import InvalidInput, NotFound
from praktijkdesk.services.base import Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import marks as store
from praktijkdesk.storage import people as people_store

MAX_NOTE = 500


@dataclass(frozen=True)
class ChecklistItem:
    behaviour: Behaviour
    mark: Mark | None  # the current mark, or None when not looked at yet
    marked_by: str  # the name of who made the current mark, or ""


@dataclass(frozen=True)
class Checklist:
    trajectory_id: str
    core_task: CoreTask
    work_process: WorkProcess
    items: tuple[ChecklistItem, ...]
    progress: WorkProcessProgress
    position: int  # index of this work process among the chosen ones
    count: int  # how many chosen work processes there are


@dataclass(frozen=True)
class Undone:
    """What an undo took back, for the message "… is ongedaan gemaakt"."""

    trajectory_id: str
    kind: str  # "mark" or "conclusion"
    target: str  # behaviour id or work process code
    event_uuid: str


def clean_note(text: str | None, what: str = "De notitie") -> str:
    note = normalise((text or "").replace("\n", " "))
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"{what} is te lang (meer dan {MAX_NOTE} tekens).")
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in note):
        raise InvalidInput(f"{what} bevat onzichtbare of ongeldige tekens.")
    return note


class MarkingService(Service):
    def record_mark(
        self,
        trajectory_id: str,
        behaviour_id: str,
        status: MarkStatus | str,
        person_id: str,
        note: str | None = None,
    ) -> Mark:
        """One tap: the mark is committed before this returns."""
        trajectory = self._open_trajectory(trajectory_id)
        self._chosen_work_process_of(trajectory, behaviour_id)
        person = self.desk.people.person(person_id)
        try:
            status = MarkStatus(status)
        except ValueError:
            raise InvalidInput(
                f"Onbekende stand '{status}'. Kies not_yet, practising of mastered."
            ) from None
        mark = Mark(
            uuid=str(uuid_module.uuid4()),
            trajectory_id=trajectory.id,
            behaviour_id=behaviour_id,
            status=status,
            person_id=person.id,
            at=self.now(),
            device_id=self.desk.device_id,
            note=clean_note(note),
        )
        with self.action(Changes(marks=True, trajectory_ids=frozenset([trajectory.id]))):
            mark = store.stamped(self.db, mark)  # the clock stamp: after all this device saw
            store.append_mark(self.db, mark)
        return mark

    def conclude(
        self, trajectory_id: str, work_process_code: str, person_id: str, reason: str | None = None
    ) -> Conclusion:
        """The trainer concludes: this work process is mastered. Early needs a short reason."""
        trajectory = self._open_trajectory(trajectory_id)
        person = self._trainer(person_id, trajectory)
        progress = self.checklist(trajectory.id, work_process_code).progress
        if progress.concluded:
            return progress.conclusion
        reason = clean_note(reason, "De reden")
        if needs_reason(progress) and len(reason) < MIN_REASON_LENGTH:
            raise InvalidInput(
                "Nog niet alle gedragsvoorbeelden staan op Beheerst. "
                "Schrijf kort waarom dit werkproces toch beheerst is."
            )
        return self._append_conclusion(trajectory, work_process_code, ConclusionValue.MASTERED,
                                       person, reason)

    def revoke_conclusion(
        self, trajectory_id: str, work_process_code: str, person_id: str, reason: str | None = None
    ) -> Conclusion:
        trajectory = self._open_trajectory(trajectory_id)
        person = self._trainer(person_id, trajectory)
        progress = self.checklist(trajectory.id, work_process_code).progress
        if not progress.concluded:
            raise InvalidInput("Dit werkproces is nog niet afgerond als beheerst.")
        return self._append_conclusion(trajectory, work_process_code, ConclusionValue.REVOKED,
                                       person, clean_note(reason, "De reden"))

    def _append_conclusion(self, trajectory, code, value, person, reason) -> Conclusion:
        event = Conclusion(
            uuid=str(uuid_module.uuid4()),
            trajectory_id=trajectory.id,
            work_process_code=code,
            value=value,
            person_id=person.id,
            at=self.now(),
            device_id=self.desk.device_id,
            reason=reason,
        )
        with self.action(Changes(marks=True, trajectory_ids=frozenset([trajectory.id]))):
            event = store.stamped(self.db, event)
            store.append_conclusion(self.db, event)
        return event

    def last_undoable(self, person_id: str) -> Mark | Conclusion | None:
        """This person's latest action on this device that undo would take back."""
        mark = store.last_mark_by(self.db, person_id, self.desk.device_id)
        conclusion = store.last_conclusion_by(self.db, person_id, self.desk.device_id)
        candidates = [e for e in (mark, conclusion) if e is not None]
        # On a tie a conclusion is the later action: it follows the mark that made it possible.
        # The clock stamp, not the wall clock: a clock put right does not reorder what was done.
        return max(candidates, key=lambda e: (e.order_key[0], isinstance(e, Conclusion))) if candidates else None

    def undo_last(self, person_id: str) -> Undone | None:
        """Undo writes a compensating event: history keeps both, the state goes back."""
        target = self.last_undoable(person_id)
        if target is None:
            return None
        changes = Changes(marks=True, trajectory_ids=frozenset([target.trajectory_id]))
        event_uuid = str(uuid_module.uuid4())
        common = dict(
            uuid=event_uuid, trajectory_id=target.trajectory_id, person_id=person_id,
            at=self.now(), device_id=self.desk.device_id, undoes=target.uuid,
        )
        with self.action(changes):
            if isinstance(target, Mark):
                store.append_mark(self.db, Mark(behaviour_id=target.behaviour_id, status=None, **common))
            else:
                store.append_conclusion(
                    self.db, Conclusion(work_process_code=target.work_process_code, value=None, **common)
                )
        if isinstance(target, Mark):
            return Undone(target.trajectory_id, "mark", target.behaviour_id, event_uuid)
        return Undone(target.trajectory_id, "conclusion", target.work_process_code, event_uuid)

    def checklist(self, trajectory_id: str, work_process_code: str | None = None) -> Checklist:
        """One work process's behaviours with their current marks (the first chosen if None)."""
        trajectory = self.desk.trajectories.resolve(trajectory_id)
        guide = self.desk.guides.get(trajectory.guide_key)
        chosen = list(trajectory.work_processes)
        code = work_process_code or chosen[0]
        wp = guide.work_process(code)
        if wp is None:
            raise NotFound(f"Werkproces {code} staat niet in '{guide.title}'.")
        marks = store.current_marks_of(self.db, trajectory.id)
        names = self._names({m.person_id for m in marks.values()})
        conclusion = self.desk.trajectories.mastered_conclusions(trajectory.id).get(code)
        items = tuple(
            ChecklistItem(b, marks.get(b.id), names.get(marks[b.id].person_id, "") if b.id in marks else "")
            for b in wp.behaviours
        )
        return Checklist(
            trajectory_id=trajectory.id,
            core_task=guide.core_task_of(code),
            work_process=wp,
            items=items,
            progress=work_process_progress(guide, wp, marks, conclusion, code in chosen),
            position=chosen.index(code) if code in chosen else -1,
            count=len(chosen),
        )

    def history(self, trajectory_id: str, behaviour_id: str) -> list[Mark]:
        trajectory = self.desk.trajectories.resolve(trajectory_id)
        return store.behaviour_history(self.db, trajectory.id, behaviour_id, include_undone=True)

    # Checks ------------------------------------------------------------------------------
    def _names(self, person_ids: set[str]) -> dict[str, str]:
        return people_store.names_of(self.db, sorted(person_ids))

    def _open_trajectory(self, trajectory_id: str) -> Trajectory:
        trajectory = self.desk.trajectories.resolve(trajectory_id)
        if trajectory.status is not TrajectoryStatus.ACTIVE:
            raise InvalidInput("Dit traject is afgesloten. Open het opnieuw om verder te gaan.")
        return trajectory

    def _chosen_work_process_of(self, trajectory: Trajectory, behaviour_id: str) -> WorkProcess:
        guide = self.desk.guides.get(trajectory.guide_key)
        wp = guide.work_process_of(behaviour_id)
        if wp is None:
            raise NotFound(f"Gedragsvoorbeeld {behaviour_id} staat niet in '{guide.title}'.")
        if wp.code not in trajectory.work_processes:
            raise InvalidInput(f"Werkproces {wp.code} is niet gekozen in dit traject.")
        return wp

    def _trainer(self, person_id: str, trajectory: Trajectory | None = None) -> Person:
        person = self.desk.people.person(person_id)
        if person.role is not Role.TRAINER:
            raise InvalidInput("Alleen een praktijkopleider kan een werkproces afronden.")
        if trajectory is not None and not judges_for(person, trajectory.employer_id):
            raise InvalidInput(JUDGES_ONLY)
        return person
