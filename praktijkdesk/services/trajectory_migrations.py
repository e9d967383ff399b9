"""Moving a trajectory to another version of its guide (*overstap*): plan, apply, undo.

The plan is domain/migration.py (pure). Applying it is one transaction: a Migration event
and the trajectory's new guide version. No mark or conclusion is changed or removed: marks
follow behaviour ids. Undo writes an undo event that moves the trajectory back (the same
Ctrl+Z as for marks: MarkingService.undo_last finds the move when it is this person's latest
action on this device).

Local to this device (docs/own-version.md): a bundle never changes a trajectory's guide version
(issue #13), so another device keeps the old version until the move is made there too.
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from praktijkdesk.domain.guide import Guide
from praktijkdesk.domain.mark import MarkStatus, concluded_mastered
from praktijkdesk.domain.migration import (
    EARLIER_VERSION,
    Migration,
    MigrationPlan,
    plan_migration,
    related,
)
from praktijkdesk.domain.people import judges_for
from praktijkdesk.domain.trajectory import Trajectory, TrajectoryStatus
from praktijkdesk.errors import InvalidInput, NotFound
from praktijkdesk.services.base import DeviceIdProvider, Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.services.demo import DEMO_DEVICE
from praktijkdesk.storage import guides as guide_store
from praktijkdesk.storage import marks as mark_store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage import trajectories as trajectory_store
from praktijkdesk.storage import trajectory_migrations as store

if TYPE_CHECKING:
    from praktijkdesk.services.guides import GuideService
    from praktijkdesk.storage.database import Database

SHARED = (
    "Dit traject wordt ook op een ander apparaat bijgehouden. Een overstap gaat nog niet mee "
    "met het uitwisselen; dan zouden de apparaten elkaars bestanden weigeren. Daarom kan dit "
    "traject (nog) niet overstappen. Begin zo nodig een nieuw traject met de nieuwe versie."
)


@dataclass(frozen=True)
class EarlierMark:
    """A mark on a behaviour the trajectory's current version no longer has."""

    behaviour_id: str
    text: str
    status: MarkStatus
    at: str
    label: str = EARLIER_VERSION


def undo_event(
    db: Database, event: Migration, person_id: str, at: str, device_id: str
) -> Migration:
    """The event that undoes ``event`` (moves back), for this service and for Ctrl+Z
    (MarkingService.undo_last). The caller stores it with storage.trajectory_migrations."""
    if store.later_migration_exists(db, event):
        raise InvalidInput(
            "Dit traject is daarna nog een keer overgestapt. Maak eerst die overstap ongedaan."
        )
    return Migration(
        uuid=str(uuid_module.uuid4()),
        trajectory_id=event.trajectory_id,
        from_key=event.to_key,
        to_key=event.from_key,
        person_id=person_id,
        at=at,
        device_id=device_id,
        undoes=event.uuid,
    )


class MigrationService(Service):
    def __init__(self, *, device_id: DeviceIdProvider, guides: GuideService, **basics) -> None:
        super().__init__(**basics)
        self._device_id = device_id
        self.guides = guides  # the GuideService

    def trajectory(self, id_or_prefix: str) -> Trajectory:
        text = str(id_or_prefix).strip()
        found = trajectory_store.get_trajectory(self.db, text) if text else None
        if found is None and len(text) >= 4:
            matches = trajectory_store.trajectory_ids_with_prefix(self.db, text)
            if len(matches) > 1:
                raise InvalidInput(f"'{text}' past bij meer dan één traject; geef meer tekens.")
            if matches:
                found = trajectory_store.get_trajectory(self.db, matches[0])
        if found is None:
            raise NotFound(f"Traject '{text}' bestaat niet.")
        return found

    def targets(self, trajectory_id: str) -> list[Guide]:
        """The versions this trajectory may move to: other versions of its school guide and
        its employer's own versions of it (newest first)."""
        trajectory = self.trajectory(trajectory_id)
        current = self.guides.get(trajectory.guide_key)
        found = []
        for stored in guide_store.list_stored_guides(self.db):
            if stored.key == current.key:
                continue
            guide = self.guides.get(stored.key)
            if related(current, guide, trajectory.employer_id) is None:
                found.append((stored.imported_at, guide))
        return [g for _, g in sorted(found, key=lambda item: item[0], reverse=True)]

    def plan(self, trajectory_id: str, to_key: str) -> MigrationPlan:
        """What the move would do; changes nothing."""
        trajectory = self.trajectory(trajectory_id)
        return self._plan(trajectory, self._target(trajectory, to_key))

    def apply(self, trajectory_id: str, to_key: str, person_id: str) -> MigrationPlan:
        """Move the trajectory (one transaction) after the trainer confirmed the plan."""
        trajectory = self.trajectory(trajectory_id)
        if trajectory.status is not TrajectoryStatus.ACTIVE:
            raise InvalidInput("Dit traject is afgesloten. Open het opnieuw om over te stappen.")
        person = people_store.get_person(self.db, person_id)
        if person is None:
            raise NotFound(f"Persoon {person_id} bestaat niet.")
        if not judges_for(person, trajectory.employer_id):
            raise InvalidInput(
                "Alleen een praktijkopleider van het leerbedrijf van dit traject kan overstappen "
                "naar een andere versie van het begeleidingsdocument."
            )
        target = self._target(trajectory, to_key)
        plan = self._plan(trajectory, target)
        if not plan.possible:
            raise InvalidInput(" ".join(plan.problems))
        event = Migration(
            uuid=str(uuid_module.uuid4()),
            trajectory_id=trajectory.id,
            from_key=trajectory.guide_key,
            to_key=target.key,
            person_id=person.id,
            at=self.now(),
            device_id=self._device_id(),
        )
        with self.action(
            Changes(trajectories=True, marks=True, trajectory_ids=frozenset([trajectory.id]))
        ):
            store.append_migration(self.db, event)
        return plan

    def shared(self, trajectory_id: str) -> bool:
        """Is the trajectory kept on another device too? Then it cannot move (yet)."""
        return store.known_elsewhere(
            self.db, self.trajectory(trajectory_id).id, (self._device_id(), DEMO_DEVICE)
        )

    def undo(self, event: Migration, person_id: str) -> Migration:
        """Move back: an undo event naming ``event``. Refused when the trajectory moved again
        after it (undo that later move first)."""
        undo = undo_event(self.db, event, person_id, self.now(), self._device_id())
        with self.action(
            Changes(trajectories=True, marks=True, trajectory_ids=frozenset([event.trajectory_id]))
        ):
            store.append_migration(self.db, undo)
        return undo

    def last_undoable(self, person_id: str, trajectory_id: str | None = None) -> Migration | None:
        return store.last_migration_by(
            self.db, person_id, self._device_id(), trajectory_id=trajectory_id
        )

    def history(self, trajectory_id: str) -> list[Migration]:
        return store.migrations_of(self.db, self.trajectory(trajectory_id).id)

    def earlier_marks(self, trajectory_id: str) -> list[EarlierMark]:
        """Current marks on behaviours the trajectory's version no longer shows: kept in the
        history, shown as "uit een vorige versie", not counted for progress."""
        trajectory = self.trajectory(trajectory_id)
        guide = self.guides.get(trajectory.guide_key)
        shown = {b.id for b in guide.behaviours()}
        marks = mark_store.current_marks_of(self.db, trajectory.id)
        texts = {}
        for key in store.guide_keys_used_by(self.db, trajectory.id):
            earlier = self.guides.get(key)
            texts.update({b.id: b.text for b in earlier.behaviours()})
            if earlier.variant:
                texts.update({h.id: h.text for h in earlier.variant.hidden})
        if guide.variant:  # hidden in this version: the text is kept with it
            texts.update({h.id: h.text for h in guide.variant.hidden})
        return [
            EarlierMark(behaviour_id, texts.get(behaviour_id, behaviour_id), mark.status, mark.at)
            for behaviour_id, mark in sorted(marks.items())
            if behaviour_id not in shown and mark.status is not None
        ]

    # Helpers -----------------------------------------------------------------------------
    def _target(self, trajectory: Trajectory, to_key: str) -> Guide:
        target = self.guides.latest(to_key)
        current = self.guides.get(trajectory.guide_key)
        why_not = related(current, target, trajectory.employer_id)
        if why_not:
            raise InvalidInput(why_not)
        return target

    def _plan(self, trajectory: Trajectory, target: Guide) -> MigrationPlan:
        current = self.guides.get(trajectory.guide_key)
        marks = mark_store.current_marks_of(self.db, trajectory.id)
        statuses = {b: m.status for b, m in marks.items() if m.status is not None}
        concluded = {
            code
            for (_, code) in concluded_mastered(mark_store.conclusions_of(self.db, trajectory.id))
        }
        plan = plan_migration(current, target, trajectory.work_processes, statuses, concluded)
        if store.known_elsewhere(self.db, trajectory.id, (self._device_id(), DEMO_DEVICE)):
            plan = replace(plan, problems=(*plan.problems, SHARED))
        return plan
