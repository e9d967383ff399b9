"""The picker shows the names before the engine has loaded (read-only, standard sqlite3);
a name tapped in that moment is honoured once the Desk is open; anything unusual about the
database means no early names, never a change to it."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6 import QtWidgets

from praktijkdesk.services.people import people_at_start
from tests.ui.conftest import click
from tests.ui.test_app_start import started  # noqa: F401 — the fixture


def _db(data_dir):
    return data_dir / "praktijkdesk.sqlite"


def test_the_early_names_are_the_desks_names(demo_desk, demo_data_dir):
    people, employers = people_at_start(demo_data_dir)
    assert people == demo_desk.people.people() and len(people) >= 2
    assert employers == demo_desk.people.employers()


def test_no_database_no_early_names_and_nothing_created(tmp_path):
    assert people_at_start(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("damage", ["garbage", "empty", "older", "newer"])
def test_an_unusual_database_gives_no_early_names_and_stays_as_it_was(demo_data_dir, damage):
    path = _db(demo_data_dir)
    if damage == "garbage":
        path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {1 if damage == 'older' else 99}")
        conn.close()
    before = path.read_bytes()
    assert people_at_start(demo_data_dir) is None
    assert path.read_bytes() == before


def test_names_show_before_the_desk_opens_and_an_early_tap_counts(qtbot, started, demo_data_dir):  # noqa: F811
    start = started(demo_data_dir)
    opened = []
    start.open = lambda: opened.append(True)  # hold the Desk back: the moment in between
    assert start.begin() is None
    qtbot.waitUntil(lambda: start.window.picker is not None, timeout=15000)
    window = start.window
    assert start.desk is None and window.desk is None
    assert window.stack.currentWidget() is window.picker
    tiles = window.picker.tiles()
    names = sorted(t.person.name for t in tiles)
    assert names and names == sorted(p.name for p in people_at_start(demo_data_dir)[0])
    chosen = tiles[0]
    click(qtbot, chosen)  # tapped before the Desk is there: kept, nothing breaks
    assert window.events.person is None
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    del start.open  # now let the Desk open, as the zero timer would have
    start.open()
    assert start.desk is not None and window.desk is start.desk
    assert window.events.person == chosen.person
    assert window.stack.currentWidget() is window.candidates
    QtWidgets.QApplication.processEvents()
    assert window.picker.desk is start.desk


def test_a_real_start_paints_then_shows_names_then_opens(demo_data_dir):
    """What benchmarks/startup.py reads: the three moments, in this order, from a real start."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-m", "praktijkdesk", "--data-dir", str(demo_data_dir), "gui"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PRAKTIJKDESK_EXIT_AFTER_FIRST_PAINT": "1",
        },
    )
    assert out.returncode == 0, out.stderr
    words = [line.split()[0] for line in out.stdout.splitlines() if line.strip()]
    assert words == ["painted", "names", "ready"]
    assert all(float(line.split()[1]) > 0 for line in out.stdout.splitlines() if line.strip())


def test_an_employers_pc_shows_only_its_own_trainers_also_before_the_desk_opens(tmp_path):
    """Issue #20: the early names are the live picker's names, so a trainer of another
    employer never shows (nor can be tapped) for a moment at start."""
    from praktijkdesk.desk import Desk
    from praktijkdesk.domain.people import Role

    with Desk.open(tmp_path, daily_backup=False) as desk:
        hotel = desk.people.add_employer("Hotel De Gouden Lepel", "Den Haag")
        garden = desk.people.add_employer("Groen & Zo", "Delft")
        own = desk.people.add_person("Fatma Yılmaz", Role.TRAINER, hotel.id)
        other = desk.people.add_person("Jan de Vries", Role.TRAINER, garden.id)
        coach = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
        desk.exchange.set_scope("employer", [hotel.id])
        live = desk.people.for_picker()
    early, _ = people_at_start(tmp_path)
    assert {p.id for p in live} == {own.id, coach.id}
    assert early == live and other.id not in {p.id for p in early}


FIRST_FRAME_SPY = r"""
import sys
from PySide6 import QtCore

real, touched = QtCore.Qt, []


class Spy:
    def __getattr__(self, name):
        touched.append(name)
        return getattr(real, name)


QtCore.Qt = Spy()
from praktijkdesk.ui import application

finish = application.AppStart.finish


def spy_finish(self):
    print("before-first-frame", ",".join(touched) or "-", flush=True)
    finish(self)


application.AppStart.finish = spy_finish
if sys.argv[2] == "touch":  # the test's own check that the spy sees a touch
    application.load_fonts = lambda: QtCore.Qt.AlignmentFlag
from praktijkdesk.cli import main

sys.exit(main(["--data-dir", sys.argv[1], "gui"]))
"""


@pytest.mark.parametrize("variant", ["app", "touch"])
def test_the_first_frame_touches_no_qt_enum(demo_data_dir, variant):
    """The first touch of any Qt.* enum builds all ~90 of them (30-40 ms, a fifth of a bare
    window's start): it belongs after the first frame (issue #12; the palette's
    Qt.ColorScheme slipped in before it once). The "touch" variant proves the spy sees it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_SPY, str(demo_data_dir), variant],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PRAKTIJKDESK_EXIT_AFTER_FIRST_PAINT": "1",
        },
    )
    assert out.returncode == 0, out.stderr
    lines = [line.split() for line in out.stdout.splitlines()]
    touched = next(words[1] for words in lines if words[0] == "before-first-frame")
    assert touched == ("-" if variant == "app" else "AlignmentFlag")
