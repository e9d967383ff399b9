"""Importing a bundle twice changes nothing; a tampered bundle is refused and changes nothing."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from praktijkdesk.bundles import InvalidBundle
from praktijkdesk.domain.mark import MarkStatus

from .conftest import behaviours, whole_state


def rewrite(path, out, change):
    """Copy a bundle, letting ``change(name, bytes) -> bytes`` alter its entries."""
    with zipfile.ZipFile(path) as zf:
        entries = {info.filename: zf.read(info) for info in zf.infolist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, change(name, data))
    out.write_bytes(buffer.getvalue())
    return out


@pytest.fixture
def bundle(tmp_path, shop):
    desk, trajectory, fatma, _ = shop
    for b in behaviours(desk, trajectory, 3):
        desk.marking.record_mark(trajectory.id, b, MarkStatus.MASTERED, fatma.id)
    return desk.exchange.export(
        tmp_path / "gouden-lepel.praktijk", trajectory_id=trajectory.id
    ).path


def test_importing_a_bundle_twice_changes_nothing(bundle, make_device):
    desk = make_device("laptop", offset_minutes=5)
    first = desk.exchange.import_file(bundle)
    assert first.applied and first.new_marks == 3 and first.new_trajectories == 1
    after_first = whole_state(desk)
    backups = sorted(desk.backup_dir.iterdir())

    second = desk.exchange.import_file(bundle)
    assert second.nothing_new
    assert second.lines()[1] == "Niets nieuws: alles staat er al in."
    assert whole_state(desk) == after_first  # not one row, not even local bookkeeping
    assert sorted(desk.backup_dir.iterdir()) == backups  # and no needless backup


def test_importing_into_the_device_that_made_it_changes_nothing(bundle, shop):
    desk = shop[0]
    before = whole_state(desk)
    assert desk.exchange.import_file(bundle).nothing_new
    assert whole_state(desk) == before


def test_the_preview_says_what_will_be_added_and_changes_nothing(bundle, make_device):
    desk = make_device("laptop")
    before = whole_state(desk)
    plan = desk.exchange.preview(bundle)
    assert (plan.new_candidates, plan.new_trajectories, plan.new_marks) == (1, 1, 3)
    assert not plan.applied
    assert "Wordt toegevoegd: 3 × beoordeling(en)" in plan.lines()
    assert whole_state(desk) == before
    assert desk.exchange.import_file(bundle, dry_run=True) == plan


def _tamper_marks(name, data):
    if name != "marks.json":
        return data
    rows = json.loads(data)
    rows[0]["status"] = "not_yet"  # someone "improves" a judgement
    return json.dumps(rows).encode()


def test_a_tampered_bundle_is_refused_and_changes_nothing(bundle, make_device, tmp_path):
    desk = make_device("laptop")
    tampered = rewrite(bundle, tmp_path / "tampered.praktijk", _tamper_marks)
    before = whole_state(desk)
    backups = sorted(desk.backup_dir.iterdir()) if desk.backup_dir.exists() else []
    with pytest.raises(InvalidBundle) as refused:
        desk.exchange.import_file(tampered)
    assert "controlesom" in refused.value.message
    assert "niets ingelezen" in refused.value.message
    assert whole_state(desk) == before
    assert (sorted(desk.backup_dir.iterdir()) if desk.backup_dir.exists() else []) == backups


def test_a_tampered_bundle_with_a_recomputed_file_checksum_is_still_refused(
    bundle, make_device, tmp_path
):
    import hashlib

    def change(name, data):
        if name == "marks.json":
            return _tamper_marks(name, data)
        if name == "manifest.json":
            manifest = json.loads(data)
            with zipfile.ZipFile(bundle) as zf:
                marks = _tamper_marks("marks.json", zf.read("marks.json"))
            manifest["files"]["marks.json"] = {
                "sha256": hashlib.sha256(marks).hexdigest(),
                "size": len(marks),
            }
            return json.dumps(manifest).encode()
        return data

    desk = make_device("laptop")
    before = whole_state(desk)
    with pytest.raises(InvalidBundle, match="controlesom"):
        desk.exchange.import_file(rewrite(bundle, tmp_path / "t2.praktijk", change))
    assert whole_state(desk) == before
