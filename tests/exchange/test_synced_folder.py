"""The synced folder: each device appends its own numbered files and reads everyone else's."""

from __future__ import annotations

import pytest

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.errors import InvalidInput

from .conftest import behaviours, shared_state, trust_in_folder, whole_state


@pytest.fixture
def pair(tmp_path, make_device, shop):
    canteen, trajectory, fatma, marloes = shop
    laptop = make_device("laptop", offset_minutes=1)
    laptop.exchange.set_scope("jobcoach")  # reads every employer's stream (issue #20)
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    canteen.exchange.sync(folder)
    trust_in_folder(laptop, folder, canteen)  # the laptop meets the canteen: codes compared
    laptop.exchange.sync(folder)  # now it reads the canteen's files
    laptop.exchange.sync(folder)  # and writes its own first file
    trust_in_folder(canteen, folder, laptop)  # the canteen meets the laptop
    return canteen, laptop, trajectory, fatma, marloes, folder


def files_of(folder, desk):
    # praktijkdesk-sync/<employer>/<device>/NNNNNN.praktijk: one stream per employer (#20)
    return sorted((folder / "praktijkdesk-sync").glob(f"*/{desk.device_id}/*.praktijk"))


def test_each_device_writes_only_its_own_numbered_files(pair):
    canteen, laptop, trajectory, fatma, _, folder = pair
    assert [p.name for p in files_of(folder, canteen)] == ["000001.praktijk"]
    b = behaviours(canteen, trajectory, 2)
    canteen.marking.record_mark(trajectory.id, b[0], MarkStatus.MASTERED, fatma.id)
    first = files_of(folder, canteen)[0].read_bytes()
    result = canteen.exchange.sync(folder)
    assert result.written.name == "000002.praktijk"
    assert files_of(folder, canteen)[0].read_bytes() == first  # files are never rewritten
    laptop.exchange.sync(folder)  # now it holds the hotel's trajectory: its first file
    assert files_of(folder, laptop) and all(
        p.parent.name == laptop.device_id for p in files_of(folder, laptop)
    )


def test_a_round_with_nothing_new_writes_and_imports_nothing(pair):
    canteen, laptop, *_, folder = pair
    canteen.exchange.sync(folder)  # picks up the laptop's first file
    before = whole_state(canteen)
    result = canteen.exchange.sync(folder)
    assert result.written is None and result.imported == () and result.waiting == ()
    assert whole_state(canteen) == before


def test_marks_made_at_the_same_time_on_two_devices_both_arrive(pair):
    canteen, laptop, trajectory, fatma, marloes, folder = pair
    canteen.exchange.sync(folder)
    b = behaviours(canteen, trajectory, 3)
    mine = canteen.marking.record_mark(trajectory.id, b[0], MarkStatus.MASTERED, fatma.id)
    theirs = laptop.marking.record_mark(trajectory.id, b[1], MarkStatus.PRACTISING, marloes.id)
    canteen.exchange.sync(folder)
    laptop.exchange.sync(folder)
    canteen.exchange.sync(folder)
    for desk in (canteen, laptop):
        checklist = {i.behaviour.id: i.mark for i in desk.marking.checklist(trajectory.id).items}
        assert checklist[b[0]].uuid == mine.uuid and checklist[b[1]].uuid == theirs.uuid
    assert shared_state(canteen) == shared_state(laptop)


def test_a_half_synced_file_waits_until_it_is_complete(pair):
    canteen, laptop, trajectory, fatma, _, folder = pair
    b = behaviours(canteen, trajectory, 1)[0]
    mark = canteen.marking.record_mark(trajectory.id, b, MarkStatus.MASTERED, fatma.id)
    written = canteen.exchange.sync(folder).written
    whole = written.read_bytes()
    written.write_bytes(whole[: len(whole) // 2])  # the sync tool has delivered half of it
    (written.parent / ".000003.praktijk.4f2a.tmp").write_bytes(b"PK")  # someone's temp file
    (written.parent / "000003.praktijk.part").write_bytes(b"PK")

    result = laptop.exchange.sync(folder)
    assert result.waiting == (f"{canteen.device_id[:8]}/{written.name}",)
    assert laptop.marking.history(trajectory.id, b) == []
    assert laptop.exchange.sync(folder).waiting  # still waiting, still nothing stored

    written.write_bytes(whole)  # the rest arrives
    result = laptop.exchange.sync(folder)
    assert result.waiting == ()
    assert [m.uuid for m in laptop.marking.history(trajectory.id, b)] == [mark.uuid]


def test_files_arriving_out_of_order_are_each_usable(pair):
    canteen, laptop, trajectory, fatma, _, folder = pair
    b = behaviours(canteen, trajectory, 2)
    canteen.marking.record_mark(trajectory.id, b[0], MarkStatus.PRACTISING, fatma.id)
    second = canteen.exchange.sync(folder).written
    canteen.marking.record_mark(trajectory.id, b[1], MarkStatus.MASTERED, fatma.id)
    third = canteen.exchange.sync(folder).written
    held_back = second.read_bytes()
    second.unlink()  # not delivered yet
    laptop.exchange.sync(folder)
    assert [i.mark is not None for i in laptop.marking.checklist(trajectory.id).items[:2]] == [
        False,
        True,
    ]
    second.write_bytes(held_back)
    laptop.exchange.sync(folder)
    assert all(i.mark is not None for i in laptop.marking.checklist(trajectory.id).items[:2])
    assert third.exists()


def test_a_file_in_the_wrong_device_folder_is_not_used(pair, tmp_path):
    canteen, laptop, trajectory, fatma, _, folder = pair
    canteen.marking.record_mark(
        trajectory.id, behaviours(canteen, trajectory, 1)[0], MarkStatus.MASTERED, fatma.id
    )
    written = canteen.exchange.sync(folder).written
    stranger = written.parent.parent / "0000-stranger"
    stranger.mkdir()
    (stranger / "000001.praktijk").write_bytes(written.read_bytes())
    result = laptop.exchange.sync(folder)
    assert "0000-str/000001.praktijk" in result.waiting


def test_the_folder_setting_and_the_timer_round(desk, tmp_path):
    from praktijkdesk.domain.people import Role

    from .conftest import GUIDE

    assert desk.exchange.sync_round() is None  # no folder set: nothing to do
    employer = desk.people.add_employer("Bakkerij Brood & Zo")
    trainer = desk.people.add_person("Kees Jansen", Role.TRAINER, employer.id)
    desk.trajectories.add_candidate(
        name="Ada Lovelace",
        birth_date=None,
        employer_id=employer.id,
        trainer_id=trainer.id,
        guide_key=desk.guides.latest(GUIDE).key,
    )
    with pytest.raises(InvalidInput, match="bestaat niet"):
        desk.exchange.set_sync_folder(tmp_path / "nergens")
    with pytest.raises(InvalidInput, match="gegevensmap"):
        desk.exchange.set_sync_folder(desk.data_dir)
    (tmp_path / "OneDrive").mkdir()
    desk.exchange.set_sync_folder(tmp_path / "OneDrive")
    assert desk.setting("sync_folder") == str((tmp_path / "OneDrive").resolve())
    assert desk.exchange.sync_round().written is not None
    assert desk.exchange.sync_round().written is None


def test_what_a_device_got_by_usb_reaches_everyone_in_the_folder(pair, make_device, tmp_path):
    canteen, laptop, trajectory, fatma, marloes, folder = pair
    # A PC without the synced folder: the jobcoach carries its bundle by USB stick.
    office = make_device("office", offset_minutes=3)
    office.exchange.import_file(canteen.exchange.export(tmp_path / "a", everything=True).path)
    b = behaviours(office, trajectory, 1)[0]
    mark = office.marking.record_mark(trajectory.id, b, MarkStatus.MASTERED, fatma.id)
    laptop.exchange.import_file(office.exchange.export(tmp_path / "usb", everything=True).path)
    laptop.exchange.sync(folder)
    canteen.exchange.sync(folder)
    assert [m.uuid for m in canteen.marking.history(trajectory.id, b)] == [mark.uuid]
