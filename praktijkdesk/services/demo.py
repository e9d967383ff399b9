"""Realistic Dutch demo data, idempotent: every demo record has a fixed id, so a second run
finds it and adds nothing twice."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from praktijkdesk.clock import to_iso
from praktijkdesk.domain.mark import Conclusion, ConclusionValue, Mark, MarkStatus
from praktijkdesk.domain.people import Candidate, Employer, Person, Role
from praktijkdesk.domain.school import School
from praktijkdesk.domain.trajectory import Trajectory, TrajectoryStatus
from praktijkdesk.services.base import Notifier, Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import marks as mark_store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage import schools as school_store
from praktijkdesk.storage import trajectories as trajectory_store

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.services.guides import GuideService
    from praktijkdesk.storage.database import Database

_NAMESPACE = uuid.UUID("6f1d2a4e-3b7c-4c55-9a51-7f0e5d1c2b90")
DEMO_DEVICE = "demo"


def demo_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


# A fictional school: the BRIN code and the e-mail domain are made up (.example never exists).
SCHOOL = School(
    id=demo_id("school", "roc-voorbeeld"),
    name="ROC Haaglanden Voorbeeld",
    brin="99ZZ",
    place="Den Haag",
    contact_name="Inge van Leeuwen",
    contact_phone="070 123 4567",
    contact_email="praktijkloket@roc-voorbeeld.example",
    wording="issued_by",
    co_signs=True,
)
# (key, name, place, SBB erkenningsnummer, manager): complete, so the declaration is whole.
EMPLOYERS = [
    ("gouden-lepel", "Hotel-Restaurant De Gouden Lepel", "Den Haag", "100234567", "Karin Mulder"),
    ("groen-en-zo", "Groen & Zo Hoveniers", "Delft", "100876543", "Ruud Verbeek"),
    ("westland-logistiek", "Westland Logistiek", "Naaldwijk", "100445566", "Ahmed Tahiri"),
    # The longest realistic names: every screen must wrap or elide them (issue 10).
    (
        "groene-vallei",
        "Stichting Hoveniers- en Groenvoorzieningsbedrijf De Groene Vallei Midden-Nederland",
        "Nieuwegein",
        "100555123",
        "Wilhelmina van Oosterhout-Vandenberghe",
    ),
]
TRAINERS = [
    ("fatma", "Fatma Yılmaz", "gouden-lepel"),
    ("bas", "Bas Jansen", "gouden-lepel"),
    ("jan", "Jan de Vries", "groen-en-zo"),
    ("priya", "Priya Ramdin", "westland-logistiek"),
    ("wilhelmina", "Wilhelmina van Oosterhout-Vandenberghe", "groene-vallei"),
]
JOBCOACH = ("marloes", "Marloes Bakker")


@dataclass(frozen=True)
class DemoCandidate:
    key: str
    name: str
    birth_date: str | None
    employer: str
    trainer: str
    guide_slug: str
    months_ago: int
    # Share of behaviours marked mastered/practising, and how many chosen work processes
    # are concluded; "all" concludes every chosen one (ready for a declaration).
    mastered: float
    practising: float
    concluded: int | str
    chosen: int | None = None  # the first N work processes; None = all


CANDIDATES = [
    DemoCandidate(
        "sukru",
        "Şükrü Öztürk",
        "1991-04-17",
        "gouden-lepel",
        "fatma",
        "horeca-gastheer-gastvrouw",
        9,
        1.0,
        0.0,
        "all",
        chosen=5,
    ),
    DemoCandidate(
        "anh",
        "Nguyễn Thị Ánh",
        "1987-11-02",
        "gouden-lepel",
        "fatma",
        "horeca-gastheer-gastvrouw",
        5,
        0.45,
        0.3,
        2,
    ),
    DemoCandidate(
        "zoe",
        "Zoë Ĳsselmeer-D'Hondt",
        "2001-06-23",
        "gouden-lepel",
        "bas",
        "assistent-dienstverlening",
        3,
        0.3,
        0.35,
        0,
    ),
    DemoCandidate(
        "aicha",
        "Aïcha Benali",
        None,
        "gouden-lepel",
        "bas",
        "assistent-dienstverlening",
        1,
        0.05,
        0.2,
        0,
    ),
    DemoCandidate(
        "oyvind",
        "Øyvind Ødegård",
        "1979-02-08",
        "groen-en-zo",
        "jan",
        "groene-ruimte-medewerker-hovenier",
        7,
        0.7,
        0.2,
        3,
    ),
    DemoCandidate(
        "dragos",
        "Dragoș Popescu",
        "1995-09-30",
        "groen-en-zo",
        "jan",
        "groene-ruimte-medewerker-hovenier",
        2,
        0.15,
        0.4,
        0,
    ),
    DemoCandidate(
        "maria",
        "Марія Шевченко",
        "1984-12-12",
        "westland-logistiek",
        "priya",
        "assistent-logistiek",
        4,
        0.55,
        0.25,
        1,
    ),
    DemoCandidate(
        "mohammed",
        "Mohammed El Amrani",
        "1999-03-05",
        "westland-logistiek",
        "priya",
        "assistent-logistiek",
        0,
        0.0,
        0.1,
        0,
    ),
    DemoCandidate(
        "anne-maria",
        "Anne-Maria Gonçalves dos Santos van Heeckeren tot Wassenaer",
        "1998-01-31",
        "groene-vallei",
        "wilhelmina",
        "groene-ruimte-medewerker-hovenier",
        6,
        0.5,
        0.3,
        4,
    ),
]

NOTES = [
    "Gaat goed als het rustig is.",
    "Samen geoefend toen het druk was.",
    "Doet dit nu zelfstandig.",
    "Vraagt zelf om hulp als het nodig is.",
]


class DemoService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        guides: GuideService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._guides = guides

    def load(self) -> int:
        """Add whatever demo data is missing; returns the number of candidates added."""
        today = self.clock.now_utc()
        added = 0
        with self.action(Changes.everything()):
            self._people(today)
            for spec in CANDIDATES:
                if people_store.get_candidate(self.db, demo_id("candidate", spec.key)) is None:
                    self._candidate(spec, today)
                    added += 1
        return added

    def _people(self, today: dt.datetime) -> None:
        created = to_iso(today)
        if school_store.get_school(self.db, SCHOOL.id) is None:
            school_store.add_school(self.db, SCHOOL, created)
        for key, name, place, sbb, manager in EMPLOYERS:
            if people_store.get_employer(self.db, demo_id("employer", key)) is None:
                people_store.add_employer(
                    self.db,
                    Employer(demo_id("employer", key), name, place, sbb, manager, SCHOOL.id),
                    created,
                )
        for key, name, employer in TRAINERS:
            if people_store.get_person(self.db, demo_id("person", key)) is None:
                person = Person(
                    demo_id("person", key), name, Role.TRAINER, demo_id("employer", employer)
                )
                people_store.add_person(self.db, person, created)
        key, name = JOBCOACH
        if people_store.get_person(self.db, demo_id("person", key)) is None:
            people_store.add_person(
                self.db, Person(demo_id("person", key), name, Role.JOBCOACH), created
            )

    def _candidate(self, spec: DemoCandidate, today: dt.datetime) -> None:
        guide = self._guides.latest(spec.guide_slug)
        start = today - dt.timedelta(days=30 * spec.months_ago + 3)
        candidate = Candidate(demo_id("candidate", spec.key), spec.name, spec.birth_date)
        people_store.add_candidate(self.db, candidate, to_iso(start))
        codes = [wp.code for wp in guide.work_processes()]
        chosen = tuple(codes[: spec.chosen] if spec.chosen else codes)
        trajectory = Trajectory(
            id=demo_id("trajectory", spec.key),
            candidate_id=candidate.id,
            guide_key=guide.key,
            employer_id=demo_id("employer", spec.employer),
            trainer_id=demo_id("person", spec.trainer),
            jobcoach_id=demo_id("person", JOBCOACH[0]),
            work_processes=chosen,
            start_date=start.date().isoformat(),
            end_date=None,
            status=TrajectoryStatus.ACTIVE,
            created_at=to_iso(start),
            school_id=SCHOOL.id,
        )
        trajectory_store.add_trajectory(self.db, trajectory)
        self._marks(spec, trajectory, guide, start, today)

    def _marks(self, spec, trajectory, guide, start, today) -> None:
        rng = random.Random(spec.key)  # same data on every machine, every run
        trainer = trajectory.trainer_id
        span = max((today - start).total_seconds(), 3600.0)
        concluded_target = (
            len(trajectory.work_processes) if spec.concluded == "all" else spec.concluded
        )
        concluded = 0
        for position, code in enumerate(trajectory.work_processes):
            wp = guide.work_process(code)
            conclude = concluded < concluded_target
            for index, behaviour in enumerate(wp.behaviours):
                draw = rng.random()
                if conclude or draw < spec.mastered:
                    path = [MarkStatus.PRACTISING, MarkStatus.MASTERED]
                elif draw < spec.mastered + spec.practising:
                    path = [MarkStatus.NOT_YET, MarkStatus.PRACTISING]
                else:
                    continue
                for step, status in enumerate(path):
                    fraction = min(
                        0.95,
                        (position + step * 0.5 + index * 0.05 + 0.2)
                        / (len(trajectory.work_processes) + 1),
                    )
                    at = start + dt.timedelta(seconds=span * fraction)
                    note = rng.choice(NOTES) if step and rng.random() < 0.25 else ""
                    mark_store.append_mark(
                        self.db,
                        Mark(
                            uuid=demo_id("mark", spec.key, behaviour.id, str(step)),
                            trajectory_id=trajectory.id,
                            behaviour_id=behaviour.id,
                            status=status,
                            person_id=trainer,
                            at=to_iso(at),
                            device_id=DEMO_DEVICE,
                            note=note,
                        ),
                    )
            if conclude:
                at = start + dt.timedelta(
                    seconds=span
                    * min(0.97, (position + 1.2) / (len(trajectory.work_processes) + 1))
                )
                mark_store.append_conclusion(
                    self.db,
                    Conclusion(
                        uuid=demo_id("conclusion", spec.key, code),
                        trajectory_id=trajectory.id,
                        work_process_code=code,
                        value=ConclusionValue.MASTERED,
                        person_id=trainer,
                        at=to_iso(at),
                        device_id=DEMO_DEVICE,
                    ),
                )
                concluded += 1
