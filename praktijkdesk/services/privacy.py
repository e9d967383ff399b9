"""AVG: erase a candidate and everything of theirs, export their data for a request to see it,
and offer erasure some time after their trajectories closed.

Erasing is one transaction (marks, conclusions, current marks, signatures, declarations,
trajectories, the candidate). SQLite's secure_delete overwrites the freed pages and a WAL
checkpoint empties the log, so the names are gone from the live files, not just unlinked.
Older backups still hold them until the rotation removes those backups; the app says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from praktijkdesk.domain.names import search_key
from praktijkdesk.domain.people import Candidate, Role
from praktijkdesk.errors import InvalidInput, NotFound, UserError, os_reason
from praktijkdesk.platform import make_folder, replace, write_bytes_atomically
from praktijkdesk.services import exchange_scope as scoping
from praktijkdesk.services.base import DeviceIdProvider, Notifier, Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import bundle_records as bundle_store
from praktijkdesk.storage import declarations as declaration_store
from praktijkdesk.storage import erasure as store
from praktijkdesk.storage import marks as mark_store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage import scope as scope_store
from praktijkdesk.storage import self_views as self_view_store
from praktijkdesk.storage.database import translate_error

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.services.backups import BackupService
    from praktijkdesk.services.exchange import ExchangeService
    from praktijkdesk.services.guides import GuideService
    from praktijkdesk.services.people import PeopleService
    from praktijkdesk.services.trajectories import TrajectoryService
    from praktijkdesk.storage.database import Database

RETENTION_SETTING = "retention_years"
# Two years after the last trajectory ended: long enough for a school to register the
# declaration and for a follow-up (a certificate, a question from the employer), short enough
# not to keep a candidate's record "just in case". A setting, so a school can choose otherwise.
DEFAULT_RETENTION_YEARS = 2
EXPORT_FORMAT = "praktijkdesk-inzage/1"

BACKUPS_STILL_HOLD = (
    "Let op: oudere reservekopieën bevatten deze gegevens nog, tot ze vanzelf vervallen "
    "(de oudste reservekopie is hoogstens ruim een jaar oud). Zet zo'n oude reservekopie "
    "daarna niet meer terug, of wis de kandidaat dan opnieuw."
)


NOT_FINISHED = (
    "Het wissen uit het databasebestand zelf is nog niet af: een ander programma (een tweede "
    "venster of een opdracht) leest de gegevens nog. Sluit dat; bij de volgende start maakt "
    "praktijkdesk het af."
)


@dataclass(frozen=True)
class ErasureResult:
    candidate_id: str
    name: str
    counts: dict[str, int] = field(default_factory=dict)
    # False: the rows are gone, but old page copies stay in the file until another reader
    # lets go (finished at the next start).
    finished: bool = True
    # Backups that still hold the candidate (desk.privacy.erase_from_backups removes them).
    backups: tuple[Path, ...] = ()

    def describe(self) -> str:
        c = self.counts
        lines = [
            f"{self.name} is gewist: {c.get('trajectories', 0)} traject(en), "
            f"{c.get('marks', 0)} beoordelingsregel(s), {c.get('declarations', 0)} "
            f"praktijkverklaring(en) en {c.get('signatures', 0)} handtekening(en)."
        ]
        if not self.finished:
            lines.append(NOT_FINISHED)
        if not self.backups:
            lines.append("Geen reservekopie bevat deze kandidaat.")
        else:
            lines.append(f"{len(self.backups)} reservekopie(ën) bevatten deze kandidaat nog:")
            lines += [f"  {path}" for path in self.backups]
            lines.append(
                "Wis de kandidaat ook daaruit met: praktijkdesk erase-from-backups "
                f"{self.candidate_id} --yes"
            )
        return "\n".join(lines)


@dataclass(frozen=True)
class BackupErasure:
    erased_from: tuple[Path, ...]
    failed: tuple[Path, ...]

    def describe(self) -> str:
        if not self.erased_from and not self.failed:
            return "Geen enkele reservekopie bevat deze kandidaat."
        lines = []
        if self.erased_from:
            lines.append(f"Gewist uit {len(self.erased_from)} reservekopie(ën).")
        if self.failed:
            lines.append(
                f"Niet gelukt bij {len(self.failed)} reservekopie(ën); probeer het "
                "opnieuw of verwijder ze zelf:"
            )
            lines += [f"  {path}" for path in self.failed]
        return "\n".join(lines)


class PrivacyService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        device_id: DeviceIdProvider,
        backups: BackupService,
        people: PeopleService,
        guides: GuideService,
        trajectories: TrajectoryService,
        exchange: ExchangeService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._device_id = device_id
        self._backups = backups
        self._people = people
        self._guides = guides
        self._trajectories = trajectories
        self._exchange = exchange

    def candidate(self, id_or_prefix: str) -> Candidate:
        """A candidate by id, or by a unique start of it (at least 4 characters)."""
        text = str(id_or_prefix).strip()
        found = people_store.get_candidate(self.db, text) if text else None
        if found:
            return found
        matches = store.candidate_ids_with_prefix(self.db, text) if len(text) >= 4 else []
        if len(matches) == 1:
            return people_store.get_candidate(self.db, matches[0])
        if len(matches) > 1:
            raise InvalidInput(f"'{text}' past bij meer dan één kandidaat; geef meer tekens.")
        raise NotFound(f"Kandidaat '{text}' bestaat niet.")

    # Erasing -----------------------------------------------------------------------------
    def erase_candidate(self, candidate_id: str, *, person_id: str | None = None) -> ErasureResult:
        """Erase a candidate everywhere (the erasure travels). ``person_id``: who does it (the
        GUI's current person); a jobcoach never erases an employer's candidate (issue #20)."""
        candidate = self.candidate(candidate_id)
        self._check_may_erase(candidate, person_id)
        store.secure_delete(self.db, True)
        try:
            with self.action(
                Changes(marks=True, trajectories=True, people=True, declarations=True)
            ):
                # The erasure record (id and moment, no personal data) travels to every other
                # device, so the candidate stays erased everywhere (docs/exchange.md). Written
                # first: its change number then stays the highest, so the next sync file has it.
                bundle_store.add_erasure(
                    self.db,
                    {
                        "candidate_id": candidate.id,
                        "erased_at": self.now(),
                        "device_id": self._device_id(),
                        "trajectory_ids": bundle_store.trajectory_ids_of_candidate(
                            self.db, candidate.id
                        ),
                    },
                )
                counts = store.erase_candidate_rows(self.db, candidate.id)
        finally:
            store.secure_delete(self.db, False)
        # This device's own files in the synced folder still hold the candidate: rewrite them.
        self._exchange.forget_erased_in_sync_files()
        finished = self.finish_erasure(first=True)
        return ErasureResult(
            candidate.id,
            candidate.name,
            counts,
            finished,
            tuple(self.backups_holding(candidate.id)),
        )

    def _check_may_erase(self, candidate: Candidate, person_id: str | None) -> None:
        """The employer decides about its candidates' data: a jobcoach never erases a
        candidate of an employer, and nobody erases another employer's candidate (issue #20).
        On a jobcoach's laptop such candidates are there (copies of each employer's data); an
        erasure made there would travel to the employer's PC and erase the original."""
        employer_ids = scope_store.candidate_employers(self.db, [candidate.id]).get(
            candidate.id, set()
        )
        if not employer_ids:
            return  # no trajectory at any employer: whoever has it may erase it
        names = ", ".join(
            sorted(
                (
                    people_store.get_employer(self.db, e).name
                    if people_store.get_employer(self.db, e)
                    else e
                )
                for e in employer_ids
            )
        )
        person = people_store.get_person(self.db, person_id) if person_id else None
        if (
            person is not None
            and person.role is Role.TRAINER
            and employer_ids <= {person.employer_id}
        ):
            return
        device = scoping.device_scope(self.db)
        if (
            person is None
            and device.kind == scoping.EMPLOYER
            and employer_ids <= set(device.employer_ids)
        ):
            return  # the employer's own PC (command line: no person chosen)
        if person is None and not (device.kind == scoping.JOBCOACH and device.chosen):
            return  # no person (command line) and not known as a jobcoach's laptop
        if (person is not None and person.role is Role.JOBCOACH) or person is None:
            raise InvalidInput(
                f"Een jobcoach wist geen kandidaat van een leerbedrijf. {candidate.name} hoort bij "
                f"{names}: de praktijkopleider daar kan de kandidaat wissen, op de eigen computer. "
                "De wissing komt daarna vanzelf ook op deze computer. Er is niets gewist."
            )
        raise InvalidInput(
            f"{candidate.name} hoort bij {names}, niet bij uw leerbedrijf. Alleen een "
            "praktijkopleider van dat leerbedrijf kan de kandidaat wissen. Er is niets gewist."
        )

    def finish_erasure(self, *, first: bool = False) -> bool:
        """Make erased bytes gone from the files: VACUUM and a TRUNCATE checkpoint. When
        another connection still reads an older snapshot this cannot finish now: a setting
        says so, and Desk.open calls this again at the next start. True when finished."""
        if not first and self._setting(store.ERASURE_PENDING) is None:
            return True
        try:
            done = store.compact(self.db)
        except sqlite3.Error as exc:  # the erase itself is committed; say it is unfinished
            translate_error(exc, None)
            done = False
        pending = self._setting(store.ERASURE_PENDING) is not None
        if done and pending:
            self._store_setting(store.ERASURE_PENDING, None)
            store.compact(self.db)  # the settings change itself leaves nothing personal
        elif not done and not pending:
            with contextlib.suppress(UserError):
                self._store_setting(store.ERASURE_PENDING, "1")
        return done

    # Backups that still hold an erased candidate -----------------------------------------
    def backups_holding(self, candidate_id: str) -> list[Path]:
        """The backup files in which this candidate (by id) still exists, newest first."""
        return [
            entry.path
            for entry in self._backups.list()
            if entry.readable and store.backup_holds(entry.path, candidate_id)
        ]

    def erase_from_backups(self, candidate_id: str) -> BackupErasure:
        """Erase the candidate inside every backup that holds them (each backup keeps
        everyone else). A backup that cannot be rewritten is named, never half changed."""
        text = str(candidate_id).strip()
        if len(text) < 8:
            raise InvalidInput("Geef het volledige nummer (id) van de gewiste kandidaat.")
        erased, failed = [], []
        for path in self.backups_holding(text):
            try:
                if store.erase_from_backup_file(path, text):
                    erased.append(path)
            except (OSError, sqlite3.Error):
                failed.append(path)
        return BackupErasure(tuple(erased), tuple(failed))

    # Retention ---------------------------------------------------------------------------
    def retention_years(self) -> int:
        text = self._setting(RETENTION_SETTING)
        try:
            years = int(text) if text is not None else DEFAULT_RETENTION_YEARS
        except ValueError:
            years = DEFAULT_RETENTION_YEARS
        return max(1, years)

    def set_retention_years(self, years: int) -> None:
        if not isinstance(years, int) or not 1 <= years <= 50:
            raise InvalidInput("Kies een bewaartermijn van 1 tot 50 jaar.")
        self._store_setting(RETENTION_SETTING, str(years))

    def due_for_erasure(self) -> list[store.DueForErasure]:
        """Candidates whose trajectories all closed more than the retention term ago."""
        today = dt.date.fromisoformat(self.today())
        years = self.retention_years()
        try:
            cutoff = today.replace(year=today.year - years)
        except ValueError:  # 29 February
            cutoff = today.replace(year=today.year - years, day=28)
        return store.due_for_erasure(self.db, cutoff.isoformat())

    # Export (a request to see one's data) --------------------------------------------------
    def export_data(self, candidate_id: str) -> tuple[dict, dict[str, bytes]]:
        """Everything stored about the candidate as one JSON-ready dict, and the PDFs."""
        candidate = self.candidate(candidate_id)
        people = self._people
        names: dict[str, str] = {}

        def name_of(person_id: str | None) -> str | None:
            if not person_id:
                return None
            if person_id not in names:
                names.update(people_store.names_of(self.db, [person_id]))
            return names.get(person_id, person_id)

        pdfs: dict[str, bytes] = {}
        trajectories = []
        for t in self._trajectories.of_candidate(candidate.id):
            guide = self._guides.get(t.guide_key)
            behaviours = {b.id: b.text for b in guide.behaviours()}
            titles = {wp.code: wp.title for wp in guide.work_processes()}
            declarations = []
            for d in declaration_store.declarations_of(self.db, t.id):
                filename = _safe_filename(f"praktijkverklaring-{d.number}") + ".pdf"
                pdfs[filename] = declaration_store.declaration_pdf(self.db, d.id) or b""
                declarations.append(
                    {
                        "number": d.number,
                        "issued_at": d.issued_at,
                        "issued_by": name_of(d.issued_by),
                        "withdrawn_at": d.withdrawn_at,
                        "withdrawn_by": name_of(d.withdrawn_by),
                        "withdrawn_reason": d.withdrawn_reason,
                        "content": json.loads(declaration_store.snapshot_text(self.db, d.id)),
                        "pdf": filename,
                        "sha256": d.sha256,
                        "signatures": [
                            {
                                "role": s.role,
                                "name": s.name,
                                "signed_at": s.signed_at,
                                "strokes": [
                                    [list(point) for point in stroke] for stroke in s.strokes
                                ],
                            }
                            for s in declaration_store.signatures_of(self.db, d.id)
                        ],
                    }
                )
            trajectories.append(
                {
                    "id": t.id,
                    "guide": {"key": t.guide_key, "title": guide.title},
                    "employer": people.employer(t.employer_id).name,
                    "trainer": name_of(t.trainer_id),
                    "jobcoach": name_of(t.jobcoach_id),
                    "work_processes": [
                        {"code": c, "title": titles.get(c, "")} for c in t.work_processes
                    ],
                    "start_date": t.start_date,
                    "end_date": t.end_date,
                    "status": t.status.value,
                    "created_at": t.created_at,
                    "marks": [
                        {
                            "uuid": m.uuid,
                            "behaviour": m.behaviour_id,
                            "behaviour_text": behaviours.get(m.behaviour_id, ""),
                            "status": m.status.value if m.status else None,
                            "by": name_of(m.person_id),
                            "at": m.at,
                            "note": m.note,
                            "undoes": m.undoes,
                        }
                        for m in mark_store.marks_of_trajectory(self.db, t.id)
                    ],
                    "conclusions": [
                        {
                            "uuid": c.uuid,
                            "work_process": c.work_process_code,
                            "value": c.value.value if c.value else None,
                            "by": name_of(c.person_id),
                            "at": c.at,
                            "reason": c.reason,
                            "undoes": c.undoes,
                        }
                        for c in mark_store.conclusions_of(self.db, t.id)
                    ],
                    "declarations": declarations,
                    # "Dit kan ik": what the candidate said of themselves (never a mark).
                    "self_views": [
                        {
                            "uuid": e.uuid,
                            "behaviour": e.behaviour_id,
                            "behaviour_text": behaviours.get(e.behaviour_id, ""),
                            "can_do": e.can_do,
                            "at": e.at,
                        }
                        for e in self_view_store.self_views_of(self.db, t.id)
                    ],
                }
            )
        data = {
            "format": EXPORT_FORMAT,
            "exported_at": self.now(),
            "candidate": {
                "id": candidate.id,
                "name": candidate.name,
                "birth_date": candidate.birth_date,
            },
            "trajectories": trajectories,
        }
        return data, pdfs

    def export_candidate(self, candidate_id: str, folder: str | os.PathLike) -> Path:
        """Write ``<folder>/inzage-<name>-<date>/gegevens.json`` and the declaration PDFs.

        Written into a temporary folder first and renamed when complete: never half an export.
        """
        data, pdfs = self.export_data(candidate_id)
        if not str(folder).strip():
            raise InvalidInput("Geef een map voor de gegevens van de kandidaat.")
        folder = Path(folder).expanduser()
        try:
            make_folder(folder)
        except OSError as exc:
            raise InvalidInput(
                f"De map {folder} kan niet worden gemaakt ({os_reason(exc)})."
            ) from exc
        base = f"inzage-{_safe_filename(data['candidate']['name'])}-{self.today()}"
        target = folder / base
        number = 1
        while target.exists():
            number += 1
            target = folder / f"{base}-{number}"
        temporary = folder / f".{target.name}.tmp"
        shutil.rmtree(temporary, ignore_errors=True)
        try:
            make_folder(temporary)  # 0700 on POSIX; Windows: the folder's own ACL
            _write_private(
                temporary / "gegevens.json",
                json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"),
            )
            for filename, pdf in pdfs.items():
                _write_private(temporary / filename, pdf)
            replace(temporary, target)
        except OSError as exc:
            shutil.rmtree(temporary, ignore_errors=True)
            error = translate_error(exc, folder, writing=True)
            if error is exc:
                error = InvalidInput(
                    f"De gegevens konden niet worden opgeslagen in {folder} ({os_reason(exc)})."
                )
            raise error from exc
        return target


def _write_private(path: Path, data: bytes) -> None:
    """0600, O_BINARY (a PDF must not get CR LF on Windows), fsync: praktijkdesk.platform."""
    write_bytes_atomically(path, data)


def _safe_filename(text: str) -> str:
    """ASCII letters, digits and dashes: safe on every file system and in an e-mail."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", search_key(text)).strip("-")
    return cleaned[:60] or "kandidaat"
