"""Pairing as the user sees it (issue #13): this device's control code, the known devices
(gekoppelde apparaten), and a new device in the synced folder that waits for "Vertrouwen"."""

from __future__ import annotations

import pytest

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.errors import InvalidInput

from .conftest import behaviours, shared_state


@pytest.fixture
def folder_pair(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    canteen.marking.record_mark(
        trajectory.id, behaviours(canteen, trajectory, 1)[0], MarkStatus.MASTERED, fatma.id
    )
    laptop = make_device("laptop", offset_minutes=1)
    laptop.exchange.set_scope("jobcoach")
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    canteen.exchange.sync(folder)
    return canteen, laptop, trajectory, folder


def _count(desk, table):
    return desk.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_a_new_device_in_the_folder_waits_until_it_is_trusted(folder_pair):
    canteen, laptop, trajectory, folder = folder_pair
    before = shared_state(laptop)
    for _ in range(3):  # round after round: nothing comes in, the file waits
        result = laptop.exchange.sync(folder)
        assert result.imported == () and result.waiting
    assert shared_state(laptop) == before and _count(laptop, "marks") == 0
    [waiting] = laptop.exchange.waiting_devices()
    assert waiting.device_id == canteen.device_id
    assert waiting.code == canteen.exchange.device_code()  # the code the canteen shows itself
    assert waiting.trust == "pending"

    laptop.exchange.trust_device(canteen.device_id)  # "Vertrouwen"
    laptop.exchange.sync(folder)
    assert _count(laptop, "marks") == 1 and laptop.exchange.waiting_devices() == []
    assert [(d.device_id, d.trust) for d in laptop.exchange.devices()] == [
        (canteen.device_id, "trusted")
    ]


def test_a_refused_device_is_never_read_until_it_is_forgotten(folder_pair):
    canteen, laptop, trajectory, folder = folder_pair
    laptop.exchange.sync(folder)
    laptop.exchange.refuse_device(canteen.device_id)  # "Niet vertrouwen"
    canteen.marking.record_mark(
        trajectory.id,
        behaviours(canteen, trajectory, 2)[1],
        MarkStatus.PRACTISING,
        canteen.people.people()[0].id,
    )
    canteen.exchange.sync(folder)
    for _ in range(2):
        laptop.exchange.sync(folder)
    assert _count(laptop, "marks") == 0 and laptop.exchange.waiting_devices() == []
    assert [d.trust for d in laptop.exchange.devices()] == ["refused"]
    # Forgotten: the next round meets it as new, and asks again.
    laptop.exchange.forget_device(canteen.device_id)
    laptop.exchange.sync(folder)
    assert [d.device_id for d in laptop.exchange.waiting_devices()] == [canteen.device_id]
    assert _count(laptop, "marks") == 0
    with pytest.raises(InvalidInput, match="niet bekend"):
        laptop.exchange.forget_device("onbekend-apparaat")


def test_a_file_read_in_after_comparing_the_code_pairs_the_device(tmp_path, folder_pair):
    canteen, laptop, trajectory, folder = folder_pair
    laptop.exchange.sync(folder)  # met in the folder, waiting
    own = laptop.exchange.device_code()  # shown in Instellingen › Apparaten koppelen
    path = canteen.exchange.export(tmp_path / "usb.praktijk", everything=True).path
    plan = laptop.exchange.preview(path)
    [line] = [w for w in plan.warnings if w.startswith("Nieuw apparaat")]
    assert f"controlecode {canteen.exchange.device_code()}" in line
    assert f"Deze computer: controlecode {own}." in line
    laptop.exchange.import_file(path)  # reading it in, after comparing, is the confirmation
    assert [d.trust for d in laptop.exchange.devices()] == ["trusted"]
    laptop.exchange.sync(folder)
    assert laptop.exchange.sync(folder).waiting == ()


def test_a_forgotten_device_is_new_again_in_the_preview(tmp_path, folder_pair):
    canteen, laptop, trajectory, folder = folder_pair
    first = canteen.exchange.export(tmp_path / "a.praktijk", everything=True).path
    laptop.exchange.import_file(first)
    [known] = laptop.exchange.devices()
    assert known.short_id == canteen.device_id[:8] and known.first_seen_at
    laptop.exchange.forget_device(canteen.device_id)
    assert laptop.exchange.devices() == []
    canteen.marking.record_mark(
        trajectory.id,
        behaviours(canteen, trajectory, 2)[1],
        MarkStatus.PRACTISING,
        canteen.people.people()[0].id,
    )
    plan = laptop.exchange.preview(
        canteen.exchange.export(tmp_path / "b.praktijk", everything=True).path
    )
    assert any(w.startswith("Nieuw apparaat") for w in plan.warnings)
