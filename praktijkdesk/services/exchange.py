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
import hashlib
import json
import os
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from praktijkdesk import __version__
from praktijkdesk.bundles import (
    BUNDLE_SUFFIX,
    KINDS,
    Bundle,
    InvalidBundle,
    missing_references,
    read_bundle,
    read_bundle_bytes,
)
from praktijkdesk.bundles.format import LABELS, encode_bundle, write_bundle
from praktijkdesk.domain.mark import Mark, MarkStatus
from praktijkdesk.domain.names import search_key
from praktijkdesk.domain.people import Candidate
from praktijkdesk.errors import InvalidInput
from praktijkdesk.guides.json_format import load_json as load_guide_json
from praktijkdesk.services.base import Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import exchange as store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage.database import write
from praktijkdesk.storage.settings import get_setting, set_setting

SYNC_SETTING = "sync_folder"
SYNC_STATE_SETTING = "sync_state"
SYNC_SUBFOLDER = "praktijkdesk-sync"
SYNC_BACKUP_INTERVAL = 3600.0  # seconds between backups taken before synced-folder imports
_SYNC_FILE = re.compile(r"^(\d{6,9})" + re.escape(BUNDLE_SUFFIX) + r"$")
_DEVICE_FOLDER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


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
        return not any(self.added.values()) and not any(self.changed.values())

    def lines(self) -> list[str]:
        """The Dutch summary that ``import --dry-run`` prints and the GUI can show."""
        verb = "Toegevoegd" if self.applied else "Wordt toegevoegd"
        changed_verb = "Bijgewerkt" if self.applied else "Wordt bijgewerkt"
        lines = [f"Uitwisselbestand {self.source} (van apparaat {self.device_id[:8]}, {self.created_at[:16]})."]
        if self.nothing_new:
            lines.append("Niets nieuws: alles staat er al in.")
        for kind in KINDS:
            if self.added.get(kind):
                lines.append(f"{verb}: {self.added[kind]} × {_PLURALS[kind]}")
        for kind in KINDS:
            if self.changed.get(kind):
                lines.append(f"{changed_verb}: {self.changed[kind]} × {_PLURALS[kind]}")
        lines += [f"Mogelijk dubbel: {d.message}" for d in self.duplicates]
        lines += [f"Let op: {w}" for w in self.warnings]
        return lines

    def as_dict(self) -> dict:
        return {
            "source": self.source, "device_id": self.device_id, "created_at": self.created_at,
            "scope": self.scope, "added": self.added, "changed": self.changed,
            "duplicates": [{"keep": d.keep.id, "drop": d.drop.id, "name": d.keep.name}
                           for d in self.duplicates],
            "warnings": list(self.warnings), "applied": self.applied,
        }


_PLURALS = {
    "guides": "begeleidingsdocument(en)", "schools": "school/scholen",
    "employers": "leerbedrijf/-bedrijven",
    "people": "praktijkopleider(s)/jobcoach(es)", "candidates": "kandidaat/kandidaten",
    "candidate_merges": "samengevoegde kandidaat/kandidaten", "trajectories": "traject(en)",
    "marks": "beoordeling(en)", "conclusions": "afgeronde werkproces(sen)",
    "declarations": "praktijkverklaring(en)", "signatures": "handtekening(en)",
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
    written: Path | None
    imported: tuple[ImportPlan, ...]
    waiting: tuple[str, ...]  # files not (yet) usable: half-synced, damaged or foreign

    @property
    def changed(self) -> bool:
        return any(p.added or p.changed for p in self.imported)


# --- conflicts (pure) ---------------------------------------------------------------------
def open_conflicts(events: Iterable[Mark], parents: dict[str, list[str]]) -> dict[tuple, list[Mark]]:
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

    def summary(self, applied: bool) -> ImportPlan:
        return ImportPlan(
            source=self.source,
            device_id=self.bundle.device_id,
            created_at=self.bundle.created_at,
            scope=self.bundle.scope["kind"],
            added={k: len(v) for k, v in self.rows.items() if v},
            changed={k: len(v) for k, v in self.updates.items() if v},
            duplicates=tuple(self.duplicates),
            warnings=tuple(self.warnings),
            applied=applied,
        )


class ExchangeService(Service):
    def __init__(self, desk):
        super().__init__(desk)
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
    ) -> ExportResult:
        """One trajectory, all trajectories of an employer, or everything, in one file."""
        if sum([trajectory_id is not None, employer_id is not None, everything]) != 1:
            raise InvalidInput("Kies één traject, één leerbedrijf, of alles.")
        extra: dict[str, set[str]] = {}
        if trajectory_id is not None:
            trajectory = self.desk.trajectories.resolve(trajectory_id)
            ids, scope = [trajectory.id], {"kind": "trajectory", "id": trajectory.id}
        elif employer_id is not None:
            employer = self.desk.people.employer(employer_id)
            ids = store.trajectory_ids_of_employer(self.db, employer.id)
            people = [p.id for p in self.desk.people.people() if p.employer_id == employer.id]
            extra = {"employers": {employer.id}, "people": set(people)}
            scope = {"kind": "employer", "id": employer.id}
        else:
            ids, scope = store.all_ids(self.db, "trajectories"), {"kind": "all"}
            extra = {k: set(store.all_ids(self.db, k))
                     for k in ("schools", "employers", "people", "candidates")}
        records = self._collect(ids, extra=extra, merges=store.all_rows(self.db, "candidate_merges"))
        data = self._encode(records, scope)
        path = Path(path)
        if path.suffix.casefold() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        write_bundle(path, data)
        return ExportResult(path, {k: len(v) for k, v in records.items()})

    def _encode(self, records: dict[str, list[dict]], scope: dict) -> bytes:
        return encode_bundle(
            records, device_id=self.desk.device_id, created_at=self.now(),
            app_version=__version__, scope=scope,
        )

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
        signatures = store.rows_where(db, "signatures", "declaration_id", [d["id"] for d in declarations])
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
            "candidates": list(store.rows_by_key(db, "candidates", candidate_ids).values()),
            "candidate_merges": merges or [],
            "trajectories": trajectories,
            "marks": marks,
            "conclusions": conclusions,
            "declarations": declarations,
            "signatures": signatures,
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
        self.desk.backup_before("import")
        self._apply(plan)
        return plan.summary(applied=True)

    def _plan(self, bundle: Bundle, source: str) -> _Plan:
        db = self.db
        plan = _Plan(bundle, source)
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

        # Guides: a stored version never changes; a different one under the same key is kept out.
        local_guides = {g["key"]: g["content"] for g in store.guide_rows(db, [g["key"] for g in bundle["guides"]])}
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
                    if r["candidate_id"] in merges else r
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
        plan.rows["signatures"], plan.updates["signatures"] = [], []
        for row in bundle["signatures"]:
            if row["declaration_id"] in skipped:
                continue
            mine = store.signature_for_role(db, row["declaration_id"], row["role"])
            if mine is None:
                plan.rows["signatures"].append(row)
            elif mine["id"] != row["id"] and (row["signed_at"], row["id"]) > (mine["signed_at"], mine["id"]):
                plan.updates["signatures"].append(row)

        self._check_references(plan, merges, resolve)
        plan.duplicates = self._duplicates_among(plan.rows["candidates"])
        return plan

    def _check_references(self, plan: _Plan, merges: dict, resolve) -> None:
        missing = missing_references(plan.bundle)
        problems = []
        for kind, ids in missing.items():
            if kind == "candidates":
                ids = {resolve(i) for i in ids}
            table = "guides" if kind == "guides" else kind
            absent = ids - store.existing_keys(self.db, table, ids) if table != "guides" else (
                ids - {g["key"] for g in store.guide_rows(self.db, ids)}
            )
            if absent:
                problems.append(f"{len(absent)} × {LABELS[kind]} ({sorted(absent)[0][:12]}…)")
        if problems:
            raise InvalidBundle(
                f"{plan.source} verwijst naar gegevens die niet in het bestand en niet op dit "
                f"apparaat staan: {'; '.join(problems)}. Lees eerst het bestand in waar ze in "
                "staan. Er is niets ingelezen."
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

    def _apply(self, plan: _Plan, *, after=None) -> None:
        db = self.db
        changed_ids = frozenset(
            r["id"] for r in (*plan.rows.get("trajectories", []), *plan.updates.get("trajectories", []))
        ) | frozenset(r["trajectory_id"] for r in (*plan.rows["marks"], *plan.rows["conclusions"]))
        changes = Changes(
            marks=True, trajectories=True, people=True, guides=True, declarations=True,
            trajectory_ids=changed_ids,
        )
        with self.action(changes):
            store.set_importing(db, True)
            now = self.now()
            for row in plan.rows["guides"]:
                guide = load_guide_json(row["content"])
                store.add_guide_row(db, guide.key, guide.slug, guide.version, guide.title,
                                    row["content"], now)
            for table in ("schools", "employers", "people", "candidates"):
                for row in plan.rows[table]:
                    store.insert_row(db, table, row)
                for row in plan.updates[table]:
                    store.update_row(db, table, row)
            for row in plan.rows["candidate_merges"]:
                store.add_candidate_merge(db, row)
            for table in ("trajectories",):
                for row in plan.rows[table]:
                    store.insert_row(db, table, row)
                for row in plan.updates[table]:
                    store.update_row(db, table, row)
            self._settle_merges()
            keys = store.insert_marks(db, plan.rows["marks"])
            store.refresh_current_marks(db, keys)
            store.insert_conclusions(db, plan.rows["conclusions"])
            for row in plan.rows["declarations"]:
                store.insert_row(db, "declarations", {**row, "pdf": base64.b64decode(row["pdf"])})
            for row in plan.updates["declarations"]:
                store.set_withdrawn(db, row)
            for row in plan.rows["signatures"] + plan.updates["signatures"]:
                store.replace_signature(db, row)
            store.set_importing(db, False)
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
                store.repoint_trajectories(self.db, drop_id, keep)
                store.delete_candidate(self.db, drop_id)
                present.discard(drop_id)

    # Conflicts ---------------------------------------------------------------------------
    def conflicts(self, trajectory_id: str) -> list[Conflict]:
        """Behaviours two devices set differently without seeing each other's choice."""
        trajectory = self.desk.trajectories.resolve(trajectory_id)
        events, parents = store.marks_with_parents(self.db, trajectory.id)
        found = open_conflicts(events, parents)
        if not found:
            return []
        names = people_store.names_of(self.db, sorted({m.person_id for h in found.values() for m in h}))
        guide = self.desk.guides.get(trajectory.guide_key)
        order = {b.id: i for i, b in enumerate(guide.behaviours())}
        result = [
            Conflict(
                trajectory_id=trajectory.id,
                behaviour_id=behaviour_id,
                sides=tuple(
                    ConflictSide(m.uuid, m.person_id, names.get(m.person_id, "?"), m.status,
                                 m.at, m.device_id)
                    for m in heads
                ),
            )
            for (_, behaviour_id), heads in found.items()
        ]
        return sorted(result, key=lambda c: (order.get(c.behaviour_id, len(order)), c.behaviour_id))

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
        keep = self.desk.trajectories.candidate(keep_id)
        drop = self.desk.trajectories.candidate(drop_id)
        if keep.id == drop.id:
            raise InvalidInput("Kies twee verschillende kandidaten om samen te voegen.")
        with self.action(Changes(trajectories=True, people=True)):
            store.add_candidate_merge(self.db, {
                "drop_id": drop.id, "keep_id": keep.id, "name": drop.name,
                "birth_date": drop.birth_date, "merged_at": self.now(),
                "device_id": self.desk.device_id,
            })
            store.repoint_trajectories(self.db, drop.id, keep.id)
            store.delete_candidate(self.db, drop.id)
        return keep

    # Synced folder -----------------------------------------------------------------------
    def sync_folder(self) -> Path | None:
        value = self.desk.setting(SYNC_SETTING)
        return Path(value) if value else None

    def set_sync_folder(self, folder: str | os.PathLike | None) -> Path | None:
        if folder is None or not str(folder).strip():
            self.desk.set_setting(SYNC_SETTING, None)
            return None
        path = Path(folder).expanduser().resolve()
        if not path.is_dir():
            raise InvalidInput(f"De map {path} bestaat niet. Kies een bestaande (gedeelde) map.")
        if path == self.desk.data_dir.resolve() or self.desk.data_dir.resolve() in path.parents:
            raise InvalidInput("Kies een andere map dan de gegevensmap van praktijkdesk.")
        self.desk.set_setting(SYNC_SETTING, str(path))
        return path

    def sync_round(self) -> SyncResult | None:
        """One round with the folder from the settings (None when none is set). Cheap when
        nothing changed: a few indexed maxima and one directory listing per device."""
        folder = self.sync_folder()
        return self.sync(folder) if folder else None

    def sync(self, folder: str | os.PathLike) -> SyncResult:
        """Write this device's news as one new numbered file, then import every other
        device's files not imported yet. Files that are not whole yet wait for a next round."""
        root = Path(folder).expanduser()
        if not root.is_dir():
            raise InvalidInput(
                f"De gedeelde map {root} is niet bereikbaar. Is de synchronisatie-app actief "
                "en de map (of USB-stick) aanwezig?"
            )
        base = root / SYNC_SUBFOLDER
        written = self._write_sync_file(base / self.desk.device_id, root)
        imported, waiting = self._read_sync_files(base)
        return SyncResult(root, written, tuple(imported), tuple(waiting))

    def _sync_state(self, root: Path) -> dict:
        raw = get_setting(self.db, SYNC_STATE_SETTING)
        state = json.loads(raw) if raw else {}
        if state.get("folder") != str(root.resolve()):
            return {"folder": str(root.resolve()), "number": 0, "marks": 0, "conclusions": 0,
                    "changes": 0}
        return state

    def _write_sync_file(self, mine: Path, root: Path) -> Path | None:
        state = self._sync_state(root)
        marks_seq, conclusions_seq, change_seq = store.watermarks(self.db)
        numbers = _numbers_in(mine)
        first = not numbers or state["number"] == 0
        if not first and (marks_seq, conclusions_seq, change_seq) == (
            state["marks"], state["conclusions"], state["changes"]
        ):
            return None
        if first:
            ids = store.all_ids(self.db, "trajectories")
            extra = {k: set(store.all_ids(self.db, k))
                     for k in ("schools", "employers", "people", "candidates")}
            records = self._collect(ids, extra=extra,
                                    merges=store.all_rows(self.db, "candidate_merges"))
        else:
            changed = store.changed_since(self.db, state["changes"])
            marks = [r for r in store.events_since(self.db, "marks", state["marks"])]
            conclusions = store.events_since(self.db, "conclusions", state["conclusions"])
            changed_merges = store.rows_by_key(self.db, "candidate_merges", changed.get("candidate_merges", []))
            records = self._collect(
                changed.get("trajectories", []), marks=marks, conclusions=conclusions,
                declaration_ids=set(changed.get("declarations", [])) | set(changed.get("signatures", [])),
                extra={k: set(changed.get(k, []))
                       for k in ("schools", "employers", "people", "candidates", "guides")},
                merges=list(changed_merges.values()), guides=set(changed.get("guides", [])),
            )
        number = max([state["number"], *numbers]) + 1
        mine.mkdir(parents=True, exist_ok=True)
        path = mine / f"{number:06d}{BUNDLE_SUFFIX}"
        write_bundle(path, self._encode(records, {"kind": "sync", "number": number}))
        state.update(number=number, marks=marks_seq, conclusions=conclusions_seq, changes=change_seq)
        with write(self.db):
            set_setting(self.db, SYNC_STATE_SETTING, json.dumps(state))
        return path

    def _read_sync_files(self, base: Path) -> tuple[list[ImportPlan], list[str]]:
        imported, waiting = [], []
        if not base.is_dir():
            return imported, waiting
        done = store.imported_sync_files(self.db)
        for device_dir in sorted(base.iterdir(), key=lambda p: p.name):
            device = device_dir.name
            if device == self.desk.device_id or not _DEVICE_FOLDER.match(device):
                continue
            if not device_dir.is_dir():
                continue
            for number in _numbers_in(device_dir):
                if (device, number) in done:
                    continue
                path = device_dir / f"{number:06d}{BUNDLE_SUFFIX}"
                plan = self._import_sync_file(path, device, number, waiting)
                if plan is not None:
                    imported.append(plan)
        return imported, waiting

    def _import_sync_file(self, path: Path, device: str, number: int, waiting: list) -> ImportPlan | None:
        try:
            info = path.stat()
            stamp = (info.st_size, info.st_mtime_ns)
            if self._waiting.get(path) == stamp:
                waiting.append(f"{device[:8]}/{path.name}")
                return None
            data = path.read_bytes()
        except OSError:
            waiting.append(f"{device[:8]}/{path.name}")
            return None
        try:
            bundle = read_bundle_bytes(data, path.name)
            if bundle.device_id != device or bundle.scope != {"kind": "sync", "number": number}:
                raise InvalidBundle(f"{path.name} hoort niet in deze map en is overgeslagen.")
            plan = self._plan(bundle, f"{device[:8]}/{path.name}")
        except InvalidBundle:
            # Half-synced, damaged or foreign: try again when the file changes.
            self._waiting[path] = stamp
            waiting.append(f"{device[:8]}/{path.name}")
            return None
        self._waiting.pop(path, None)
        summary = plan.summary(applied=True)
        digest = hashlib.sha256(data).hexdigest()
        if summary.nothing_new:
            with write(self.db):
                store.record_sync_file(self.db, device, number, digest, self.now())
            return summary
        if time.monotonic() - self._last_sync_backup > SYNC_BACKUP_INTERVAL:
            self.desk.backup_before("sync")
            self._last_sync_backup = time.monotonic()
        before = store.watermarks(self.db)
        root = path.parent.parent.parent

        def after() -> None:
            store.record_sync_file(self.db, device, number, digest, self.now())
            # What came from the folder is there already: this device need not write it
            # again, unless it has news of its own not written yet (then it all goes out).
            state = self._sync_state(root)
            if state["number"] and (state["marks"], state["conclusions"], state["changes"]) == before:
                marks_seq, conclusions_seq, change_seq = store.watermarks(self.db)
                state.update(marks=marks_seq, conclusions=conclusions_seq, changes=change_seq)
                set_setting(self.db, SYNC_STATE_SETTING, json.dumps(state))

        self._apply(plan, after=after)
        return summary


def _numbers_in(folder: Path) -> list[int]:
    if not folder.is_dir():
        return []
    numbers = []
    for entry in os.scandir(folder):
        match = _SYNC_FILE.match(entry.name)
        if match and entry.is_file():
            numbers.append(int(match.group(1)))
    return sorted(numbers)
