"""Scope in every exchange: which employers' trajectories a device may send and keep (issue #20).

A device is one of:

- an **employer's PC** (``kind="employer"``): it holds, sends and accepts only the
  trajectories of its own employer(s);
- a **jobcoach's laptop** (``kind="jobcoach"``): it holds the trajectories of every employer
  it visits, and makes one file (and one synced-folder stream) per employer;
- **undecided**: a new device nobody works on yet. It accepts a file of one employer (and
  then becomes that employer's PC) and reads no synced-folder stream.

The choice is the setting ``device_scope`` (Instellingen › Uitwisselen). When it is not set,
the first exchange derives it from the people on the device and stores it: trainers of one
employer → that employer's PC; a jobcoach and trainers of several employers (or no trainers)
→ a jobcoach's laptop; trainers of several employers and no jobcoach → a PC of those
employers; nobody → undecided (not stored).

``restrict(records, allowed, lookups)`` keeps of a set of bundle records only what belongs
to the allowed employers, with everything those refer to, and says which candidates it left
out. It runs on every export, on every synced-folder file written and on every import, so a
record of another employer never reaches this device's database, not even a name.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from praktijkdesk.storage import scope as store
from praktijkdesk.storage.settings import get_setting, set_setting

if TYPE_CHECKING:
    from praktijkdesk.storage.database import Database

SCOPE_SETTING = "device_scope"
EMPLOYER, JOBCOACH, UNDECIDED = "employer", "jobcoach", "undecided"


@dataclass(frozen=True)
class DeviceScope:
    kind: str
    employer_ids: frozenset[str] = frozenset()
    chosen: bool = False  # stored in the settings (chosen or derived once), not derived now

    @property
    def allowed(self) -> frozenset[str] | None:
        """The employers whose data this device may keep; None = every employer."""
        return None if self.kind == JOBCOACH else self.employer_ids

    def allows(self, employer_id: str) -> bool:
        return self.kind == JOBCOACH or employer_id in self.employer_ids

    def as_json(self) -> str:
        return json.dumps({"kind": self.kind, "employers": sorted(self.employer_ids)})


def read_scope(db: Database) -> DeviceScope | None:
    raw = get_setting(db, SCOPE_SETTING)
    if not raw:
        return None
    try:
        value = json.loads(raw)
        kind = value["kind"]
        employers = frozenset(str(e) for e in value.get("employers", []))
    except (ValueError, KeyError, TypeError):
        return None
    if kind not in (EMPLOYER, JOBCOACH) or (kind == EMPLOYER and not employers):
        return None
    return DeviceScope(kind, employers, chosen=True)


def derive_scope(db: Database) -> DeviceScope:
    """What this device is, from the people on it (see the module text)."""
    trainers = store.trainer_employers(db)
    jobcoach = store.has_jobcoach(db)
    if len(trainers) == 1 or (trainers and not jobcoach):
        return DeviceScope(EMPLOYER, frozenset(trainers))
    if jobcoach:
        return DeviceScope(JOBCOACH)
    return DeviceScope(UNDECIDED)


def device_scope(db: Database) -> DeviceScope:
    return read_scope(db) or derive_scope(db)


def store_scope(db: Database, scope: DeviceScope) -> None:
    """Inside the caller's transaction."""
    set_setting(db, SCOPE_SETTING, scope.as_json())


# --- restricting records to employers --------------------------------------------------------
@dataclass
class Restricted:
    records: dict[str, list[dict]]
    refused_candidates: list[tuple[str, str]] = field(default_factory=list)  # (name, employer name)
    refused_employers: list[str] = field(default_factory=list)  # names

    @property
    def refused(self) -> bool:
        return bool(self.refused_candidates)


def restrict(
    records: dict[str, list[dict]],
    allowed: Iterable[str] | None,
    *,
    candidate_employers: Callable[[Iterable[str]], dict[str, set[str]]],
    person_employers: Callable[[Iterable[str]], dict[str, set[str]]],
) -> Restricted:
    """Only the allowed employers' trajectories, their events, declarations and everything they
    refer to. ``allowed=None`` keeps everything. The two lookups say, for ids not settled by
    the records themselves, which employers they belong to on this device."""
    if allowed is None:
        return Restricted(records)
    allowed = set(allowed)
    get = lambda kind: records.get(kind, [])  # noqa: E731
    kept_t = [t for t in get("trajectories") if t["employer_id"] in allowed]
    left_t = [t for t in get("trajectories") if t["employer_id"] not in allowed]
    # Events of a left-out trajectory go too. An event whose trajectory is not in the records
    # stays: the reference check then wants that trajectory on this device already (so it
    # brings no new candidate), or refuses the file.
    out = {t["id"] for t in left_t}
    marks = [m for m in get("marks") if m["trajectory_id"] not in out]
    conclusions = [c for c in get("conclusions") if c["trajectory_id"] not in out]
    declarations = [d for d in get("declarations") if d["trajectory_id"] not in out]
    dids = {d["id"] for d in declarations}
    signatures = [s for s in get("signatures") if s["declaration_id"] in dids]

    # Candidates: of a kept trajectory, or of an allowed employer on this device.
    referenced = {t["candidate_id"] for t in kept_t}
    others = {c["id"] for c in get("candidates")} - referenced
    merge_ids = {m[k] for m in get("candidate_merges") for k in ("keep_id", "drop_id")}
    looked_up = candidate_employers(others | merge_ids)
    ok_candidates = referenced | {c for c, es in looked_up.items() if es & allowed}
    candidates = [c for c in get("candidates") if c["id"] in ok_candidates]
    merges = [
        m
        for m in get("candidate_merges")
        if m["keep_id"] in ok_candidates or m["drop_id"] in ok_candidates
    ]

    # People: of an allowed employer, named by a kept record, or guiding an allowed trajectory.
    named = {t["trainer_id"] for t in kept_t} | {
        t["jobcoach_id"] for t in kept_t if t["jobcoach_id"]
    }
    named |= {e["person_id"] for e in (*marks, *conclusions)}
    named |= {d["issued_by"] for d in declarations}
    named |= {d["withdrawn_by"] for d in declarations if d["withdrawn_by"]}
    rest = {p["id"] for p in get("people")} - named
    by_lookup = person_employers(rest)
    people = [
        p
        for p in get("people")
        if p["id"] in named
        or p["employer_id"] in allowed
        or by_lookup.get(p["id"], set()) & allowed
    ]
    # Person merges (issue #20): those touching a kept person, with both records (one person).
    kept_people = {p["id"] for p in people}
    person_merges = [
        m
        for m in get("person_merges")
        if m["drop_id"] in kept_people or m["keep_id"] in kept_people
    ]
    also = {m[k] for m in person_merges for k in ("drop_id", "keep_id")} - kept_people
    people += [p for p in get("people") if p["id"] in also]
    # Employers: allowed ones and those of kept people (a jobcoach's organisation).
    employer_ids = allowed | {p["employer_id"] for p in people if p["employer_id"]}
    employer_ids |= {t["employer_id"] for t in kept_t}
    employers = [e for e in get("employers") if e["id"] in employer_ids]

    # Guides: a school's guide goes anywhere; an employer's own version (eigen versie: its
    # own behaviour texts) only to that employer, unless a kept trajectory uses it.
    used = {t["guide_id"] for t in kept_t}
    guides = [
        g for g in get("guides") if g["key"] in used or _own_version_of(g) in (None, *allowed)
    ]

    names = {e["id"]: e["name"] for e in get("employers")}
    employer_of = {t["candidate_id"]: names.get(t["employer_id"], "") for t in left_t}
    refused = sorted(
        {
            (c["name"], employer_of.get(c["id"], ""))
            for c in get("candidates")
            if c["id"] not in ok_candidates
        }
    )
    result = dict(records)
    result.update(
        guides=guides,
        employers=employers,
        people=people,
        candidates=candidates,
        candidate_merges=merges,
        person_merges=person_merges,
        trajectories=kept_t,
        marks=marks,
        conclusions=conclusions,
        declarations=declarations,
        signatures=signatures,
    )
    return Restricted(
        result,
        refused,
        sorted({names.get(t["employer_id"], "?") for t in left_t}),
    )


def _own_version_of(guide: dict) -> str | None:
    """The employer whose own version this guide row is (its "variant" block), or None."""
    try:
        top = json.loads(guide["content"])
    except (TypeError, ValueError):
        return None
    variant = top.get("variant") if isinstance(top, dict) else None
    employer = variant.get("employer") if isinstance(variant, dict) else None
    return employer if isinstance(employer, str) else None


def restrict_with_db(
    db: Database, records: dict[str, list[dict]], allowed: Iterable[str] | None
) -> Restricted:
    return restrict(
        records,
        allowed,
        candidate_employers=lambda ids: store.candidate_employers(db, ids),
        person_employers=lambda ids: store.person_employers(db, ids),
    )


def source_employers(records: dict[str, list[dict]]) -> list[str]:
    """The names of the employers whose trajectories these records carry."""
    names = {e["id"]: e["name"] for e in records.get("employers", [])}
    return sorted({names.get(t["employer_id"], "?") for t in records.get("trajectories", [])})
