"""Synced-folder mode in the GUI: a round of ``desk.exchange.sync_round()`` every 10 s.

Only while a shared folder is set (Instellingen › Uitwisselen). A QFileSystemWatcher on the
folder starts a round soon after another device's file arrives.

A timed round starts on a QThreadPool worker, which reads the other devices' new files
without the database (``desk.exchange.fetch_sync_files``): on Windows, OneDrive downloads a
cloud-only file during that first read, which could take seconds and would freeze the
screen on the GUI thread. The worker touches no widget and no database connection; when it
is done, the round itself (a few indexed queries, the import of files now on the local disk)
runs on the GUI thread, and what came in reaches the screens through the Desk's normal
change events.

Problems never become a storm of message boxes: each distinct problem is reported once (the
main window shows it as a toast) until a round succeeds again.
"""

from __future__ import annotations

import datetime as dt
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore

from praktijkdesk.errors import UserError

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.events import DeskEvents

INTERVAL_MS = 10_000
SOON_MS = 1_500  # after a change in the folder: let the sync app finish writing first
SUBFOLDER = "praktijkdesk-sync"


class _Fetch(QtCore.QRunnable):
    """On a worker thread: read the new files; the result goes back by a queued signal."""

    def __init__(self, fetch, relay: _Relay):
        super().__init__()
        self._fetch = fetch
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fetch()
        except Exception:  # reported by the round on the GUI thread, which reads again
            result = []
        self._relay.fetched.emit(result, threading.get_ident())


class _Relay(QtCore.QObject):
    fetched = QtCore.Signal(object, object)  # the files read, the worker's thread id


class FolderSync(QtCore.QObject):
    round_finished = QtCore.Signal(object)  # SyncResult, or None when no folder is set
    problem = QtCore.Signal(str)  # a new problem (once per distinct text)
    news = QtCore.Signal(str)  # something came in from another computer

    def __init__(self, desk: Desk, events: DeskEvents, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.folder: Path | None = None
        self.last_result = None
        self.last_error: str | None = None
        self.last_at: dt.datetime | None = None
        self.last_news: tuple[dt.datetime, str] | None = None  # when and what last came in
        self._reported: str | None = None
        self._running = False
        self._fetching = False
        self.fetch_thread: int | None = None  # the last worker's thread id (tests)
        self.pool = QtCore.QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.fetched.connect(self._on_fetched, QtCore.Qt.ConnectionType.QueuedConnection)
        self.timer = QtCore.QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.start_round)
        self.soon = QtCore.QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SOON_MS)
        self.soon.timeout.connect(self.start_round)
        self.watcher = QtCore.QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_directory_changed)
        events.changed.connect(self._on_changed)
        self.update_folder()

    # The folder ---------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if changes.settings:
            self.update_folder()

    def update_folder(self) -> None:
        """Start or stop when the shared folder in the settings changed."""
        folder = self.desk.exchange.sync_folder()
        if folder == self.folder:
            return
        self.folder = folder
        self.last_result, self.last_error, self.last_at, self._reported = None, None, None, None
        paths = self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        if folder is None:
            self.timer.stop()
            self.soon.stop()
            return
        self._watch()
        self.timer.start()
        self.soon.start()  # a first round soon, not only after 10 s

    def _watch(self) -> None:
        """The folder, its praktijkdesk-sync folder and every other device's folder in it."""
        if self.folder is None:
            return
        base = self.folder / SUBFOLDER
        wanted = [self.folder, base]
        try:
            if base.is_dir():  # <base>/<employer>/<device>/: one stream per employer (#20)
                streams = [p for p in base.iterdir() if p.is_dir()]
                wanted += streams
                for stream in streams:
                    wanted += [
                        p for p in stream.iterdir() if p.is_dir() and p.name != self.desk.device_id
                    ]
        except OSError:
            pass
        known = set(self.watcher.directories())
        new = [str(p) for p in wanted if str(p) not in known and p.is_dir()]
        if new:
            self.watcher.addPaths(new)

    def _on_directory_changed(self, _path: str) -> None:
        self._watch()
        if not self.soon.isActive():
            self.soon.start()

    # One round ----------------------------------------------------------------------------
    def start_round(self) -> bool:
        """Fetch the new files on a worker, then run the round here; False when one runs."""
        if self._running or self._fetching or self.folder is None:
            return False
        self._fetching = True
        folder, exchange = self.folder, self.desk.exchange
        try:
            # Plain data, read here on the GUI thread: the worker never touches the database.
            done, scope = exchange.sync_files_done(), exchange.scope()
        except Exception:
            self._fetching = False
            self.run_round()  # the round itself says what is wrong
            return True
        self.pool.start(_Fetch(lambda: exchange.fetch_sync_files(folder, done, scope), self._relay))
        return True

    def _on_fetched(self, _files, thread_id) -> None:
        self._fetching = False
        self.fetch_thread = thread_id
        self.run_round()

    def wait_for_fetch(self, timeout_ms: int = 30000) -> None:
        """Let a worker finish (the close of the window, tests)."""
        self.pool.waitForDone(timeout_ms)
        QtCore.QCoreApplication.sendPostedEvents(self)  # the queued _on_fetched

    def run_round(self):
        """One exchange with the shared folder. Never raises; problems are reported once."""
        if self._running or self.folder is None:
            return None
        self._running = True
        try:
            result = self.desk.exchange.sync_round()
        except UserError as exc:
            self._failed(exc.message)
            return None
        except Exception:  # a round every 10 s must never become a storm of error dialogs
            from praktijkdesk.ui.application import write_log

            path = write_log(self.desk.data_dir, traceback.format_exc())
            self._failed(
                self.tr(
                    "Uitwisselen via de gedeelde map lukte niet. De details staan in {path}."
                ).format(path=path)
            )
            return None
        finally:
            self._running = False
        self.last_result, self.last_error = result, None
        self.last_at = dt.datetime.now()
        self._reported = None
        self._watch()
        if result is not None and result.changed:
            from praktijkdesk.ui.dialogs.exchange import import_summary

            news = [import_summary(p) for p in result.imported if p.added or p.changed]
            self.last_news = (self.last_at, " ".join(news))
            self.news.emit(
                " ".join(news)
                or self.tr("Nieuwe gegevens van een andere computer zijn binnengekomen.")
            )
        self.round_finished.emit(result)
        return result

    def _failed(self, text: str) -> None:
        self.last_error = text
        self.last_at = dt.datetime.now()
        if text != self._reported:
            self._reported = text
            self.problem.emit(text)
        self.round_finished.emit(None)

    def stop(self) -> None:
        self.timer.stop()
        self.soon.stop()
        self.pool.waitForDone(30000)  # a worker reads files only; let it end before close
