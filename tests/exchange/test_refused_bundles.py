"""Bad or foreign files are refused with a Dutch message, before anything is stored."""

from __future__ import annotations

import copy
import io
import json
import zipfile

import pytest

from praktijkdesk.bundles import InvalidBundle, read_bundle
from praktijkdesk.bundles.format import encode_bundle
from praktijkdesk.domain.mark import MarkStatus

from .conftest import behaviours, whole_state


@pytest.fixture
def good(tmp_path, shop):
    desk, trajectory, fatma, _ = shop
    for b in behaviours(desk, trajectory, 2):
        desk.marking.record_mark(trajectory.id, b, MarkStatus.PRACTISING, fatma.id)
    return desk.exchange.export(tmp_path / "good.praktijk", trajectory_id=trajectory.id).path


def reencode(bundle_path, out, change):
    """A bundle with valid checksums whose records were altered by ``change(records)``."""
    bundle = read_bundle(bundle_path)
    records = copy.deepcopy(bundle.records)
    change(records)
    out.write_bytes(
        encode_bundle(
            records,
            device_id=bundle.device_id,
            created_at=bundle.created_at,
            app_version="0.1.0",
            scope=bundle.scope,
        )
    )
    return out


def zip_with(out, entries: dict[str, bytes]):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    out.write_bytes(buffer.getvalue())
    return out


def entries_of(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def refused(desk, path, *words):
    before = whole_state(desk)
    with pytest.raises(InvalidBundle) as info:
        desk.exchange.import_file(path)
    with pytest.raises(InvalidBundle):
        desk.exchange.preview(path)
    assert whole_state(desk) == before
    for word in words:
        assert word in info.value.message
    return info.value.message


def test_a_file_that_is_not_a_bundle(make_device, tmp_path):
    desk = make_device("b")
    (tmp_path / "brief.praktijk").write_text("Beste Fatma, ...")
    refused(desk, tmp_path / "brief.praktijk", "geen uitwisselbestand van praktijkdesk")
    foreign = zip_with(tmp_path / "foto.praktijk", {"foto.jpg": b"\xff\xd8"})
    refused(desk, foreign, "onverwacht")


def test_a_half_synced_file(make_device, good, tmp_path):
    desk = make_device("b")
    data = good.read_bytes()
    for cut in (len(data) // 3, len(data) - 30):
        (tmp_path / "half.praktijk").write_bytes(data[:cut])
        refused(desk, tmp_path / "half.praktijk", "niets ingelezen")


@pytest.mark.parametrize(
    "evil",
    ["../../.bashrc", "/etc/passwd", "guides/../marks.json", "..\\marks.json", "sub/marks.json"],
)
def test_path_tricks_in_the_zip(make_device, good, tmp_path, evil):
    desk = make_device("b")
    entries = entries_of(good)
    entries[evil] = b"[]"
    refused(desk, zip_with(tmp_path / "evil.praktijk", entries), "onverwacht")


def test_a_zip_bomb(make_device, good, tmp_path):
    desk = make_device("b")
    entries = entries_of(good)
    entries["marks.json"] = b"[" + b" " * (8 * 1024 * 1024) + b"]"  # 8 MB of spaces: ~1000:1
    refused(desk, zip_with(tmp_path / "bomb.praktijk", entries), "zip-bom")


def test_a_newer_format(make_device, good, tmp_path):
    desk = make_device("b")
    entries = entries_of(good)
    manifest = json.loads(entries["manifest.json"])
    manifest["format"] = "praktijkdesk-bundle/4"
    entries["manifest.json"] = json.dumps(manifest).encode()
    refused(desk, zip_with(tmp_path / "new.praktijk", entries), "nieuwere versie")


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda r: r["marks"][0].update(status="super"), "status"),
        (lambda r: r["marks"][0].update(note="x" * 501), "note"),
        (lambda r: r["marks"][0].update(at="gisteren"), "at"),
        (lambda r: r["candidates"][0].update(name="Şükrü\x00Öztürk"), "name"),
        (lambda r: r["candidates"][0].update(birth_date="17-04-1991"), "birth_date"),
        (lambda r: r["trajectories"][0].update(work_processes="B1-K1-W1"), "work_processes"),
        (lambda r: r["people"][0].update(role="baas"), "role"),
        (lambda r: r["marks"][0].update(trajectory_id="../../etc"), "trajectory_id"),
    ],
)
def test_records_with_wrong_values(make_device, good, tmp_path, change, field):
    desk = make_device("b")
    bad = reencode(good, tmp_path / "bad.praktijk", change)
    refused(desk, bad, f"'{field}'", "niets ingelezen")


def test_a_record_with_a_missing_or_extra_field(make_device, good, tmp_path):
    desk = make_device("b")
    refused(
        desk,
        reencode(good, tmp_path / "a.praktijk", lambda r: r["marks"][0].pop("note")),
        "niet de juiste velden",
    )
    refused(
        desk,
        reencode(good, tmp_path / "b.praktijk", lambda r: r["marks"][0].update(bsn="123456782")),
        "niet de juiste velden",
    )


def test_a_mark_whose_trajectory_is_nowhere(make_device, good, tmp_path):
    desk = make_device("b")

    def orphan(records):
        records["trajectories"].clear()

    refused(
        desk,
        reencode(good, tmp_path / "orphan.praktijk", orphan),
        "niet in het bestand en niet op dit apparaat",
    )


def test_the_refusal_changes_nothing_even_after_an_earlier_import(make_device, good, tmp_path):
    desk = make_device("b")
    desk.exchange.import_file(good)
    bad = reencode(
        good,
        tmp_path / "bad.praktijk",
        lambda r: r["marks"].append({**r["marks"][0], "uuid": "x" * 10, "status": "?"}),
    )
    refused(desk, bad, "niets ingelezen")
