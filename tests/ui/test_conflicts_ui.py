"""A behaviour that two devices set differently shows it in its checklist row, in plain words,
and on the overview card ("let op: verschil"); a new tap settles it and the marker goes."""

from __future__ import annotations

import datetime as dt

import pytest

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from tests.ui.conftest import click, open_candidate, pick_person


@pytest.fixture
def office(tmp_path, gui_desk):
    """A second device that got everything from the first one by a bundle file."""
    start = gui_desk.clock.now_utc() + dt.timedelta(minutes=5)
    other = Desk.open(
        tmp_path / "office", clock=FixedClock(start, step=dt.timedelta(milliseconds=1))
    )
    other.exchange.set_scope("jobcoach")  # gets every employer's candidates (issue #20)
    bundle = gui_desk.exchange.export(tmp_path / "all.praktijk", everything=True).path
    other.exchange.import_file(bundle)
    yield other
    other.close()


def test_a_conflict_shows_in_the_row_and_a_tap_settles_it(
    qtbot, window, gui_desk, office, tmp_path
):
    pick_person(qtbot, window, "Fatma Yılmaz")
    open_candidate(qtbot, window, "nguyen")
    trajectory_id = window.overview.trajectory_id
    card = next(c for c in window.overview.cards if not c.progress.concluded)
    code = card.code
    behaviour = gui_desk.marking.checklist(trajectory_id, code).items[0].behaviour.id
    fatma = gui_desk.people.person_named("Fatma Yılmaz")
    jan = office.people.person_named("Jan de Vries")
    # Offline, each on their own device: Fatma says nog niet, Jan (later) beheerst.
    gui_desk.marking.record_mark(trajectory_id, behaviour, MarkStatus.NOT_YET, fatma.id)
    office.marking.record_mark(trajectory_id, behaviour, MarkStatus.MASTERED, jan.id)
    gui_desk.exchange.import_file(
        office.exchange.export(tmp_path / "office.praktijk", trajectory_id=trajectory_id).path
    )
    assert len(gui_desk.exchange.conflicts(trajectory_id)) == 1

    card = next(c for c in window.overview.cards if c.code == code)
    assert card.conflicts == 1
    assert "Let op: verschil (1)" in card.accessibleDescription()

    click(qtbot, card)
    screen = window.checklist
    row = next(r for r in screen.rows if r.isVisible() and r.item.behaviour.id == behaviour)
    assert row.conflict.isVisible()
    assert "Jan de Vries zette dit op beheerst, Fatma Yılmaz op nog niet" in row.conflict.text()
    other_rows = [r for r in screen.rows if r.isVisible() and r is not row]
    assert not any(r.conflict.isVisible() for r in other_rows)

    click(qtbot, row.toggle.buttons[MarkStatus.MASTERED])  # Fatma looks again: it is beheerst

    assert gui_desk.exchange.conflicts(trajectory_id) == []
    assert not row.conflict.isVisible()
    window.go_back()
    assert next(c for c in window.overview.cards if c.code == code).conflicts == 0
