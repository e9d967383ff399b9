"""Exchange between devices without a server: bundle files and a synced folder.

- ``export(path, trajectory_id=|employer_id=|everything=True)`` writes a bundle file.
- ``preview(path)`` says what an import would add or change; ``import_file(path)`` does it,
  in one transaction, after a backup. A bad or foreign file changes nothing.
- ``conflicts(trajectory_id)``: behaviours that two devices set differently without having
  seen each other's mark ("Jan zette dit op beheerst, Fatma op nog niet").
- ``likely_duplicates()`` / ``merge_candidates(keep_id, drop_id)``.
- ``sync(folder)`` / ``sync_round()``: one round of synced-folder exchange.

The rules are in docs/exchange.md. In short: events (marks, conclusions) are kept by uuid and
never lost; records (employers, people, candidates, trajectories) carry a revision
(rev, rev_device) and the highest wins on every device, whatever the order of arrival.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from praktijkdesk import __version__
from praktijkdesk.bundles import (
    BUNDLE_SUFFIX,
    KINDS,
    Bundle,
    InvalidBundle,
    missing_references,
    read_bundle,
    read_bundle_bytes,
    signing,
)
from praktijkdesk.bundles.format import (
    KEYS,
    LABELS,
    MAX_FILE_BYTES,
    encode_bundle,
    peek_manifest,
    read_regular_file,
    write_bundle,
)
from praktijkdesk.domain import hlc
from praktijkdesk.domain.mark import Mark, MarkStatus
from praktijkdesk.domain.names import search_key
from praktijkdesk.domain.people import Candidate, Person, Role, follow_merges, same_person
from praktijkdesk.errors import InvalidInput
from praktijkdesk.guides.json_format import load_json as load_guide_json
from praktijkdesk.platform import make_folder
from praktijkdesk.platform.files import unique_path
from praktijkdesk.services import exchange_scope as scoping
from praktijkdesk.services.base import DeviceIdProvider, Notifier, Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.services.exchange_rules import clock_message, future_times, violations
from praktijkdesk.storage import bundle_records as store
from praktijkdesk.storage import erasure as erasure_store
from praktijkdesk.storage import hlc as hlc_store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage import scope as scope_store
from praktijkdesk.storage.changes import VERSIONED
from praktijkdesk.storage.database import write
from praktijkdesk.storage.settings import get_setting, set_setting

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.services.backups import BackupService
    from praktijkdesk.services.guides import GuideService
    from praktijkdesk.services.people import PeopleService
    from praktijkdesk.services.trajectories import TrajectoryService
    from praktijkdesk.storage.database import Database

SYNC_SETTING = "sync_folder"
KEY_SETTING = "device_key"  # this device's Ed25519 private key (bundles/signing.py)
SYNC_STATE_SETTING = "sync_state"
SYNC_SUBFOLDER = "praktijkdesk-sync"
SYNC_BACKUP_INTERVAL = 3600.0  # seconds between backups taken before synced-folder imports
_SYNC_FILE = re.compile(r"^(\d{6,9})" + re.escape(BUNDLE_SUFFIX) + r"$")
_DEVICE_FOLDER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# Compaction (issue #18): a device replaces its old files in a stream by one snapshot once it
# has this many files there that no snapshot covers yet, and deletes the covered files when
# the snapshot has been in the folder for the grace period (docs/exchange.md, "Compaction").
COMPACT_AT = 8
COMPACTION_GRACE = dt.timedelta(hours=48)
# Folder names every sync engine takes (OneDrive, SharePoint, Nextcloud, Syncthing, FAT32):
# letters, digits, "-" and "_" only, at most 64 characters (so no trailing dot or space,
# nothing of " * : < > ? / \\ |), and none of the names Windows or SharePoint reserve.
_SAFE_FOLDER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_RESERVED_NAME = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9]|forms)$|_vti_", re.IGNORECASE)


# --- results ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]


@dataclass(frozen=True)
class Duplicate:
    """Two candidates that are probably one person (same name and birth date)."""

    keep: Candidate  # the older record: the suggestion to keep
    drop: Candidate

    @property
    def message(self) -> str:
        born = f", geboren {self.keep.birth_date}" if self.keep.birth_date else ""
        return f"{self.keep.name}{born} staat er twee keer in. Samenvoegen?"


@dataclass(frozen=True)
class PersonDuplicate:
    """Two records of one trainer or jobcoach (same name, role and employer or organisation),
    made on two devices (issue #20)."""

    keep: Person  # the older record: the suggestion to keep
    drop: Person

    @property
    def message(self) -> str:
        role = "praktijkopleider" if self.keep.role is Role.TRAINER else "jobcoach"
        return f"{self.keep.name} ({role}) staat er twee keer in. Samenvoegen?"


@dataclass(frozen=True)
class ImportPlan:
    """What an import adds and changes (a preview), or did (after ``import_file``)."""

    source: str
    device_id: str
    created_at: str
    scope: str
    added: dict[str, int]
    changed: dict[str, int]
    duplicates: tuple[Duplicate, ...]
    warnings: tuple[str, ...]
    applied: bool = False
    # Scope (issue #20): who the data is about and where it came from.
    source_employers: tuple[str, ...] = ()  # employers whose trajectories the file carries
    candidate_names: tuple[str, ...] = ()  # candidates with something new or changed
    refused: tuple[tuple[str, str], ...] = ()  # (candidate, employer) not read in: not ours
    trajectory_ids: tuple[str, ...] = ()  # trajectories with something new or changed
    erased_kept_out: int = 0  # candidates erased before that the file still holds: not brought back
    erased_here: int = 0  # candidates erased on another device, now erased here too
    new_erasures: int = 0  # erasure records new here (said in words, not counted in ``added``)
    person_duplicates: tuple[PersonDuplicate, ...] = ()  # one person, two records (issue #20)

    @property
    def new_marks(self) -> int:
        return self.added.get("marks", 0)

    @property
    def new_trajectories(self) -> int:
        return self.added.get("trajectories", 0)

    @property
    def new_candidates(self) -> int:
        return self.added.get("candidates", 0)

    @property
    def new_declarations(self) -> int:
        return self.added.get("declarations", 0)

    @property
    def nothing_new(self) -> bool:
        return (
            not any(self.added.values())
            and not any(self.changed.values())
            and not self.new_erasures
        )

    def lines(self) -> list[str]:
        """The Dutch summary that ``import --dry-run`` prints and the GUI can show."""
        verb = "Toegevoegd" if self.applied else "Wordt toegevoegd"
        changed_verb = "Bijgewerkt" if self.applied else "Wordt bijgewerkt"
        lines = [
            f"Uitwisselbestand {self.source} (van apparaat {self.device_id[:8]}, {self.created_at[:16]})."
        ]
        if self.nothing_new:
            lines.append("Niets nieuws: alles staat er al in.")
        lines += self.scope_lines()
        for kind in KINDS:
            if self.added.get(kind):
                lines.append(f"{verb}: {self.added[kind]} × {_PLURALS[kind]}")
        for kind in KINDS:
            if self.changed.get(kind):
                lines.append(f"{changed_verb}: {self.changed[kind]} × {_PLURALS[kind]}")
        lines += [f"Mogelijk dubbel: {d.message}" for d in self.duplicates]
        lines += [f"Mogelijk dezelfde persoon: {d.message}" for d in self.person_duplicates]
        lines += [f"Let op: {w}" for w in self.warnings]
        return lines

    def scope_lines(self) -> list[str]:
        lines = []
        if self.source_employers:
            lines.append(f"Van leerbedrijf: {', '.join(self.source_employers)}.")
        if self.candidate_names:
            lines.append(f"Kandidaten: {', '.join(self.candidate_names)}.")
        if self.refused:
            lines.append(
                "Niet ingelezen, want van een ander leerbedrijf: "
                + ", ".join(f"{n} ({e})" if e else n for n, e in self.refused)
                + "."
            )
        return lines

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "device_id": self.device_id,
            "created_at": self.created_at,
            "source_employers": list(self.source_employers),
            "candidate_names": list(self.candidate_names),
            "refused": [{"candidate": n, "employer": e} for n, e in self.refused],
            "scope": self.scope,
            "added": self.added,
            "changed": self.changed,
            "duplicates": [
                {"keep": d.keep.id, "drop": d.drop.id, "name": d.keep.name} for d in self.duplicates
            ],
            "warnings": list(self.warnings),
            "applied": self.applied,
            "erased_kept_out": self.erased_kept_out,
            "erased_here": self.erased_here,
            "new_erasures": self.new_erasures,
            "person_duplicates": [
                {"keep": d.keep.id, "drop": d.drop.id, "name": d.keep.name}
                for d in self.person_duplicates
            ],
        }


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class RefusedBundle(InvalidBundle):
    """A whole, readable bundle that breaks the rules for what an import may do (see
    services/exchange_rules.py). ``retry_later``: only a clock was off; a synced-folder file
    is tried again in a later round."""

    code = "refused_bundle"

    def __init__(self, message: str, *, retry_later: bool = False) -> None:
        super().__init__(message)
        self.retry_later = retry_later


_PLURALS = {
    "guides": "begeleidingsdocument(en)",
    "schools": "school/scholen",
    "employers": "leerbedrijf/-bedrijven",
    "people": "praktijkopleider(s)/jobcoach(es)",
    "candidates": "kandidaat/kandidaten",
    "candidate_merges": "samengevoegde kandidaat/kandidaten",
    "trajectories": "traject(en)",
    "person_merges": "samengevoegde persoon/personen",
    "marks": "beoordeling(en)",
    "conclusions": "afgeronde werkproces(sen)",
    "declarations": "praktijkverklaring(en)",
    "signatures": "handtekening(en)",
    "erasures": "wissing(en) van een kandidaat",
}


@dataclass(frozen=True)
class ConflictSide:
    mark_uuid: str
    person_id: str
    person_name: str
    status: MarkStatus
    at: str
    device_id: str

    @property
    def phrase(self) -> str:
        return f"{self.person_name} op {self.status.label.lower()}"


@dataclass(frozen=True)
class Conflict:
    """Two or more marks on one behaviour made without seeing each other, with different
    statuses. The current state is still the latest mark; a new mark settles it."""

    trajectory_id: str
    behaviour_id: str
    sides: tuple[ConflictSide, ...]  # latest first (the first is the current state)

    @property
    def message(self) -> str:
        first, *rest = self.sides
        text = f"{first.person_name} zette dit op {first.status.label.lower()}"
        return ", ".join([text, *(side.phrase for side in rest)])


@dataclass(frozen=True)
class SyncResult:
    folder: Path
    written: Path | None  # the last file written (one per employer stream with news)
    imported: tuple[ImportPlan, ...]
    waiting: tuple[str, ...]  # files not (yet) usable: half-synced, damaged or foreign
    written_all: tuple[Path, ...] = ()

    @property
    def changed(self) -> bool:
        return any(p.added or p.changed for p in self.imported)


# --- conflicts (pure) ---------------------------------------------------------------------
def open_conflicts(
    events: Iterable[Mark], parents: dict[str, list[str]]
) -> dict[tuple, list[Mark]]:
    """(trajectory, behaviour) → the concurrent heads, latest first, where their statuses differ.

    A mark's parents are the marks of its behaviour its device knew as latest when it was
    made. A head is an effective mark (not an undo, not undone) that no effective mark has
    as ancestor: nobody has seen it and made another choice since.
    """
    events = list(events)
    undone = {e.undoes for e in events if e.undoes}
    by_key: dict[tuple, list[Mark]] = {}
    for e in events:
        if e.undoes is None:
            by_key.setdefault((e.trajectory_id, e.behaviour_id), []).append(e)
    result = {}
    for key, marks in by_key.items():
        effective = [m for m in marks if m.uuid not in undone]
        if len(effective) < 2:
            continue
        covered: set[str] = set()
        for mark in effective:
            stack = list(parents.get(mark.uuid, ()))
            while stack:
                uuid = stack.pop()
                if uuid not in covered:
                    covered.add(uuid)
                    stack.extend(parents.get(uuid, ()))
        heads = [m for m in effective if m.uuid not in covered]
        if len({m.status for m in heads}) > 1:
            result[key] = sorted(heads, key=lambda m: m.order_key, reverse=True)
    return result


def resolve_candidate(merges: dict[str, str], candidate_id: str, available: set[str]) -> str:
    """Where a (possibly merged) candidate id leads: follow drop → keep to the end, and take
    the last id on the way that is available here. Two devices that merged a pair each way
    make a cycle; then the smallest id of the cycle stays, on every device alike."""
    chain = [candidate_id]
    while chain[-1] in merges and merges[chain[-1]] not in chain:
        chain.append(merges[chain[-1]])
    last = chain[-1]
    if last in merges:  # a cycle
        loop = chain[chain.index(merges[last]) :]
        chain = chain[: chain.index(min(loop)) + 1]
    for node in reversed(chain):
        if node in available:
            return node
    return candidate_id


def _winner_key(row: dict) -> tuple:
    """The total order on versions of one record: revision, then device, then content."""
    return (row["rev"], row["rev_device"], json.dumps(row, sort_keys=True, ensure_ascii=False))


# --- the service --------------------------------------------------------------------------
@dataclass
class _Plan:
    bundle: Bundle
    source: str
    rows: dict[str, list[dict]] = field(default_factory=dict)  # kind → rows to insert
    updates: dict[str, list[dict]] = field(default_factory=dict)  # kind → rows to update
    duplicates: list[Duplicate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source_employers: tuple[str, ...] = ()
    refused: tuple[tuple[str, str], ...] = ()
    # Candidate names of trajectories the file's events refer to but does not hold (a
    # synced-folder file holds only what changed, issue #18): for "bij Aïcha Benali".
    names_here: dict[str, str] = field(default_factory=dict)

    def _news(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(candidate names, trajectory ids) with something new or changed."""
        tids = {
            r["id"]
            for k in ("trajectories",)
            for r in (*self.rows.get(k, []), *self.updates.get(k, []))
        }
        for kind in ("marks", "conclusions", "declarations"):
            tids |= {
                r["trajectory_id"] for r in (*self.rows.get(kind, []), *self.updates.get(kind, []))
            }
        by_id = {t["id"]: t["candidate_id"] for t in self.bundle["trajectories"]}
        names = {c["id"]: c["name"] for c in self.bundle["candidates"]}
        candidate_ids = {by_id[t] for t in tids if t in by_id}
        candidate_ids |= {
            r["id"] for r in (*self.rows.get("candidates", []), *self.updates.get("candidates", []))
        }
        found = {names[c] for c in candidate_ids if c in names}
        found |= {self.names_here[t] for t in tids if t not in by_id and t in self.names_here}
        return tuple(sorted(found)), tuple(sorted(tids))

    erase: list[str] = field(default_factory=list)  # candidate ids to erase here (erased elsewhere)
    erased_kept_out: int = 0
    new_device: tuple[str, str] | None = None  # (device id, public key) met for the first time
    person_duplicates: list[PersonDuplicate] = field(default_factory=list)

    def summary(self, applied: bool) -> ImportPlan:
        candidate_names, trajectory_ids = self._news()
        return ImportPlan(
            source=self.source,
            device_id=self.bundle.device_id,
            created_at=self.bundle.created_at,
            scope=self.bundle.scope["kind"],
            added={k: len(v) for k, v in self.rows.items() if v and k != "erasures"},
            changed={k: len(v) for k, v in self.updates.items() if v},
            duplicates=tuple(self.duplicates),
            warnings=tuple(self.warnings),
            applied=applied,
            source_employers=self.source_employers,
            candidate_names=candidate_names,
            refused=self.refused,
            trajectory_ids=trajectory_ids,
            erased_kept_out=self.erased_kept_out,
            erased_here=len(self.erase),
            new_erasures=len(self.rows.get("erasures", [])),
            person_duplicates=tuple(self.person_duplicates),
        )


TRUSTED, PENDING, REFUSED = "trusted", "pending", "refused"


@dataclass(frozen=True)
class KnownDevice:
    """Another device this one met (glossary: KnownDevice, *gekoppeld apparaat*)."""

    device_id: str
    code: str  # the short control code ("889 972") of its public key
    first_seen_at: str
    trust: str  # TRUSTED, PENDING (waiting for "Vertrouwen") or REFUSED

    @property
    def short_id(self) -> str:
        return self.device_id[:8]


MAX_SYNC_FETCH = 512 * 1024 * 1024  # bytes a worker reads ahead from one sync file


class ExchangeService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        data_dir: Path,
        device_id: DeviceIdProvider,
        warnings: list[str],
        backups: BackupService,
        people: PeopleService,
        guides: GuideService,
        trajectories: TrajectoryService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._data_dir = data_dir
        self._device_id = device_id
        self._warnings = warnings
        self._backups = backups
        self._people = people
        self._guides = guides
        self._trajectories = trajectories
        self._last_sync_backup = 0.0
        self._waiting: dict[Path, tuple[int, int]] = {}  # unusable file → (size, mtime) seen

    # Export ------------------------------------------------------------------------------
    def export(
        self,
        path: str | os.PathLike,
        *,
        trajectory_id: str | None = None,
        employer_id: str | None = None,
        everything: bool = False,
        overwrite: bool = False,
        jobcoach_id: str | None = None,
    ) -> ExportResult:
        """One trajectory, all trajectories of an employer (only those of one jobcoach when
        ``jobcoach_id`` is given), or everything this device may send, in one file. The file
        never holds another employer's candidates than the scope says (issue #20)."""
        if sum([trajectory_id is not None, employer_id is not None, everything]) != 1:
            raise InvalidInput("Kies één traject, één leerbedrijf, of alles.")
        # Stored only once everything is read (below): a write before the reading would change
        # a damaged file that the damaged-database path promises to keep as it is.
        device = self.scope()
        extra: dict[str, set[str]] = {}
        if trajectory_id is not None:
            trajectory = self._trajectories.resolve(trajectory_id)
            ids, scope = [trajectory.id], {"kind": "trajectory", "id": trajectory.id}
            allowed: set[str] | None = {trajectory.employer_id}
        elif employer_id is not None:
            employer = self._people.employer(employer_id)
            if jobcoach_id is not None:
                jobcoach = self._people.person(jobcoach_id)
                ids = scope_store.trajectory_ids_of_jobcoach(self.db, employer.id, jobcoach.id)
            else:
                ids = store.trajectory_ids_of_employer(self.db, employer.id)
            people = [p.id for p in self._people.people() if p.employer_id == employer.id]
            extra = {"employers": {employer.id}, "people": set(people)}
            scope = {"kind": "employer", "id": employer.id}
            allowed = {employer.id}
        else:
            ids, scope = store.all_ids(self.db, "trajectories"), {"kind": "all"}
            extra = {
                k: set(store.all_ids(self.db, k))
                for k in ("schools", "employers", "people", "candidates")
            }
            allowed = None
        if device.allowed is not None:
            if allowed is not None and not allowed <= device.allowed:
                raise InvalidInput(
                    "Dit apparaat hoort bij een ander leerbedrijf; het maakt alleen bestanden "
                    "met de eigen kandidaten. Er is geen bestand gemaakt."
                )
            allowed = set(device.allowed) if allowed is None else allowed
        records = self._collect(
            ids,
            extra=extra,
            merges=store.all_rows(self.db, "candidate_merges"),
            person_merges=store.all_rows(self.db, "person_merges"),
        )
        records = scoping.restrict_with_db(self.db, records, allowed).records
        scope = {**scope, "employers": self._scope_employers(records)}
        self.scope(persist=True)  # a derived scope is fixed at the first export (#20)
        data = self._encode(records, scope)
        if not str(path).strip():
            raise InvalidInput("Geef een bestandsnaam voor het uitwisselbestand.")
        path = Path(path)
        if path.suffix.casefold() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        write_bundle(path, data, overwrite=overwrite)
        return ExportResult(path, {k: len(v) for k, v in records.items()})

    # Scope (issue #20) -------------------------------------------------------------------
    def scope(self, *, persist: bool = False) -> scoping.DeviceScope:
        """What this device is: an employer's PC, a jobcoach's laptop, or undecided. With
        ``persist``, a derived scope is stored so it does not drift as data comes in."""
        current = scoping.device_scope(self.db)
        if persist and not current.chosen and current.kind != scoping.UNDECIDED:
            with write(self.db):
                scoping.store_scope(self.db, current)
            current = scoping.DeviceScope(current.kind, current.employer_ids, chosen=True)
        return current

    def set_scope(self, kind: str, employer_ids: Iterable[str] = ()) -> scoping.DeviceScope:
        """Instellingen › Uitwisselen: "Dit apparaat hoort bij …"."""
        ids = frozenset(employer_ids)
        if kind not in (scoping.EMPLOYER, scoping.JOBCOACH):
            raise InvalidInput("Kies een leerbedrijf of 'jobcoach'.")
        if kind == scoping.EMPLOYER:
            if not ids:
                raise InvalidInput("Kies het leerbedrijf waar dit apparaat bij hoort.")
            for employer_id in ids:
                self._people.employer(employer_id)
        else:
            ids = frozenset()
        chosen = scoping.DeviceScope(kind, ids, chosen=True)
        with self.action(Changes(settings=True)):
            scoping.store_scope(self.db, chosen)
        return chosen

    def jobcoaches_of(self, employer_id: str) -> list[tuple[Person, int]]:
        """The jobcoaches of this employer's active trajectories, with how many each guides
        (for "Bestand voor jobcoach Marloes Bakker (3 kandidaten)")."""
        counts = scope_store.jobcoach_counts(self.db, employer_id)
        people = [self._people.person(i) for i in counts]
        return sorted(((p, counts[p.id]) for p in people), key=lambda pc: search_key(pc[0].name))

    def _scope_employers(self, records: dict[str, list[dict]]) -> list[dict]:
        names = {e["id"]: e["name"] for e in records.get("employers", [])}
        ids = sorted({t["employer_id"] for t in records.get("trajectories", [])})
        return [{"id": i, "name": names.get(i, "")} for i in ids]

    def export_per_employer(
        self,
        folder: str | os.PathLike,
        *,
        date: str | None = None,
    ) -> list[ExportResult]:
        """The jobcoach's round: one file per employer in ``folder``, the employer's name and
        the date in the file name, never overwriting a file (a number is added)."""
        folder = Path(folder)
        if not folder.is_dir():
            raise InvalidInput(f"De map {folder} bestaat niet. Kies een bestaande map.")
        device = self.scope(persist=True)
        date = date or self.today()
        results = []
        for employer in self._people.employers():
            if not device.allows(employer.id):
                continue
            if not store.trajectory_ids_of_employer(self.db, employer.id):
                continue
            path = unique_path(folder, bundle_name(employer.name, date))
            results.append(self.export(path, employer_id=employer.id))
        return results

    def _encode(self, records: dict[str, list[dict]], scope: dict) -> bytes:
        """A bundle's bytes; the synced folder's files in format 3 (one payload file: they
        are many and small), a bundle a person carries in format 2 (older versions read it)."""
        return encode_bundle(
            records,
            device_id=self._device_id(),
            created_at=self.now(),
            app_version=__version__,
            scope=scope,
            private_key=self._private_key(),
            one_payload=scope.get("kind") == "sync",
        )

    def _private_key(self) -> str:
        key = get_setting(self.db, KEY_SETTING)
        if key is None:
            key = signing.new_private_key()
            with write(self.db):
                set_setting(self.db, KEY_SETTING, key)
        return key

    def _own_code(self) -> str:
        """ "Deze computer: controlecode … ", without making a key (a preview writes nothing)."""
        own = get_setting(self.db, KEY_SETTING)
        return (
            f"Deze computer: controlecode {signing.short_code(signing.public_key_of(own))}. "
            if own
            else ""
        )

    def device_code(self) -> str:
        """This device's short code ("123 456"): another device shows the same code for it."""
        return signing.short_code(signing.public_key_of(self._private_key()))

    def known_devices(self) -> list[tuple[str, str, str]]:
        """(device id, short code, first seen at) of every device met in a signed file."""
        return [
            (d, signing.short_code(k), at) for d, (k, at) in store.known_devices(self.db).items()
        ]

    # Pairing (issue #13): the devices this one knows, as the user sees them --------------
    def devices(self) -> list[KnownDevice]:
        """Every other device met: trusted (gekoppeld), waiting for a decision, or refused."""
        trust = store.device_trust(self.db)
        return [
            KnownDevice(d, signing.short_code(k), at, trust.get(d, TRUSTED))
            for d, (k, at) in store.known_devices(self.db).items()
        ]

    def waiting_devices(self) -> list[KnownDevice]:
        """New devices in the synced folder whose files wait for "Vertrouwen"."""
        return [d for d in self.devices() if d.trust == PENDING]

    def trust_device(self, device_id: str) -> KnownDevice:
        """ "Vertrouwen": the codes matched; this device's files are read from now on."""
        return self._set_trust(device_id, TRUSTED)

    def refuse_device(self, device_id: str) -> KnownDevice:
        """ "Niet vertrouwen": this device's files in the synced folder are never read (a
        file from it is refused too, until it is forgotten or a file of it is read in on
        purpose after comparing the code)."""
        return self._set_trust(device_id, REFUSED)

    def forget_device(self, device_id: str) -> None:
        """ "Vergeten": the device is unknown again; its next file asks again."""
        self._device(device_id)
        with self.action(Changes(settings=True)):
            store.forget_device(self.db, device_id)

    def _device(self, device_id: str) -> KnownDevice:
        found = next((d for d in self.devices() if d.device_id == device_id), None)
        if found is None:
            raise InvalidInput("Dat apparaat is hier niet bekend.")
        return found

    def _set_trust(self, device_id: str, trust: str) -> KnownDevice:
        self._device(device_id)
        with self.action(Changes(settings=True)):
            store.set_device_trust(self.db, device_id, trust)
        return self._device(device_id)

    def _collect(
        self,
        trajectory_ids: Iterable[str],
        *,
        marks: list[dict] | None = None,
        conclusions: list[dict] | None = None,
        declaration_ids: Iterable[str] = (),
        extra: dict[str, set[str]] | None = None,
        merges: list[dict] | None = None,
        guides: set[str] | None = None,
        erasures: list[dict] | None = None,
        person_merges: list[dict] | None = None,
    ) -> dict[str, list[dict]]:
        """The records for these trajectories (all their events unless events are given),
        plus everything they refer to, so the file stands on its own."""
        db, extra = self.db, extra or {}
        full = marks is None
        ids = set(trajectory_ids)
        if full:
            marks = store.rows_where(db, "marks", "trajectory_id", ids)
            conclusions = store.rows_where(db, "conclusions", "trajectory_id", ids)
            declarations = store.rows_where(db, "declarations", "trajectory_id", ids)
        else:
            declarations = list(store.rows_by_key(db, "declarations", declaration_ids).values())
        ids |= {r["trajectory_id"] for r in (*marks, *conclusions, *declarations)}
        trajectories = list(store.rows_by_key(db, "trajectories", ids).values())
        parents = store.parents_of(db, [m["uuid"] for m in marks])
        for mark in marks:
            mark["parents"] = parents.get(mark["uuid"], [])
        signatures = store.rows_where(
            db, "signatures", "declaration_id", [d["id"] for d in declarations]
        )
        for declaration in declarations:
            declaration["pdf"] = base64.b64encode(declaration["pdf"]).decode("ascii")
        candidate_ids = {t["candidate_id"] for t in trajectories} | extra.get("candidates", set())
        people_ids = set(extra.get("people", set()))
        for t in trajectories:
            people_ids.add(t["trainer_id"])
            if t["jobcoach_id"]:
                people_ids.add(t["jobcoach_id"])
        people_ids |= {e["person_id"] for e in (*marks, *conclusions)}
        people_ids |= {d["issued_by"] for d in declarations}
        people_ids |= {d["withdrawn_by"] for d in declarations if d["withdrawn_by"]}
        person_merges = person_merges or []
        people_ids |= {m[k] for m in person_merges for k in ("drop_id", "keep_id")}
        people = list(store.rows_by_key(db, "people", people_ids).values())
        employer_ids = set(extra.get("employers", set())) | {t["employer_id"] for t in trajectories}
        employer_ids |= {p["employer_id"] for p in people if p["employer_id"]}
        employers = list(store.rows_by_key(db, "employers", employer_ids).values())
        school_ids = set(extra.get("schools", set())) | {
            r["school_id"] for r in (*trajectories, *employers) if r["school_id"]
        }
        guide_keys = set(extra.get("guides", set()))
        if full or guides is None:
            guide_keys |= {t["guide_id"] for t in trajectories}
        return {
            "guides": store.guide_rows(db, guide_keys),
            "schools": list(store.rows_by_key(db, "schools", school_ids).values()),
            "employers": employers,
            "people": people,
            "person_merges": person_merges,
            "candidates": list(store.rows_by_key(db, "candidates", candidate_ids).values()),
            "candidate_merges": merges or [],
            "trajectories": trajectories,
            "marks": marks,
            "conclusions": conclusions,
            "declarations": declarations,
            "signatures": signatures,
            # No personal data, so every file carries every erasure (or the new ones).
            "erasures": store.all_rows(db, "erasures") if erasures is None else erasures,
        }

    # Import ------------------------------------------------------------------------------
    def preview(self, path: str | os.PathLike) -> ImportPlan:
        """What importing this file would add or change; changes nothing."""
        return self._plan(read_bundle(path), Path(path).name).summary(applied=False)

    def import_file(self, path: str | os.PathLike, *, dry_run: bool = False) -> ImportPlan:
        """Check the whole file, back up, then store it in one transaction (or refuse it
        with a Dutch message and change nothing)."""
        plan = self._plan(read_bundle(path), Path(path).name)
        if dry_run:
            return plan.summary(applied=False)
        if plan.summary(False).nothing_new:
            return plan.summary(applied=True)
        self._backups.backup_before("import")
        self._apply(plan)
        return plan.summary(applied=True)

    def _restrict_incoming(self, bundle: Bundle) -> tuple[Bundle, scoping.Restricted]:
        """Only what this device may hold: another employer's candidates never get in."""
        device = scoping.device_scope(self.db)
        allowed = device.allowed
        if device.kind == scoping.UNDECIDED:
            # Nobody works here yet: a file of one employer makes this that employer's PC.
            ids = {t["employer_id"] for t in bundle["trajectories"]}
            allowed = ids if len(ids) <= 1 else set()
        restricted = scoping.restrict_with_db(self.db, bundle.records, allowed)
        return Bundle(bundle.manifest, restricted.records), restricted

    def _plan(self, bundle: Bundle, source: str) -> _Plan:
        db = self.db
        source_employers = tuple(scoping.source_employers(bundle.records))
        bundle, restricted = self._restrict_incoming(bundle)
        bundle, erase, kept_out = self._without_erased(bundle)
        plan = _Plan(
            bundle,
            source,
            source_employers=source_employers,
            refused=tuple(restricted.refused_candidates),
            erase=erase,
            erased_kept_out=kept_out,
        )
        known_erasures = store.existing_keys(
            db, "erasures", [r["candidate_id"] for r in bundle["erasures"]]
        )
        plan.rows["erasures"] = [
            r for r in bundle["erasures"] if r["candidate_id"] not in known_erasures
        ]
        if restricted.refused:
            device = scoping.device_scope(db)
            where = ", ".join(restricted.refused_employers) or "een ander leerbedrijf"
            if device.kind == scoping.UNDECIDED:
                plan.warnings.append(
                    f"Dit bestand bevat kandidaten van meer dan één leerbedrijf ({where}). Kies "
                    "eerst in Instellingen › Uitwisselen bij welk leerbedrijf dit apparaat hoort."
                )
            # Otherwise the plan's ``refused`` names them (lines() and the preview say so).
        # Said in the preview (the GUI shows warnings as they are; these are not warnings of
        # something wrong, but the user must know).
        if kept_out:
            plan.warnings.append(
                f"{_count(kept_out, 'kandidaat', 'kandidaten')} eerder gewist: niet teruggezet."
            )
        if erase:
            plan.warnings.append(
                f"{_count(len(erase), 'kandidaat', 'kandidaten')} gewist op een "
                "ander apparaat: wordt hier ook gewist, met alles wat erbij hoort."
            )
        merges = store.candidate_merges(db)
        incoming_merges = {r["drop_id"]: r for r in bundle["candidate_merges"]}
        plan.rows["candidate_merges"] = [r for d, r in incoming_merges.items() if d not in merges]
        merges.update({d: r["keep_id"] for d, r in incoming_merges.items()})

        chain_ids = set(merges) | set(merges.values())
        available = store.existing_keys(db, "candidates", chain_ids) | {
            r["id"] for r in bundle["candidates"]
        }

        def resolve(candidate_id: str) -> str:
            return resolve_candidate(merges, candidate_id, available)

        # Person merges (issue #20): the same order on every device (store.merge_order).
        person_merges = store.all_rows(db, "person_merges")
        local_pm = {r["drop_id"]: r for r in person_merges}
        plan.rows["person_merges"] = [
            r
            for r in bundle["person_merges"]
            if r["drop_id"] not in local_pm
            or (
                r != local_pm[r["drop_id"]]
                and store.merge_order(r) < store.merge_order(local_pm[r["drop_id"]])
            )
        ]
        people_map = {
            **{d: r["keep_id"] for d, r in local_pm.items()},
            **{r["drop_id"]: r["keep_id"] for r in plan.rows["person_merges"]},
        }

        def person(person_id: str | None) -> str | None:
            return follow_merges(people_map, person_id) if person_id in people_map else person_id

        # Guides: a stored version never changes; a different one under the same key is kept out.
        local_guides = {
            g["key"]: g["content"]
            for g in store.guide_rows(db, [g["key"] for g in bundle["guides"]])
        }
        plan.rows["guides"] = []
        for row in bundle["guides"]:
            if row["key"] not in local_guides:
                plan.rows["guides"].append(row)
            elif load_guide_json(local_guides[row["key"]]) != load_guide_json(row["content"]):
                plan.warnings.append(
                    f"Begeleidingsdocument {row['key']} is hier anders dan in het bestand; "
                    "de versie op dit apparaat is gehouden."
                )

        # Versioned records: insert if new; otherwise the higher revision wins everywhere.
        for table in store.VERSIONED_TABLES:
            incoming = bundle[table]
            if table == "candidates":
                incoming = [r for r in incoming if r["id"] not in merges]
            elif table == "trajectories":
                # Compare as this device would store them: merged candidates followed.
                incoming = [
                    {**r, "candidate_id": resolve(r["candidate_id"])}
                    if r["candidate_id"] in merges
                    else r
                    for r in incoming
                ]
                # ... and merged people: their trajectories go to the kept person.
                incoming = [
                    {
                        **r,
                        "trainer_id": person(r["trainer_id"]),
                        "jobcoach_id": person(r["jobcoach_id"]),
                    }
                    if r["trainer_id"] in people_map or r["jobcoach_id"] in people_map
                    else r
                    for r in incoming
                ]
            local = store.rows_by_key(db, table, [r["id"] for r in incoming])
            plan.rows[table], plan.updates[table] = [], []
            for row in incoming:
                mine = local.get(row["id"])
                if mine is None:
                    plan.rows[table].append(row)
                elif mine != row and _winner_key(row) > _winner_key(mine):
                    plan.updates[table].append(row)

        # Events: new uuids only; an event is never changed.
        for kind in ("marks", "conclusions"):
            known = store.existing_keys(db, kind, [r["uuid"] for r in bundle[kind]])
            plan.rows[kind] = [r for r in bundle[kind] if r["uuid"] not in known]
        plan.rows["marks"].sort(key=lambda r: (r["undoes_uuid"] is not None, r["at"]))

        # Declarations: new ones, unless their number is taken here; a withdrawal travels.
        declarations = bundle["declarations"]
        local_decl = store.rows_by_key(db, "declarations", [d["id"] for d in declarations])
        numbers = store.declaration_numbers(db, [d["number"] for d in declarations])
        plan.rows["declarations"], plan.updates["declarations"] = [], []
        skipped: set[str] = set()
        for row in declarations:
            mine = local_decl.get(row["id"])
            if mine is None:
                if numbers.get(row["number"], row["id"]) != row["id"]:
                    skipped.add(row["id"])
                    plan.warnings.append(
                        f"Praktijkverklaring {row['number']} bestaat hier al als een andere "
                        "verklaring; die uit het bestand is niet ingelezen."
                    )
                else:
                    plan.rows["declarations"].append(row)
            elif row["withdrawn_at"] and not mine["withdrawn_at"]:
                plan.updates["declarations"].append(row)
        # Signatures are append-only: one per role, the first to arrive stays; never replaced.
        plan.rows["signatures"], plan.updates["signatures"] = [], []
        for row in bundle["signatures"]:
            if row["declaration_id"] in skipped:
                continue
            mine = store.signature_for_role(db, row["declaration_id"], row["role"])
            if mine is None:
                plan.rows["signatures"].append(row)
            elif mine["id"] != row["id"]:
                plan.warnings.append(
                    "Een praktijkverklaring is hier al ondertekend; de andere handtekening uit "
                    "het bestand is niet overgenomen."
                )

        self._check_references(plan, merges, resolve)
        held = {t["id"] for t in bundle["trajectories"]}
        plan.names_here = store.candidate_names_of_trajectories(
            db,
            {
                r["trajectory_id"]
                for kind in ("marks", "conclusions", "declarations")
                for r in bundle[kind]
                if r["trajectory_id"] not in held
            },
        )
        self._check_rules(plan, resolve)
        plan.duplicates = self._duplicates_among(plan.rows["candidates"])
        plan.person_duplicates = self._person_duplicates_among(plan.rows["people"], people_map)
        return plan

    def _person_duplicates_among(
        self, new_people: list[dict], merges: dict[str, str]
    ) -> list[PersonDuplicate]:
        """New people in a file that are probably a person already here (same name, role and
        employer or organisation; issue #20): offered for merging in the preview. A trainer
        and a jobcoach with one name are two people: never offered."""
        if not new_people:
            return []
        here = [p for p in people_store.list_people(self.db) if p.id not in merges]
        result, seen = [], {}
        for p in here:
            seen.setdefault((search_key(p.name), p.role, p.employer_id), p)
        for row in new_people:
            if row["id"] in merges:
                continue
            incoming = Person(row["id"], row["name"], Role(row["role"]), row["employer_id"])
            key = (search_key(incoming.name), incoming.role, incoming.employer_id)
            other = seen.get(key)
            if other is not None and other.id != incoming.id:
                result.append(PersonDuplicate(keep=other, drop=incoming))
            else:
                seen[key] = incoming
        return result

    def _check_rules(self, plan: _Plan, resolve) -> None:
        """One set of rules for local and imported events (services/exchange_rules.py): what
        breaks one refuses the whole file, with every reason."""
        known = store.known_devices(self.db).get(plan.bundle.device_id)
        trusted = store.device_trust(self.db).get(plan.bundle.device_id) == TRUSTED
        known_sender = (
            plan.bundle.device_id != self._device_id()
            and known is not None
            and trusted
            and plan.bundle.public_key == known[0]
        )
        problems = violations(
            plan.bundle,
            plan.rows,
            plan.updates,
            resolve,
            db=self.db,
            device_id=self._device_id(),
            now=self.clock.now_utc(),
            stored_guide=self._guides.get,
            known_sender=known_sender,
        )
        if problems:
            future, _ = future_times(plan.bundle, self.clock.now_utc())
            only_clock = bool(future) and len(problems) == 1  # a clock off, nothing forged
            reasons = "\n".join(f"• {p[0].upper()}{p[1:]}." for p in problems)
            raise RefusedBundle(
                f"{plan.source} is geweigerd. Dit klopt niet:\n{reasons}\nEr is niets ingelezen.",
                retry_later=only_clock,
            )
        ahead = dt.datetime.fromisoformat(plan.bundle.created_at) - self.clock.now_utc()
        if ahead > hlc.CLOCK_WARNING:
            plan.warnings.append(f"{clock_message(ahead)}.")
        if not plan.summary(False).nothing_new:
            self._check_device(plan)

    def _check_device(self, plan: _Plan) -> None:
        """Which device made the file: its key must be the one it used before, and this
        device's id belongs to this device's key only."""
        device, key = plan.bundle.device_id, plan.bundle.public_key
        own = get_setting(self.db, KEY_SETTING)  # not made here by a preview: it writes nothing
        mine = signing.public_key_of(own) if own else None
        known = store.known_devices(self.db).get(device)
        if device == self._device_id() and key != mine:
            raise RefusedBundle(
                f"{plan.source} zegt op deze computer gemaakt te zijn, maar komt van een ander "
                "apparaat (een gekopieerde gegevensmap, of een vervalst bestand). Er is niets "
                "ingelezen."
            )
        if known is not None and known[0] != key:
            raise RefusedBundle(
                f"{plan.source} zegt van apparaat {device[:8]} te komen, maar is niet ondertekend "
                "met de sleutel van dat apparaat. Er is niets ingelezen."
            )
        if key is None:
            plan.warnings.append(
                "Dit bestand is niet ondertekend (gemaakt met een oudere versie "
                "van praktijkdesk): niet na te gaan van welk apparaat het komt."
            )
        elif device != self._device_id() and (
            known is None or store.device_trust(self.db).get(device) != TRUSTED
        ):
            # Met before in the synced folder but not confirmed: reading this file in after
            # comparing the code is the confirmation.
            plan.new_device = (device, key)
            plan.warnings.append(
                f"Nieuw apparaat {device[:8]} met controlecode {signing.short_code(key)}. Vraag "
                "of het andere apparaat dezelfde code laat zien (daar: Instellingen › "
                "Apparaten koppelen, of praktijkdesk devices). "
                f"{self._own_code()}Lees het bestand alleen in als de codes gelijk zijn."
            )

    def _without_erased(self, bundle: Bundle) -> tuple[Bundle, list[str], int]:
        """The bundle without anything of a candidate known to be erased (here or by an
        erasure in the bundle itself); the candidates to erase here; how many were kept out."""
        local = store.erasures(self.db)
        erased = {**{r["candidate_id"]: r for r in bundle["erasures"]}, **local}
        if not erased:
            return bundle, [], 0
        present = store.existing_keys(self.db, "candidates", erased)
        erase = sorted(c for c in erased if c not in local and c in present)
        trajectory_ids = {t for r in erased.values() for t in r["trajectory_ids"]}
        trajectory_ids |= {t["id"] for t in bundle["trajectories"] if t["candidate_id"] in erased}
        declaration_ids = {
            d["id"] for d in bundle["declarations"] if d["trajectory_id"] in trajectory_ids
        }
        referenced = {r["id"] for r in bundle["candidates"] if r["id"] in erased}
        referenced |= {
            t["candidate_id"] for t in bundle["trajectories"] if t["candidate_id"] in erased
        }
        used = {
            e["trajectory_id"]
            for kind in ("marks", "conclusions", "declarations")
            for e in bundle[kind]
        }
        referenced |= {c for c, r in erased.items() if used & set(r["trajectory_ids"])}
        kept_out = len(referenced - set(erase) - present)
        records = dict(bundle.records)
        records["candidates"] = [r for r in bundle["candidates"] if r["id"] not in erased]
        records["candidate_merges"] = [
            r
            for r in bundle["candidate_merges"]
            if r["drop_id"] not in erased and r["keep_id"] not in erased
        ]
        records["trajectories"] = [
            r for r in bundle["trajectories"] if r["id"] not in trajectory_ids
        ]
        for kind in ("marks", "conclusions", "declarations"):
            records[kind] = [r for r in bundle[kind] if r["trajectory_id"] not in trajectory_ids]
        records["signatures"] = [
            r for r in bundle["signatures"] if r["declaration_id"] not in declaration_ids
        ]
        return Bundle(bundle.manifest, records), erase, kept_out

    def _check_references(self, plan: _Plan, merges: dict, resolve) -> None:
        missing = missing_references(plan.bundle)
        problems = []
        for kind, ids in missing.items():
            if kind == "candidates":
                ids = {resolve(i) for i in ids}
            table = "guides" if kind == "guides" else kind
            absent = (
                ids - store.existing_keys(self.db, table, ids)
                if table != "guides"
                else (ids - {g["key"] for g in store.guide_rows(self.db, ids)})
            )
            if absent:
                problems.append(f"{len(absent)} × {LABELS[kind]} ({sorted(absent)[0][:12]}…)")
        if problems:
            # A synced-folder file names what its device's earlier files or another device's
            # files carry (issue #18: a file holds what changed, not all it refers to): it
            # waits for those, and is tried again every round.
            raise RefusedBundle(
                f"{plan.source} verwijst naar gegevens die niet in het bestand en niet op dit "
                f"apparaat staan: {'; '.join(problems)}. Lees eerst het bestand in waar ze in "
                "staan. Er is niets ingelezen.",
                retry_later=plan.bundle.scope.get("kind") == "sync",
            )

    def _duplicates_among(self, new_candidates: list[dict]) -> list[Duplicate]:
        result, seen = [], {}
        for row in new_candidates:
            incoming = Candidate(row["id"], row["name"], row["birth_date"])
            found = people_store.find_candidate(self.db, row["name"], row["birth_date"])
            key = (search_key(row["name"]), row["birth_date"])
            other = found or seen.get(key)
            if other is not None and other.id != incoming.id:
                result.append(Duplicate(keep=other, drop=incoming))
            seen.setdefault(key, incoming)
        return result

    def _apply(self, plan: _Plan, *, after=None, folder: Path | None = None) -> None:
        db = self.db
        changed_ids = frozenset(
            r["id"]
            for r in (*plan.rows.get("trajectories", []), *plan.updates.get("trajectories", []))
        ) | frozenset(r["trajectory_id"] for r in (*plan.rows["marks"], *plan.rows["conclusions"]))
        changes = Changes(
            marks=True,
            trajectories=True,
            people=True,
            guides=True,
            declarations=True,
            trajectory_ids=changed_ids,
        )
        if plan.erase:
            erasure_store.secure_delete(db, True)
        try:
            self._apply_rows(plan, changes, after)
        finally:
            if plan.erase:
                erasure_store.secure_delete(db, False)
        if plan.rows.get("erasures"):
            self.forget_erased_in_sync_files(folder)

    def _apply_rows(self, plan: _Plan, changes: Changes, after) -> None:
        db = self.db
        with self.action(changes):
            device = scoping.device_scope(db)  # decided before the new people are in
            if not device.chosen and device.kind != scoping.UNDECIDED:
                scoping.store_scope(db, device)
            if plan.new_device is not None:
                store.add_known_device(db, *plan.new_device, self.now())
            for row in plan.rows["erasures"]:
                store.add_erasure(db, row)
            for candidate_id in plan.erase:
                erasure_store.erase_candidate_rows(db, candidate_id)
            now = self.now()
            for row in plan.rows["guides"]:
                guide = load_guide_json(row["content"])
                store.add_guide_row(
                    db, guide.key, guide.slug, guide.version, guide.title, row["content"], now
                )
            for table in ("schools", "employers", "people", "candidates"):
                for row in plan.rows[table]:
                    store.insert_row(db, table, row)
                for row in plan.updates[table]:
                    store.update_row(db, table, row)
            for row in plan.rows["candidate_merges"]:
                store.add_candidate_merge(db, row)
            for row in plan.rows["person_merges"]:
                store.put_person_merge(db, row)
            for table in ("trajectories",):
                for row in plan.rows[table]:
                    store.insert_row(db, table, row)
                for row in plan.updates[table]:
                    store.update_row(db, table, row)
            self._settle_merges()
            self._settle_person_merges(revise=False)
            # Imported events move this device's clock: its next event sorts after them.
            hlc_store.observe(
                db, [r["hlc"] for r in (*plan.rows["marks"], *plan.rows["conclusions"])]
            )
            keys = store.insert_marks(db, plan.rows["marks"])
            store.refresh_current_marks(db, keys)
            store.insert_conclusions(db, plan.rows["conclusions"])
            for row in plan.rows["declarations"]:
                store.insert_row(db, "declarations", {**row, "pdf": base64.b64decode(row["pdf"])})
            for row in plan.updates["declarations"]:
                store.set_withdrawn(db, row)
            for row in plan.rows["signatures"]:
                store.add_signature(db, row)
            if after is not None:
                after()

    def _settle_merges(self) -> None:
        """Apply every known merge whose dropped candidate is still here: its trajectories
        go to the kept candidate (following chains), then the duplicate record goes."""
        merges = store.candidate_merges(self.db)
        present = store.existing_keys(self.db, "candidates", set(merges) | set(merges.values()))
        for drop_id in sorted(merges):
            if drop_id not in present:
                continue
            keep = resolve_candidate(merges, drop_id, present)
            if keep != drop_id:
                store.repoint_trajectories(self.db, drop_id, keep, revise=False)
                store.delete_candidate(self.db, drop_id)
                present.discard(drop_id)

    def _settle_person_merges(self, *, revise: bool = True) -> None:
        """Every trajectory guided by a merged-away person goes to the person it stands for
        now (chains followed, cycles settled the same way on every device)."""
        for drop_id, keep_id in people_store.merged_away(self.db).items():
            store.repoint_person(self.db, drop_id, keep_id, revise=revise)

    # One person, two records (issue #20) -----------------------------------------------
    def likely_duplicate_people(self) -> list[PersonDuplicate]:
        """Trainers and jobcoaches that are probably one person: the same name, role and
        employer or organisation, different ids (older record first: the one to keep)."""
        groups: dict[tuple, list[Person]] = {}
        created = store.created_at_of_people(self.db)
        for p in people_store.list_people(self.db):
            groups.setdefault((search_key(p.name), p.role, p.employer_id), []).append(p)
        result = []
        for members in groups.values():
            members.sort(key=lambda p: (created.get(p.id, ""), p.id))
            result += [PersonDuplicate(members[0], other) for other in members[1:]]
        return sorted(result, key=lambda d: (search_key(d.keep.name), d.keep.id, d.drop.id))

    def merge_people(self, keep_id: str, drop_id: str) -> Person:
        """One person, two records: ``drop_id`` is shown as ``keep_id`` from now on (marks and
        conclusions it made show the kept person's name), its trajectories go to the kept
        person, and the merge travels so every device ends with one person. Refused for two
        different people: another name, another role, another employer or organisation."""
        keep = people_store.get_person(self.db, keep_id)
        drop = people_store.get_person(self.db, drop_id)
        if keep is None or drop is None:
            raise InvalidInput("Die persoon bestaat niet (meer) op dit apparaat.")
        gone = people_store.merged_away(self.db)
        if keep.id == drop.id or gone.get(drop.id) == keep.id or gone.get(keep.id) == drop.id:
            raise InvalidInput("Kies twee verschillende personen om samen te voegen.")
        if keep.id in gone or drop.id in gone:
            raise InvalidInput(
                "Een van beiden is al samengevoegd; kies de persoon die er nog staat."
            )
        if not same_person(search_key(keep.name), keep, search_key(drop.name), drop):
            raise InvalidInput(
                "Alleen twee keer dezelfde persoon kan worden samengevoegd: dezelfde naam, dezelfde "
                "rol (praktijkopleider of jobcoach) en hetzelfde leerbedrijf of dezelfde organisatie."
            )
        with self.action(Changes(trajectories=True, people=True, marks=True)):
            store.put_person_merge(
                self.db,
                {
                    "drop_id": drop.id,
                    "keep_id": keep.id,
                    "name": drop.name,
                    "role": drop.role.value,
                    "merged_at": self.now(),
                    "device_id": self._device_id(),
                },
            )
            self._settle_person_merges()
        return keep

    # Conflicts ---------------------------------------------------------------------------
    def conflicts(
        self, trajectory_id: str, *, behaviour_ids: Sequence[str] | None = None
    ) -> list[Conflict]:
        """Behaviours two devices set differently without seeing each other's choice (only
        among ``behaviour_ids`` when given: one work process reads only its own marks)."""
        trajectory = self._trajectories.resolve(trajectory_id)
        events, parents = store.marks_with_parents(self.db, trajectory.id, behaviour_ids)
        found = open_conflicts(events, parents)
        if not found:
            return []
        names = people_store.names_of(
            self.db, sorted({m.person_id for h in found.values() for m in h})
        )
        guide = self._guides.get(trajectory.guide_key)
        order = {b.id: i for i, b in enumerate(guide.behaviours())}
        result = [
            Conflict(
                trajectory_id=trajectory.id,
                behaviour_id=behaviour_id,
                sides=tuple(
                    ConflictSide(
                        m.uuid,
                        m.person_id,
                        names.get(m.person_id, "?"),
                        m.status,
                        m.at,
                        m.device_id,
                    )
                    for m in heads
                ),
            )
            for (_, behaviour_id), heads in found.items()
        ]
        return sorted(result, key=lambda c: (order.get(c.behaviour_id, len(order)), c.behaviour_id))

    def conflict_count(self, trajectory_ids: Iterable[str]) -> int:
        """Open conflicts on these trajectories (for the summary after an import)."""
        return sum(
            len(self.conflicts(t))
            for t in set(trajectory_ids)
            if store.existing_keys(self.db, "trajectories", [t])
        )

    # Likely duplicates -------------------------------------------------------------------
    def likely_duplicates(self) -> list[Duplicate]:
        result = []
        for keep_id, drop_id in store.likely_duplicates(self.db):
            keep = people_store.get_candidate(self.db, keep_id)
            drop = people_store.get_candidate(self.db, drop_id)
            result.append(Duplicate(keep, drop))
        return result

    def merge_candidates(self, keep_id: str, drop_id: str) -> Candidate:
        """One person, two records: the trajectories of ``drop_id`` move to ``keep_id`` and
        the duplicate record goes. Marks stay untouched (they belong to trajectories); the
        merge itself travels to other devices, so they do the same."""
        keep = self._trajectories.candidate(keep_id)
        drop = self._trajectories.candidate(drop_id)
        if keep.id == drop.id:
            raise InvalidInput("Kies twee verschillende kandidaten om samen te voegen.")
        with self.action(Changes(trajectories=True, people=True)):
            store.add_candidate_merge(
                self.db,
                {
                    "drop_id": drop.id,
                    "keep_id": keep.id,
                    "name": drop.name,
                    "birth_date": drop.birth_date,
                    "merged_at": self.now(),
                    "device_id": self._device_id(),
                },
            )
            store.repoint_trajectories(self.db, drop.id, keep.id)
            store.delete_candidate(self.db, drop.id)
        return keep

    # Synced folder -----------------------------------------------------------------------
    def sync_folder(self) -> Path | None:
        value = self._setting(SYNC_SETTING)
        return Path(value) if value else None

    def set_sync_folder(self, folder: str | os.PathLike | None) -> Path | None:
        if folder is None or not str(folder).strip():
            self._store_setting(SYNC_SETTING, None)
            return None
        path = Path(folder).expanduser().resolve()
        if not path.is_dir():
            raise InvalidInput(f"De map {path} bestaat niet. Kies een bestaande (gedeelde) map.")
        if path == self._data_dir.resolve() or self._data_dir.resolve() in path.parents:
            raise InvalidInput("Kies een andere map dan de gegevensmap van praktijkdesk.")
        self._store_setting(SYNC_SETTING, str(path))
        return path

    def sync_round(self) -> SyncResult | None:
        """One round with the folder from the settings (None when none is set). Cheap when
        nothing changed: a few indexed maxima and one directory listing per device."""
        folder = self.sync_folder()
        return self.sync(folder) if folder else None

    def sync(self, folder: str | os.PathLike) -> SyncResult:
        """Write this device's news as new numbered files, one stream per employer, then
        import the other devices' files of the streams this device is entitled to. Files that
        are not whole yet wait for a next round. The folder is listed once per round."""
        root = self._sync_root(folder)
        base = root / SYNC_SUBFOLDER
        device = self.scope(persist=True)
        listing = _list_streams(base, self._device_id(), device)
        written = self._write_sync_files(base, root, device, listing)
        imported, waiting = self._read_sync_files(base, device, listing)
        return SyncResult(
            root, written[-1] if written else None, tuple(imported), tuple(waiting), tuple(written)
        )

    def write_round(self, folder: str | os.PathLike) -> list[Path]:
        """Only the writing half of a round (this device's news, compaction): for a device
        that has news to hand out but no time to read now, and for benchmarks/region.py."""
        root = self._sync_root(folder)
        base = root / SYNC_SUBFOLDER
        device = self.scope(persist=True)
        return self._write_sync_files(
            base, root, device, _list_streams(base, self._device_id(), device)
        )

    @staticmethod
    def _sync_root(folder: str | os.PathLike) -> Path:
        root = Path(folder).expanduser()
        if not root.is_dir():
            raise InvalidInput(
                f"De gedeelde map {root} is niet bereikbaar. Is de synchronisatie-app actief "
                "en de map (of USB-stick) aanwezig?"
            )
        return root

    def _sync_state(self, root: Path) -> dict:
        """The last file number written and, per employer stream, up to where it was written."""
        raw = get_setting(self.db, SYNC_STATE_SETTING)
        state = json.loads(raw) if raw else {}
        if state.get("folder") != str(root.resolve()) or "streams" not in state:
            return {"folder": str(root.resolve()), "number": 0, "streams": {}}
        return state

    def _stream_employers(self, device: scoping.DeviceScope) -> list[str]:
        """The employers this device writes a stream for: those it holds trajectories of
        and may send."""
        return sorted(
            e for e in scope_store.employers_with_trajectories(self.db) if device.allows(e)
        )

    def _write_sync_files(
        self,
        base: Path,
        root: Path,
        device: scoping.DeviceScope,
        listing: dict[str, dict[str, set[int]]],
    ) -> list[Path]:
        state = self._sync_state(root)
        marks_seq, conclusions_seq, change_seq = store.watermarks(self.db)
        now = {"marks": marks_seq, "conclusions": conclusions_seq, "changes": change_seq}
        written: list[Path] = []
        me = self._device_id()
        mine_numbers = [n for devices in listing.values() for n in devices.get(me, {})]
        number = max([state["number"], *mine_numbers])
        # A stream already written goes on even when its employer has no trajectories left
        # (all erased): the erasure records must still reach the other devices.
        employers = set(self._stream_employers(device)) | {
            e for e in state["streams"] if device.allows(e)
        }
        if store.all_ids(self.db, "erasures"):
            # An erasure must reach every stream of an employer known here that this device may
            # write, also one it never wrote (its last candidate erased, nothing else left).
            # (A stream's folder is its employer's id, or a name made from it: stream_folder.)
            employers |= {
                e
                for e in store.all_ids(self.db, "employers")
                if stream_folder(e) in listing and device.allows(e)
            }
        for employer_id in sorted(employers):
            stream = state["streams"].get(employer_id)
            mine = base / stream_folder(employer_id) / me
            first = stream is None or not listing.get(mine.parent.name, {}).get(me)
            if not first and stream == now:
                number = self._compact(
                    mine,
                    employer_id,
                    state,
                    number,
                    sorted(listing.get(mine.parent.name, {}).get(me, ())),
                )
                continue
            if first:
                # Everything of this employer, like a snapshot: without the events of devices
                # that write here themselves (their files carry them).
                records = self._snapshot_records(employer_id, mine.parent)
            else:
                changed = store.changed_since(self.db, stream["changes"])
                marks = store.events_since(self.db, "marks", stream["marks"])
                conclusions = store.events_since(self.db, "conclusions", stream["conclusions"])
                changed_merges = store.rows_by_key(
                    self.db, "candidate_merges", changed.get("candidate_merges", [])
                )
                records = self._collect(
                    changed.get("trajectories", []),
                    marks=marks,
                    conclusions=conclusions,
                    declaration_ids=set(changed.get("declarations", []))
                    | set(changed.get("signatures", [])),
                    extra={
                        k: set(changed.get(k, []))
                        for k in ("schools", "employers", "people", "candidates", "guides")
                    },
                    merges=list(changed_merges.values()),
                    guides=set(changed.get("guides", [])),
                    erasures=list(
                        store.rows_by_key(self.db, "erasures", changed.get("erasures", [])).values()
                    ),
                    person_merges=list(
                        store.rows_by_key(
                            self.db, "person_merges", changed.get("person_merges", [])
                        ).values()
                    ),
                )
            # (Erasure records carry no personal data: every stream gets them.)
            records = scoping.restrict_with_db(self.db, records, {employer_id}).records
            if not first:
                records = self._changed_context_only(records, changed, employer_id)
            state["streams"][employer_id] = dict(now)
            if not first and not any(records.get(k) for k in KINDS):
                number = self._compact(mine, employer_id, state, number)
                continue  # news of other employers only
            number += 1
            make_folder(mine, private=False)  # shared with this user's other devices
            path = mine / f"{number:06d}{BUNDLE_SUFFIX}"
            scope = {"kind": "sync", "number": number, "employers": self._stream_scope(employer_id)}
            write_bundle(path, self._encode(records, scope))
            written.append(path)
            number = self._compact(mine, employer_id, state, number)
        state["number"] = number
        raw = json.dumps(state, sort_keys=True)
        if raw != get_setting(self.db, SYNC_STATE_SETTING):
            with write(self.db):
                set_setting(self.db, SYNC_STATE_SETTING, raw)
        return written

    # Compaction (issue #18) ----------------------------------------------------------------
    def _compact(
        self,
        mine: Path,
        employer_id: str,
        state: dict,
        number: int,
        listed: list[int] | None = None,
    ) -> int:
        """Replace this device's old files in one stream by a snapshot, and delete the files
        a snapshot covers once it has been in the folder for COMPACTION_GRACE. Only this
        device's own folder is ever touched. Returns the last file number used."""
        pending = state.setdefault("snapshots", {}).get(employer_id, [])
        numbers = listed if listed is not None else _numbers_in(mine)
        if len(numbers) < COMPACT_AT and not pending:
            return number  # the usual round: nothing to do, no disk access
        now = self.clock.now_utc()
        kept: list[dict] = []
        for snap in pending:
            made = dt.datetime.fromisoformat(snap["at"])
            snapshot = mine / f"{snap['number']:06d}{BUNDLE_SUFFIX}"
            if not snapshot.is_file():
                continue  # gone (a sync conflict, a user): its files stay; a new one follows
            if now - made < COMPACTION_GRACE:
                kept.append(snap)
                continue
            for n in snap["covers"]:
                if n != snap["number"]:
                    (mine / f"{n:06d}{BUNDLE_SUFFIX}").unlink(missing_ok=True)
        if kept != pending:
            numbers = _numbers_in(mine)  # files were deleted
        covered = {n for snap in kept for n in (*snap["covers"], snap["number"])}
        if len([n for n in numbers if n not in covered]) >= COMPACT_AT:
            covers = list(numbers)
            number += 1
            records = self._snapshot_records(employer_id, mine.parent)
            scope = {
                "kind": "sync",
                "number": number,
                "employers": self._stream_scope(employer_id),
                "snapshot": {"covers": covers, "hlc": hlc_store.last(self.db).encode()},
            }
            write_bundle(mine / f"{number:06d}{BUNDLE_SUFFIX}", self._encode(records, scope))
            kept.append({"number": number, "covers": covers, "at": self.now()})
        if kept:
            state["snapshots"][employer_id] = kept
        else:
            state["snapshots"].pop(employer_id, None)
        return number

    def _snapshot_records(self, employer_id: str, stream_dir: Path) -> dict[str, list[dict]]:
        """A stream's first file and every snapshot: everything this device holds of one
        employer, except what devices that write in this stream themselves and were read here
        made: their events, and the records whose current revision they made (their own files
        and snapshots carry them). So the folder holds each event and each revision about
        once, not once per device, while what came here by a USB bundle still reaches the
        folder. (A record made by an earlier version has no maker, rev_device "": it stays in.)"""
        ids = store.trajectory_ids_of_employer(self.db, employer_id)
        me = self._device_id()
        read_from = {d for d, _ in store.imported_sync_files(self.db)}
        try:
            present = {p.name for p in stream_dir.iterdir() if p.is_dir()}
        except OSError:
            present = set()
        others = (present & read_from) - {me}

        def own(rows: list[dict]) -> list[dict]:
            return [r for r in rows if r["device_id"] not in others]

        people = [p.id for p in self._people.people() if p.employer_id == employer_id]
        records = self._collect(
            ids,
            marks=own(store.rows_where(self.db, "marks", "trajectory_id", ids)),
            conclusions=own(store.rows_where(self.db, "conclusions", "trajectory_id", ids)),
            declaration_ids=[
                d["id"] for d in store.rows_where(self.db, "declarations", "trajectory_id", ids)
            ],
            extra={"employers": {employer_id}, "people": set(people)},
            merges=store.all_rows(self.db, "candidate_merges"),
            person_merges=store.all_rows(self.db, "person_merges"),
        )
        records = scoping.restrict_with_db(self.db, records, {employer_id}).records
        return _not_made_by(records, others)

    def _changed_context_only(
        self, records: dict[str, list[dict]], changed: dict[str, list[str]], employer_id: str
    ) -> dict[str, list[dict]]:
        """``records`` (already restricted to the stream's employer) without the trajectories
        and candidates that did not change (repeated in every small file of a region's folder,
        they were a fifth of it), but
        - with the candidate and guide of every trajectory that is in: a new trajectory may be
          the first of its candidate, or of its guide, in this employer's folder (a candidate
          who also works at another employer);
        - with the trajectories at this employer of every candidate that is in: an employer's
          PC that reads a renamed candidate before the file that ties her to this employer
          would otherwise take her for another employer's and leave the new name out."""
        lean = dict(records)
        for kind in LEAN_KINDS:
            ids = set(changed.get(kind, ()))
            lean[kind] = [row for row in records.get(kind, []) if row[KEYS[kind]] in ids]
        candidate_ids = {c["id"] for c in lean["candidates"]}
        have = {t["id"] for t in lean["trajectories"]}
        lean["trajectories"] += [
            t
            for t in store.rows_where(self.db, "trajectories", "candidate_id", candidate_ids)
            if t["employer_id"] == employer_id and t["id"] not in have
        ]
        wanted = {t["candidate_id"] for t in lean["trajectories"]} - candidate_ids
        lean["candidates"] += [c for c in records.get("candidates", []) if c["id"] in wanted]
        missing = wanted - {c["id"] for c in lean["candidates"]}
        lean["candidates"] += list(store.rows_by_key(self.db, "candidates", missing).values())
        have = {g["key"] for g in records.get("guides", [])}
        missing = {t["guide_id"] for t in lean["trajectories"]} - have
        lean["guides"] = [*records.get("guides", []), *store.guide_rows(self.db, missing)]
        return lean

    def _stream_scope(self, employer_id: str) -> list[dict]:
        """The manifest's employers of a file in this employer's stream (a file may hold no
        trajectory: only marks, or only an erasure)."""
        row = store.rows_by_key(self.db, "employers", [employer_id]).get(employer_id)
        return [{"id": employer_id, "name": row["name"] if row else ""}]

    def sync_files_done(self) -> set[tuple[str, int]]:
        """(device id, number) of the sync files already imported: plain data for a worker."""
        return store.imported_sync_files(self.db)

    def fetch_sync_files(
        self,
        folder: str | os.PathLike,
        done: set[tuple[str, int]],
        scope: scoping.DeviceScope,
        limit: int = MAX_SYNC_FETCH,
    ) -> list[Path]:
        """Read (and so download) the other devices' new files in the streams this device may
        hold, without the database: safe on a worker thread. OneDrive's cloud-only files are
        fetched by the first read, which blocks for as long as the download takes; after this
        the round on the GUI thread reads them from the local disk. Returns the files read.
        ``scope`` (read on the GUI thread: a worker never touches the database) names the
        streams this device may read; another employer's stream is not even opened."""
        base = Path(folder).expanduser() / SYNC_SUBFOLDER
        fetched: list[Path] = []
        try:
            streams = _stream_dirs(base)
        except OSError:
            return fetched
        for stream_dir in streams:
            if not _reads_stream(scope, stream_dir.name):
                continue
            try:
                devices = sorted(p for p in stream_dir.iterdir() if p.is_dir())
            except OSError:
                continue
            for device_dir in devices:
                device = device_dir.name
                if device == self._device_id() or not _DEVICE_FOLDER.match(device):
                    continue
                for number in _numbers_in(device_dir):
                    if (device, number) in done:
                        continue
                    path = device_dir / f"{number:06d}{BUNDLE_SUFFIX}"
                    try:
                        if path.stat().st_size > limit:
                            continue  # the round refuses it with a message; no need to fetch
                        with open(path, "rb") as handle:
                            while handle.read(1 << 20):
                                pass
                    except OSError:
                        continue
                    fetched.append(path)
        return fetched

    def _read_sync_files(
        self, base: Path, device: scoping.DeviceScope, listing: dict[str, dict[str, set[int]]]
    ) -> tuple[list[ImportPlan], list[str]]:
        """The other devices' files in the streams of the employers this device may hold;
        another employer's stream is not even opened. Only files not read before are read:
        a round costs the news, not the history. When another device's new files include a
        snapshot, the cheaper way is taken: the few covered files not read yet (and then the
        snapshot is skipped), or the snapshot first (and then the covered files are)."""
        imported: list[ImportPlan] = []
        done = store.imported_sync_files(self.db)
        # A file may name a trajectory that another device's file holds (issue #18); when
        # that file is read later in the same round, the first is tried again at once, so a
        # round with every file present ends with everything (at most three passes).
        for _ in range(3):
            waiting: list[str] = []
            read_before = len(imported)
            for stream_name, devices in sorted(listing.items()):
                if not _reads_stream(device, stream_name):
                    continue
                for other, numbers in sorted(devices.items()):
                    if other == self._device_id():
                        continue
                    folder = base / stream_name / other
                    for number in _reading_order(folder, other, numbers, done):
                        if (other, number) in done:
                            continue
                        path = folder / f"{number:06d}{BUNDLE_SUFFIX}"
                        plan = self._import_sync_file(
                            path, other, number, waiting, root=base.parent, done=done
                        )
                        if plan is not None:
                            imported.append(plan)
            if not waiting or len(imported) == read_before:
                break
        return imported, waiting

    def _import_sync_file(
        self,
        path: Path,
        device: str,
        number: int,
        waiting: list,
        *,
        root: Path,
        done: set[tuple[str, int]] | None = None,
    ) -> ImportPlan | None:
        done = set() if done is None else done
        label = f"{device[:8]}/{path.name}"
        try:
            info = path.stat()
            stamp = (info.st_size, info.st_mtime_ns)
            if self._waiting.get(path) == stamp:
                waiting.append(label)
                return None
        except OSError:
            waiting.append(label)
            return None
        if info.st_size == 0:
            # A placeholder not downloaded yet, or a file still being written: next round.
            waiting.append(label)
            return None
        trust = store.device_trust(self.db).get(device)
        if trust in (PENDING, REFUSED):
            # Waiting for "Vertrouwen" (or refused): not even read; tried again every round.
            waiting.append(f"{device[:8]}/{path.name}")
            return None
        try:
            # Size and kind checked before reading: a 3 GB file is skipped until it changes,
            # never read into memory at every round.
            data = read_regular_file(path, MAX_FILE_BYTES)
            if len(data) != info.st_size or _stat_stamp(path) != stamp:
                waiting.append(label)  # it changed while we read it: still arriving
                return None
            covers = _snapshot_covers(peek_manifest(data), device, number)
            if covers and all((device, n) in done for n in covers):
                # A snapshot of files all read here already: nothing in it is new.
                with write(self.db):
                    store.record_sync_file(
                        self.db, device, number, hashlib.sha256(data).hexdigest(), self.now()
                    )
                done.add((device, number))
                self._waiting.pop(path, None)
                return None
            bundle = read_bundle_bytes(data, path.name)
            scope = bundle.scope
            if (
                bundle.device_id != device
                or scope.get("kind") != "sync"
                or scope.get("number") != number
            ):
                raise InvalidBundle(f"{path.name} hoort niet in deze map en is overgeslagen.")
            if trust is None and bundle.public_key is not None:
                # A new device in the shared folder (issue #13): its files wait until the user
                # compared the control code and chose "Vertrouwen".
                with self.action(Changes(settings=True)):
                    store.add_pending_device(self.db, device, bundle.public_key, self.now())
                waiting.append(f"{device[:8]}/{path.name}")
                return None
            plan = self._plan(bundle, f"{device[:8]}/{path.name}")
        except InvalidBundle as exc:
            # Half-synced, damaged or foreign: try again when the file changes (a file refused
            # only because a clock is off: every round, until the clocks agree).
            if not getattr(exc, "retry_later", False):
                self._waiting[path] = stamp
            waiting.append(f"{device[:8]}/{path.name}")
            return None
        self._waiting.pop(path, None)
        summary = plan.summary(applied=True)
        digest = hashlib.sha256(data).hexdigest()
        # A snapshot signed by that device's own key: the files it covers need not be read
        # any more. (A file with nothing new is taken without the key check; its word on
        # which files it replaces is not: otherwise a forged copy could hide real files.)
        covers = _snapshot_covers(bundle.manifest, device, number)
        known = store.known_devices(self.db).get(device)
        if covers and not (
            bundle.public_key
            and (
                (known is not None and known[0] == bundle.public_key)
                or (not summary.nothing_new and plan.new_device == (device, bundle.public_key))
            )
        ):
            covers = []
        high_water = bundle.scope["snapshot"].get("hlc") if covers else None

        def record_read() -> None:
            store.record_sync_file(self.db, device, number, digest, self.now())
            for n in covers:
                store.record_sync_file(self.db, device, n, f"snapshot {number}", self.now())
            if (
                isinstance(high_water, str)
                and hlc.is_valid(high_water)
                and (hlc.decode(high_water).moment <= self.clock.now_utc() + hlc.FUTURE_MARGIN)
            ):
                hlc_store.observe(self.db, [high_water])  # the writer's clock, at most 24 h ahead
            done.update({(device, number), *((device, n) for n in covers)})

        if summary.nothing_new:
            with write(self.db):
                record_read()
            return summary
        if time.monotonic() - self._last_sync_backup > SYNC_BACKUP_INTERVAL:
            self._backups.backup_before("sync")
            self._last_sync_backup = time.monotonic()
        marks_seq, conclusions_seq, change_seq = store.watermarks(self.db)
        before = {"marks": marks_seq, "conclusions": conclusions_seq, "changes": change_seq}

        read_from = path.parent.parent.name  # the employer folder this file lies in

        def after() -> None:
            record_read()
            # What came from an employer's folder is there already: this device need not
            # write it there again, unless that stream has news of its own not written yet
            # (then it all goes). Only that stream: a candidate with a trajectory at two
            # employers, renamed or erased at one, must still reach the other's folder
            # through this device (issue #18's second adversarial round).
            state = self._sync_state(root)
            m, c, ch = store.watermarks(self.db)
            for name, stream in state["streams"].items():
                if stream == before and stream_folder(name) == read_from:
                    state["streams"][name] = {"marks": m, "conclusions": c, "changes": ch}
            set_setting(self.db, SYNC_STATE_SETTING, json.dumps(state, sort_keys=True))

        self._apply(plan, after=after, folder=root)
        return summary

    # Erasure and the clock (issue #13) ---------------------------------------------------
    def forget_erased_in_sync_files(self, folder: str | os.PathLike | None = None) -> int:
        """This device's own files in the synced folder, rewritten without erased candidates
        (other devices' files are theirs: they rewrite them when they learn of the erasure).
        Returns how many files were rewritten."""
        root = Path(folder) if folder else self.sync_folder()
        if root is None:
            return 0
        rewritten = 0
        for stream in _stream_dirs(root / SYNC_SUBFOLDER):  # one stream per employer (#20)
            mine = stream / self._device_id()
            for number in _numbers_in(mine):
                try:
                    rewritten += self._forget_in_file(mine / f"{number:06d}{BUNDLE_SUFFIX}")
                except InvalidInput as exc:  # the erase itself is done; say what is left
                    self._warnings.append(exc.message)
        return rewritten

    def _forget_in_file(self, path: Path) -> bool:
        try:
            bundle = read_bundle_bytes(path.read_bytes(), path.name)
        except (OSError, InvalidBundle):
            return False
        cleaned, _, _ = self._without_erased(bundle)
        if all(cleaned[k] == bundle[k] for k in KINDS):
            return False
        write_bundle(
            path,
            encode_bundle(
                cleaned.records,
                device_id=bundle.device_id,
                created_at=bundle.created_at,
                app_version=__version__,
                scope=bundle.scope,
                private_key=self._private_key(),
            ),
            overwrite=True,
        )  # rewriting this device's own file in place is the point
        return True

    def clock_warning(self) -> str | None:
        """Dutch, when this computer's clock is behind what this device already made or saw
        ("De klok van deze computer loopt 1 dag achter …"); None when it is fine."""
        ahead = hlc.ahead_of(hlc_store.last(self.db), self.clock.now_utc())
        if ahead <= hlc.CLOCK_WARNING:
            return None
        return (
            f"De klok van deze computer loopt {hlc.describe_duration(ahead)} achter: op dit "
            "apparaat staat al iets van later. Zet de klok goed. De volgorde van beoordelen "
            "blijft kloppen: wat u nu doet, telt als het nieuwste."
        )


# A stream's first file and its snapshots carry every trajectory and candidate of its
# employer; a later file only those that changed since this device's previous file. A
# trajectory (with its candidate) is always written to its employer's stream by the device
# that made or changed it, so a reader has it from there, and waits for it if not yet.
# People, employers and schools stay in every file that refers to them: they are few and
# small, and a person is not always in a stream before its first mark there (a jobcoach).
LEAN_KINDS = ("candidates", "trajectories")


def _not_made_by(records: dict[str, list[dict]], others: set[str]) -> dict[str, list[dict]]:
    """``records`` without those whose current revision one of ``others`` made (that
    device's own files carry them), unless something kept here refers to them: whatever a
    kept record or event names comes back, by the importer's own reference rule, so a first
    file or snapshot can always be read on its own. (Without that, two devices' snapshots
    could each wait for the other's: a trajectory made on one, its candidate on the other.)"""
    if not others:
        return records
    kept = dict(records)
    for kind in VERSIONED:  # the kinds with a revision and the device that made it
        kept[kind] = [r for r in records.get(kind, []) if r.get("rev_device") not in others]
    kept["guides"] = []
    by_key = {kind: {r[KEYS[kind]]: r for r in records.get(kind, [])} for kind in KINDS}
    while True:
        added = False
        for kind, ids in missing_references(Bundle({}, kept)).items():
            rows = [by_key[kind][i] for i in sorted(ids) if i in by_key[kind]]
            if rows:
                kept[kind] = [*kept[kind], *rows]
                added = True
        if not added:
            return kept


def stream_folder(employer_id: str) -> str:
    """The folder of an employer's stream: the id itself when every sync engine takes it as a
    folder name (every id praktijkdesk makes: a uuid), else a fixed name derived from it
    (an id from elsewhere may hold ":" or "@", which OneDrive and Windows refuse)."""
    if sync_name_ok(employer_id):
        return employer_id
    return "e-" + hashlib.sha256(employer_id.encode("utf-8")).hexdigest()[:40]


def sync_name_ok(name: str) -> bool:
    """Whether OneDrive, SharePoint, Nextcloud, Syncthing and FAT32 all take ``name`` as a
    file or folder name: no " * : < > ? / \\ |, no leading or trailing space or dot, no
    reserved name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, forms, "_vti_"), no "~$" at the start,
    at most 64 characters. File names are ``NNNNNN.praktijk``; folders letters, digits,
    "-" and "_"."""
    stem = name[: -len(BUNDLE_SUFFIX)] if _SYNC_FILE.match(name) else name
    return bool(_SAFE_FOLDER.match(stem)) and not _RESERVED_NAME.search(stem)


def _reads_stream(device: scoping.DeviceScope, folder_name: str) -> bool:
    """Whether this device opens the stream in ``folder_name`` at all (issue #20)."""
    if device.kind == scoping.UNDECIDED:
        return False
    if device.kind == scoping.JOBCOACH:
        return True
    return any(stream_folder(e) == folder_name for e in device.employer_ids)


def _list_streams(
    base: Path, me: str, device: scoping.DeviceScope
) -> dict[str, dict[str, set[int]]]:
    """stream folder → device folder → file numbers: the one listing of a round. Of a stream
    this device may not read only its own folder is looked at (issue #20). Only names
    ``NNNNNN.praktijk`` count: temp files, ``~$`` and ``.part`` names are not even looked at."""
    listing: dict[str, dict[str, set[int]]] = {}
    for stream in _stream_dirs(base):
        devices: dict[str, set[int]] = {}
        if _reads_stream(device, stream.name):
            try:
                folders = [e.name for e in os.scandir(stream) if _DEVICE_FOLDER.match(e.name)]
            except OSError:
                continue
        else:
            folders = [me]
        for name in folders:
            try:
                devices[name] = {
                    int(m.group(1))
                    for item in os.scandir(stream / name)
                    if (m := _SYNC_FILE.match(item.name)) and item.is_file()
                }
            except OSError:
                continue  # not a folder, vanished, or unreadable: next round
        listing[stream.name] = devices
    return listing


def _reading_order(
    folder: Path, device: str, numbers: set[int], done: set[tuple[str, int]]
) -> list[int]:
    """The order to read a device's new files in: oldest first, unless its newest snapshot
    replaces more bytes not read yet than it holds itself (a device that joins late, or
    was away long): then that snapshot first."""
    new = sorted(n for n in numbers if (device, n) not in done)
    # A snapshot has at most about COMPACT_AT newer files after it: look no further back.
    for n in reversed(new[-2 * COMPACT_AT :]):
        try:
            with open(folder / f"{n:06d}{BUNDLE_SUFFIX}", "rb") as handle:
                covers = _snapshot_covers(peek_manifest(handle.read(MAX_FILE_BYTES)), device, n)
        except OSError:
            continue
        if not covers:
            continue
        missing = [c for c in covers if (device, c) not in done]
        sizes = [_stat_stamp(folder / f"{c:06d}{BUNDLE_SUFFIX}") for c in (n, *missing)]
        if all(sizes) and sum(size for size, _ in sizes[1:]) <= sizes[0][0]:
            return new  # the covered files are few and here: read them, skip the snapshot
        return [n, *(m for m in new if m != n)]
    return new


def _stat_stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns)


def _snapshot_covers(manifest: dict | None, device: str, number: int) -> list[int]:
    """The file numbers a snapshot replaces ([] when it is not a snapshot of ``device``
    numbered ``number``)."""
    if not manifest or manifest.get("device_id") != device:
        return []
    scope = manifest.get("scope")
    if not isinstance(scope, dict) or scope.get("kind") != "sync" or scope.get("number") != number:
        return []
    snap = scope.get("snapshot")
    covers = snap.get("covers") if isinstance(snap, dict) else None
    if (
        not isinstance(covers, list)
        or not covers
        or len(covers) > 100_000
        or not all(type(n) is int and 0 < n < number for n in covers)
    ):
        return []
    return covers


def _stream_dirs(base: Path) -> list[Path]:
    """``praktijkdesk-sync/<employer id>/``: one stream per employer (issue #20)."""
    if not base.is_dir():
        return []
    return sorted(
        (p for p in base.iterdir() if p.is_dir() and _DEVICE_FOLDER.match(p.name)),
        key=lambda p: p.name,
    )


def bundle_name(*parts: str) -> str:
    """A safe file name from names and a date: "Hotel De Gouden Lepel 2026-03-02.praktijk"."""
    text = " ".join(p for p in parts if p)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    text = " ".join(text.split()).strip(" .") or "praktijkdesk"
    return text[:100] + BUNDLE_SUFFIX


def _numbers_in(folder: Path) -> list[int]:
    if not folder.is_dir():
        return []
    numbers = []
    for entry in os.scandir(folder):
        match = _SYNC_FILE.match(entry.name)
        if match and entry.is_file():
            numbers.append(int(match.group(1)))
    return sorted(numbers)
