"""Schools (mbo-instellingen): add, edit, find by name, the logo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from praktijkdesk.domain.names import clean_name, normalise
from praktijkdesk.domain.school import (
    MAX_FIELD,
    School,
    check_brin,
    check_email,
    check_phone,
    check_series,
    check_wording,
)
from praktijkdesk.errors import InvalidInput, NotFound
from praktijkdesk.services.base import Notifier, Service, new_id
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import schools as store

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.storage.database import Database

MAX_LOGO_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")

_UNSET = object()


def _field(text: str | None, what: str) -> str:
    value = normalise(text or "")
    if len(value) > MAX_FIELD:
        raise InvalidInput(f"{what} is te lang (meer dan {MAX_FIELD} tekens).")
    return value


def clean_school(school: School) -> School:
    """Every field checked and normalised, or InvalidInput in Dutch."""
    return replace(
        school,
        name=clean_name(school.name, what="De naam van de school"),
        brin=check_brin(school.brin),
        place=_field(school.place, "De plaats"),
        contact_name=_field(school.contact_name, "De naam van de contactpersoon"),
        contact_phone=check_phone(school.contact_phone),
        contact_email=check_email(school.contact_email),
        wording=check_wording(school.wording),
        co_signs=bool(school.co_signs),
        series=check_series(school.series),
    )


class SchoolService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)

    def schools(self) -> list[School]:
        return store.list_schools(self.db)

    def school(self, school_id: str) -> School:
        school = store.get_school(self.db, school_id) if school_id else None
        if school is None:
            raise NotFound(f"School {school_id} bestaat niet.")
        return school

    def trajectory_counts(self) -> dict[str, int]:
        return store.trajectory_counts(self.db)

    def add_school(self, name: str, **fields) -> School:
        school = clean_school(School(id=new_id(), name=name, **fields))
        self._refuse_duplicate(school)
        with self.action(Changes(people=True)):
            store.add_school(self.db, school, self.now())
        return school

    def edit_school(self, school_id: str, **fields) -> School:
        """Change the given fields (None or absent: keep); returns the school as stored."""
        current = self.school(school_id)
        wanted = {k: v for k, v in fields.items() if v is not None}
        unknown = set(wanted) - set(School.__dataclass_fields__) - {"id", "has_logo"}
        if unknown:
            raise InvalidInput(f"Onbekend veld: {', '.join(sorted(unknown))}.")
        school = clean_school(replace(current, **wanted))
        if (school.name.casefold(), school.brin) != (current.name.casefold(), current.brin):
            self._refuse_duplicate(school)  # two alike from an exchange may keep being edited
        with self.action(Changes(people=True, trajectories=True)):
            store.update_school(self.db, school)
        return self.school(school.id)

    def school_named(self, name: str, *, create: bool) -> School:
        """A school by its name (or BRIN code); ``create`` adds it when it is new."""
        cleaned = clean_name(name, what="De naam van de school")
        found = store.find_school_by_name(self.db, cleaned)
        if found is None and len(cleaned) == 4:
            try:
                found = store.find_school_by_brin(self.db, check_brin(cleaned))
            except InvalidInput:
                found = None
        if found:
            return found
        if not create:
            raise NotFound(f"School '{cleaned}' bestaat niet. Bekend: {self._known()}.")
        return self.add_school(cleaned)

    def resolve(self, id_or_name: str) -> School:
        found = store.get_school(self.db, str(id_or_name).strip())
        return found or self.school_named(id_or_name, create=False)

    # Logo --------------------------------------------------------------------------------
    def set_logo(self, school_id: str, path: str | Path | None) -> School:
        """The school's logo from a PNG or JPEG file; None removes it."""
        school = self.school(school_id)
        data = None
        if path is not None:
            data = _read_logo(Path(path))
        with self.action(Changes(people=True)):
            store.set_logo(self.db, school.id, data)
        return self.school(school.id)

    def logo(self, school_id: str | None) -> bytes | None:
        return store.logo_of(self.db, school_id) if school_id else None

    # Internals ---------------------------------------------------------------------------
    def _refuse_duplicate(self, school: School) -> None:
        same = store.find_school_by_name(self.db, school.name)
        if same is not None and same.id != school.id:
            raise InvalidInput(f"Er is al een school met de naam '{school.name}'.")
        if school.brin:
            same = store.find_school_by_brin(self.db, school.brin)
            if same is not None and same.id != school.id:
                raise InvalidInput(
                    f"BRIN-code {school.brin} hoort al bij '{same.name}'. Controleer de code."
                )

    def _known(self) -> str:
        names = [s.name for s in self.schools()]
        return ", ".join(names) if names else "nog geen"


def _read_logo(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise InvalidInput(f"Het logo '{path.name}' is niet gevonden.")
        if path.stat().st_size > MAX_LOGO_BYTES:
            raise InvalidInput("Het logo is groter dan 2 MB. Kies een kleinere afbeelding.")
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            f"Het logo '{path.name}' kan niet worden gelezen ({exc.strerror})."
        ) from None
    if not data.startswith(_IMAGE_MAGIC):
        raise InvalidInput("Het logo moet een PNG- of JPEG-afbeelding zijn.")
    return data
