"""Bundles of format 1 (before the clock stamps and erasures) still import: their events get
their wall time as stamp, so their order is what it was."""

from __future__ import annotations

import io
import json
import zipfile

from praktijkdesk.bundles.format import FORMAT_V1, KINDS_V1, _files_digest
from praktijkdesk.domain import hlc

from .conftest import behaviours, shared_state


def _as_format_1(path, target):
    with zipfile.ZipFile(path) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    entries.pop("erasures.json")
    for kind in ("marks", "conclusions"):
        rows = json.loads(entries[f"{kind}.json"])
        for row in rows:
            del row["hlc"]
        entries[f"{kind}.json"] = json.dumps(rows).encode()
    import hashlib

    manifest = json.loads(entries["manifest.json"])
    del manifest["signature"], manifest["public_key"]  # format 1 was not signed
    files = {
        f"{k}.json": {
            "sha256": hashlib.sha256(entries[f"{k}.json"]).hexdigest(),
            "size": len(entries[f"{k}.json"]),
        }
        for k in KINDS_V1
    }
    manifest.update(
        format=FORMAT_V1,
        files=files,
        sha256=_files_digest(files),
        counts={k: manifest["counts"][k] for k in KINDS_V1},
    )
    entries["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def test_a_format_1_bundle_imports_with_wall_time_stamps(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    b = behaviours(canteen, trajectory, 2)
    for status in ("not_yet", "practising", "mastered"):
        canteen.marking.record_mark(trajectory.id, b[0], status, fatma.id)
    old = _as_format_1(
        canteen.exchange.export(tmp_path / "new.praktijk", everything=True).path,
        tmp_path / "old.praktijk",
    )
    laptop = make_device("laptop")
    plan = laptop.exchange.import_file(old)
    assert plan.new_marks == 3
    assert any("niet ondertekend" in w for w in plan.warnings)
    stamps = [r[0] for r in laptop.db.execute("SELECT hlc FROM marks ORDER BY at")]
    ats = [r[0] for r in laptop.db.execute("SELECT at FROM marks ORDER BY at")]
    assert stamps == [hlc.from_iso(at).encode() for at in ats]
    assert shared_state(laptop)["current_marks"] == shared_state(canteen)["current_marks"]
