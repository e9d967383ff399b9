"""The app's start as a trainer meets it: one window per data folder, damaged data offered
back from a backup, unusable folders refused in Dutch, warnings told without blocking."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from tests.ui.conftest import answer_message

ROOT = Path(__file__).resolve().parents[2]


def when_modal(kind, act):
    """Run ``act(dialog)`` as soon as a modal dialog of this kind is open."""
    seen = []

    def poll():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
            return
        QtCore.QTimer.singleShot(20, poll)

    QtCore.QTimer.singleShot(0, poll)
    return seen


@pytest.fixture
def started(app, qtbot):
    """Start the app on a folder like run_app does (without app.exec); closes it after."""
    from praktijkdesk.ui.application import AppStart

    starts = []

    def start(data_dir, **kwargs):
        kwargs.setdefault("offer_retention", False)
        s = AppStart(app, data_dir, **kwargs)
        starts.append(s)
        return s

    yield start
    for s in starts:
        if s.window is not None:
            s.window.close()
        s.shutdown()
        if s.window is not None:
            s.window.deleteLater()
    QtWidgets.QApplication.processEvents()
    QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


def start_and_wait(qtbot, start):
    """begin() then the first paint; returns the exit code of a start that ended, or None."""
    codes = []
    start.failed.connect(codes.append)
    assert start.begin() is None
    qtbot.waitUntil(lambda: start.desk is not None or bool(codes), timeout=15000)
    return codes[0] if codes else None


def test_the_app_opens_with_its_identity_and_backs_up_on_close(qtbot, app, started, demo_data_dir):
    start = started(demo_data_dir)
    assert start_and_wait(qtbot, start) is None
    window = start.window
    assert window.desk is start.desk and window.stack.currentWidget() is window.picker
    assert app.desktopFileName() == "nl.praktijkdesk.praktijkdesk"
    assert not app.windowIcon().isNull()
    assert window.backup_timer.isActive()
    before = len(start.desk.backups.list())
    start.desk.people.add_employer("Na De Start")
    window.close()  # as the user closes it: a backup of what changed
    assert len(start.desk.backups.list()) == before + 1


def test_a_second_start_brings_the_first_window_forward_and_ends_quietly(
    qtbot, started, demo_data_dir
):
    from praktijkdesk.ui.single_instance import guard_for

    start = started(demo_data_dir)
    assert start_and_wait(qtbot, start) is None
    start.window.showMinimized()
    guard = guard_for(demo_data_dir)
    second = subprocess.Popen(
        [sys.executable, "-m", "praktijkdesk", "--data-dir", str(demo_data_dir), "gui"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        with qtbot.waitSignal(guard.activated, timeout=20000):
            pass
        out, err = second.communicate(timeout=30)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, err
    assert "Traceback" not in err
    assert start.window.isVisible() and not start.window.isMinimized()


def test_a_second_start_says_already_open_when_the_first_does_not_answer(qtbot, started, tmp_path):
    """The lock is held but nobody answers (the first one is still starting): say so."""
    from praktijkdesk.ui.single_instance import already_open_box  # noqa: F401 — the box shown

    folder = tmp_path / "data"
    folder.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from praktijkdesk.data_folder import InstanceLock
            lock = InstanceLock.acquire(Path({str(folder)!r}))
            print("held", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        seen = when_modal(QtWidgets.QMessageBox, lambda box: box.buttons()[0].click())
        start = started(folder)
        assert start.begin() == 0
        assert start.window is None  # no second window, not even for a moment
        assert seen and "al geopend" in seen[0].text()
        assert "taakbalk" in seen[0].informativeText()
    finally:
        holder.communicate("", timeout=10)


def _damage(data_dir: Path) -> None:
    db = data_dir / "praktijkdesk.sqlite"
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    db.write_bytes(os.urandom(16384))


def test_a_damaged_database_at_start_offers_the_backup_and_opens_it(qtbot, started, demo_data_dir):
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.dialogs.damaged_database import DamagedDatabaseDialog

    with Desk.open(demo_data_dir) as desk:
        backup = desk.backups.backup_now()
        candidates = len(desk.trajectories.summaries())
        desk.people.add_employer("Na De Reservekopie")
    _damage(demo_data_dir)

    seen = when_modal(DamagedDatabaseDialog, lambda d: d.restore_button.click())
    start = started(demo_data_dir)
    assert start_and_wait(qtbot, start) is None
    assert seen and backup.when() in seen[0].offer.text()
    desk = start.window.desk
    assert len(desk.trajectories.summaries()) == candidates  # the backup's data
    assert "Na De Reservekopie" not in [e.name for e in desk.people.employers()]
    assert "Teruggezet" in start.window.toast.text()
    assert list(demo_data_dir.glob("praktijkdesk.sqlite.beschadigd-*"))  # kept, not deleted


def test_declining_the_restore_ends_the_start_cleanly(qtbot, started, demo_data_dir):
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.dialogs.damaged_database import DamagedDatabaseDialog

    with Desk.open(demo_data_dir) as desk:
        desk.backups.backup_now()
    _damage(demo_data_dir)
    when_modal(DamagedDatabaseDialog, lambda d: d.quit_button.click())
    start = started(demo_data_dir)
    assert start_and_wait(qtbot, start) == 3
    assert start.desk is None


def test_a_cloud_folder_is_refused_with_a_dialog_and_no_traceback(qtbot, started, tmp_path, capfd):
    folder = tmp_path / "OneDrive - Gemeente Delft" / "praktijkdesk"
    answered = answer_message(qtbot)
    start = started(folder)
    assert start.begin() == 3
    assert answered and "OneDrive" in answered[0] and "standaardmap" in answered[0]
    assert not folder.exists()  # nothing created in the synced folder
    assert start.window is None
    assert "Traceback" not in capfd.readouterr().err


def test_a_newer_database_is_refused_calmly(qtbot, started, demo_data_dir, capfd):
    connection = sqlite3.connect(demo_data_dir / "praktijkdesk.sqlite")
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    answered = answer_message(qtbot)
    start = started(demo_data_dir)
    assert start_and_wait(qtbot, start) == 3
    assert answered and "nieuwere versie" in answered[0]
    assert "Traceback" not in capfd.readouterr().err


def test_a_failed_daily_backup_is_told_without_blocking(qtbot, started, demo_data_dir):
    from praktijkdesk.clock import FixedClock

    backups = demo_data_dir / "backups"
    for old in backups.glob("*"):
        old.unlink()
    backups.rmdir()
    backups.write_text("geen map")  # the backup folder cannot be made
    import datetime as dt

    start = started(
        demo_data_dir, clock=FixedClock(dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2))
    )
    assert start_and_wait(qtbot, start) is None
    assert start.desk.warnings
    assert "reservekopie" in start.window.toast.text().lower()
    assert start.window.stack.currentWidget() is start.window.picker  # usable at once
    answered = answer_message(qtbot)
    start.window.close()  # the backup on close fails too: said calmly, and the app closes
    assert answered and "Uw gegevens zelf zijn wel opgeslagen" in answered[0]
    assert not start.window.isVisible()
