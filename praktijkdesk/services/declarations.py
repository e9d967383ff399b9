"""The praktijkverklaring: draft, issue, reprint, withdraw and sign.

What "identical bytes" means here (also in README.md, "Praktijkverklaring"):

- Issuing renders the PDF **once**, without drawn signatures, and stores those bytes with
  their sha256 beside the snapshot. ``reprint`` of an unsigned, valid declaration returns
  exactly those bytes — even after an fpdf2 or font upgrade, or after the guide, the
  candidate or the settings changed.
- Signatures drawn on the screen are added *after* issuing (the number and the moment are only
  known then). The signed copy is rendered from the stored snapshot, the stored signatures and
  the logo as it was at issuing; all three are immutable, so the signed copy is itself
  identical on every reprint with the same fpdf2 and font. The unsigned original stays
  available (``reprint(id, with_signatures=False)``), e.g. for signing by pen.
- A withdrawn declaration reprints with INGETROKKEN, the date and the reason; those are
  immutable too, so that copy is also identical on every reprint.
- A signature is bound to ``snapshot.sha256()``. One that does not match the snapshot it is
  presented with is stale: it is listed as such and never drawn (documents prints
  "handtekening verlopen"). A reissued declaration has a new snapshot and starts unsigned.

fpdf2 is imported inside the methods that render (``praktijkdesk.documents``): importing this
module must not cost the ~0.4 s of ``import fpdf`` on the way to the first screen.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from praktijkdesk.domain.declaration import (
    LAYOUT,
    SIGNATURE_ROLE_LABELS,
    SIGNATURE_ROLES,
    Declaration,
    DeclarationSnapshot,
    DeclaredCoreTask,
    Signature,
    SignatureLine,
    choose_work_processes,
    declarable_work_processes,
    declaration_number,
    group_by_core_task,
    number_prefix,
)
from praktijkdesk.domain.guide import Guide
from praktijkdesk.domain.names import clean_name
from praktijkdesk.domain.people import Person, Role, judges_for
from praktijkdesk.domain.school import device_code
from praktijkdesk.errors import DatabaseDamaged, InvalidInput, NotFound
from praktijkdesk.services.base import DeviceIdProvider, Notifier, Service, new_id
from praktijkdesk.services.changes import Changes
from praktijkdesk.services.marking import clean_note
from praktijkdesk.storage import declarations as store
from praktijkdesk.storage import people as people_store

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.domain.trajectory import Trajectory
    from praktijkdesk.services.guides import GuideService
    from praktijkdesk.services.people import PeopleService
    from praktijkdesk.services.schools import SchoolService
    from praktijkdesk.services.trajectories import TrajectoryService
    from praktijkdesk.storage.database import Database

# Settings (key → meaning). The UI's settings screen writes them; all are optional.
SETTING_ROLES = "signature_roles"  # "trainer,candidate" (default); add manager and/or school
SETTING_ORGANISATION = "organisation_name"
SETTING_LOGO = "organisation_logo"  # a file path, relative to the data folder or absolute
SETTING_PLACE = "organisation_place"  # else the employer's place
DEFAULT_ROLES = ("trainer", "candidate")
# The logo as it was when a declaration was issued is stored with the declaration (schema
# step 7), so a signed or withdrawn copy rendered later shows the same logo as the original.
MAX_LOGO_BYTES = 2 * 1024 * 1024
MIN_REASON = 5
MAX_STROKES = 400
MAX_POINTS = 20_000

# "kwalificatiedossier Bediening (dossiercrebo 23081)" in a guide's source text.
_QUALIFICATION_FILE = re.compile(
    r"kwalificatiedossier\s+(?:mbo\s+)?([^(),.;]+?)\s*\((?:dossier)?crebo\s+(\d{5})\)",
    re.IGNORECASE,
)


# Issuing renders outside the write transaction and stores only when nothing changed in
# between; after this many tries (a second writer each time) it renders inside it.
_ISSUE_ATTEMPTS = 3


class _ChangedMeanwhile(Exception):
    """Internal: the data changed between rendering and storing; roll back and start over."""


EXAMPLE_REFUSED = (
    "'{title}' is een voorbeeld: de codes van de werkprocessen zijn niet officieel. Met een "
    "voorbeeld kan geen praktijkverklaring worden gemaakt; u kunt wel een concept bekijken "
    "(met VOORBEELD erop). Vraag het Praktijkloket van de school om het echte "
    "begeleidingsdocument (een .json- of .csv-bestand). Lees het in met Instellingen → "
    "Begeleidingsdocument inlezen (of: praktijkdesk guide-import BESTAND) en zet het traject "
    "over naar dat document."
)
ONLY_TRAINER = (
    "Alleen de praktijkopleider van het leerbedrijf kan een praktijkverklaring {what}. "
    "{name} is {role}{where}. Een jobcoach kan wel een concept bekijken."
)


def qualification_file_of(guide: Guide) -> str:
    """The kwalificatiedossier as the guide names it, or "" when it does not say."""
    if guide.qualification.file:
        return guide.qualification.file
    named = (guide.extra or {}).get("qualification_file")
    if isinstance(named, str) and named.strip():
        return named.strip()
    found = _QUALIFICATION_FILE.search(guide.source or "")
    return f"{found.group(1).strip()} (crebo {found.group(2)})" if found else ""


def clean_strokes(strokes: object) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Pen strokes as plain float tuples; refuses what is not a drawing."""
    try:
        cleaned = tuple(tuple((float(x), float(y)) for x, y in stroke) for stroke in strokes)
    except (TypeError, ValueError):
        raise InvalidInput("De handtekening is niet goed doorgekomen. Teken opnieuw.") from None
    cleaned = tuple(
        s for s in cleaned if s and all(math.isfinite(x) and math.isfinite(y) for x, y in s)
    )
    if not cleaned:
        raise InvalidInput("Er staat nog geen handtekening. Teken met de vinger of de muis.")
    if len(cleaned) > MAX_STROKES or sum(len(s) for s in cleaned) > MAX_POINTS:
        raise InvalidInput("De handtekening is te groot. Druk op Opnieuw en teken korter.")
    return cleaned


@dataclass(frozen=True)
class Registration:
    """One line of the school's registration list: an issued or withdrawn declaration."""

    number: str
    status: str  # "uitgereikt" or "ingetrokken"
    issued_on: str  # local date, ISO
    withdrawn_on: str
    candidate_name: str
    candidate_birth_date: str
    qualification: str
    crebo: str
    level: str
    work_processes: str  # codes, comma separated
    employer: str
    employer_place: str
    employer_sbb_number: str
    trainer: str
    school: str
    school_brin: str

    def cells(self) -> tuple[str, ...]:
        return tuple(self.__dict__.values())


class DeclarationService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        data_dir: Path,
        device_id: DeviceIdProvider,
        people: PeopleService,
        schools: SchoolService,
        guides: GuideService,
        trajectories: TrajectoryService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._data_dir = data_dir
        self._device_id = device_id
        self._people = people
        self._schools = schools
        self._guides = guides
        self._trajectories = trajectories

    # Reading -----------------------------------------------------------------------------
    def history(self, trajectory_id: str) -> list[Declaration]:
        """Every declaration of the trajectory, oldest first, withdrawn ones included."""
        trajectory = self._trajectories.resolve(trajectory_id)
        return [self._issued(row) for row in store.declarations_of(self.db, trajectory.id)]

    def current(self, trajectory_id: str) -> Declaration | None:
        """The latest declaration that is not withdrawn, or None."""
        valid = [d for d in self.history(trajectory_id) if not d.withdrawn]
        return valid[-1] if valid else None

    def get(self, declaration_id: str) -> Declaration:
        return self._issued(self._stored(declaration_id))

    def declarable(self, trajectory_id: str) -> tuple[DeclaredCoreTask, ...]:
        """What may be declared: the chosen work processes concluded *beheerst*, by core task."""
        trajectory = self._trajectories.resolve(trajectory_id)
        guide = self._guides.get(trajectory.guide_key)
        progress = self._trajectories.progress(trajectory)
        return group_by_core_task(guide, declarable_work_processes(progress))

    # Building ----------------------------------------------------------------------------
    def build_snapshot(
        self,
        trajectory_id: str,
        work_processes: list[str] | None = None,
        *,
        number: str,
        issued_at: str,
        place: str | None = None,
        draft: bool = False,
    ) -> DeclarationSnapshot:
        """Everything the page shows, as plain data (refuses work processes not concluded)."""
        overview = self._trajectories.overview(trajectory_id)
        t, guide, employer = overview.trajectory, overview.guide, overview.employer
        school = overview.school
        codes = choose_work_processes(overview.progress, work_processes)
        today = self._local_date(issued_at)
        return DeclarationSnapshot(
            number=number,
            issued_at=issued_at,
            candidate_name=overview.candidate.name,
            candidate_birth_date=overview.candidate.birth_date,
            qualification_name=guide.qualification.name,
            qualification_crebo=guide.qualification.crebo,
            qualification_level=guide.qualification.level,
            qualification_file=qualification_file_of(guide),
            guide_title=guide.title,
            guide_version=guide.version,
            employer_name=employer.name,
            employer_place=employer.place,
            employer_sbb_number=employer.sbb_number,
            trainer_name=overview.trainer.name,
            core_tasks=group_by_core_task(guide, codes),
            period_start=t.start_date,
            # An open trajectory's period runs up to the day of the declaration.
            period_end=t.end_date or (today if today >= t.start_date else ""),
            place=self._place(place, employer.place),
            date=today,
            organisation_name=(self._setting(SETTING_ORGANISATION) or "").strip(),
            signature_lines=self._signature_lines(overview),
            draft=draft,
            school_name=school.name if school else "",
            school_brin=school.brin if school else "",
            school_place=school.place if school else "",
            school_wording=school.wording if school else "",
            qualification_file_version=guide.qualification.file_version,
            example=guide.example,
            layout=LAYOUT,
        )

    def draft(
        self, trajectory_id: str, work_processes: list[str] | None = None, place: str | None = None
    ) -> bytes:
        """A CONCEPT with the number the next declaration would get; nothing is stored."""
        from praktijkdesk.documents.declaration_pdf import render_declaration  # lazy: fpdf

        trajectory = self._trajectories.resolve(trajectory_id)
        issued_at = self.now()
        number = self._next_number(trajectory, issued_at)
        snapshot = self.build_snapshot(
            trajectory.id,
            work_processes,
            number=number,
            issued_at=issued_at,
            place=place,
            draft=True,
        )
        return render_declaration(snapshot, logo=self.logo_for(trajectory))

    # Issuing -----------------------------------------------------------------------------
    def issue(
        self,
        trajectory_id: str,
        person_id: str,
        work_processes: list[str] | None = None,
        place: str | None = None,
        *,
        replaces_reason: str | None = None,
    ) -> Declaration:
        """Issue: number, immutable snapshot and the PDF bytes, in one transaction.

        A trajectory has at most one valid declaration. When one exists, issuing again needs
        ``replaces_reason``: the old one is then withdrawn with that reason, in the same
        transaction.

        The PDF is rendered from a snapshot read *before* the write transaction, so the
        rendering (tens of ms) never holds the database's write lock. The short transaction
        then builds the snapshot again and stores only when nothing changed in between (same
        number, same data, same logo, same current declaration); otherwise it starts over.
        The stored bytes are exactly what rendering the stored snapshot gives.
        """
        from praktijkdesk.documents.declaration_pdf import render_declaration  # lazy: fpdf

        trajectory = self._trajectories.resolve(trajectory_id)
        person = self._trainer_of(trajectory, person_id, "maken")
        guide = self._guides.get(trajectory.guide_key)
        if guide.example:
            raise InvalidInput(EXAMPLE_REFUSED.format(title=guide.title), code="example_guide")
        declaration_id = new_id()
        issued_at = self.now()
        changes = Changes(declarations=True, trajectory_ids=frozenset([trajectory.id]))

        def prepare() -> tuple[str | None, DeclarationSnapshot, bytes | None]:
            existing = self.current(trajectory.id)
            if existing is not None and replaces_reason is None:
                raise InvalidInput(
                    f"Dit traject heeft al een praktijkverklaring ({existing.number}). "
                    "Trek die eerst in, met een reden, als er een nieuwe moet komen."
                )
            if existing is not None:
                self._reason(replaces_reason)  # refused before anything is rendered
            # Read again each time (#12): the school (number series, logo) and the guide
            # (an example never issues, #14) may have changed since the last reading.
            now = self._trajectories.resolve(trajectory.id)
            now_guide = self._guides.get(now.guide_key)
            if now_guide.example:
                raise InvalidInput(
                    EXAMPLE_REFUSED.format(title=now_guide.title), code="example_guide"
                )
            number = self._next_number(now, issued_at)
            snapshot = self.build_snapshot(
                trajectory.id, work_processes, number=number, issued_at=issued_at, place=place
            )
            return existing.id if existing else None, snapshot, self.logo_for(now)

        for attempt in range(_ISSUE_ATTEMPTS):
            last = attempt == _ISSUE_ATTEMPTS - 1
            if not last:
                prepared = prepare()
                pdf = render_declaration(prepared[1], logo=prepared[2])
            try:
                with self.action(changes):
                    current = prepare()
                    if last:  # a busy moment every time: render inside, as a last resort
                        prepared, pdf = current, render_declaration(current[1], logo=current[2])
                    elif current != prepared:
                        raise _ChangedMeanwhile
                    existing_id, snapshot, logo = prepared
                    if existing_id is not None:
                        store.withdraw_declaration(
                            self.db,
                            existing_id,
                            issued_at,
                            person.id,
                            self._reason(replaces_reason),
                        )
                    store.add_declaration(
                        self.db,
                        Declaration(
                            id=declaration_id,
                            number=snapshot.number,
                            trajectory_id=trajectory.id,
                            issued_at=issued_at,
                            issued_by=person.id,
                            snapshot=snapshot,
                            sha256=hashlib.sha256(pdf).hexdigest(),
                        ),
                        pdf,
                        logo=logo,
                    )
            except _ChangedMeanwhile:
                continue  # rolled back: nothing was written; render again from the new state
            return self.get(declaration_id)
        raise AssertionError("unreachable: the last attempt always stores or raises")

    def withdraw(self, declaration_id: str, person_id: str, reason: str) -> Declaration:
        """Mark a wrong declaration *ingetrokken*; it stays in the history."""
        stored = self._stored(declaration_id)
        if stored.withdrawn_at is not None:
            raise InvalidInput(f"Verklaring {stored.number} is al ingetrokken.")
        trajectory = self._trajectories.resolve(stored.trajectory_id)
        person = self._trainer_of(trajectory, person_id, "intrekken")
        reason = self._reason(reason)
        changes = Changes(declarations=True, trajectory_ids=frozenset([stored.trajectory_id]))
        with self.action(changes):
            store.withdraw_declaration(self.db, stored.id, self.now(), person.id, reason)
        return self.get(stored.id)

    # Signing -----------------------------------------------------------------------------
    def sign(self, declaration_id: str, role: str, name: str | None, strokes: object) -> Signature:
        """A signature drawn on the screen, bound to the exact snapshot it is given on."""
        issued = self.get(declaration_id)
        if issued.withdrawn:
            raise InvalidInput(
                f"Verklaring {issued.number} is ingetrokken en kan niet meer worden getekend."
            )
        lines = {line.role: line for line in issued.snapshot.signature_lines}
        if role not in lines:
            label = SIGNATURE_ROLE_LABELS.get(role, role)
            raise InvalidInput(f"Op verklaring {issued.number} staat geen plek voor '{label}'.")
        signer = clean_name(name or lines[role].name, what="De naam van wie tekent")
        signature = Signature(
            role=role,
            name=signer,
            signed_at=self.now(),
            strokes=clean_strokes(strokes),
            snapshot_sha256=issued.snapshot.sha256(),
        )
        changes = Changes(declarations=True, trajectory_ids=frozenset([issued.trajectory_id]))
        with self.action(changes):
            store.add_signature(self.db, new_id(), issued.id, signature)
        return signature

    # Printing ----------------------------------------------------------------------------
    def reprint(self, declaration_id: str, *, with_signatures: bool = True) -> bytes:
        """The declaration's PDF, identical on every reprint (see the module docstring)."""
        issued = self.get(declaration_id)
        pdf = store.declaration_pdf(self.db, issued.id) or b""
        if hashlib.sha256(pdf).hexdigest() != issued.sha256:
            raise DatabaseDamaged(
                f"Het opgeslagen PDF-bestand van verklaring {issued.number} is beschadigd. "
                "Zet een reservekopie terug."
            )
        signatures = issued.signatures if with_signatures else ()
        if not issued.withdrawn and not signatures:
            return pdf
        from praktijkdesk.documents.base import dutch_date  # lazy: fpdf
        from praktijkdesk.documents.declaration_pdf import render_declaration

        withdrawn_text = None
        if issued.withdrawn:
            day = dutch_date(self._local_date(issued.withdrawn_at))
            withdrawn_text = f"op {day}: {issued.withdrawn_reason or ''}".rstrip(": ")
        return render_declaration(
            issued.snapshot,
            signatures=signatures,
            logo=self._logo_of(issued.id),
            withdrawn_text=withdrawn_text,
        )

    # The school's registration list ------------------------------------------------------
    def registrations(
        self,
        *,
        school: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[Registration]:
        """Every issued or withdrawn declaration, oldest first; optionally of one school
        (name, BRIN or id, as printed on the declaration) and issued within the dates."""
        from praktijkdesk.services.trajectories import parse_date

        start = parse_date(date_from, "De begindatum")
        end = parse_date(date_to, "De einddatum")
        if start and end and end < start:
            raise InvalidInput("De einddatum ligt vóór de begindatum.")
        wanted = self._schools.resolve(school) if school else None
        result = []
        for stored in store.all_declarations(self.db):
            snap = stored.snapshot
            issued_on = self._local_date(stored.issued_at)
            if (start and issued_on < start) or (end and issued_on > end):
                continue
            if wanted is not None and not (
                snap.school_name == wanted.name
                or (wanted.brin and snap.school_brin == wanted.brin)
                or self._trajectory_school(stored.trajectory_id) == wanted.id
            ):
                continue
            result.append(
                Registration(
                    number=stored.number,
                    status="ingetrokken" if stored.withdrawn_at else "uitgereikt",
                    issued_on=issued_on,
                    withdrawn_on=self._local_date(stored.withdrawn_at)
                    if stored.withdrawn_at
                    else "",
                    candidate_name=snap.candidate_name,
                    candidate_birth_date=snap.candidate_birth_date or "",
                    qualification=snap.qualification_name,
                    crebo=snap.qualification_crebo,
                    level=snap.qualification_level,
                    work_processes=", ".join(snap.work_process_codes()),
                    employer=snap.employer_name,
                    employer_place=snap.employer_place,
                    employer_sbb_number=snap.employer_sbb_number,
                    trainer=snap.trainer_name,
                    school=snap.school_name,
                    school_brin=snap.school_brin,
                )
            )
        return result

    def registrations_csv(self, **filters) -> tuple[bytes, int]:
        """The registration list as CSV bytes, and how many declarations it holds."""
        from praktijkdesk.documents.registrations_csv import registrations_csv

        rows = self.registrations(**filters)
        return registrations_csv(r.cells() for r in rows), len(rows)

    def registrations_pdf(self, **filters) -> tuple[bytes, int]:
        """The registration list as a PDF to print, and how many declarations it holds."""
        from praktijkdesk.documents.registrations_pdf import render_registrations  # lazy: fpdf

        rows = self.registrations(**filters)
        school = filters.get("school")
        heading = self._schools.resolve(school).name if school else "Alle scholen"
        period = " – ".join(d for d in (filters.get("date_from"), filters.get("date_to")) if d)
        if period:
            heading += f", {period}"
        return render_registrations(rows, created_at=self.now(), heading=heading), len(rows)

    def _trajectory_school(self, trajectory_id: str) -> str | None:
        from praktijkdesk.storage import trajectories as trajectory_store

        t = trajectory_store.get_trajectory(self.db, trajectory_id)
        return t.school_id if t else None

    # Settings ----------------------------------------------------------------------------
    def signature_roles(self) -> tuple[str, ...]:
        """The signature blocks the next declaration gets; the trainer's is always there."""
        text = self._setting(SETTING_ROLES) or ",".join(DEFAULT_ROLES)
        wanted = {part.strip().lower() for part in text.split(",")}
        wanted.add("trainer")
        return tuple(role for role in SIGNATURE_ROLES if role in wanted)

    def logo(self) -> bytes | None:
        """The organisation's logo from the settings; None when unset, missing or too big."""
        value = (self._setting(SETTING_LOGO) or "").strip()
        if not value:
            return None
        path = Path(value).expanduser()
        if not path.is_absolute():
            path = self._data_dir / path
        try:
            if not path.is_file() or path.stat().st_size > MAX_LOGO_BYTES:
                return None
            return path.read_bytes() or None
        except OSError:
            return None

    def logo_for(self, trajectory: Trajectory) -> bytes | None:
        """The letterhead logo: the school's when it has one, else the one in the settings."""
        return self._schools.logo(trajectory.school_id) or self.logo()

    def may_issue(self, trajectory_id: str, person_id: str | None) -> str | None:
        """None when this person may issue for this trajectory; else the Dutch reason."""
        try:
            trajectory = self._trajectories.resolve(trajectory_id)
            if person_id is None:
                raise InvalidInput("Kies eerst wie er werkt.")
            self._trainer_of(trajectory, person_id, "maken")
            guide = self._guides.get(trajectory.guide_key)
            if guide.example:
                return EXAMPLE_REFUSED.format(title=guide.title)
        except InvalidInput as exc:
            return exc.message
        return None

    # Internals ---------------------------------------------------------------------------
    def _trainer_of(self, trajectory, person_id: str, what: str) -> Person:
        """Only a trainer of the trajectory's employer issues and withdraws."""
        person = self._person(person_id)
        if judges_for(person, trajectory.employer_id):  # the same rule as for an import (#13)
            return person
        if person.role is Role.TRAINER:
            role, where = "praktijkopleider", " bij een ander leerbedrijf"
        else:
            role, where = "jobcoach", ""
        raise InvalidInput(
            ONLY_TRAINER.format(what=what, name=person.name, role=role, where=where),
            code="not_the_trainer",
        )

    def _next_number(self, trajectory, issued_at: str) -> str:
        """The next number in the school's series (or PV), coded with this device."""
        series = "PV"
        if trajectory.school_id:
            series = self._schools.school(trajectory.school_id).number_series()
        prefix = number_prefix(series, self._local_year(issued_at), device_code(self._device_id()))
        return declaration_number(prefix, store.next_number_sequence(self.db, prefix))

    def _stored(self, declaration_id: str) -> Declaration:
        stored = store.get_declaration(self.db, str(declaration_id).strip())
        if stored is None:
            raise NotFound(f"Verklaring '{declaration_id}' bestaat niet.")
        return stored

    def _issued(self, stored: Declaration) -> Declaration:
        """The stored declaration with its signatures and the names of who issued and
        withdrew it, as the screens show it."""
        names = people_store.names_of(
            self.db, sorted({p for p in (stored.issued_by, stored.withdrawn_by) if p})
        )
        return replace(
            stored,
            signatures=store.signatures_of(self.db, stored.id),
            issued_by_name=names.get(stored.issued_by, ""),
            withdrawn_by_name=names.get(stored.withdrawn_by or "", ""),
        )

    def _logo_of(self, declaration_id: str) -> bytes | None:
        return store.logo_of(self.db, declaration_id)

    def _signature_lines(self, overview) -> tuple[SignatureLine, ...]:
        school = overview.school
        names = {
            "trainer": overview.trainer.name,
            "candidate": overview.candidate.name,
            "manager": overview.employer.manager_name,
            "school": school.contact_name if school else "",
        }
        roles = [r for r in self.signature_roles() if r != "school"]
        if school is not None and school.co_signs:
            roles.append("school")  # the school's own choice, per school
        return tuple(SignatureLine(role, names.get(role, "")) for role in roles)

    def _place(self, place: str | None, employer_place: str) -> str:
        for value in (place, self._setting(SETTING_PLACE), employer_place):
            if value and value.strip():
                return " ".join(value.split())
        return ""

    def _person(self, person_id: str) -> Person:
        return self._people.person(person_id)

    @staticmethod
    def _reason(reason: str | None) -> str:
        text = clean_note(reason, "De reden")
        if len(text) < MIN_REASON:
            raise InvalidInput("Schrijf kort waarom de verklaring wordt ingetrokken.")
        return text

    @staticmethod
    def _local_date(instant: str) -> str:
        moment = dt.datetime.fromisoformat(instant.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        return moment.astimezone().date().isoformat()

    @classmethod
    def _local_year(cls, instant: str) -> int:
        return int(cls._local_date(instant)[:4])
