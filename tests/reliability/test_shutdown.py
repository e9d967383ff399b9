"""Clean shutdown on SIGTERM, SIGINT and the end of the desktop session: the close-time backup,
the lock and the socket released, no dialog waiting at close; and the single-instance lock is
not fooled by a folder (or a link) in its place.

Before: the app ignored SIGTERM's clean path (killed at once: no close-time backup, its socket
left behind), and with the lock file replaced by a folder two apps ran at once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from praktijkdesk.data_folder import LOCK_NAME, InstanceLock, held_by_another_process
from praktijkdesk.errors import DataFolderUnusable

ROOT = Path(__file__).resolve().parents[2]


def _holds_database(pid: int, database: Path) -> bool:
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        return any(os.readlink(fd) == str(database) for fd in fd_dir.iterdir())
    except OSError:
        return False


def _backups(folder: Path, reason: str) -> list[Path]:
    return sorted((folder / "backups").glob(f"*-{reason}*.sqlite"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see the app ready")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_app_with_a_backup_and_releases_everything(demo_data_dir, signal_name):
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.single_instance import server_name

    database = (demo_data_dir / "praktijkdesk.sqlite").resolve()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "praktijkdesk", "--data-dir", str(demo_data_dir), "gui"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not _holds_database(app.pid, database):
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the app did not open its data"
            time.sleep(0.1)
        time.sleep(0.5)  # the start finishes its first notices
        # A change the newest backup does not have, made beside the app.
        with Desk.open(demo_data_dir, daily_backup=False) as desk:
            summary = next(s for s in desk.trajectories.summaries() if s.status.value == "active")
            trajectory = desk.trajectories.resolve(summary.id)
            guide = desk.guides.get(trajectory.guide_key)
            behaviour = next(
                b.id
                for wp in guide.work_processes()
                if wp.code in trajectory.work_processes
                for b in wp.behaviours
            )
            mark = desk.marking.record_mark(
                trajectory.id,
                behaviour,
                "practising",
                trajectory.trainer_id,
                "vlak voor het afsluiten",
            )
        before = _backups(demo_data_dir, "afsluiten")
        socket_path = Path(tempfile.gettempdir()) / server_name(demo_data_dir)
        assert held_by_another_process(demo_data_dir)
        app.send_signal(getattr(signal, signal_name))
        out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    after = _backups(demo_data_dir, "afsluiten")
    assert len(after) == len(before) + 1
    import sqlite3

    conn = sqlite3.connect(f"file:{after[-1]}?mode=ro", uri=True)
    assert conn.execute("SELECT 1 FROM marks WHERE uuid = ?", [mark.uuid]).fetchone()
    conn.close()
    assert not held_by_another_process(demo_data_dir)
    assert not socket_path.exists()


def test_the_end_of_the_session_backs_up_without_asking(qapp, demo_data_dir, monkeypatch):
    from praktijkdesk.ui import application
    from praktijkdesk.ui.dialogs import message

    asked = []
    monkeypatch.setattr(message, "inform", lambda *a, **k: asked.append(a))
    monkeypatch.setattr(message, "ask", lambda *a, **k: asked.append(a) or False)
    start = application.AppStart(qapp, demo_data_dir, offer_retention=False)
    from praktijkdesk.desk import Desk

    start.desk = Desk.open(demo_data_dir, daily_backup=False)
    try:
        start.desk.set_setting("language", "nl")  # a change since the newest backup
        before = _backups(demo_data_dir, "afsluiten")
        start.session_ending()
        assert len(_backups(demo_data_dir, "afsluiten")) == len(before) + 1
        assert start.stopping_quietly
        # The backups folder becomes unusable: still nothing modal, the failure is logged.
        start.desk.set_setting("language", "en")
        backups = demo_data_dir / "backups"
        for path in backups.iterdir():
            path.unlink()
        backups.rmdir()
        backups.write_text("geen map")
        start.session_ending()
        assert asked == []
        assert (demo_data_dir / "logs").is_dir()
    finally:
        start.shutdown()
    assert asked == []


@pytest.mark.parametrize("kind", ["folder", "symlink", "dangling symlink"])
def test_the_lock_is_not_fooled_by_something_else_in_its_place(tmp_path, kind):
    folder = tmp_path / "data"
    folder.mkdir()
    lock_path = folder / LOCK_NAME
    if kind == "folder":
        lock_path.mkdir()
    elif kind == "symlink":
        target = tmp_path / "elders"
        target.write_text("")
        lock_path.symlink_to(target)
    else:
        lock_path.symlink_to(tmp_path / "bestaat-niet")
    with pytest.raises(DataFolderUnusable) as refused:
        InstanceLock.acquire(folder)
    assert LOCK_NAME in refused.value.message and "Verwijder of hernoem" in refused.value.message
    # Damage is never moved aside when the lock cannot be judged.
    assert held_by_another_process(folder)


def test_two_apps_never_run_when_a_folder_replaces_the_lock(tmp_path):
    """The second start refuses (a calm message, exit 3) instead of running beside the first."""
    from praktijkdesk.ui.application import claim_folder

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / LOCK_NAME).mkdir()
    with pytest.raises(DataFolderUnusable):
        claim_folder(folder)
    holder = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys; from pathlib import Path;"
            "from praktijkdesk.data_folder import InstanceLock;"
            "from praktijkdesk.errors import UserError\n"
            "try:\n InstanceLock.acquire(Path(sys.argv[1])); print(json.dumps('locked'))\n"
            "except UserError as e:\n print(json.dumps(e.exit_code))",
            str(folder),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert json.loads(holder.stdout) == 3
