"""Exchange in the app: make a bundle file, read one in after a preview, merge likely
duplicates, and the synced folder's timer. Results are checked through the Desk."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6 import QtCore, QtWidgets

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.ui.dialogs import exchange
from tests.ui.conftest import answer_message, click, open_candidate, pick_person
from tests.ui.test_conclude_early import when_dialog

GUIDE = "horeca-gastheer-gastvrouw"


@pytest.fixture
def office(tmp_path, gui_desk):
    """Another computer, with everything the first one had (by a bundle file)."""
    start = gui_desk.clock.now_utc() + dt.timedelta(minutes=5)
    other = Desk.open(
        tmp_path / "office", clock=FixedClock(start, step=dt.timedelta(milliseconds=1))
    )
    other.exchange.set_scope("jobcoach")  # gets every employer's candidates (issue #20)
    other.exchange.import_file(
        gui_desk.exchange.export(tmp_path / "all.praktijk", everything=True).path
    )
    yield other
    other.close()


@pytest.fixture
def new_computer(tmp_path):
    # A clock just after gui_desk's (which runs a day after today): an import refuses times
    # more than 24 h after the receiving computer's clock (issue #13).
    start = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1, minutes=5)
    other = Desk.open(tmp_path / "new", clock=FixedClock(start, step=dt.timedelta(milliseconds=1)))
    other.exchange.set_scope("jobcoach")  # gets every employer's candidates (issue #20)
    yield other
    other.close()


def _new_candidate(desk, name="Aïcha Benali", birth_date="2001-05-06"):
    fatma = desk.people.person_named("Fatma Yılmaz")
    _, trajectory = desk.trajectories.add_candidate(
        name=name,
        birth_date=birth_date,
        employer_id=fatma.employer_id,
        trainer_id=fatma.id,
        guide_key=desk.guides.latest(GUIDE).key,
    )
    return trajectory


def _to_settings(qtbot, window):
    pick_person(qtbot, window)
    window.show_settings()
    return window.settings.exchange


def test_the_preview_shows_counts_and_nothing_changes_before_confirm(
    qtbot, window, gui_desk, office, tmp_path, monkeypatch
):
    trajectory = _new_candidate(office)
    bundle = office.exchange.export(tmp_path / "office.praktijk", trajectory_id=trajectory.id).path
    monkeypatch.setattr(exchange, "choose_open_file", lambda parent: str(bundle))
    section = _to_settings(qtbot, window)
    before = len(gui_desk.trajectories.summaries())
    seen: dict = {}

    def look_then_cancel(dialog):
        seen["counts"] = {k: v.text() for k, (_n, v) in dialog.rows.items()}
        seen["trajectories now"] = len(gui_desk.trajectories.summaries())
        click(qtbot, dialog.cancel_button)

    when_dialog(exchange.ImportPreviewDialog, look_then_cancel)
    click(qtbot, section.import_button)

    assert seen["counts"]["trajectories"] == "1 nieuw"
    assert seen["counts"]["candidates"] == "1 nieuw"
    assert seen["trajectories now"] == before
    assert len(gui_desk.trajectories.summaries()) == before  # cancelled: nothing read in

    when_dialog(exchange.ImportPreviewDialog, lambda d: click(qtbot, d.import_button))
    click(qtbot, section.import_button)

    assert gui_desk.trajectories.resolve(trajectory.id).candidate_id == trajectory.candidate_id
    assert len(gui_desk.trajectories.summaries()) == before + 1


def test_a_file_with_nothing_new_says_so(qtbot, window, gui_desk, tmp_path, monkeypatch):
    bundle = gui_desk.exchange.export(tmp_path / "mine.praktijk", everything=True).path
    monkeypatch.setattr(exchange, "choose_open_file", lambda parent: str(bundle))
    section = _to_settings(qtbot, window)
    seen = []

    def close(dialog):
        seen.append(dialog.heading.text())
        assert dialog.import_button is None
        click(qtbot, dialog.close_button)

    when_dialog(exchange.ImportPreviewDialog, close)
    click(qtbot, section.import_button)
    assert seen == ["Niets nieuws"]


def test_a_damaged_file_is_refused_in_plain_dutch(qtbot, window, gui_desk, tmp_path, monkeypatch):
    bad = tmp_path / "kapot.praktijk"
    bad.write_bytes(b"dit is geen uitwisselbestand")
    monkeypatch.setattr(exchange, "choose_open_file", lambda parent: str(bad))
    section = _to_settings(qtbot, window)
    answered = answer_message(qtbot)
    click(qtbot, section.import_button)
    assert answered and "niets ingelezen" in answered[0]


def test_the_overview_exports_one_trajectory_that_imports_elsewhere(
    qtbot, window, gui_desk, new_computer, tmp_path, monkeypatch
):
    target = tmp_path / "out" / "anh"
    target.parent.mkdir()
    suggested = []

    def choose(parent, name):
        suggested.append(name)
        return str(target)

    monkeypatch.setattr(exchange, "choose_save_file", choose)
    pick_person(qtbot, window)
    open_candidate(qtbot, window, "nguyen")
    trajectory_id = window.overview.trajectory_id
    # The candidate's page opens "Gegevens uitwisselen" (issue #20) with this candidate first.
    when_dialog(exchange.ExchangeHubDialog, lambda hub: click(qtbot, hub.out_buttons[0][0]))
    click(qtbot, window.overview.bundle_button)

    written = target.with_name("anh.praktijk")
    assert written.exists() and written.name in window.toast.text()
    assert suggested[0].startswith("Nguyễn Thị Ánh") and suggested[0].endswith(".praktijk")
    plan = new_computer.exchange.import_file(written)
    assert plan.new_trajectories == 1
    here = gui_desk.marking.checklist(trajectory_id).items
    there = new_computer.marking.checklist(trajectory_id).items
    assert [i.mark and i.mark.status for i in here] == [i.mark and i.mark.status for i in there]


def test_settings_export_of_one_employer(
    qtbot, window, gui_desk, new_computer, tmp_path, monkeypatch
):
    target = tmp_path / "groen.praktijk"
    monkeypatch.setattr(exchange, "choose_save_file", lambda parent, name: str(target))
    section = _to_settings(qtbot, window)
    employer = next(e for e in gui_desk.people.employers() if "Groen" in e.name)

    def choose_employer(dialog):
        click(qtbot, dialog.one_employer)
        dialog.employer.setCurrentIndex(dialog.employer.findData(employer.id))
        click(qtbot, dialog.save_button)

    when_dialog(exchange.ExportDialog, choose_employer)
    click(qtbot, section.export_button)

    assert target.exists()
    assert target.name in window.toast.text()  # the confirmation names the file (issue #20)
    new_computer.exchange.import_file(target)
    employers = {s.employer_id for s in new_computer.trajectories.summaries()}
    assert employers == {employer.id}


def test_a_likely_duplicate_is_merged_from_the_dialog(
    qtbot, window, gui_desk, new_computer, tmp_path, monkeypatch
):
    """The same person entered on two computers: after reading in, praktijkdesk offers to
    merge; the chosen one stays and nothing is lost."""
    anh = next(s for s in gui_desk.trajectories.summaries() if s.candidate_name == "Nguyễn Thị Ánh")
    birth = gui_desk.trajectories.candidate(anh.candidate_id).birth_date
    new_computer.exchange.import_file(
        gui_desk.exchange.export(tmp_path / "people.praktijk", everything=True).path
    )
    # A second record for her, made on the other computer (a new id).
    trainer = new_computer.people.person_named("Fatma Yılmaz")
    _, second = new_computer.trajectories.add_candidate(
        name="Nguyễn Thị Ánh",
        birth_date=birth,
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=new_computer.guides.latest(GUIDE).key,
    )
    new_computer.marking.record_mark(
        second.id,
        new_computer.marking.checklist(second.id).items[0].behaviour.id,
        MarkStatus.PRACTISING,
        trainer.id,
    )
    bundle = new_computer.exchange.export(
        tmp_path / "second.praktijk", trajectory_id=second.id
    ).path
    monkeypatch.setattr(exchange, "choose_open_file", lambda parent: str(bundle))
    section = _to_settings(qtbot, window)
    seen = {}

    def confirm_import(dialog):
        seen["duplicates"] = [w.text() for w in dialog.duplicates]
        click(qtbot, dialog.import_button)

    def merge(dialog):
        seen["keep"], seen["drop"] = dialog.choices[0][2].id, dialog.choices[1][2].id
        click(qtbot, dialog.merge_button)

    when_dialog(exchange.ImportPreviewDialog, confirm_import)
    when_dialog(exchange.MergeDialog, merge)
    click(qtbot, section.import_button)

    assert "Nguyễn Thị Ánh" in seen["duplicates"][0]
    assert {seen["keep"], seen["drop"]} == {anh.candidate_id, second.candidate_id}
    assert gui_desk.exchange.likely_duplicates() == []
    mine = [s for s in gui_desk.trajectories.summaries() if s.candidate_name == "Nguyễn Thị Ánh"]
    assert {s.id for s in mine} == {anh.id, second.id}
    assert {s.candidate_id for s in mine} == {seen["keep"]}  # the suggested one stays
    assert gui_desk.marking.checklist(second.id).items[0].mark is not None  # nothing lost
    assert not section.merge_button.isVisible()


def test_merging_can_wait_and_is_offered_in_settings(qtbot, window, gui_desk):
    anh = next(s for s in gui_desk.trajectories.summaries() if s.candidate_name == "Nguyễn Thị Ánh")
    birth = gui_desk.trajectories.candidate(anh.candidate_id).birth_date
    second = _new_candidate(gui_desk, "Nguyễn Thị Ánh", birth)
    section = _to_settings(qtbot, window)
    assert section.merge_button.isVisible() and "Nguyễn Thị Ánh" in section.duplicates_text.text()

    def keep_the_second(dialog):
        click(qtbot, dialog.choices[1][0])
        click(qtbot, dialog.merge_button)

    when_dialog(exchange.MergeDialog, keep_the_second)
    click(qtbot, section.merge_button)

    assert gui_desk.trajectories.resolve(anh.id).candidate_id == second.candidate_id
    assert not section.merge_button.isVisible()


def test_the_sync_timer_exchanges_with_the_shared_folder(
    qtbot, window, gui_desk, office, tmp_path, monkeypatch
):
    shared = tmp_path / "OneDrive" / "praktijk"
    shared.mkdir(parents=True)
    monkeypatch.setattr(exchange, "choose_folder", lambda parent, start="": str(shared))
    section = _to_settings(qtbot, window)
    assert not window.sync.timer.isActive()
    click(qtbot, section.choose_folder)
    assert gui_desk.exchange.sync_folder() == shared.resolve()
    assert window.sync.timer.isActive() and section.sync_now.isVisible()
    assert str(shared.resolve()) in section.folder_text.text()

    # The office marks something and writes it to the folder.
    anh = next(s for s in office.trajectories.summaries() if s.candidate_name == "Nguyễn Thị Ánh")
    item = office.marking.checklist(anh.id).items[0]
    jan = office.people.person_named("Jan de Vries")
    mark = office.marking.record_mark(anh.id, item.behaviour.id, MarkStatus.NOT_YET, jan.id)
    office.exchange.sync(shared)
    rounds = []
    window.sync.round_finished.connect(rounds.append)

    window.sync.timer.timeout.emit()
    window.sync.wait_for_fetch()  # the files are read on a worker, then imported here
    # The office is new in the folder (issue #13): its files wait for "Vertrouwen".
    assert rounds and rounds[0] is not None
    assert gui_desk.marking.history(anh.id, item.behaviour.id)[-1].uuid != mark.uuid
    banner = window.device_banner
    assert banner.isVisible() and office.exchange.device_code() in banner.text.text()
    click(qtbot, banner.trust_button)
    assert not banner.isVisible()
    window.sync.timer.timeout.emit()
    window.sync.wait_for_fetch()

    assert gui_desk.marking.history(anh.id, item.behaviour.id)[-1].uuid == mark.uuid
    # One stream per employer (issue #20): praktijkdesk-sync/<employer>/<device>/NNNNNN.praktijk
    mine = sorted((shared / "praktijkdesk-sync").glob(f"*/{gui_desk.device_id}/*.praktijk"))
    streams = {s.employer_id for s in gui_desk.trajectories.summaries()}
    assert sorted(p.parent.parent.name for p in mine) == sorted(streams)
    assert sorted(p.name for p in mine) == [f"{n:06d}.praktijk" for n in range(1, len(streams) + 1)]
    assert "Laatst uitgewisseld" in section.folder_state.text()

    # "Nu uitwisselen" does a round at once too. The first may still pass on to the other
    # employers' folders what came in from the office's (issue #18: a person or school
    # shared by several employers); after that nothing is new.
    click(qtbot, section.sync_now)
    click(qtbot, section.sync_now)
    assert len(rounds) == 4 and "Niets nieuws" in section.folder_state.text()
    assert rounds[-1].written is None
    # … but it still says what came in last, by name, not a bare "Niets nieuws" (issue #20).
    assert "Niets nieuws sinds" in section.folder_state.text()
    assert "Nguyễn Thị Ánh" in section.folder_state.text()


def test_a_folder_that_is_gone_is_told_once_as_a_toast(qtbot, window, gui_desk, tmp_path):
    shared = tmp_path / "usb"
    shared.mkdir()
    pick_person(qtbot, window)
    gui_desk.exchange.set_sync_folder(shared)
    assert window.sync.timer.isActive()
    shutil.rmtree(shared)
    problems = []
    window.sync.problem.connect(problems.append)

    for _ in range(3):
        window.sync.timer.timeout.emit()
        window.sync.wait_for_fetch()

    assert len(problems) == 1 and "niet bereikbaar" in problems[0]
    assert "niet bereikbaar" in window.toast.text()
    assert QtWidgets.QApplication.activeModalWidget() is None  # no message box
    shared.mkdir()
    window.sync.timer.timeout.emit()
    window.sync.wait_for_fetch()
    assert window.sync.last_error is None


def test_unsetting_the_folder_stops_the_timer(qtbot, window, gui_desk, tmp_path):
    shared = tmp_path / "share"
    shared.mkdir()
    section = _to_settings(qtbot, window)
    gui_desk.exchange.set_sync_folder(shared)
    assert window.sync.timer.isActive()
    answer_message(qtbot, "Loskoppelen")
    click(qtbot, section.forget_folder)
    assert gui_desk.exchange.sync_folder() is None
    assert not window.sync.timer.isActive() and not section.sync_now.isVisible()
    QtCore.QCoreApplication.processEvents()


def test_one_jobcoach_with_two_records_is_offered_and_merged(
    qtbot, window, gui_desk, new_computer, tmp_path, monkeypatch
):
    """Issue #20: the other computer made its own record of Marloes Bakker; the preview says
    so, and after reading in praktijkdesk offers to merge: one Marloes, every mark kept."""
    from praktijkdesk.domain.people import Role
    from praktijkdesk.storage.people import names_of

    own = new_computer.people.add_person("Marloes Bakker", Role.JOBCOACH)
    new_computer.exchange.import_file(
        gui_desk.exchange.export(tmp_path / "all.praktijk", everything=True).path
    )
    anh = next(
        s for s in new_computer.trajectories.summaries() if s.candidate_name == "Nguyễn Thị Ánh"
    )
    item = new_computer.marking.checklist(anh.id).items[0]
    mark = new_computer.marking.record_mark(
        anh.id, item.behaviour.id, MarkStatus.PRACTISING, own.id
    )
    bundle = new_computer.exchange.export(tmp_path / "laptop.praktijk", everything=True).path
    monkeypatch.setattr(exchange, "choose_open_file", lambda parent: str(bundle))
    section = _to_settings(qtbot, window)
    assert len([p for p in gui_desk.people.people() if p.name == "Marloes Bakker"]) == 1
    seen = {}

    def confirm_import(dialog):
        seen["people"] = [w.text() for w in dialog.duplicates]
        click(qtbot, dialog.import_button)

    when_dialog(exchange.ImportPreviewDialog, confirm_import)
    answered = answer_message(qtbot, "Samenvoegen")
    click(qtbot, section.import_button)

    assert any("Marloes Bakker (jobcoach)" in text for text in seen["people"])
    assert answered and "Marloes Bakker (jobcoach) staat er twee keer in" in answered[0]
    assert [p.name for p in gui_desk.people.people()].count("Marloes Bakker") == 1
    assert gui_desk.exchange.likely_duplicate_people() == []
    [made] = [m for m in gui_desk.marking.history(anh.id, item.behaviour.id) if m.uuid == mark.uuid]
    assert names_of(gui_desk.db, [made.person_id]) == {own.id: "Marloes Bakker"}
