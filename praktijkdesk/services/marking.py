"""Marking behaviours, concluding work processes, undo, and the checklist of one work process."""

from __future__ import annotations

import unicodedata
import uuid as uuid_module
from dataclasses import dataclass
from typing import TYPE_CHECKING

from praktijkdesk.domain.guide import Behaviour, CoreTask, Guide, WorkProcess
from praktijkdesk.domain.mark import (
    MAX_NOTE,
    Conclusion,
    ConclusionValue,
    Mark,
    MarkStatus,
    parse_status,
    too_long_message,
)
from praktijkdesk.domain.migration import Migration
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
from praktijkdesk.services.base import DeviceIdProvider, Notifier, Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.services.trajectory_migrations import undo_event as migration_undo_event
from praktijkdesk.storage import declarations as declaration_store
from praktijkdesk.storage import marks as store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage import trajectory_migrations as migration_store

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.services.declarations import DeclarationService
    from praktijkdesk.services.exchange import Conflict, ExchangeService
    from praktijkdesk.services.guides import GuideService
    from praktijkdesk.services.people import PeopleService
    from praktijkdesk.services.trajectories import TrajectoryService
    from praktijkdesk.storage.database import Database

__all__ = ["MAX_NOTE", "Checklist", "ChecklistItem", "MarkingService", "UndoPreview", "clean_note"]


@dataclass(frozen=True)
class ChecklistItem:
    behaviour: Behaviour
    mark: Mark | None  # the current mark, or None when not looked at yet
    marked_by: str  # the name of who made the current mark, or ""
    conflict: Conflict | None = None  # two devices set this differently (a new mark settles it)


@dataclass(frozen=True)
class UndoPreview:
    """What "Ongedaan maken" would take back now (this person, this device, this checklist)."""

    kind: str  # "mark" or "conclusion"
    target: str  # behaviour id or work process code
    status: MarkStatus | None = None  # the status the mark has that would be undone
    text: str = ""  # the behaviour's text, or the work process's title

    def describe(self) -> str:
        """ "Zet Beheerst bij 'Begroet gasten' terug." (Dutch, for the undo button)."""
        if self.kind == "conclusion":
            return f"Draait de afronding van {self.target} '{self.text}' terug."
        return f"Zet {_status_word(self.status)} bij '{self.text}' terug."


@dataclass(frozen=True)
class Checklist:
    """Everything the checklist screen shows for one work process, from one call
    (``marking.checklist(trajectory, work_process, person)``): the screen holds no rules."""

    trajectory_id: str
    core_task: CoreTask
    work_process: WorkProcess
    items: tuple[ChecklistItem, ...]
    progress: WorkProcessProgress
    position: int  # index of this work process among the chosen ones
    count: int  # how many chosen work processes there are
    codes: tuple[str, ...] = ()  # the chosen work processes, in order (previous / next)
    candidate_name: str = ""
    person_id: str | None = None  # who the view is for (None: nobody chosen yet)
    editable: bool = False  # the trajectory is open: marks and notes can be made
    can_conclude: bool = False  # this person may conclude here (the trainer who judges)
    offer_conclusion: bool = False  # all Beheerst, not concluded: "Dit werkproces beheerst"
    offer_early: bool = False  # not all Beheerst, not concluded: "Werkproces afronden"
    can_revoke: bool = False  # concluded, and this person may take it back
    can_declare: bool = False  # concluded, not yet on the current declaration, may declare
    concluded_by: str = ""  # the name on the conclusion ("" when unknown here)
    undo: UndoPreview | None = None  # what undo would take back, None when nothing
    note_limit: int = MAX_NOTE  # characters a note (or reason) may have after tidying

    @property
    def can_undo(self) -> bool:
        return self.undo is not None


@dataclass(frozen=True)
class Undone:
    """What an undo took back, for the message "… is ongedaan gemaakt"."""

    trajectory_id: str
    kind: str  # "mark", "conclusion" or "migration" (an overstap)
    target: str  # behaviour id, work process code, or the guide version moved back to
    event_uuid: str
    status: MarkStatus | None = None  # the status the undone mark had
    text: str = ""  # the behaviour's text, or the work process's title

    def message(self) -> str:
        """ "Beheerst bij 'Begroet gasten' is teruggezet." (Dutch, for toasts and the CLI)."""
        if self.kind == "migration":
            return f"De overstap is teruggedraaid: het traject gebruikt weer {self.text}."
        if self.kind == "conclusion":
            return f"De afronding van {self.target} '{self.text}' is teruggedraaid."
        return f"{_status_word(self.status)} bij '{self.text}' is teruggezet."


def _status_word(status: MarkStatus | None) -> str:
    return {
        MarkStatus.NOT_YET: "Nog niet",
        MarkStatus.PRACTISING: "Oefent",
        MarkStatus.MASTERED: "Beheerst",
    }.get(status, "De beoordeling")


def clean_note(text: str | None, what: str = "De notitie") -> str:
    note = normalise((text or "").replace("\n", " "))
    if len(note) > MAX_NOTE:
        raise InvalidInput(too_long_message(what))
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in note):
        raise InvalidInput(f"{what} bevat onzichtbare of ongeldige tekens.")
    return note


class MarkingService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        device_id: DeviceIdProvider,
        people: PeopleService,
        guides: GuideService,
        trajectories: TrajectoryService,
        declarations: DeclarationService,
        exchange: ExchangeService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._device_id = device_id
        self._people = people
        self._guides = guides
        self._trajectories = trajectories
        self._declarations = declarations
        self._exchange = exchange

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
        person = self._people.person(person_id)
        try:
            status = parse_status(status)
        except ValueError:
            raise InvalidInput(
                f"Onbekende stand '{status}'. Kies nog-niet, oefent of beheerst "
                "(of not_yet, practising, mastered)."
            ) from None
        if note is None:
            # Settling a conflict keeps the note one side wrote (issue #20).
            from praktijkdesk.storage.scope import conflict_note

            note = conflict_note(self.db, trajectory.id, behaviour_id) or None
        mark = Mark(
            uuid=str(uuid_module.uuid4()),
            trajectory_id=trajectory.id,
            behaviour_id=behaviour_id,
            status=status,
            person_id=person.id,
            at=self.now(),
            device_id=self._device_id(),
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
        progress = self._progress(trajectory, work_process_code)
        if progress.concluded:
            return progress.conclusion
        reason = clean_note(reason, "De reden")
        if needs_reason(progress) and len(reason) < MIN_REASON_LENGTH:
            raise InvalidInput(
                "Nog niet alle gedragsvoorbeelden staan op Beheerst. "
                "Schrijf kort waarom dit werkproces toch beheerst is."
            )
        return self._append_conclusion(
            trajectory, work_process_code, ConclusionValue.MASTERED, person, reason
        )

    def revoke_conclusion(
        self, trajectory_id: str, work_process_code: str, person_id: str, reason: str | None = None
    ) -> Conclusion:
        trajectory = self._open_trajectory(trajectory_id)
        person = self._trainer(person_id, trajectory)
        progress = self._progress(trajectory, work_process_code)
        if not progress.concluded:
            raise InvalidInput("Dit werkproces is nog niet afgerond als beheerst.")
        self._refuse_if_declared(trajectory.id, work_process_code)
        return self._append_conclusion(
            trajectory,
            work_process_code,
            ConclusionValue.REVOKED,
            person,
            clean_note(reason, "De reden"),
        )

    def _append_conclusion(self, trajectory, code, value, person, reason) -> Conclusion:
        event = Conclusion(
            uuid=str(uuid_module.uuid4()),
            trajectory_id=trajectory.id,
            work_process_code=code,
            value=value,
            person_id=person.id,
            at=self.now(),
            device_id=self._device_id(),
            reason=reason,
        )
        with self.action(Changes(marks=True, trajectory_ids=frozenset([trajectory.id]))):
            event = store.stamped(self.db, event)
            store.append_conclusion(self.db, event)
        return event

    def _refuse_if_declared(self, trajectory_id: str, work_process_code: str) -> None:
        """A conclusion that an issued declaration lists stays until that one is withdrawn."""
        for declaration in self._declarations.history(trajectory_id):
            if (
                not declaration.withdrawn
                and work_process_code in declaration.snapshot.work_process_codes()
            ):
                raise InvalidInput(
                    f"Werkproces {work_process_code} staat op praktijkverklaring "
                    f"{declaration.number}. Trek die verklaring eerst in (bij Verklaring maken); "
                    "daarna kunt u de afronding terugdraaien."
                )

    def last_undoable(
        self, person_id: str, trajectory_id: str | None = None, work_process_code: str | None = None
    ) -> Mark | Conclusion | None:
        """This person's latest action on this device that undo would take back; only on
        one trajectory (and one of its work processes) when given, as on a checklist."""
        behaviour_ids = None
        if trajectory_id is not None:
            trajectory = self._trajectories.resolve(trajectory_id)
            trajectory_id = trajectory.id
            if work_process_code is not None:
                wp = self._guides.get(trajectory.guide_key).work_process(work_process_code)
                behaviour_ids = [b.id for b in wp.behaviours] if wp is not None else []
        mark = store.last_mark_by(
            self.db,
            person_id,
            self._device_id(),
            trajectory_id=trajectory_id,
            behaviour_ids=behaviour_ids,
        )
        conclusion = store.last_conclusion_by(
            self.db,
            person_id,
            self._device_id(),
            trajectory_id=trajectory_id,
            work_process_code=work_process_code,
        )
        # A move to another guide version (overstap) is undone the same way; not from inside
        # one work process's checklist, where only what was done there is undone.
        migration = (
            migration_store.last_migration_by(
                self.db,
                person_id,
                self._device_id(),
                trajectory_id=trajectory_id,
            )
            if work_process_code is None
            else None
        )
        candidates = [e for e in (mark, conclusion, migration) if e is not None]
        # On a tie a conclusion is the later action: it follows the mark that made it possible.
        # The clock stamp, not the wall clock: a clock put right does not reorder what was done.
        return (
            max(candidates, key=lambda e: (e.order_key[0], isinstance(e, Conclusion)))
            if candidates
            else None
        )

    def undo_last(
        self, person_id: str, trajectory_id: str | None = None, work_process_code: str | None = None
    ) -> Undone | None:
        """Undo writes a compensating event: history keeps both, the state goes back.
        With a trajectory and work process, only an action there is undone (a checklist)."""
        target = self.last_undoable(person_id, trajectory_id, work_process_code)
        if target is None:
            return None
        if isinstance(target, Conclusion) and target.value is ConclusionValue.MASTERED:
            self._refuse_if_declared(target.trajectory_id, target.work_process_code)
        if isinstance(target, Migration):
            undo = migration_undo_event(self.db, target, person_id, self.now(), self._device_id())
            with self.action(
                Changes(
                    marks=True, trajectories=True, trajectory_ids=frozenset([target.trajectory_id])
                )
            ):
                migration_store.append_migration(self.db, undo)
            back = self._guides.get(target.from_key)
            return Undone(
                target.trajectory_id,
                "migration",
                target.from_key,
                undo.uuid,
                None,
                f"versie {back.version} van '{back.title}'",
            )
        changes = Changes(marks=True, trajectory_ids=frozenset([target.trajectory_id]))
        event_uuid = str(uuid_module.uuid4())
        common = dict(
            uuid=event_uuid,
            trajectory_id=target.trajectory_id,
            person_id=person_id,
            at=self.now(),
            device_id=self._device_id(),
            undoes=target.uuid,
        )
        with self.action(changes):
            if isinstance(target, Mark):
                store.append_mark(
                    self.db, Mark(behaviour_id=target.behaviour_id, status=None, **common)
                )
            else:
                store.append_conclusion(
                    self.db,
                    Conclusion(work_process_code=target.work_process_code, value=None, **common),
                )
        guide = self._guides.get(self._trajectories.resolve(target.trajectory_id).guide_key)
        preview = self._undo_preview(target, guide)
        return Undone(
            target.trajectory_id,
            preview.kind,
            preview.target,
            event_uuid,
            preview.status,
            preview.text,
        )

    def checklist(
        self, trajectory_id: str, work_process_code: str | None = None, person_id: str | None = None
    ) -> Checklist:
        """One work process (the first chosen if None) as the checklist screen shows it to
        ``person_id``: behaviours with marks, names and conflicts, and what this person may do
        (conclude, take back, declare, undo). The rules live here, not in the screen.

        Reads this work process's events only: its current marks, its conflicts (the marks of
        its behaviours with their parents), the trajectory's conclusions and declarations."""
        trajectory = self._trajectories.resolve(trajectory_id)
        guide = self._guides.get(trajectory.guide_key)
        chosen = list(trajectory.work_processes)
        code = work_process_code or chosen[0]
        wp = guide.work_process(code)
        if wp is None:
            raise NotFound(f"Werkproces {code} staat niet in '{guide.title}'.")
        behaviour_ids = [b.id for b in wp.behaviours]
        marks = store.current_marks_of(self.db, trajectory.id, behaviour_ids)
        conflicts = {
            c.behaviour_id: c
            for c in self._exchange.conflicts(trajectory.id, behaviour_ids=behaviour_ids)
        }
        conclusion = self._trajectories.mastered_conclusions(trajectory.id).get(code)
        ids = {m.person_id for m in marks.values()}
        if conclusion is not None:
            ids.add(conclusion.person_id)
        names = self._names(ids)
        items = tuple(
            ChecklistItem(
                b,
                marks.get(b.id),
                names.get(marks[b.id].person_id, "") if b.id in marks else "",
                conflicts.get(b.id),
            )
            for b in wp.behaviours
        )
        progress = work_process_progress(guide, wp, marks, conclusion, code in chosen)
        person = None
        if person_id is not None:
            try:
                person = self._people.person(person_id)
            except NotFound:  # erased or not here (yet): a view for nobody
                person = None
        editable = trajectory.status is TrajectoryStatus.ACTIVE
        judges = (
            person is not None
            and person.role is Role.TRAINER
            and judges_for(person, trajectory.employer_id)
        )
        concluded = progress.concluded
        declared: tuple[str, ...] = ()
        if concluded:
            declared = declaration_store.current_declared(self.db, [trajectory.id]).get(
                trajectory.id, ((), None)
            )[0]
        undo = None
        if person is not None:
            undo = self._undo_preview(self.last_undoable(person.id, trajectory.id, code), guide)
        return Checklist(
            trajectory_id=trajectory.id,
            core_task=guide.core_task_of(code),
            work_process=wp,
            items=items,
            progress=progress,
            position=chosen.index(code) if code in chosen else -1,
            count=len(chosen),
            codes=tuple(chosen),
            candidate_name=people_store.get_candidate(self.db, trajectory.candidate_id).name,
            person_id=person.id if person is not None else None,
            editable=editable,
            can_conclude=editable and judges,
            offer_conclusion=editable and progress.ready_for_conclusion and not concluded,
            offer_early=(
                editable and not concluded and not progress.ready_for_conclusion and progress.chosen
            ),
            can_revoke=editable and judges and concluded,
            can_declare=editable and judges and concluded and code not in declared,
            concluded_by=names.get(conclusion.person_id, "") if conclusion else "",
            undo=undo,
        )

    def _progress(self, trajectory: Trajectory, code: str) -> WorkProcessProgress:
        guide = self._guides.get(trajectory.guide_key)
        wp = guide.work_process(code)
        if wp is None:
            raise NotFound(f"Werkproces {code} staat niet in '{guide.title}'.")
        marks = store.current_marks_of(self.db, trajectory.id, [b.id for b in wp.behaviours])
        conclusion = self._trajectories.mastered_conclusions(trajectory.id).get(code)
        return work_process_progress(
            guide, wp, marks, conclusion, code in trajectory.work_processes
        )

    @staticmethod
    def _undo_preview(target: Mark | Conclusion | None, guide: Guide) -> UndoPreview | None:
        if target is None:
            return None
        if isinstance(target, Mark):
            owner = guide.work_process_of(target.behaviour_id)
            behaviour = (
                next((b for b in owner.behaviours if b.id == target.behaviour_id), None)
                if owner
                else None
            )
            return UndoPreview(
                "mark",
                target.behaviour_id,
                target.status,
                behaviour.text if behaviour else target.behaviour_id,
            )
        wp = guide.work_process(target.work_process_code)
        return UndoPreview("conclusion", target.work_process_code, None, wp.title if wp else "")

    def history(self, trajectory_id: str, behaviour_id: str) -> list[Mark]:
        trajectory = self._trajectories.resolve(trajectory_id)
        return store.behaviour_history(self.db, trajectory.id, behaviour_id, include_undone=True)

    # Checks ------------------------------------------------------------------------------
    def _names(self, person_ids: set[str]) -> dict[str, str]:
        return people_store.names_of(self.db, sorted(person_ids))

    def _open_trajectory(self, trajectory_id: str) -> Trajectory:
        trajectory = self._trajectories.resolve(trajectory_id)
        if trajectory.status is not TrajectoryStatus.ACTIVE:
            raise InvalidInput("Dit traject is afgesloten. Open het opnieuw om verder te gaan.")
        return trajectory

    def _chosen_work_process_of(self, trajectory: Trajectory, behaviour_id: str) -> WorkProcess:
        guide = self._guides.get(trajectory.guide_key)
        wp = guide.work_process_of(behaviour_id)
        if wp is None:
            raise NotFound(f"Gedragsvoorbeeld {behaviour_id} staat niet in '{guide.title}'.")
        if wp.code not in trajectory.work_processes:
            raise InvalidInput(f"Werkproces {wp.code} is niet gekozen in dit traject.")
        return wp

    def _trainer(self, person_id: str, trajectory: Trajectory | None = None) -> Person:
        person = self._people.person(person_id)
        if person.role is not Role.TRAINER:
            raise InvalidInput("Alleen een praktijkopleider kan een werkproces afronden.")
        if trajectory is not None and not judges_for(person, trajectory.employer_id):
            raise InvalidInput(JUDGES_ONLY)
        return person
