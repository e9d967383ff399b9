"""Pairing in the app (issue #13): this computer's control code in Instellingen, the list of
gekoppelde apparaten with "Vergeten", and the banner for a new device in the shared folder
("Vertrouwen" / "Niet vertrouwen") — nothing of that device is read before the choice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6 import QtWidgets

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from tests.ui.conftest import answer_message, click, pick_person


@pytest.fixture
def office(tmp_path, gui_desk):
    start = gui_desk.clock.now_utc() + dt.timedelta(minutes=5)
    other = Desk.open(
        tmp_path / "office", clock=FixedClock(start, step=dt.timedelta(milliseconds=1))
    )
    other.exchange.set_scope("jobcoach")
    other.exchange.import_file(
        gui_desk.exchange.export(tmp_path / "all.praktijk", everything=True).path
    )
    yield other
    other.close()


def _office_marks_in_folder(office, shared):
    anh = next(s for s in office.trajectories.summaries() if s.candidate_name == "Nguyễn Thị Ánh")
    item = office.marking.checklist(anh.id).items[0]
    jan = office.people.person_named("Jan de Vries")
    mark = office.marking.record_mark(anh.id, item.behaviour.id, MarkStatus.NOT_YET, jan.id)
    office.exchange.sync(shared)
    return anh.id, item.behaviour.id, mark.uuid


def _round(window):
    window.sync.timer.timeout.emit()
    window.sync.wait_for_fetch()


def test_settings_show_this_computers_code_and_the_known_devices(
    qtbot, window, gui_desk, office, tmp_path
):
    # The office read a file of this computer in; this computer read one of the office.
    _office_marks_in_folder(office, tmp_path)
    gui_desk.exchange.import_file(
        office.exchange.export(tmp_path / "o.praktijk", everything=True).path
    )
    pick_person(qtbot, window)
    window.show_settings()
    section = window.settings.devices
    section.refresh()
    assert f"controlecode {gui_desk.exchange.device_code()}" in section.own_code.text()
    # The office shows this computer under the same code (what the user compares).
    [seen] = [d for d in office.exchange.devices() if d.device_id == gui_desk.device_id]
    assert seen.code == gui_desk.exchange.device_code()
    rows = section.findChildren(QtWidgets.QFrame, "knownDevice")
    assert len(rows) == 1
    assert office.device_id[:8] in rows[0].findChild(QtWidgets.QLabel, "knownDeviceText").text()
    forget = rows[0].findChild(QtWidgets.QPushButton, "forgetDeviceButton")
    assert forget.height() >= 48 and forget.accessibleName().startswith("Apparaat ")
    answered = answer_message(qtbot, "Vergeten")
    click(qtbot, forget)
    assert answered and gui_desk.exchange.devices() == []
    qtbot.waitUntil(lambda: section.empty.isVisible(), timeout=2000)


@pytest.mark.parametrize("choice", ["trust", "refuse"])
def test_a_new_device_in_the_shared_folder_waits_for_the_users_choice(
    qtbot, window, gui_desk, office, tmp_path, choice
):
    shared = tmp_path / "OneDrive"
    shared.mkdir()
    gui_desk.exchange.set_sync_folder(shared)
    trajectory_id, behaviour_id, mark_uuid = _office_marks_in_folder(office, shared)
    pick_person(qtbot, window)
    banner = window.device_banner
    assert not banner.isVisible()

    _round(window)
    assert banner.isVisible()
    text = banner.text.text()
    assert office.device_id[:8] in text and office.exchange.device_code() in text
    assert f"Deze computer: controlecode {gui_desk.exchange.device_code()}" in text
    assert banner.trust_button.accessibleName() == f"Apparaat {office.device_id[:8]} vertrouwen"
    for button in (banner.trust_button, banner.refuse_button):
        assert button.height() >= 48 and button.width() >= 48
    _round(window)  # round after round: nothing of it is read while it waits
    history = [m.uuid for m in gui_desk.marking.history(trajectory_id, behaviour_id)]
    assert mark_uuid not in history

    click(qtbot, banner.trust_button if choice == "trust" else banner.refuse_button)
    assert not banner.isVisible()
    _round(window)
    history = [m.uuid for m in gui_desk.marking.history(trajectory_id, behaviour_id)]
    assert (mark_uuid in history) == (choice == "trust")
    assert [d.trust for d in gui_desk.exchange.devices()] == [
        "trusted" if choice == "trust" else "refused"
    ]
    assert not banner.isVisible()  # a refused device is not asked about again
