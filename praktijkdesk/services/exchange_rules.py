"""One set of rules for local and imported events (issue #13): a bundle cannot overrule.

``violations(bundle, rows, updates, resolve, ...)`` lists, in Dutch, every rule that what a
bundle would add or change breaks. The importer refuses the **whole bundle** when the list is
not empty (exit code 2, nothing stored, the reasons in the message): a file that breaks these
rules was forged or made by a broken program, and keeping "the rest" of it would mean trusting
the same file we just caught lying. Honest devices never make such a file, so an honest user
never meets this refusal — with one exception that is not a lie: a device whose clock runs
more than ``FUTURE_MARGIN`` ahead. Its file is refused with the reason (which clock, how far),
and a synced-folder file is tried again in a later round, so it comes in once the clocks agree.

The rules, each the same as for a local action:

- a mark's behaviour exists in the trajectory's guide version, in a chosen work process; a
  conclusion's work process exists there and is chosen; chosen work processes are in the guide;
- only a trainer (praktijkopleider) of the trajectory's employer concludes, revokes, issues
  and withdraws a declaration;
- a trajectory's candidate, guide version and employer never change through an import; nor a
  person's role or employer;
- issued declarations and signatures are append-only: one with a known id must be identical;
- an undo targets an event of the same trajectory (and behaviour or work process) made on the
  same device as the undo itself;
- names pass the same cleaning as typed names (no bidi overrides, no line breaks);
- revisions stay below ``MAX_REV`` (the format refuses more) and clock stamps and times lie at
  most ``FUTURE_MARGIN`` after this computer's clock;
- no new event, record version, merge or erasure may carry this device's id: only this
  device makes those (another device using it could take over Ctrl+Z here) — unless the file
  is signed by a device already known here, which may pass them back after a restore;
- a merge of two candidates names two records of one person (same name and birth date);
- a merge of two people (issue #20) names two records of one person: the same name, the same
  role and the same employer or organisation (a trainer is never merged with a jobcoach, nor
  into another employer's person).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from praktijkdesk.bundles import Bundle
from praktijkdesk.domain import hlc
from praktijkdesk.domain.names import clean_name, search_key
from praktijkdesk.domain.people import Person, Role, judges_for
from praktijkdesk.errors import InvalidInput
from praktijkdesk.guides.json_format import load_json as load_guide_json
from praktijkdesk.storage import bundle_records as store

if TYPE_CHECKING:
    from praktijkdesk.domain.guide import Guide
    from praktijkdesk.storage.database import Database

_TIME_FIELDS = {
    "employers": ("created_at",),
    "people": ("created_at",),
    "candidates": ("created_at",),
    "trajectories": ("created_at",),
    "candidate_merges": ("merged_at",),
    "person_merges": ("merged_at",),
    "marks": ("at",),
    "conclusions": ("at",),
    "declarations": ("issued_at", "withdrawn_at"),
    "signatures": ("signed_at",),
    "erasures": ("erased_at",),
}
_NAME_FIELDS = {
    "employers": "name",
    "people": "name",
    "candidates": "name",
    "candidate_merges": "name",
    "signatures": "name",
    "person_merges": "name",
}
_LABEL = {
    "employers": "leerbedrijf",
    "people": "persoon",
    "candidates": "kandidaat",
    "candidate_merges": "samenvoeging",
    "signatures": "handtekening",
    "person_merges": "samenvoeging van personen",
}
_IMMUTABLE_DECLARATION = ("number", "trajectory_id", "issued_at", "issued_by", "snapshot", "sha256")


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%d-%m-%Y %H:%M")


def future_times(bundle: Bundle, now: dt.datetime) -> tuple[int, dt.timedelta]:
    """How many times and clock stamps in the bundle lie more than FUTURE_MARGIN after
    ``now``, and the largest distance."""
    count, furthest = 0, dt.timedelta(0)
    limit = now + hlc.FUTURE_MARGIN

    def consider(moment: dt.datetime) -> None:
        nonlocal count, furthest
        if moment > limit:
            count += 1
            furthest = max(furthest, moment - now)

    consider(dt.datetime.fromisoformat(bundle.created_at))
    for kind, fields in _TIME_FIELDS.items():
        for row in bundle[kind]:
            for name in fields:
                if row.get(name):
                    consider(dt.datetime.fromisoformat(row[name]))
            if kind in ("marks", "conclusions"):
                consider(hlc.decode(row["hlc"]).moment)
    return count, furthest


def clock_message(ahead: dt.timedelta) -> str:
    """Which clock is off, in words a trainer reads: one of the two, we cannot know which."""
    amount = hlc.describe_duration(ahead)
    return (
        f"De klok van het apparaat dat dit bestand maakte loopt {amount} voor, "
        f"of de klok van deze computer loopt {amount} achter"
    )


def violations(
    bundle: Bundle,
    rows: dict[str, list[dict]],
    updates: dict[str, list[dict]],
    resolve: Callable[[str], str],
    *,
    db: Database,
    device_id: str,
    now: dt.datetime,
    stored_guide: Callable[[str], Guide],
    known_sender: bool = False,
) -> list[str]:
    """Every rule broken by what the import would add (``rows``) or change (``updates``).

    ``known_sender``: the file is signed by a device this one already knows (its key pinned).
    Such a device may pass on this device's own events — after a restore from an older backup
    that is how what was made since comes back — so the "this device's id" rule is for files
    from new, unsigned or other devices only."""
    me = device_id
    problems: list[str] = []

    count, furthest = future_times(bundle, now)
    if count:
        problems.append(
            f"{count} {'tijd' if count == 1 else 'tijden'} in het bestand {'ligt' if count == 1 else 'liggen'} meer dan "
            f"{int(hlc.FUTURE_MARGIN.total_seconds() // 3600)} uur na de klok van deze computer "
            f"(tot {_iso(now + furthest)}). {clock_message(furthest)}. Zet de klok goed; "
            "een bestand uit een gedeelde map wordt later vanzelf opnieuw geprobeerd"
        )

    # Names: cleaned exactly like typed names.
    for kind, field_name in _NAME_FIELDS.items():
        for row in (*rows.get(kind, []), *updates.get(kind, [])):
            try:
                ok = clean_name(row[field_name]) == row[field_name]
            except InvalidInput:
                ok = False
            if not ok:
                problems.append(
                    f"de naam van een {_LABEL[kind]} bevat tekens die hier niet mogen "
                    "(onzichtbare tekens, tekens die de leesrichting omdraaien of regeleindes)"
                )
                break

    # This device's id belongs to this device.
    mine = (
        []
        if known_sender
        else [
            kind
            for kind in ("marks", "conclusions", "candidate_merges", "person_merges", "erasures")
            for row in rows.get(kind, [])
            if row.get("device_id") == me
        ]
        + [
            kind
            for kind in store.VERSIONED_TABLES
            for row in (*rows.get(kind, []), *updates.get(kind, []))
            if row["rev_device"] == me
        ]
    )
    if mine:
        problems.append(
            f"{len(mine)} gegeven(s) zeggen op deze computer gemaakt te zijn, maar staan hier niet: "
            "een ander apparaat gebruikt het apparaatnummer van deze computer"
        )

    # What the trajectories, people and guides will be after the import.
    incoming_traj = {
        r["id"]: r for r in (*rows.get("trajectories", []), *updates.get("trajectories", []))
    }
    event_rows = [
        *rows.get("marks", []),
        *rows.get("conclusions", []),
        *rows.get("declarations", []),
        *updates.get("declarations", []),
    ]
    needed = {r["trajectory_id"] for r in event_rows} | set(incoming_traj)
    local_traj = store.rows_by_key(db, "trajectories", needed)
    trajectories = {**local_traj, **incoming_traj}
    incoming_people = {r["id"]: r for r in (*rows.get("people", []), *updates.get("people", []))}
    person_ids = {r["person_id"] for r in (*rows.get("marks", []), *rows.get("conclusions", []))}
    person_ids |= {r["issued_by"] for r in rows.get("declarations", [])}
    person_ids |= {
        r["withdrawn_by"]
        for r in (*rows.get("declarations", []), *updates.get("declarations", []))
        if r["withdrawn_by"]
    }
    local_people = store.rows_by_key(db, "people", person_ids | set(incoming_people))
    people = {**local_people, **incoming_people}
    new_guides = {g["key"]: g["content"] for g in rows.get("guides", [])}
    guides: dict = {}

    def guide(key: str):
        if key not in guides:
            try:
                guides[key] = (
                    load_guide_json(new_guides[key]) if key in new_guides else stored_guide(key)
                )
            except Exception:  # a missing guide is reported by the reference check
                guides[key] = None
        return guides[key]

    def may_judge(person_id: str | None, trajectory: dict) -> bool:
        row = people.get(person_id)
        return row is not None and judges_for(
            Person(row["id"], row["name"], Role(row["role"]), row["employer_id"]),
            trajectory["employer_id"],
        )

    # Trajectories: fixed fields, and chosen work processes within the guide.
    for tid, row in incoming_traj.items():
        before = local_traj.get(tid)
        if before is not None and (
            resolve(before["candidate_id"]) != resolve(row["candidate_id"])
            or before["guide_id"] != row["guide_id"]
            or before["employer_id"] != row["employer_id"]
        ):
            problems.append(
                "een traject zou een andere kandidaat, een ander begeleidingsdocument "
                "of een ander leerbedrijf krijgen; dat kan niet via een uitwisselbestand"
            )
            continue
        g = guide(row["guide_id"])
        if g is not None:
            codes = {wp.code for wp in g.work_processes()}
            if not row["work_processes"] or not set(row["work_processes"]) <= codes:
                problems.append(f"een traject kiest werkprocessen die niet in '{g.title}' staan")

    # People: role and employer are fixed.
    for row in updates.get("people", []):
        before = local_people.get(row["id"])
        if before and (
            before["role"] != row["role"] or before["employer_id"] != row["employer_id"]
        ):
            problems.append(
                f"{before['name']} zou een andere rol of een ander leerbedrijf krijgen; "
                "dat kan niet via een uitwisselbestand"
            )

    # Events: in the guide, chosen; conclusions only by a trainer of the employer; undo rules.
    known = {kind: {r["uuid"]: r for r in bundle[kind]} for kind in ("marks", "conclusions")}
    targets = {
        kind: {
            **store.rows_by_key(
                db, kind, [r["undoes_uuid"] for r in rows.get(kind, []) if r["undoes_uuid"]]
            ),
            **known[kind],
        }
        for kind in ("marks", "conclusions")
    }
    outside = unchosen = not_trainer = bad_undo = 0
    for kind, field_name in (("marks", "behaviour_id"), ("conclusions", "work_process_code")):
        for row in rows.get(kind, []):
            trajectory = trajectories.get(row["trajectory_id"])
            if trajectory is None:
                continue  # reported by the reference check
            if row["undoes_uuid"]:
                target = targets[kind].get(row["undoes_uuid"])
                if (
                    target is None
                    or target["trajectory_id"] != row["trajectory_id"]
                    or target[field_name] != row[field_name]
                    or target["device_id"] != row["device_id"]
                ):
                    bad_undo += 1
                    continue
            g = guide(trajectory["guide_id"])
            if g is None:
                continue
            if kind == "marks":
                wp = g.work_process_of(row["behaviour_id"])
                code = wp.code if wp else None
            else:
                code = (
                    row["work_process_code"] if g.work_process(row["work_process_code"]) else None
                )
            if code is None:
                outside += 1
            elif code not in trajectory["work_processes"]:
                unchosen += 1
            if kind == "conclusions" and not may_judge(row["person_id"], trajectory):
                not_trainer += 1
    if outside:
        problems.append(
            f"{outside} beoordeling(en) of afronding(en) gaan over iets dat niet in het "
            "begeleidingsdocument van het traject staat"
        )
    if unchosen:
        problems.append(
            f"{unchosen} beoordeling(en) of afronding(en) gaan over een werkproces dat "
            "niet gekozen is in het traject"
        )
    if not_trainer:
        problems.append(
            f"{not_trainer} afronding(en) zijn niet gemaakt door een praktijkopleider "
            "van het leerbedrijf van het traject"
        )
    if bad_undo:
        problems.append(
            f"{bad_undo} keer ongedaan maken gaat over iets van een ander traject, "
            "een ander gedragsvoorbeeld of een ander apparaat"
        )

    # Declarations: issued and withdrawn by a trainer of the employer; never changed.
    existing = store.rows_by_key(db, "declarations", [r["id"] for r in bundle["declarations"]])
    for row in bundle["declarations"]:
        mine_row = existing.get(row["id"])
        if mine_row is not None and any(mine_row[f] != row[f] for f in _IMMUTABLE_DECLARATION):
            problems.append(
                f"praktijkverklaring {mine_row['number']} is in het bestand veranderd; "
                "een uitgegeven verklaring verandert nooit"
            )
    for row in rows.get("declarations", []):
        trajectory = trajectories.get(row["trajectory_id"])
        if trajectory is not None and not may_judge(row["issued_by"], trajectory):
            problems.append(
                f"praktijkverklaring {row['number']} is niet uitgegeven door een "
                "praktijkopleider van het leerbedrijf"
            )
    for row in (*rows.get("declarations", []), *updates.get("declarations", [])):
        trajectory = trajectories.get(row["trajectory_id"])
        if (
            row["withdrawn_at"]
            and trajectory is not None
            and not may_judge(row["withdrawn_by"], trajectory)
        ):
            problems.append(
                f"praktijkverklaring {row['number']} is ingetrokken door iemand die geen "
                "praktijkopleider van het leerbedrijf is"
            )

    # Signatures: a known id must be the same signature.
    local_signatures = store.rows_by_key(db, "signatures", [r["id"] for r in bundle["signatures"]])
    for row in bundle["signatures"]:
        mine_row = local_signatures.get(row["id"])
        if mine_row is not None and mine_row != row:
            problems.append(
                "een handtekening is in het bestand veranderd; een handtekening verandert nooit"
            )
            break

    # Merges: two records of one person.
    merges = rows.get("candidate_merges", [])
    if merges:
        incoming_candidates = {r["id"]: r for r in bundle["candidates"]}
        local_candidates = store.rows_by_key(db, "candidates", [m["keep_id"] for m in merges])
        for row in merges:
            keep = incoming_candidates.get(row["keep_id"]) or local_candidates.get(row["keep_id"])
            if keep is None and row["keep_id"] not in {
                m["drop_id"] for m in bundle["candidate_merges"]
            }:
                problems.append("een samenvoeging noemt een kandidaat die niet bestaat")
            elif keep is not None and (
                search_key(keep["name"]) != search_key(row["name"])
                or keep["birth_date"] != row["birth_date"]
            ):
                problems.append(
                    f"een samenvoeging voegt {row['name']} samen met iemand met een andere "
                    "naam of geboortedatum"
                )
    problems.extend(_person_merge_problems(db, bundle, rows.get("person_merges", [])))
    return problems


def _person_merge_problems(db, bundle: Bundle, merges: list[dict]) -> list[str]:
    """A person merge joins two records of one person: same name, role and employer."""
    if not merges:
        return []
    ids = {m[k] for m in merges for k in ("drop_id", "keep_id")}
    people = {
        **store.rows_by_key(db, "people", ids),
        **{r["id"]: r for r in bundle["people"] if r["id"] in ids},
    }
    problems = []
    for row in merges:
        drop, keep = people.get(row["drop_id"]), people.get(row["keep_id"])
        if drop is None or keep is None or row["drop_id"] == row["keep_id"]:
            problems.append("een samenvoeging van personen noemt iemand die niet bestaat")
            continue
        if not (
            search_key(drop["name"]) == search_key(keep["name"]) == search_key(row["name"])
            and drop["role"] == keep["role"] == row["role"]
            and drop["employer_id"] == keep["employer_id"]
        ):
            problems.append(
                f"een samenvoeging voegt {row['name']} samen met iemand met een andere naam, een "
                "andere rol of van een ander leerbedrijf; zo'n samenvoeging maakt praktijkdesk nooit"
            )
    return problems
