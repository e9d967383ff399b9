"""A complete, valid set of bundle records (every kind, every field), built by hand.

Plain data, no database: the bundle format's own tests stay fast. Two rows where a kind
allows it, so a separator or a duplicate check that breaks with two rows shows.

``records()`` is format 2 (issue #13: clock stamps ``hlc`` on marks and conclusions,
erasures; issue #14: schools, an employer's manager and school, a trajectory's school).
``records_read_from_v1()`` is what the stored format-1 file (tests/data/bundle-v1.praktijk,
written from ``_RECORDS_V1`` before those issues) reads back as: no schools, no erasures, the
new fields at their defaults, and every mark and conclusion stamped with its own ``at``.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
import zipfile
from pathlib import Path

from praktijkdesk.bundles.format import encode_bundle
from praktijkdesk.guides.json_format import load_json

# The guide exactly as tests/data/bundle-v1.praktijk carries it: the bundled file has a newer
# version since (short titles, issue 15), and a stored version never changes.
GUIDE_TEXT = (
    Path(__file__).resolve().parents[1] / "data" / "assistent-logistiek-2026-1.json"
).read_text(encoding="utf-8")
GUIDE_KEY = load_json(GUIDE_TEXT).key
PDF = b"%PDF-1.7\n% a stand-in for the issued bytes\n%%EOF\n"
AT = "2026-03-02T09:00:00+00:00"
VERSIONED = {"created_at": AT, "rev": 1, "rev_device": "dev-a"}


def records() -> dict[str, list[dict]]:
    return copy.deepcopy(_RECORDS)


def records_read_from_v1() -> dict[str, list[dict]]:
    return copy.deepcopy(_READ_FROM_V1)


# Exactly the records in tests/data/bundle-v1.praktijk (format 1); do not change them.
_RECORDS_V1: dict[str, list[dict]] = {
    "guides": [{"key": GUIDE_KEY, "content": GUIDE_TEXT}],
    "employers": [
        {
            "id": "emp-1",
            "name": "Hotel De Gouden Lepel",
            "place": "Den Haag",
            "sbb_number": "100234567",
            **VERSIONED,
        },
        {"id": "emp-2", "name": "Bakkerij Van Dam", "place": "", "sbb_number": "", **VERSIONED},
    ],
    "people": [
        {
            "id": "fatma",
            "name": "Fatma Yılmaz",
            "role": "trainer",
            "employer_id": "emp-1",
            **VERSIONED,
        },
        {
            "id": "marloes",
            "name": "Marloes Bakker",
            "role": "jobcoach",
            "employer_id": None,
            **VERSIONED,
        },
    ],
    "candidates": [
        {"id": "cand-1", "name": "Şükrü Öztürk", "birth_date": "1991-04-17", **VERSIONED},
        {"id": "cand-2", "name": "Zoë de Vries", "birth_date": None, **VERSIONED},
    ],
    "candidate_merges": [
        {
            "drop_id": "cand-old",
            "keep_id": "cand-1",
            "name": "Sukru Ozturk",
            "birth_date": None,
            "merged_at": AT,
            "device_id": "dev-a",
        },
    ],
    "trajectories": [
        {
            "id": "traj-1",
            "candidate_id": "cand-1",
            "guide_id": GUIDE_KEY,
            "employer_id": "emp-1",
            "trainer_id": "fatma",
            "jobcoach_id": "marloes",
            "work_processes": ["B1-K1-W1"],
            "start_date": "2026-01-05",
            "end_date": None,
            "status": "active",
            **VERSIONED,
        },
        {
            "id": "traj-2",
            "candidate_id": "cand-2",
            "guide_id": GUIDE_KEY,
            "employer_id": "emp-1",
            "trainer_id": "fatma",
            "jobcoach_id": None,
            "work_processes": [],
            "start_date": "2026-01-05",
            "end_date": "2026-06-30",
            "status": "closed",
            **VERSIONED,
        },
    ],
    "marks": [
        {
            "uuid": "mark-1",
            "trajectory_id": "traj-1",
            "behaviour_id": "B1-K1-W1-1",
            "status": "mastered",
            "person_id": "fatma",
            "at": AT,
            "device_id": "dev-a",
            "note": "Doet het zelf",
            "undoes_uuid": None,
            "parents": [],
        },
        {
            "uuid": "mark-2",
            "trajectory_id": "traj-1",
            "behaviour_id": "B1-K1-W1-1",
            "status": None,
            "person_id": "fatma",
            "at": "2026-03-02T09:05:00+00:00",
            "device_id": "dev-a",
            "note": "",
            "undoes_uuid": "mark-1",
            "parents": ["mark-1"],
        },
    ],
    "conclusions": [
        {
            "uuid": "conc-1",
            "trajectory_id": "traj-1",
            "work_process_code": "B1-K1-W1",
            "value": "mastered",
            "person_id": "fatma",
            "at": AT,
            "device_id": "dev-a",
            "reason": "",
            "undoes_uuid": None,
        },
        {
            "uuid": "conc-2",
            "trajectory_id": "traj-1",
            "work_process_code": "B1-K1-W1",
            "value": None,
            "person_id": "fatma",
            "at": AT,
            "device_id": "dev-a",
            "reason": "",
            "undoes_uuid": "conc-1",
        },
    ],
    "declarations": [
        {
            "id": "decl-1",
            "number": "PV-2026-0001",
            "trajectory_id": "traj-1",
            "issued_at": AT,
            "issued_by": "fatma",
            "snapshot": "{}",
            "pdf": base64.b64encode(PDF).decode(),
            "sha256": hashlib.sha256(PDF).hexdigest(),
            "withdrawn_at": AT,
            "withdrawn_by": "marloes",
            "withdrawn_reason": "Verkeerde periode",
        },
    ],
    "signatures": [
        {
            "id": "sig-1",
            "declaration_id": "decl-1",
            "role": "trainer",
            "name": "Fatma Yılmaz",
            "strokes": "[[[1.0, 2.0], [3.0, 4.0]]]",
            "snapshot_sha256": "0" * 64,
            "signed_at": AT,
        },
    ],
}

# The stamps format-1 reading derives from ``at`` (hlc.from_iso): µs since 1970, counter 0.
# Written out, not computed, so a changed derivation shows.
HLC_AT = "001772442000000000-000000"  # 2026-03-02T09:00:00+00:00
HLC_AT_5 = "001772442300000000-000000"  # 2026-03-02T09:05:00+00:00


def _v1_read_back() -> dict[str, list[dict]]:
    recs = copy.deepcopy(_RECORDS_V1)
    recs["schools"] = []
    recs["erasures"] = []
    for row in recs["employers"]:
        row.update(manager_name="", school_id=None)
    for row in recs["trajectories"]:
        row.update(school_id=None)
    for row, stamp in zip(recs["marks"], (HLC_AT, HLC_AT_5), strict=True):
        row["hlc"] = stamp
    for row in recs["conclusions"]:
        row["hlc"] = HLC_AT
    return recs


_READ_FROM_V1 = _v1_read_back()


def _v2() -> dict[str, list[dict]]:
    recs = copy.deepcopy(_RECORDS_V1)
    recs["schools"] = [
        {
            "id": "school-1",
            "name": "Praktijkschool De Brug",
            "brin": "12AB",
            "place": "Den Haag",
            "contact_name": "Els de Wit",
            "contact_phone": "070-1234567",
            "contact_email": "e.dewit@debrug.example",
            "wording": "on_behalf_of",
            "co_signs": 1,
            "series": "BRUG",
            **VERSIONED,
        },
        {
            "id": "school-2",
            "name": "Vso Het Anker",
            "brin": "",
            "place": "",
            "contact_name": "",
            "contact_phone": "",
            "contact_email": "",
            "wording": "issued_by",
            "co_signs": 0,
            "series": "",
            **VERSIONED,
        },
    ]
    recs["employers"][0].update(manager_name="Ruud Jansen", school_id="school-1")
    recs["employers"][1].update(manager_name="", school_id=None)
    recs["trajectories"][0].update(school_id="school-1")
    recs["trajectories"][1].update(school_id="school-2")
    # Stamps that differ from what ``at`` would give: format 2 keeps them as written.
    recs["marks"][0]["hlc"] = "001772442000000000-000003"
    recs["marks"][1]["hlc"] = "001772442300000123-000000"
    recs["conclusions"][0]["hlc"] = "001772442000000000-000004"
    recs["conclusions"][1]["hlc"] = "001772442000000000-000005"
    recs["declarations"][0]["number"] = "PV-2026-dev-a-0001"
    recs["erasures"] = [
        {
            "candidate_id": "cand-gone",
            "erased_at": AT,
            "device_id": "dev-a",
            "trajectory_ids": ["traj-gone", "traj-gone-2"],
        },
        {"candidate_id": "cand-weg", "erased_at": AT, "device_id": "dev-b", "trajectory_ids": []},
    ]
    return recs


_RECORDS = _v2()

SCOPE = {"kind": "trajectory", "id": "traj-1"}


def encode(recs: dict | None = None, **manifest) -> bytes:
    options = {"device_id": "dev-a", "created_at": AT, "app_version": "1.0.0", "scope": SCOPE}
    options.update(manifest)
    return encode_bundle(records() if recs is None else recs, **options)


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(
    entries_: dict[str, bytes] | list[tuple[str, bytes]], compression=zipfile.ZIP_DEFLATED
) -> bytes:
    buffer = io.BytesIO()
    items = entries_.items() if isinstance(entries_, dict) else entries_
    with zipfile.ZipFile(buffer, "w", compression=compression) as zf:
        for name, data in items:
            zf.writestr(name, data)
    return buffer.getvalue()


def with_manifest(data: bytes, change) -> bytes:
    """The bundle with its manifest changed by ``change(manifest)``; payload untouched."""
    parts = entries(data)
    manifest = json.loads(parts["manifest.json"])
    change(manifest)
    parts["manifest.json"] = json.dumps(manifest).encode()
    return rezip(parts)
