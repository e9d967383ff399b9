"""Employers, trainers and jobcoaches: add, edit, find by name."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from praktijkdesk.domain.names import clean_name, normalise
from praktijkdesk.domain.people import Employer, Person, Role
from praktijkdesk.domain.school import NO_SBB_WARNING, check_sbb_number
from praktijkdesk.errors import InvalidInput, NotFound
from praktijkdesk.services.base import Notifier, Service, new_id
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import people as store

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.services.schools import SchoolService
    from praktijkdesk.storage.database import Database

MAX_FIELD = 120


def people_at_start(data_dir: str | Path) -> tuple[list[Person], list[Employer]] | None:
    """The people and employers, read before the rest of the engine is even imported, so
    the picker can show names at once; the Desk opens (checks, migrates) right after.

    Read-only: never creates, changes or migrates anything. None when anything is out of
    the ordinary (no database yet, another schema version, damaged, busy): then the app
    simply waits for the Desk, which deals with it.
    """
    from praktijkdesk.paths import DATABASE_NAME
    from praktijkdesk.storage.database import Database, connect
    from praktijkdesk.storage.migrations import LATEST_VERSION

    path = Path(data_dir) / DATABASE_NAME
    if not path.is_file():
        return None
    try:
        conn = connect(path, readonly=True)
    except sqlite3.Error:
        return None
    try:
        db = Database(conn)
        if db.execute("PRAGMA user_version").fetchone()[0] != LATEST_VERSION:
            return None
        # The same names the live picker shows: on an employer's PC its own trainers only.
        return picker_people(db, store.list_people(db)), store.list_employers(db)
    except Exception:  # damaged, or a row this version cannot read: a preview never stops
        return None  # the start; the Desk opens next and deals with it
    finally:
        conn.close()


def picker_people(db: Database, people: list[Person]) -> list[Person]:
    """Who the person picker shows (issue #20): on an employer's PC only the trainers of that
    employer (and every jobcoach); elsewhere everyone. Read-only, also before the Desk opens."""
    from praktijkdesk.services.exchange_scope import EMPLOYER, device_scope

    scope = device_scope(db)
    if scope.kind != EMPLOYER:
        return people
    return [
        p
        for p in people
        if p.role is not Role.TRAINER
        or p.employer_id is None
        or p.employer_id in scope.employer_ids
    ]


def _clean_field(text: str | None, what: str) -> str:
    value = normalise(text or "")
    if len(value) > MAX_FIELD:
        raise InvalidInput(f"{what} is te lang (meer dan {MAX_FIELD} tekens).")
    return value


class PeopleService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        schools: SchoolService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._schools = schools

    def for_picker(self) -> list[Person]:
        """The people the person picker shows (see picker_people)."""
        return picker_people(self.db, self.people())

    # Employers ---------------------------------------------------------------------------
    def employers(self) -> list[Employer]:
        return store.list_employers(self.db)

    def employer(self, employer_id: str) -> Employer:
        employer = store.get_employer(self.db, employer_id)
        if employer is None:
            raise NotFound(f"Leerbedrijf {employer_id} bestaat niet.")
        return employer

    def add_employer(
        self,
        name: str,
        place: str = "",
        sbb_number: str = "",
        manager_name: str = "",
        school_id: str | None = None,
    ) -> Employer:
        employer = self._clean_employer(
            Employer(
                id=new_id(),
                name=name,
                place=place,
                sbb_number=sbb_number,
                manager_name=manager_name,
                school_id=school_id,
            )
        )
        with self.action(Changes(people=True)):
            store.add_employer(self.db, employer, self.now())
        return employer

    def edit_employer(self, employer: Employer) -> Employer:
        self.employer(employer.id)
        cleaned = self._clean_employer(employer)
        with self.action(Changes(people=True, trajectories=True)):
            store.update_employer(self.db, cleaned)
        return cleaned

    def edit_employer_details(self, employer_id: str, **fields) -> Employer:
        """Change the given fields of an employer (None: keep): name, place, sbb_number,
        manager_name, school_id."""
        current = self.employer(employer_id)
        wanted = {k: v for k, v in fields.items() if v is not None}
        return self.edit_employer(replace(current, **wanted))

    @staticmethod
    def sbb_warning(employer: Employer) -> str | None:
        """The warning to show while the employer has no SBB erkenningsnummer."""
        return None if employer.sbb_number else NO_SBB_WARNING

    def _clean_employer(self, employer: Employer) -> Employer:
        school_id = employer.school_id or None
        if school_id is not None:
            school_id = self._schools.school(school_id).id
        return Employer(
            id=employer.id,
            name=clean_name(employer.name, what="De naam van het leerbedrijf"),
            place=_clean_field(employer.place, "De plaats"),
            sbb_number=check_sbb_number(employer.sbb_number),
            manager_name=(
                clean_name(employer.manager_name, what="De naam van de leidinggevende")
                if normalise(employer.manager_name or "")
                else ""
            ),
            school_id=school_id,
        )

    def employer_named(self, name: str, *, create: bool) -> Employer:
        cleaned = clean_name(name, what="De naam van het leerbedrijf")
        found = store.find_employer_by_name(self.db, cleaned)
        if found:
            return found
        if not create:
            raise NotFound(f"Leerbedrijf '{cleaned}' bestaat niet.")
        return self.add_employer(cleaned)

    # Trainers and jobcoaches -------------------------------------------------------------
    def people(self, role: Role | None = None) -> list[Person]:
        return store.list_people(self.db, role)

    def person(self, person_id: str) -> Person:
        person = store.get_person(self.db, person_id)
        if person is None:
            raise NotFound(f"Persoon {person_id} bestaat niet.")
        return person

    def add_person(self, name: str, role: Role, employer_id: str | None = None) -> Person:
        if employer_id is not None:
            self.employer(employer_id)
        person = Person(new_id(), clean_name(name), Role(role), employer_id)
        with self.action(Changes(people=True)):
            store.add_person(self.db, person, self.now())
        return person

    def edit_person(self, person: Person) -> Person:
        cleaned = Person(person.id, clean_name(person.name), Role(person.role), person.employer_id)
        self.person(person.id)
        with self.action(Changes(people=True, trajectories=True)):
            store.update_person(self.db, cleaned)
        return cleaned

    def person_named(
        self,
        name: str,
        role: Role | None = None,
        *,
        create: bool = False,
        employer_id: str | None = None,
    ) -> Person:
        cleaned = clean_name(name)
        found = store.find_person_by_name(self.db, cleaned, role)
        if found:
            return found
        if not create or role is None:
            raise NotFound(f"Er is niemand met de naam '{cleaned}'.")
        return self.add_person(cleaned, role, employer_id)
