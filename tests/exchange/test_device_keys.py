"""Device keys: every file is signed by the device that made it; a device id belongs to one
key; a file changed after signing is refused; a new device shows a code to compare."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from praktijkdesk.bundles import InvalidBundle, signing

from .conftest import behaviours, whole_state
from .forge import forge


def _pair(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    canteen.marking.record_mark(
        trajectory.id, behaviours(canteen, trajectory, 1)[0], "mastered", fatma.id
    )
    laptop = make_device("laptop")
    first = canteen.exchange.export(tmp_path / "first.praktijk", everything=True).path
    return canteen, laptop, trajectory, fatma, first


def test_a_new_device_shows_the_same_code_as_on_its_own_screen(tmp_path, make_device, shop):
    canteen, laptop, *_, first = _pair(tmp_path, make_device, shop)
    plan = laptop.exchange.preview(first)
    code = canteen.exchange.device_code()
    assert any(
        f"Nieuw apparaat {canteen.device_id[:8]} met controlecode {code}" in w
        for w in plan.warnings
    )
    laptop.exchange.import_file(first)
    assert [(d, c) for d, c, _ in laptop.exchange.known_devices()] == [(canteen.device_id, code)]
    again = canteen.exchange.export(tmp_path / "again.praktijk", everything=True).path
    assert not any("Nieuw apparaat" in w for w in laptop.exchange.preview(again).warnings)


def test_another_key_under_a_known_device_id_is_refused(tmp_path, make_device, shop):
    canteen, laptop, trajectory, fatma, first = _pair(tmp_path, make_device, shop)
    laptop.exchange.import_file(first)
    canteen.marking.record_mark(
        trajectory.id, behaviours(canteen, trajectory, 2)[1], "practising", fatma.id
    )
    real = canteen.exchange.export(tmp_path / "real.praktijk", everything=True).path
    for key, name in ((signing.new_private_key(), "other-key"), (None, "unsigned")):
        path = forge(
            real,
            tmp_path / f"{name}.praktijk",
            lambda r: None,
            device_id=canteen.device_id,
            private_key=key,
        )
        before = whole_state(laptop)
        with pytest.raises(InvalidBundle, match="niet ondertekend met de sleutel van dat apparaat"):
            laptop.exchange.import_file(path)
        assert whole_state(laptop) == before


def test_a_file_claiming_to_come_from_this_computer_is_refused(tmp_path, make_device, shop):
    canteen, laptop, trajectory, fatma, first = _pair(tmp_path, make_device, shop)
    canteen.exchange.export(tmp_path / "signs.praktijk", everything=True)  # canteen has a key now

    def add_mark(r):
        row = {**r["marks"][0], "uuid": "forged", "device_id": "f0rged", "parents": []}
        r["marks"].append(row)

    path = forge(first, tmp_path / "mine.praktijk", add_mark, device_id=canteen.device_id)
    with pytest.raises(InvalidBundle, match="zegt op deze computer gemaakt te zijn"):
        canteen.exchange.import_file(path)


def test_a_file_changed_after_signing_is_refused(tmp_path, make_device, shop):
    canteen, laptop, *_, first = _pair(tmp_path, make_device, shop)
    with zipfile.ZipFile(first) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["device_id"] = "someone-else"  # the checksums still match; the signature does not
    entries["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    (tmp_path / "changed.praktijk").write_bytes(buffer.getvalue())
    with pytest.raises(InvalidBundle, match="handtekening van het apparaat klopt niet"):
        laptop.exchange.preview(tmp_path / "changed.praktijk")


def test_sync_files_are_signed_and_pin_the_device(tmp_path, make_device, shop):
    canteen, laptop, trajectory, *_ = _pair(tmp_path, make_device, shop)
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    laptop.exchange.set_scope("jobcoach")  # a fresh device reads no stream until told (#20)
    canteen.exchange.sync(folder)
    laptop.exchange.sync(folder)
    assert [d for d, _, _ in laptop.exchange.known_devices()] == [canteen.device_id]
    # A forger writes the next file into the canteen's folder with another key: it waits.
    # (One stream per employer since #20: praktijkdesk-sync/<employer_id>/<device_id>.)
    mine = folder / "praktijkdesk-sync" / trajectory.employer_id / canteen.device_id
    source = sorted(mine.glob("*.praktijk"))[-1]
    from praktijkdesk.bundles import read_bundle
    from praktijkdesk.bundles.format import encode_bundle

    bundle = read_bundle(source)
    records = {
        **bundle.records,
        "marks": [{**m, "uuid": f"x{i}"} for i, m in enumerate(bundle["marks"])],
    }
    (mine / "000002.praktijk").write_bytes(
        encode_bundle(
            records,
            device_id=canteen.device_id,
            created_at=bundle.created_at,
            app_version="0.1.0",
            scope={"kind": "sync", "number": 2},
            private_key=signing.new_private_key(),
        )
    )
    result = laptop.exchange.sync(folder)
    assert any("000002" in w for w in result.waiting)
    assert laptop.db.execute("SELECT COUNT(*) FROM marks WHERE uuid LIKE 'x%'").fetchone()[0] == 0


def test_the_devices_command_shows_the_same_code(tmp_path, make_device, shop):
    import os
    import subprocess
    import sys

    canteen, laptop, *_, first = _pair(tmp_path, make_device, shop)
    laptop.exchange.import_file(first)
    code = canteen.exchange.device_code()
    for desk in (canteen, laptop):
        out = subprocess.run(
            [sys.executable, "-m", "praktijkdesk", "--data-dir", str(desk.data_dir), "devices"],
            capture_output=True,
            text=True,
            env={**os.environ},
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
        assert f"controlecode {code}" in out.stdout


def test_after_a_restore_a_known_device_passes_this_devices_own_marks_back(
    tmp_path, make_device, shop
):
    """Restored from an older backup, the canteen gets back the marks it made since, from the
    laptop it knows; a new (unknown) device may not hand it events under its id."""
    canteen, laptop, trajectory, fatma, first = _pair(tmp_path, make_device, shop)
    laptop.exchange.import_file(first)
    laptop.marking.record_mark(
        trajectory.id, behaviours(laptop, trajectory, 2)[1], "not_yet", fatma.id
    )
    canteen.exchange.import_file(
        laptop.exchange.export(tmp_path / "l.praktijk", everything=True).path
    )
    assert [d for d, _, _ in canteen.exchange.known_devices()] == [laptop.device_id]
    backup = canteen.backups.backup_now("test").path
    lost = canteen.marking.record_mark(
        trajectory.id, behaviours(canteen, trajectory, 3)[2], "practising", fatma.id
    )
    laptop.exchange.import_file(
        canteen.exchange.export(tmp_path / "c.praktijk", everything=True).path
    )
    canteen.restore_backup(backup)
    assert (
        canteen.db.execute("SELECT COUNT(*) FROM marks WHERE uuid = ?", [lost.uuid]).fetchone()[0]
        == 0
    )

    from_laptop = laptop.exchange.export(tmp_path / "back.praktijk", everything=True).path
    stranger = forge(from_laptop, tmp_path / "stranger.praktijk", lambda r: None)
    with pytest.raises(InvalidBundle, match="apparaatnummer van deze computer"):
        canteen.exchange.import_file(stranger)
    canteen.exchange.import_file(from_laptop)
    assert (
        canteen.db.execute("SELECT COUNT(*) FROM marks WHERE uuid = ?", [lost.uuid]).fetchone()[0]
        == 1
    )
