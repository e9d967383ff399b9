"""The synced folder's names and its half-arrived files (issue #18): every name praktijkdesk
puts in the folder is one OneDrive, SharePoint, Syncthing and FAT32 accept, whatever the
employer id; a placeholder or half-downloaded file is skipped and read later, never an error."""

from __future__ import annotations

import re

import pytest

from praktijkdesk.clock import to_iso
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.services import exchange as exchange_service
from praktijkdesk.services.exchange import stream_folder, sync_name_ok

from .conftest import GUIDE, behaviours, shared_state

# The folder's own behaviour; trusting a new device is tested in test_pairing.py.
pytestmark = pytest.mark.usefixtures("trust_every_device_on_sight")

# OneDrive / SharePoint rules (Microsoft: "Restrictions and limitations in OneDrive and
# SharePoint", "Invalid file names and file types"), written out here on their own, not taken
# from the code under test.
_ONEDRIVE_BAD_CHARS = set('"*:<>?/\\|') | {chr(c) for c in range(32)}
_ONEDRIVE_RESERVED = {
    ".lock",
    "con",
    "prn",
    "aux",
    "nul",
    "desktop.ini",
    "forms",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


def onedrive_accepts(name: str) -> bool:
    stem = name.split(".")[0].lower()
    return (
        0 < len(name) <= 255
        and not set(name) & _ONEDRIVE_BAD_CHARS
        and name == name.strip()
        and not name.endswith(".")
        and not name.startswith("~$")
        and "_vti_" not in name.lower()
        and name.lower() not in _ONEDRIVE_RESERVED
        and stem not in _ONEDRIVE_RESERVED
    )


@pytest.mark.parametrize(
    "name",
    [
        "CON",
        "con",
        "aux",
        "COM1",
        "lpt9",
        "forms",
        "x_vti_y",
        "a:b",
        "a*b",
        "a?b",
        'a"b',
        "a<b",
        "a|b",
        "a\\b",
        "a/b",
        "naam.",
        " naam",
        "naam ",
        "~$naam",
        "",
        "a" * 65,
    ],
)
def test_names_onedrive_refuses_are_refused(name):
    assert not sync_name_ok(name)


@pytest.mark.parametrize(
    "employer_id",
    [
        "werkgever:42@regio",  # ids of the format may hold ":" and "@" (bundles/format.py)
        "CON",
        "lpt1",
        "Hotel.",
        "x" * 200,
        "e-1+2",
        "_vti_bin",
        "a.b.c",
    ],
)
def test_every_employer_id_gets_a_stream_folder_onedrive_accepts(employer_id):
    name = stream_folder(employer_id)
    assert onedrive_accepts(name) and sync_name_ok(name) and len(name) <= 64
    assert stream_folder(employer_id + "x") != name  # distinct ids stay distinct


def test_a_uuid_employer_id_keeps_its_folder():
    uuid = "57445ac2-1643-48cd-87d9-d88fd8a6fa45"  # what praktijkdesk makes: as before #18
    assert stream_folder(uuid) == uuid


def test_an_employer_with_an_odd_id_syncs_through_a_safe_folder(tmp_path, make_device):
    odd = "werkgever:42@regio"
    canteen = make_device("canteen")
    canteen.db.execute(
        "INSERT INTO employers (id, name, place, sbb_number, created_at) VALUES (?, ?, '', '', ?)",
        [odd, "Bakkerij Brood & Zo", to_iso(canteen.clock.now_utc())],
    )
    trainer = canteen.people.add_person("Kees Jansen", Role.TRAINER, odd)
    _, trajectory = canteen.trajectories.add_candidate(
        name="Ada Lovelace",
        birth_date=None,
        employer_id=odd,
        trainer_id=trainer.id,
        guide_key=canteen.guides.latest(GUIDE).key,
    )
    canteen.marking.record_mark(
        trajectory.id, behaviours(canteen, trajectory, 1)[0], MarkStatus.MASTERED, trainer.id
    )
    second = make_device("second-pc")
    folder = tmp_path / "OneDrive - Bakkerij"
    folder.mkdir()
    canteen.exchange.sync(folder)
    [first] = list(folder.rglob("*.praktijk"))
    second.exchange.import_file(first)  # a new PC of the same employer: paired by a file
    assert second.exchange.scope().employer_ids == {odd}
    canteen.marking.record_mark(
        trajectory.id, behaviours(canteen, trajectory, 2)[1], MarkStatus.PRACTISING, trainer.id
    )
    canteen.exchange.sync(folder)
    second.exchange.sync(folder)
    assert shared_state(second)["marks"] == shared_state(canteen)["marks"]
    root = folder / "praktijkdesk-sync"
    for path in root.rglob("*"):
        for part in path.relative_to(root).parts:
            assert onedrive_accepts(part) and sync_name_ok(part), part
        # SharePoint: the whole path of the folder below the library stays far below 400
        assert len(str(path.relative_to(folder))) <= 160


@pytest.fixture
def pair(tmp_path, make_device, shop):
    canteen, trajectory, fatma, marloes = shop
    laptop = make_device("laptop", offset_minutes=1)
    laptop.exchange.set_scope("jobcoach")
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    canteen.exchange.sync(folder)
    laptop.exchange.sync(folder)
    return canteen, laptop, trajectory, fatma, folder


def _next_file(canteen, trajectory, fatma, folder, n):
    b = behaviours(canteen, trajectory, 6)
    mark = canteen.marking.record_mark(trajectory.id, b[n], MarkStatus.MASTERED, fatma.id)
    return canteen.exchange.sync(folder).written, mark


@pytest.mark.parametrize("kind", ["zero size", "not a zip", "cut off"])
def test_a_placeholder_or_half_downloaded_file_waits_and_is_read_later(pair, kind):
    canteen, laptop, trajectory, fatma, folder = pair
    written, mark = _next_file(canteen, trajectory, fatma, folder, 0)
    whole = written.read_bytes()
    written.write_bytes(
        {"zero size": b"", "not a zip": b"\x00" * len(whole), "cut off": whole[:-100]}[kind]
    )
    for _ in range(2):  # round after round: no error, nothing stored, the file named
        result = laptop.exchange.sync(folder)
        assert result.waiting == (f"{canteen.device_id[:8]}/{written.name}",)
        assert laptop.marking.history(trajectory.id, mark.behaviour_id) == []
    written.write_bytes(whole)
    assert laptop.exchange.sync(folder).waiting == ()
    assert [m.uuid for m in laptop.marking.history(trajectory.id, mark.behaviour_id)] == [mark.uuid]


def test_temporary_and_office_lock_names_are_not_even_opened(pair, monkeypatch):
    canteen, laptop, trajectory, fatma, folder = pair
    written, _ = _next_file(canteen, trajectory, fatma, folder, 0)
    laptop.exchange.sync(folder)
    here = written.parent
    for name in (
        "~$000009.praktijk",
        "000009.praktijk.tmp",
        ".000009.praktijk.7f3a.tmp",
        "000009.praktijk~",
        "000009 (1).praktijk",
        "000009.praktijk.part",
        "000009-DESKTOP-PC.praktijk",
    ):
        (here / name).write_bytes(b"PK\x03\x04 half")
    opened = []
    real = exchange_service.read_regular_file
    monkeypatch.setattr(
        exchange_service,
        "read_regular_file",
        lambda path, limit: opened.append(path) or real(path, limit),
    )
    result = laptop.exchange.sync(folder)
    assert result.waiting == () and result.imported == () and opened == []


def test_a_file_that_grows_while_it_is_read_waits_for_the_next_round(pair, monkeypatch):
    canteen, laptop, trajectory, fatma, folder = pair
    written, mark = _next_file(canteen, trajectory, fatma, folder, 0)
    whole = written.read_bytes()
    written.write_bytes(whole[: len(whole) // 2])
    real = exchange_service.read_regular_file
    growing = {"on": True}

    def read_while_the_sync_app_writes(path, limit):
        data = real(path, limit)
        if growing["on"] and path == written:
            written.write_bytes(whole)  # the sync app finishes the download meanwhile
        return data

    monkeypatch.setattr(exchange_service, "read_regular_file", read_while_the_sync_app_writes)
    result = laptop.exchange.sync(folder)
    assert result.waiting == (f"{canteen.device_id[:8]}/{written.name}",)
    assert laptop.marking.history(trajectory.id, mark.behaviour_id) == []
    growing["on"] = False
    assert laptop.exchange.sync(folder).waiting == ()
    assert [m.uuid for m in laptop.marking.history(trajectory.id, mark.behaviour_id)] == [mark.uuid]


def test_file_names_are_six_digits_and_a_suffix_onedrive_accepts(pair):
    canteen, laptop, trajectory, fatma, folder = pair
    for n in range(3):
        _next_file(canteen, trajectory, fatma, folder, n)
    names = [p.name for p in (folder / "praktijkdesk-sync").rglob("*.praktijk")]
    assert names and all(re.fullmatch(r"\d{6}\.praktijk", n) and onedrive_accepts(n) for n in names)
