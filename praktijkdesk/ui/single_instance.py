"""One app per data folder: a second start brings the first window forward and says so.

Two instances on one data folder would not corrupt the database (SQLite WAL + busy_timeout
make that safe, which is why the command line may run beside the app), but two windows
showing the same marks invite confusion. So the app holds the folder's lock file
(praktijkdesk/data_folder.py, Qt-free so the command line can ask too) and listens on a
QLocalServer; a second start finds the lock taken, pokes the server, and stops.

Use at start-up, before Desk.open:

    if not claim_or_activate(data_dir, lambda: main_window):
        return 0  # the other window came forward; this process says so and ends
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtNetwork, QtWidgets

from praktijkdesk.data_folder import InstanceLock
from praktijkdesk.paths import ensure_data_dir
from praktijkdesk.platform import native

TOUCH_MIN = 48  # theme.TOUCH_MIN; kept here so this module stands alone at start-up
BODY_PX = 18
MESSAGE = b"activate\n"
OPEN_PREFIX = "open\t"  # "open\t<absolute path>\n", UTF-8: a double-clicked .praktijk file
MAX_MESSAGE = 64 * 1024  # a path is short; anything longer is not from praktijkdesk


def server_name(data_dir: str | os.PathLike) -> str:
    """One name per user and data folder (short: Unix socket paths have a length limit)."""
    key = os.path.normcase(os.path.abspath(data_dir))
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return "praktijkdesk-" + hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:24]


class InstanceGuard(QtCore.QObject):
    """Held by the first instance: the folder lock plus the server a second start pokes."""

    activated = QtCore.Signal()
    open_requested = QtCore.Signal(str)  # a later start was asked to open this file

    def __init__(self, data_dir: Path, lock: InstanceLock, window_getter: Callable, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = lock
        self._window_getter = window_getter
        self.server = QtNetwork.QLocalServer(self)
        self.server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        # We hold the lock, so no live server has this name: a leftover is from a crash.
        QtNetwork.QLocalServer.removeServer(name)
        self.server.listen(name)
        self.server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.setProperty("received", b"")
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            self.bring_forward()

    def _on_socket_ready_read(self, socket) -> None:
        data = bytes(socket.property("received") or b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.abort()
            return
        *lines, rest = data.split(b"\n")
        socket.setProperty("received", rest)
        for line in lines:
            text = line.decode("utf-8", "replace")
            if text.startswith(OPEN_PREFIX) and text[len(OPEN_PREFIX) :].strip():
                self.open_requested.emit(text[len(OPEN_PREFIX) :])

    def bring_forward(self) -> None:
        window = self._window_getter() if self._window_getter else None
        if window is not None:
            state = window.windowState() & ~QtCore.Qt.WindowState.WindowMinimized
            window.setWindowState(state | QtCore.Qt.WindowState.WindowActive)
            window.show()
            window.raise_()
            window.activateWindow()
        self.activated.emit()

    def release(self) -> None:
        self.server.close()
        self.lock.release()
        _GUARDS.pop(_key(self.data_dir), None)


_GUARDS: dict[str, InstanceGuard] = {}


def _key(data_dir: Path) -> str:
    return os.path.normcase(os.path.abspath(data_dir))


def claim_or_activate(
    data_dir: str | os.PathLike,
    window_getter: Callable[[], QtWidgets.QWidget | None],
    *,
    say_so: bool = True,
    parent: QtWidgets.QWidget | None = None,
    quiet_if_answered: bool = False,
    open_path: str | None = None,
) -> bool:
    """True: this process is the one praktijkdesk for ``data_dir`` (keep running).

    False: another praktijkdesk has it open; its window was asked to come forward and (with
    ``say_so``) this process showed "praktijkdesk is al geopend". The caller then quits.
    ``window_getter`` is called when a later start pokes us; it may return None early on.
    With ``quiet_if_answered`` the message is shown only when the running instance did not
    answer (its window could not be asked to come forward).
    """
    folder = ensure_data_dir(Path(data_dir))
    if _key(folder) in _GUARDS:
        return True
    lock = InstanceLock.acquire(folder)
    if lock is not None:
        _GUARDS[_key(folder)] = InstanceGuard(
            folder, lock, window_getter, QtCore.QCoreApplication.instance()
        )
        return True
    answered = poke_first_instance(folder, open_path=open_path)
    if say_so and not (quiet_if_answered and answered):
        show_already_open(parent, came_forward=answered)
    return False


def guard_for(data_dir: str | os.PathLike) -> InstanceGuard | None:
    return _GUARDS.get(_key(Path(data_dir)))


def poke_first_instance(
    data_dir: Path, timeout_ms: int = 1500, open_path: str | None = None
) -> bool:
    """Ask the running instance to bring its window forward (and to open ``open_path``, a
    double-clicked .praktijk file); False if it did not answer.

    On Windows the foreground lock lets only the foreground process (this start, which the
    user just launched) hand the foreground on: AllowSetForegroundWindow, else the first
    window only flashes on the taskbar."""
    native.allow_set_foreground_window()
    socket = QtNetwork.QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    if open_path:
        socket.write(f"{OPEN_PREFIX}{os.path.abspath(open_path)}\n".encode())
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


def already_open_box(
    parent: QtWidgets.QWidget | None = None, came_forward: bool = True
) -> QtWidgets.QMessageBox:
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("alreadyOpenBox")
    box.setIcon(QtWidgets.QMessageBox.Icon.Information)
    box.setWindowTitle("praktijkdesk")
    box.setMinimumWidth(420)
    box.setText(QtCore.QCoreApplication.translate("SingleInstance", "praktijkdesk is al geopend"))
    if came_forward:
        box.setInformativeText(
            QtCore.QCoreApplication.translate(
                "SingleInstance",
                "praktijkdesk draait al op deze computer. Het venster is naar voren gehaald; "
                "u kunt daar verder werken.",
            )
        )
    else:
        box.setInformativeText(
            QtCore.QCoreApplication.translate(
                "SingleInstance",
                "praktijkdesk draait al op deze computer, met dezelfde gegevens. Zoek het venster "
                "op de taakbalk en werk daar verder. Ziet u het niet, wacht dan even en probeer "
                "het opnieuw.",
            )
        )
    font = box.font()
    font.setPixelSize(BODY_PX)
    box.setFont(font)
    ok = box.addButton(
        QtCore.QCoreApplication.translate("SingleInstance", "OK"),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    ok.setObjectName("alreadyOpenOk")
    ok.setAccessibleName(QtCore.QCoreApplication.translate("SingleInstance", "OK, sluiten"))
    ok.setMinimumSize(140, 56)
    box.setDefaultButton(ok)
    return box


def show_already_open(parent: QtWidgets.QWidget | None = None, came_forward: bool = True) -> None:
    already_open_box(parent, came_forward).exec()
