"""The candidate's own screen (kandidaatscherm, issue #16): what they see, "Dit kan ik", and
the card to take home (*Wat ik al kan*).

Everything here is read-only towards the trainer's data: the one write is a SelfView event in
its own table, which no progress, conclusion or declaration reads.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.self_view import SelfView, current_self_views, first_name
from praktijkdesk.domain.trajectory import Trajectory, TrajectoryStatus
from praktijkdesk.errors import InvalidInput, NotFound
from praktijkdesk.guides.bundled import bundled_guides
from praktijkdesk.services.base import DeviceIdProvider, Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import marks as mark_store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage import self_views as store

if TYPE_CHECKING:
    from praktijkdesk.services.guides import GuideService
    from praktijkdesk.services.trajectories import TrajectoryService

STARS = 5  # progress grows as stars: never red, never "nog niet"


@dataclass(frozen=True)
class CandidateBehaviour:
    id: str
    text: str
    picture: str
    mastered: bool  # the trainer's judgement *Beheerst* (shown with a check)
    self_view: bool  # the candidate said "Dit kan ik"


@dataclass(frozen=True)
class CandidateCard:
    code: str
    title: str  # the plain title (short title when the guide has one)
    picture: str
    behaviours: tuple[CandidateBehaviour, ...]
    concluded: bool

    @property
    def mastered(self) -> int:
        return sum(1 for b in self.behaviours if b.mastered)

    @property
    def total(self) -> int:
        return len(self.behaviours)

    @property
    def stars(self) -> int:
        """How many of the STARS shine: all when concluded, else the mastered share, and at
        least one as soon as anything is mastered (a first success shows)."""
        if self.concluded or (self.total and self.mastered == self.total):
            return STARS
        if not self.mastered:
            return 0
        return max(1, min(STARS - 1, round(STARS * self.mastered / self.total)))


@dataclass(frozen=True)
class CandidateView:
    trajectory_id: str
    name: str
    first_name: str
    cards: tuple[CandidateCard, ...]
    active: bool  # "Dit kan ik" can be said (not on a closed trajectory)

    @property
    def mastered(self) -> tuple[CandidateBehaviour, ...]:
        return tuple(b for card in self.cards for b in card.behaviours if b.mastered)


class CandidateViewService(Service):
    """Takes its collaborators (the trajectory and guide services) as arguments, not through
    the desk."""

    def __init__(
        self,
        *,
        device_id: DeviceIdProvider,
        trajectories: TrajectoryService,
        guides: GuideService,
        **basics,
    ) -> None:
        super().__init__(**basics)
        self._device_id = device_id
        self.trajectories = trajectories
        self.guides = guides

    def view(self, trajectory_id: str) -> CandidateView:
        trajectory = self.trajectories.resolve(trajectory_id)
        candidate = people_store.get_candidate(self.db, trajectory.candidate_id)
        if candidate is None:
            raise NotFound("Deze kandidaat bestaat niet meer.")
        guide = self.guides.get(trajectory.guide_key)
        pictures = _fallback_pictures(guide.slug)
        marks = mark_store.current_marks_of(self.db, trajectory.id)
        concluded = self.trajectories.mastered_conclusions(trajectory.id)
        said = self.self_views(trajectory.id)
        chosen = set(trajectory.work_processes)
        cards = []
        for wp in guide.work_processes():
            if wp.code not in chosen:
                continue
            behaviours = tuple(
                CandidateBehaviour(
                    id=b.id,
                    text=b.text,
                    picture=b.picture or pictures.get(b.id, ""),
                    mastered=b.id in marks and marks[b.id].status is MarkStatus.MASTERED,
                    self_view=b.id in said,
                )
                for b in wp.behaviours
            )
            cards.append(
                CandidateCard(
                    code=wp.code,
                    title=wp.plain_title,
                    picture=wp.picture or pictures.get(wp.code, ""),
                    behaviours=behaviours,
                    concluded=wp.code in concluded,
                )
            )
        return CandidateView(
            trajectory_id=trajectory.id,
            name=candidate.name,
            first_name=first_name(candidate.name),
            cards=tuple(cards),
            active=trajectory.status is TrajectoryStatus.ACTIVE,
        )

    def self_views(self, trajectory_id: str) -> dict[str, SelfView]:
        """Behaviour id → the candidate's "Dit kan ik" that stands (for the checklist)."""
        return current_self_views(store.self_views_of(self.db, trajectory_id))

    def record_self_view(
        self, trajectory_id: str, behaviour_id: str, can_do: bool = True
    ) -> SelfView:
        """The candidate taps "Dit kan ik" (or taps it again to take it back). Its own event:
        no mark, no conclusion, no declaration changes."""
        trajectory = self.trajectories.resolve(trajectory_id)
        self._check(trajectory, behaviour_id)
        event = SelfView(
            uuid=str(uuid_module.uuid4()),
            trajectory_id=trajectory.id,
            behaviour_id=behaviour_id,
            can_do=bool(can_do),
            at=self.now(),
            device_id=self._device_id(),
        )
        with self.action(Changes(self_views=True, trajectory_ids=frozenset([trajectory.id]))):
            store.append_self_view(self.db, event)
        return event

    def _check(self, trajectory: Trajectory, behaviour_id: str) -> None:
        if trajectory.status is not TrajectoryStatus.ACTIVE:
            raise InvalidInput("Dit traject is afgesloten.")
        guide = self.guides.get(trajectory.guide_key)
        wp = guide.work_process_of(behaviour_id)
        if wp is None:
            raise NotFound(f"Gedragsvoorbeeld {behaviour_id} staat niet in '{guide.title}'.")
        if wp.code not in trajectory.work_processes:
            raise InvalidInput(f"Werkproces {wp.code} is niet gekozen in dit traject.")

    def card_renderer(self, trajectory_id: str) -> Callable[[], bytes]:
        """*Wat ik al kan*: a function that makes the one-page PDF (plain data in, bytes out),
        to run on a worker thread."""
        from praktijkdesk.documents.candidate_card_pdf import CardData, render_card

        view = self.view(trajectory_id)
        data = CardData(
            name=view.name,
            first_name=view.first_name,
            work_processes=tuple(
                (c.title, c.picture, c.stars, c.concluded)
                for c in view.cards
                if c.mastered or c.concluded
            ),
            mastered=tuple((b.text, b.picture) for b in view.mastered),
            made_on=self.today(),
        )
        return lambda: render_card(data)


@lru_cache(maxsize=8)
def _fallback_pictures(slug: str) -> dict[str, str]:
    """Pictures from the bundled guide of the same slug (any version), by work process code
    and behaviour id: a data folder that stored a bundled guide before it had pictures shows
    them all the same (a stored version never changes; pictures are presentation only)."""
    found: dict[str, str] = {}
    for guide in bundled_guides():
        if guide.slug != slug:
            continue
        for wp in guide.work_processes():
            if wp.picture:
                found.setdefault(wp.code, wp.picture)
            for b in wp.behaviours:
                if b.picture:
                    found.setdefault(b.id, b.picture)
    return found
