"""The jobcoach's home screen (issue #20): own clients grouped by employer, the last mark and
what needs attention on each tile, an *Aandacht nodig* filter, and one tap to an employer's
progress report."""

from __future__ import annotations

import datetime as dt

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.attention import ago
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from tests.ui.conftest import click, pick_person

GUIDE = "horeca-gastheer-gastvrouw"


def _other_jobcoachs_client(desk):
    peter = desk.people.add_person("Peter Smit", Role.JOBCOACH)
    fatma = desk.people.person_named("Fatma Yılmaz")
    _, t = desk.trajectories.add_candidate(
        name="Wendelien van Oosterhout-Baggerman",
        employer_id=fatma.employer_id,
        trainer_id=fatma.id,
        guide_key=desk.guides.latest(GUIDE).key,
        jobcoach_id=peter.id,
    )
    return t


def test_the_jobcoach_sees_her_own_clients_grouped_by_employer(qtbot, window, gui_desk):
    other = _other_jobcoachs_client(gui_desk)
    pick_person(qtbot, window, "Marloes Bakker")
    screen = window.candidates
    assert screen.coach_row.isVisible() and not screen.grid.isVisible()
    ids = {t.trajectory_id for t in screen.tiles()}
    assert other.id not in ids and ids
    headings = [employer for employer, *_ in screen.groups]
    assert len(headings) == len(set(headings)) >= 2  # one group per employer
    for employer_id, _frame, grid, _button in screen.groups:
        assert {t.summary.employer_id for t in grid.tiles()} == {employer_id}
    click(qtbot, screen.all_filter)
    assert other.id in {t.trajectory_id for t in screen.tiles()}
    # A trainer sees the plain grid, without the jobcoach's row.
    pick_person(qtbot, window, "Fatma Yılmaz")
    assert not screen.coach_row.isVisible() and screen.grid.isVisible() and not screen.groups


def test_attention_filter_and_one_tap_to_the_employer_report(qtbot, window, gui_desk, monkeypatch):
    pick_person(qtbot, window, "Marloes Bakker")
    screen = window.candidates
    everyone = {t.trajectory_id: t for t in screen.tiles()}
    needed = {i for i, t in everyone.items() if t.attention is not None and t.attention.needed}
    assert needed and needed != set(everyone)  # the demo has both kinds
    assert all(
        t.attention.last_mark_at is None or "laatst:" in t.accessibleDescription()
        for t in everyone.values()
    )
    click(qtbot, screen.attention_filter)
    assert {t.trajectory_id for t in screen.tiles()} == needed
    opened = []
    import praktijkdesk.ui.printing as printing

    monkeypatch.setattr(
        printing,
        "open_employer_report",
        lambda parent, desk, employer_id: opened.append(employer_id),
    )
    employer_id, _frame, _grid, button = screen.groups[0]
    click(qtbot, button)
    assert opened == [employer_id]


def test_quiet_weeks_ready_and_conflicts_are_told(tmp_path):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
    with (
        Desk.open(tmp_path / "a", clock=FixedClock(start, step=dt.timedelta(seconds=1))) as a,
        Desk.open(tmp_path / "b", clock=FixedClock(start, step=dt.timedelta(seconds=1))) as b,
    ):
        employer = a.people.add_employer("Bakkerij Brood & Zo")
        fatma = a.people.add_person("Fatma Yılmaz", Role.TRAINER, employer.id)
        _, t = a.trajectories.add_candidate(
            name="Şükrü Öztürk",
            employer_id=employer.id,
            trainer_id=fatma.id,
            guide_key=a.guides.latest(GUIDE).key,
        )
        b.exchange.set_scope("jobcoach")
        b.exchange.import_file(a.exchange.export(tmp_path / "x.praktijk", everything=True).path)
        behaviour = a.marking.checklist(t.id).items[0].behaviour.id
        a.marking.record_mark(t.id, behaviour, MarkStatus.MASTERED, fatma.id)
        b.marking.record_mark(t.id, behaviour, MarkStatus.NOT_YET, fatma.id)
        a.exchange.import_file(b.exchange.export(tmp_path / "y.praktijk", everything=True).path)
        summaries = a.trajectories.summaries()
        today = start.date() + dt.timedelta(weeks=6)
        attention = a.attention.for_summaries(summaries, today=today)[t.id]
        assert attention.conflicts == 1 and attention.quiet_weeks == 6 and attention.needed
        assert attention.reasons() == ["1 verschil", "6 weken geen voortgang"]
        assert ago(attention.last_mark_at, today) == "6 weken geleden"
        fresh = a.attention.for_summaries(summaries, today=start.date() + dt.timedelta(days=3))[
            t.id
        ]
        assert fresh.quiet_weeks == 0 and fresh.reasons() == ["1 verschil"]
        # Settling the conflict (a new mark) leaves only what is still true.
        a.marking.record_mark(t.id, behaviour, MarkStatus.MASTERED, fatma.id)
        settled = a.attention.for_summaries(a.trajectories.summaries(), today=start.date())[t.id]
        assert settled.conflicts == 0 and not settled.needed
    assert ago(None, today) == "nog niets afgevinkt"
    assert ago("2026-03-01T10:00:00+00:00", dt.date(2026, 3, 2)) == "gisteren"
    assert ago("2026-01-01T10:00:00+00:00", dt.date(2026, 6, 1)) == "5 maanden geleden"


def test_instellingen_says_and_sets_whose_computer_this_is(qtbot, window, gui_desk):
    pick_person(qtbot, window)
    window.show_settings()
    section = window.settings.exchange
    combo = section.scope_choice
    assert combo.isVisible() and combo.accessibleName() == "Deze computer hoort bij"
    assert combo.currentData() == "jobcoach"  # the demo: a jobcoach and three employers
    hotel = next(e for e in gui_desk.people.employers() if "Gouden Lepel" in e.name)
    index = combo.findData("employer:" + hotel.id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    scope = gui_desk.exchange.scope()
    assert scope.kind == "employer" and scope.employer_ids == {hotel.id} and scope.chosen
    assert combo.currentData() == "employer:" + hotel.id


def test_the_picker_tells_namesakes_apart_and_shows_only_this_employers_trainers(
    qtbot, window, gui_desk
):
    gui_desk.people.add_person("Marloes Bakker", Role.JOBCOACH)  # another PC's own record
    hotel = next(e for e in gui_desk.people.employers() if "Gouden Lepel" in e.name)
    window.show_picker()
    marloes = [t for t in window.picker.tiles() if t.person.name == "Marloes Bakker"]
    assert len(marloes) == 2 and len({t.subtitle for t in marloes}) == 2
    assert all("kandida" in t.subtitle for t in marloes)
    trainers_before = {
        t.person.employer_id for t in window.picker.tiles() if t.person.role is Role.TRAINER
    }
    assert len(trainers_before) > 1
    gui_desk.exchange.set_scope("employer", [hotel.id])
    window.picker.refresh()
    trainers = {
        t.person.employer_id for t in window.picker.tiles() if t.person.role is Role.TRAINER
    }
    assert trainers == {hotel.id}


def test_adding_myself_preselects_no_role(qtbot, empty_window, desk):
    from praktijkdesk.ui.dialogs.person import AddPersonDialog
    from tests.ui.test_conclude_early import when_dialog

    seen = {}

    def look(dialog):
        seen["checked"] = (dialog.trainer_radio.isChecked(), dialog.jobcoach_radio.isChecked())
        seen["ok before"] = dialog.ok_button.isEnabled()
        dialog.name_edit.setText("Marloes Bakker")
        click(qtbot, dialog.jobcoach_radio)
        seen["ok after"] = dialog.ok_button.isEnabled()
        click(qtbot, dialog.ok_button)

    when_dialog(AddPersonDialog, look)
    click(qtbot, empty_window.picker.first_person_button)
    assert seen == {"checked": (False, False), "ok before": False, "ok after": True}
    [person] = desk.people.people()
    assert person.role is Role.JOBCOACH
    assert desk.exchange.scope().kind == "jobcoach"  # so this laptop may hold every employer
