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

import base64
import binascii
import datetime as dt
import hashlib
import math
import re
from dataclasses import dataclass
from pathlib import Path

from praktijkdesk.domain.declaration import (
    SIGNATURE_ROLE_LABELS,
    SIGNATURE_ROLES,
    DeclarationSnapshot,
    DeclaredCoreTask,
    Signature,
    SignatureLine,
    choose_work_processes,
    declarable_work_processes,
    declaration_number,
    group_by_core_task,
)
from praktijkdesk.domain.guide import Guide
from praktijkdesk.domain.names import clean_name
from praktijkdesk.domain.people import JUDGES_ONLY, Person, Role, judges_for
from praktijkdesk.errors import DatabaseDamaged, InvalidInput, NotFound
from praktijkdesk.services.base import Service, new_id
from praktijkdesk.services.changes import Changes
from praktijkdesk.services.marking import clean_note
from praktijkdesk.storage import declarations as store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage.settings import get_setting, set_setting

# Settings (key → meaning). The UI's settings screen writes them; all are optional.
SETTING_ROLES = "signature_roles"  # "trainer,candidate" (default); add manager and/or school
SETTING_ORGANISATION = "organisation_name"
SETTING_LOGO = "organisation_logo"  # a file path, relative to the data folder or absolute
SETTING_PLACE = "organisation_place"  # else the employer's place
DEFAULT_ROLES = ("trainer", "candidate")
# The logo as it was when a declaration was issued (base64), so a signed or withdrawn copy
# rendered later shows the same logo as the stored original.
LOGO_OF_DECLARATION = "declaration_logo:"

MAX_LOGO_BYTES = 2 * 1024 * 1024
MIN_REASON = 5
MAX_STROKES = 400
MAX_POINTS = 20_000

# "kwalificatiedossier Bediening (dossiercrebo 23081)" in a guide's source text.
_QUALIFICATION_FILE = re.compile(
    r"kwalificatiedossier\s+(?:mbo\s+)?([^(),.;]+?)\s*\((?:dossier)?crebo\s+(\d{5})\)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class IssuedDeclaration:
    """An issued declaration as the app shows it (history, reprint, signing)."""

    id: str
    number: str
    trajectory_id: str
    issued_at: str
    issued_by: str  # person id
    issued_by_name: str
    snapshot: DeclarationSnapshot
    sha256: str  # of the stored (unsigned) PDF bytes
    withdrawn_at: str | None
    withdrawn_by: str | None
    withdrawn_by_name: str
    withdrawn_reason: str | None
    signatures: tuple[Signature, ...]  # as stored, stale ones included

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def valid_signatures(self) -> tuple[Signature, ...]:
        return tuple(s for s in self.signatures if s.is_for(self.snapshot))

    @property
    def stale_signatures(self) -> tuple[Signature, ...]:
        return tuple(s for s in self.signatures if not s.is_for(self.snapshot))

    @property
    def signed(self) -> bool:
        return bool(self.valid_signatures)

    def signature_roles(self) -> list[str]:
        """The roles with a block on this declaration, in print order."""
        return [line.role for line in self.snapshot.signature_lines]

    def unsigned_roles(self) -> list[str]:
        done = {s.role for s in self.valid_signatures}
        return [role for role in self.signature_roles() if role not in done]

    def file_name(self) -> str:
        return pdf_file_name(self.number, self.snapshot.candidate_name)


# Issuing renders outside the write transaction and stores only when nothing changed in
# between; after this many tries (a second writer each time) it renders inside it.
_ISSUE_ATTEMPTS = 3


class _ChangedMeanwhile(Exception):
    """Internal: the data changed between rendering and storing; roll back and start over."""


def pdf_file_name(number: str, candidate_name: str) -> str:
    """A file name to suggest: 'PV-2026-0007 Şükrü Öztürk.pdf' (no path separators)."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", f"{number} {candidate_name}").strip()
    return f"{' '.join(safe.split())}.pdf"


def qualification_file_of(guide: Guide) -> str:
    """The kwalificatiedossier as the guide names it, or "" when it does not say."""
    named = (guide.extra or {}).get("qualification_file")
    if isinstance(named, str) and named.strip():
        return named.strip()
    found = _QUALIFICATION_FILE.search(guide.source or "")
    return f"{found.group(1).strip()} (crebo {found.group(2)})" if found else ""


def clean_strokes(strokes: object) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Pen strokes as plain float tuples; refuses what is not a drawing."""
    try:
        cleaned = tuple(
            tuple((float(x), float(y)) for x, y in stroke) for stroke in strokes
        )
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


class DeclarationService(Service):
    # Reading -----------------------------------------------------------------------------
    def history(self, trajectory_id: str) -> list[IssuedDeclaration]:
        """Every declaration of the trajectory, oldest first, withdrawn ones included."""
        trajectory = self.desk.trajectories.resolve(trajectory_id)
        return [self._issued(row) for row in store.declarations_of(self.db, trajectory.id)]

    def current(self, trajectory_id: str) -> IssuedDeclaration | None:
        """The latest declaration that is not withdrawn, or None."""
        valid = [d for d in self.history(trajectory_id) if not d.withdrawn]
        return valid[-1] if valid else None

    def get(self, declaration_id: str) -> IssuedDeclaration:
        return self._issued(self._stored(declaration_id))

    def declarable(self, trajectory_id: str) -> tuple[DeclaredCoreTask, ...]:
        """What may be declared: the chosen work processes concluded *beheerst*, by core task."""
        trajectory = self.desk.trajectories.resolve(trajectory_id)
        guide = self.desk.guides.get(trajectory.guide_key)
        progress = self.desk.trajectories.progress(trajectory)
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
        overview = self.desk.trajectories.overview(trajectory_id)
        t, guide, employer = overview.trajectory, overview.guide, overview.employer
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
            organisation_name=(self.desk.setting(SETTING_ORGANISATION) or "").strip(),
            signature_lines=self._signature_lines(overview),
            draft=draft,
        )

    def draft(self, trajectory_id: str, work_processes: list[str] | None = None,
              place: str | None = None) -> bytes:
        """A CONCEPT with the number the next declaration would get; nothing is stored."""
        from praktijkdesk.documents.declaration_pdf import render_declaration  # lazy: fpdf

        issued_at = self.now()
        year = self._local_year(issued_at)
        number = declaration_number(year, store.next_number_sequence(self.db, year))
        snapshot = self.build_snapshot(
            trajectory_id, work_processes, number=number, issued_at=issued_at, place=place,
            draft=True,
        )
        return render_declaration(snapshot, logo=self.logo())

    # Issuing -----------------------------------------------------------------------------
    def issue(
        self,
        trajectory_id: str,
        person_id: str,
        work_processes: list[str] | None = None,
        place: str | None = None,
        *,
        replaces_reason: str | None = None,
    ) -> IssuedDeclaration:
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

        trajectory = self.desk.trajectories.resolve(trajectory_id)
        person = self._judge(person_id, trajectory.employer_id)
        declaration_id = new_id()
        issued_at = self.now()
        year = self._local_year(issued_at)
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
            number = declaration_number(year, store.next_number_sequence(self.db, year))
            snapshot = self.build_snapshot(
                trajectory.id, work_processes, number=number, issued_at=issued_at, place=place
            )
            return existing.id if existing else None, snapshot, self.logo()

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
                        store.withdraw_declaration(self.db, existing_id, issued_at, person.id,
                                                   self._reason(replaces_reason))
                    store.add_declaration(
                        self.db,
                        store.StoredDeclaration(
                            id=declaration_id, number=snapshot.number,
                            trajectory_id=trajectory.id, issued_at=issued_at,
                            issued_by=person.id, snapshot=snapshot.to_json(), pdf=pdf,
                            sha256=hashlib.sha256(pdf).hexdigest(), withdrawn_at=None,
                            withdrawn_by=None, withdrawn_reason=None,
                        ),
                    )
                    if logo:
                        set_setting(self.db, LOGO_OF_DECLARATION + declaration_id,
                                    base64.b64encode(logo).decode("ascii"))
            except _ChangedMeanwhile:
                continue  # rolled back: nothing was written; render again from the new state
            return self.get(declaration_id)
        raise AssertionError("unreachable: the last attempt always stores or raises")

    def withdraw(self, declaration_id: str, person_id: str, reason: str) -> IssuedDeclaration:
        """Mark a wrong declaration *ingetrokken*; it stays in the history."""
        stored = self._stored(declaration_id)
        if stored.withdrawn_at is not None:
            raise InvalidInput(f"Verklaring {stored.number} is al ingetrokken.")
        person = self._judge(person_id, self.desk.trajectories.resolve(stored.trajectory_id).employer_id)
        reason = self._reason(reason)
        changes = Changes(declarations=True, trajectory_ids=frozenset([stored.trajectory_id]))
        with self.action(changes):
            store.withdraw_declaration(self.db, stored.id, self.now(), person.id, reason)
        return self.get(stored.id)

    # Signing -----------------------------------------------------------------------------
    def sign(self, declaration_id: str, role: str, name: str | None, strokes: object
             ) -> Signature:
        """A signature drawn on the screen, bound to the exact snapshot it is given on."""
        issued = self.get(declaration_id)
        if issued.withdrawn:
            raise InvalidInput(f"Verklaring {issued.number} is ingetrokken en kan niet meer "
                               "worden getekend.")
        lines = {line.role: line for line in issued.snapshot.signature_lines}
        if role not in lines:
            label = SIGNATURE_ROLE_LABELS.get(role, role)
            raise InvalidInput(f"Op verklaring {issued.number} staat geen plek voor "
                               f"'{label}'.")
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
            store.add_signature(
                self.db,
                store.StoredSignature(
                    id=new_id(), declaration_id=issued.id, role=role, name=signer,
                    strokes=[[list(p) for p in s] for s in signature.strokes],
                    snapshot_sha256=signature.snapshot_sha256, signed_at=signature.signed_at,
                ),
            )
        return signature

    # Printing ----------------------------------------------------------------------------
    def reprint(self, declaration_id: str, *, with_signatures: bool = True) -> bytes:
        """The declaration's PDF, identical on every reprint (see the module docstring)."""
        stored = self._stored(declaration_id)
        if hashlib.sha256(stored.pdf).hexdigest() != stored.sha256:
            raise DatabaseDamaged(
                f"Het opgeslagen PDF-bestand van verklaring {stored.number} is beschadigd. "
                "Zet een reservekopie terug."
            )
        issued = self._issued(stored)
        signatures = issued.signatures if with_signatures else ()
        if not issued.withdrawn and not signatures:
            return bytes(stored.pdf)
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

    # Settings ----------------------------------------------------------------------------
    def signature_roles(self) -> tuple[str, ...]:
        """The signature blocks the next declaration gets; the trainer's is always there."""
        text = self.desk.setting(SETTING_ROLES) or ",".join(DEFAULT_ROLES)
        wanted = {part.strip().lower() for part in text.split(",")}
        wanted.add("trainer")
        return tuple(role for role in SIGNATURE_ROLES if role in wanted)

    def logo(self) -> bytes | None:
        """The organisation's logo from the settings; None when unset, missing or too big."""
        value = (self.desk.setting(SETTING_LOGO) or "").strip()
        if not value:
            return None
        path = Path(value).expanduser()
        if not path.is_absolute():
            path = self.desk.data_dir / path
        try:
            if not path.is_file() or path.stat().st_size > MAX_LOGO_BYTES:
                return None
            return path.read_bytes() or None
        except OSError:
            return None

    # Internals ---------------------------------------------------------------------------
    def _stored(self, declaration_id: str) -> store.StoredDeclaration:
        stored = store.get_declaration(self.db, str(declaration_id).strip())
        if stored is None:
            raise NotFound(f"Verklaring '{declaration_id}' bestaat niet.")
        return stored

    def _issued(self, stored: store.StoredDeclaration) -> IssuedDeclaration:
        names = people_store.names_of(
            self.db, sorted({p for p in (stored.issued_by, stored.withdrawn_by) if p})
        )
        signatures = tuple(
            Signature(
                role=s.role, name=s.name, signed_at=s.signed_at,
                strokes=tuple(tuple((float(x), float(y)) for x, y in stroke) for stroke in s.strokes),
                snapshot_sha256=s.snapshot_sha256,
            )
            for s in store.signatures_of(self.db, stored.id)
        )
        return IssuedDeclaration(
            id=stored.id,
            number=stored.number,
            trajectory_id=stored.trajectory_id,
            issued_at=stored.issued_at,
            issued_by=stored.issued_by,
            issued_by_name=names.get(stored.issued_by, ""),
            snapshot=DeclarationSnapshot.from_json(stored.snapshot),
            sha256=stored.sha256,
            withdrawn_at=stored.withdrawn_at,
            withdrawn_by=stored.withdrawn_by,
            withdrawn_by_name=names.get(stored.withdrawn_by or "", ""),
            withdrawn_reason=stored.withdrawn_reason,
            signatures=signatures,
        )

    def _logo_of(self, declaration_id: str) -> bytes | None:
        text = get_setting(self.db, LOGO_OF_DECLARATION + declaration_id)
        if not text:
            return None
        try:
            return base64.b64decode(text.encode("ascii"), validate=True)
        except (binascii.Error, ValueError):
            return None

    def _signature_lines(self, overview) -> tuple[SignatureLine, ...]:
        names = {"trainer": overview.trainer.name, "candidate": overview.candidate.name}
        return tuple(SignatureLine(role, names.get(role, "")) for role in self.signature_roles())

    def _place(self, place: str | None, employer_place: str) -> str:
        for value in (place, self.desk.setting(SETTING_PLACE), employer_place):
            if value and value.strip():
                return " ".join(value.split())
        return ""

    def _person(self, person_id: str) -> Person:
        return self.desk.people.person(person_id)

    def _judge(self, person_id: str, employer_id: str) -> Person:
        """Only a trainer of the trajectory's employer issues and withdraws (#13); a jobcoach
        hears that they may prepare it (#20)."""
        person = self._not_a_jobcoach(self._person(person_id))
        if not judges_for(person, employer_id):
            raise InvalidInput(JUDGES_ONLY)
        return person

    @staticmethod
    def _not_a_jobcoach(person: Person) -> Person:
        """Issue #20: a jobcoach prepares a declaration (choose, preview) but never issues or
        withdraws one: that is the trainer's judgement."""
        if person.role is Role.JOBCOACH:
            raise InvalidInput(
                "Een jobcoach kan de praktijkverklaring voorbereiden, maar alleen de "
                "praktijkopleider van het leerbedrijf maakt hem of trekt hem in. Er is niets veranderd."
            )
        return person

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
