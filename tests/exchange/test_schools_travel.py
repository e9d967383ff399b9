"""Bundles carry the school and the employer's details, so a Praktijkloket can import what
its employers send; bundles made before schools existed still import."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from praktijkdesk.bundles.format import InvalidBundle, read_bundle

from .forge import forge


@pytest.fixture
def with_school(shop):
    desk, trajectory, fatma, marloes = shop
    school = desk.schools.add_school(
        "ROC Mondriaan",
        brin="25LH",
        place="Den Haag",
        contact_email="praktijkloket@rocmondriaan.nl",
        co_signs=True,
    )
    desk.people.edit_employer_details(
        trajectory.employer_id, sbb_number="100234567", manager_name="Ans de Boer"
    )
    trajectory = desk.trajectories.edit(trajectory.id, school_id=school.id)
    return desk, trajectory, fatma, school


def test_a_trajectory_bundle_brings_its_school_and_employer_details(
    tmp_path, make_device, with_school
):
    shop, trajectory, fatma, school = with_school
    loket = make_device("praktijkloket", offset_minutes=5)
    plan = loket.exchange.import_file(
        shop.exchange.export(tmp_path / "t", trajectory_id=trajectory.id).path
    )
    assert plan.added["schools"] == 1
    arrived = loket.schools.school(school.id)
    assert (arrived.name, arrived.brin, arrived.contact_email, arrived.co_signs) == (
        "ROC Mondriaan",
        "25LH",
        "praktijkloket@rocmondriaan.nl",
        True,
    )
    employer = loket.people.employer(trajectory.employer_id)
    assert (employer.sbb_number, employer.manager_name, employer.school_id) == (
        "100234567",
        "Ans de Boer",
        school.id,
    )
    assert loket.trajectories.resolve(trajectory.id).school_id == school.id
    assert any("school" in line for line in plan.lines())


def test_an_edited_school_wins_by_revision_on_the_other_device(tmp_path, make_device, with_school):
    shop, trajectory, fatma, school = with_school
    loket = make_device("praktijkloket", offset_minutes=5)
    loket.exchange.import_file(shop.exchange.export(tmp_path / "a", everything=True).path)
    loket.schools.edit_school(school.id, contact_phone="070 123 4567")
    other = loket.schools.add_school("ROC Elders", brin="27JA")
    loket.trajectories.edit(trajectory.id, school_id=other.id)
    back = shop.exchange.import_file(loket.exchange.export(tmp_path / "b", everything=True).path)
    assert back.changed.get("schools") == 1 and back.added.get("schools") == 1
    assert shop.schools.school(school.id).contact_phone == "070 123 4567"
    assert shop.trajectories.resolve(trajectory.id).school_id == other.id


def test_the_same_school_added_on_two_devices_arrives_as_two_records(tmp_path, make_device, shop):
    desk, trajectory, fatma, _ = shop
    laptop = make_device("laptop", offset_minutes=1)
    mine = desk.schools.add_school("ROC Mondriaan", brin="25LH")
    theirs = laptop.schools.add_school("ROC Mondriaan", brin="25LH")
    plan = desk.exchange.import_file(laptop.exchange.export(tmp_path / "x", everything=True).path)
    assert plan.added.get("schools") == 1
    assert {s.id for s in desk.schools.schools()} == {mine.id, theirs.id}
    assert desk.schools.school_named("ROC Mondriaan", create=False).id in {mine.id, theirs.id}
    # Each can still be edited (a duplicate name is refused only when a name changes).
    desk.schools.edit_school(theirs.id, place="Den Haag")


def _rewrite(path, change):
    """A bundle as an earlier praktijkdesk wrote it: format 1 (no clock stamps, no erasures,
    not signed: issue #13 came later); ``change(records)`` edits the payload."""
    import hashlib

    from praktijkdesk.bundles.format import FORMAT_V1

    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        payload = {n: json.loads(zf.read(n)) for n in manifest["files"]}
    del payload["erasures.json"]
    for kind in ("marks", "conclusions"):
        for row in payload[f"{kind}.json"]:
            del row["hlc"]
    del manifest["signature"], manifest["public_key"]
    manifest["format"] = FORMAT_V1
    change(payload)
    files = {}
    for name, rows in payload.items():
        data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
        payload[name] = data
        files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    manifest["files"] = files
    manifest["counts"] = {n[:-5]: len(json.loads(d)) for n, d in payload.items()}
    canonical = json.dumps(files, sort_keys=True, separators=(",", ":")).encode()
    manifest["sha256"] = hashlib.sha256(canonical).hexdigest()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in payload.items():
            zf.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def test_a_bundle_from_before_schools_still_imports(tmp_path, make_device, shop):
    desk, trajectory, fatma, _ = shop
    path = desk.exchange.export(tmp_path / "old", trajectory_id=trajectory.id).path

    def old_style(payload):
        del payload["schools.json"]
        for row in payload["employers.json"]:
            del row["manager_name"], row["school_id"]
        for row in payload["trajectories.json"]:
            del row["school_id"]

    _rewrite(path, old_style)
    laptop = make_device("laptop", offset_minutes=1)
    plan = laptop.exchange.import_file(path)
    assert plan.added["trajectories"] == 1
    assert laptop.trajectories.resolve(trajectory.id).school_id is None


def test_a_bundle_whose_school_is_missing_or_lies_is_refused(tmp_path, make_device, with_school):
    shop, trajectory, fatma, school = with_school
    # Crafted files that are signed and whole (tests/exchange/forge.py): what refuses them is
    # the check of the school itself, not the signature (format 2, issue #13).
    export = shop.exchange.export(tmp_path / "t", trajectory_id=trajectory.id).path
    path = forge(export, tmp_path / "t2.praktijk", lambda r: r.__setitem__("schools", []))
    laptop = make_device("laptop", offset_minutes=1)
    before = laptop.db.execute("SELECT COUNT(*) FROM trajectories").fetchone()[0]
    with pytest.raises(InvalidBundle, match="school"):
        laptop.exchange.import_file(path)
    assert laptop.db.execute("SELECT COUNT(*) FROM trajectories").fetchone()[0] == before

    path = forge(
        export,
        tmp_path / "u.praktijk",
        lambda r: r["schools"][0].__setitem__("wording", "=cmd|' /C calc'!A0"),
    )
    with pytest.raises(InvalidBundle, match="ongeldige waarde in 'wording'"):
        read_bundle(path)
