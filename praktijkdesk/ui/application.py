"""Start the Qt application: style, font, translations, a calm excepthook, the main window.

``run_app(data_dir, argv)`` is what ``praktijkdesk gui`` calls. Nothing slow (fpdf2, PDF
work) is imported before the first screen is painted.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.errors import UserError
from praktijkdesk.paths import resource
from praktijkdesk.ui import theme

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

LOG_FILE = "praktijkdesk-fout.log"
# Set by benchmarks/startup.py: print the time of the first paint and quit.
EXIT_AFTER_FIRST_PAINT = "PRAKTIJKDESK_EXIT_AFTER_FIRST_PAINT"

_fonts_loaded = False


def _bench_mark(what: str) -> None:
    """For benchmarks/startup.py: the moment, with this process's CPU seconds so far (on a
    busy machine the CPU time is the steadier figure)."""
    import time

    print(what, time.process_time(), flush=True)


def load_fonts() -> None:
    """The bundled DejaVu Sans, so Şükrü, Nguyễn and Марія render on every machine."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    family = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QtGui.QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families = QtGui.QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family:
        font = QtGui.QFont(family)
        font.setPixelSize(theme.BODY)
        QtWidgets.QApplication.setFont(font)
    _fonts_loaded = True


def apply_style(app: QtWidgets.QApplication, scale: int = 100) -> None:
    font = QtWidgets.QApplication.font()
    font.setPixelSize(theme.px(theme.BODY, scale))
    QtWidgets.QApplication.setFont(font)
    app.setStyleSheet(theme.stylesheet(scale))


def create_application(
    argv: list[str] | None = None, *, light_scheme_now: bool = True
) -> QtWidgets.QApplication:
    """The QApplication with Fusion, the light palette, the app font and the QSS (reuses one
    that exists). ``light_scheme_now=False``: the app start asks the platform for its light
    colour scheme after the first frame (``ask_light_scheme``), see there."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv or [sys.argv[0]])
    app.setApplicationName("praktijkdesk")
    app.setApplicationDisplayName("praktijkdesk")
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    if light_scheme_now:
        ask_light_scheme(app)
    load_fonts()
    apply_style(app)
    return app


def light_palette() -> QtGui.QPalette:
    """The app's own light palette: Fusion on Qt >= 6.5 otherwise takes Windows' dark mode
    and menus, the date picker and tooltips show dark text on dark (the QSS covers only our
    own widgets)."""
    c = theme.colour
    palette = QtGui.QPalette()
    role = QtGui.QPalette.ColorRole
    for name, value in (
        (role.Window, c("background")),
        (role.WindowText, c("text")),
        (role.Base, c("surface")),
        (role.AlternateBase, c("surface_alt")),
        (role.Text, c("text")),
        (role.PlaceholderText, c("text_muted")),
        (role.Button, c("surface")),
        (role.ButtonText, c("text")),
        (role.ToolTipBase, c("surface")),
        (role.ToolTipText, c("text")),
        (role.Highlight, c("primary")),
        (role.HighlightedText, c("on_primary")),
        (role.Link, c("primary_dark")),
        (role.BrightText, c("danger")),
        (role.Light, "#FFFFFF"),
        (role.Midlight, c("surface_alt")),
        (role.Mid, c("border")),
        (role.Dark, c("border_strong")),
        (role.Shadow, "#000000"),
    ):
        palette.setColor(name, QtGui.QColor(value))
    disabled = QtGui.QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, name, QtGui.QColor(c("text_muted")))
    return palette


def ask_light_scheme(app: QtWidgets.QApplication) -> None:
    """Qt 6.8+: tell the platform theme too (Windows' title bar, native dialogs), and set
    the palette again in case the theme change replaced it.

    The app start calls this after the first frame: ``Qt.ColorScheme`` is the first
    ``Qt.*`` enum it would touch, and that first touch builds every Qt.* enum (~30 ms, a
    fifth of a bare window's start). The palette alone, set before, already keeps our own
    widgets, menus and pickers light."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(QtCore.Qt.ColorScheme.Light)
        app.setPalette(light_palette())


def configure_for_desk(app: QtWidgets.QApplication, desk: Desk) -> None:
    """Language and text size come from the database (a portable copy carries them)."""
    from praktijkdesk.ui.i18n import set_language

    set_language(app, desk.setting("language"))
    try:
        scale = int(desk.setting("text_scale", "100") or 100)
    except ValueError:
        scale = 100
    if scale in theme.TEXT_SCALES and scale != 100:
        apply_style(app, scale)


def install_excepthook(data_dir: Path):
    """Never a traceback on screen: a calm Dutch message; the details go to <data>/logs/.
    Returns the hook it replaced."""

    def hook(kind, value, tb) -> None:
        if not isinstance(value, UserError):
            # A damaged file (a changed byte the start's quick check did not see) is said as
            # such, with the newest good backup, instead of "something went wrong".
            from praktijkdesk.desk import damage_behind

            value = damage_behind(data_dir, value) or value
        if isinstance(value, UserError):
            from praktijkdesk.ui.ops import show_user_error

            show_user_error(QtWidgets.QApplication.activeWindow(), value)
            return
        path = write_log(data_dir, "".join(traceback.format_exception(kind, value, tb)))
        from praktijkdesk.ui.dialogs import message

        message.inform(
            QtWidgets.QApplication.activeWindow(),
            QtCore.QCoreApplication.translate("application", "Er ging iets mis"),
            QtCore.QCoreApplication.translate(
                "application",
                "Er ging iets mis dat niet had mogen gebeuren. Wat al was opgeslagen, is "
                "bewaard. U kunt gewoon verder werken. De details staan in {path}.",
            ).format(path=path),
            kind="warning",
        )

    previous, sys.excepthook = sys.excepthook, hook
    return previous


def write_log(data_dir: Path, text: str) -> Path | None:
    """The crash log: <data>/logs/ or the user's log folder, 0600, never a shared temp folder."""
    from praktijkdesk.platform.logs import write_log as append_log

    return append_log(data_dir, text)


DESKTOP_FILE_NAME = "nl.praktijkdesk.praktijkdesk"
# The retention offer at start comes back at most this often after "Nu niet".
RETENTION_OFFER_DAYS = 30
RETENTION_OFFERED_SETTING = "retention_offered_on"


def show_cannot_start(parent, exc: UserError) -> None:
    """A calm Dutch message for a start that cannot go on (never a traceback)."""
    from praktijkdesk.ui.dialogs import message

    message.inform(
        parent,
        QtCore.QCoreApplication.translate("application", "praktijkdesk kan niet starten"),
        exc.message,
        kind="warning",
    )


def claim_folder(data_dir: Path):
    """Before the first frame, without Qt's network module: refuse a sync/network folder
    (before anything is created in it), make the folder, and take its lock.

    Returns (first, lock): first is False when another praktijkdesk holds the lock; lock is
    None when none could be made (a read-only folder: Desk.open explains that in Dutch).
    Raises DataFolderUnusable."""
    from praktijkdesk.data_folder import InstanceLock, refuse_unsafe
    from praktijkdesk.paths import ensure_data_dir

    refuse_unsafe(data_dir)
    folder = ensure_data_dir(Path(data_dir))
    try:
        lock = InstanceLock.acquire(folder)
    except OSError:
        return True, None
    return lock is not None, lock


def open_desk(parent, data_dir: Path, *, clock=None):
    """Open the data; damage → offer the newest good backup; other user errors → a message.

    Returns (desk, None, restored) or (None, exit code, None)."""
    from praktijkdesk.desk import Desk
    from praktijkdesk.errors import DatabaseDamaged

    restored = None
    for _attempt in range(3):
        try:
            return Desk.open(data_dir, clock=clock), None, restored
        except DatabaseDamaged as exc:
            from praktijkdesk.ui.dialogs.damaged_database import DamagedDatabaseDialog

            dialog = DamagedDatabaseDialog(Path(data_dir), exc, parent)
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return None, exc.exit_code, None
            restored = dialog.result_text
        except UserError as exc:  # NewerDatabase, DataFolderUnusable, DiskFull, ...
            show_cannot_start(parent, exc)
            return None, exc.exit_code, None
    return None, 3, None


class AppStart(QtCore.QObject):
    """The app's start in steps, so tests can drive each one.

    ``begin()`` runs before the first frame (cheap: the folder lock, the bare window);
    after the first paint ``finish()`` brings up the activation server, the icon and the
    Desk, and tells what happened by ``ready`` or ``failed(exit code)``.
    """

    ready = QtCore.Signal()
    failed = QtCore.Signal(int)

    def __init__(
        self,
        app: QtWidgets.QApplication,
        data_dir: Path,
        *,
        bench: bool = False,
        clock=None,
        offer_retention: bool = True,
        open_path: str | None = None,
    ):
        super().__init__(app)
        # A .praktijk file the app was started with (a double-click): its import preview
        # opens once the data is open; a second start hands its file to this one.
        self.open_path = open_path
        self.app = app
        self.data_dir = Path(data_dir)
        self.bench = bench
        self.clock = clock
        self.offer_retention = offer_retention
        self.window = None
        self.desk = None
        self.lock = None
        self._previous_hook = None

    def begin(self) -> int | None:
        """Claim the folder and show the first frame; an exit code when this start ends here."""
        self.app.setDesktopFileName(DESKTOP_FILE_NAME)
        try:
            first, self.lock = claim_folder(self.data_dir)
        except UserError as exc:
            show_cannot_start(None, exc)
            return exc.exit_code
        if not first:
            from praktijkdesk.ui.single_instance import claim_or_activate

            # The other window is asked to come forward; only when it does not answer,
            # this start says "praktijkdesk is al geopend".
            claim_or_activate(
                self.data_dir, lambda: None, quiet_if_answered=True, open_path=self.open_path
            )
            return 0
        from praktijkdesk.ui.fit import show_main_window
        from praktijkdesk.ui.main_window import MainWindow

        self.window = MainWindow()
        # first_painted is emitted from a zero timer after the paint, so a direct connection
        # already runs finish() outside the paint (and touches no Qt.* enum before it).
        self.window.first_painted.connect(self.finish)
        # 1280×800 where that fits; maximised on a smaller screen (1920×1080 at 150 % leaves
        # about 1280×672 above the taskbar: 800 high would put the bottom buttons off-screen).
        show_main_window(self.window)
        return None

    def finish(self) -> None:
        """After the first frame: the names in the picker at once (read with the standard
        sqlite3 module, before the engine is imported), then ``open`` in the next turn of
        the event loop, so those names are painted while the Desk opens."""
        if self.bench:
            _bench_mark("painted")
        ask_light_scheme(self.app)
        self._previous_hook = install_excepthook(self.data_dir)
        from praktijkdesk.services.people import people_at_start

        found = people_at_start(self.data_dir)
        if found is None:
            self.open()
            return
        self.window.show_people_at_start(*found)
        if self.bench:
            self.window.repaint()
            _bench_mark("names")
        QtCore.QTimer.singleShot(0, self.open)

    def open(self) -> None:
        """Open the Desk and make the picker live; then what the first screen does not need
        (the window icon, the server a second start pokes, the backup timer)."""
        window = self.window
        try:
            desk, code, restored = open_desk(window, self.data_dir, clock=self.clock)
        except Exception:  # a bug, not a user error: say so calmly, log the details
            sys.excepthook(*sys.exc_info())
            desk, code, restored = None, 1, None
        if desk is None:
            self.failed.emit(code)
            return
        self.desk = desk
        configure_for_desk(self.app, desk)
        window.attach_desk(desk)
        if self.bench:
            window.repaint()  # the picker with its names, on screen
            _bench_mark("ready")
        from praktijkdesk.ui.single_instance import claim_or_activate, guard_for

        self.app.setWindowIcon(QtGui.QIcon(str(resource("icons", "praktijkdesk.svg"))))
        if self.lock is not None:
            # The lock is already ours (begin); this adds the server a second start pokes.
            claim_or_activate(self.data_dir, lambda: window, say_so=False)
            guard = guard_for(self.data_dir)
            if guard is not None:  # a later start hands over a double-clicked .praktijk
                guard.open_requested.connect(self.open_bundle)
        window.start_backups()
        window.start_idle_checkpoints()
        if self.bench:
            QtCore.QTimer.singleShot(0, self.app.quit)
            return
        notes = ([restored] if restored else []) + list(desk.warnings)
        if notes:
            window.show_notice("\n".join(notes))
        self.ready.emit()
        if self.open_path:
            path, self.open_path = self.open_path, None
            QtCore.QTimer.singleShot(0, lambda: self.open_bundle(path))
        elif self.offer_retention:
            QtCore.QTimer.singleShot(0, self.offer_erasure_if_due)

    def open_bundle(self, path: str) -> None:
        """The import preview of a .praktijk file (double-clicked, or handed over by a later
        start); nothing is read in until the user confirms there."""
        if self.desk is None or self.window is None:
            self.open_path = path  # the data is not open yet: finish() picks it up
            return
        from praktijkdesk.ui.dialogs.exchange import import_bundle

        import_bundle(self.window, self.desk, path)

    def offer_erasure_if_due(self) -> bool:
        """Closed trajectories past the retention term: offer them, at most once a month."""
        desk = self.desk
        if desk is None or not desk.privacy.due_for_erasure():
            return False
        today = dt.date.fromisoformat(desk.privacy.today())
        last = desk.setting(RETENTION_OFFERED_SETTING)
        try:
            if last and (today - dt.date.fromisoformat(last)).days < RETENTION_OFFER_DAYS:
                return False
        except ValueError:
            pass
        desk.set_setting(RETENTION_OFFERED_SETTING, today.isoformat())
        self.window.open_retention()
        return True

    # Set when a signal or the end of the desktop session stops the app: nothing modal then.
    stopping_quietly = False

    def session_ending(self) -> None:
        """The desktop session ends (log out, shut down): every mark is already committed;
        take the close-time backup now, without asking anything (QGuiApplication's
        commitDataRequest). The app may be killed right after this."""
        self.stopping_quietly = True
        if self.window is not None:
            self.window.quiet_close = True
        if self.desk is not None:
            try:
                self.desk.backups.backup_if_changed("afsluiten")
            except Exception:  # the data itself is saved; a missing copy must not crash
                write_log(self.data_dir, traceback.format_exc())

    def shutdown(self) -> None:
        """After the event loop: a last backup if the close did not make one, then close."""
        from praktijkdesk.ui.single_instance import guard_for

        if self.desk is not None:
            if self.window is not None:
                self.window.stop_backups()
            try:
                self.desk.backups.backup_if_changed("afsluiten")
            except Exception:  # the data itself is saved; a missing copy must not crash
                write_log(self.data_dir, traceback.format_exc())
            self.desk.close()
            self.desk = None
        guard = guard_for(self.data_dir)
        if guard is not None:
            guard.release()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self._previous_hook is not None:
            sys.excepthook, self._previous_hook = self._previous_hook, None


def run_app(data_dir: Path, argv: list[str], open_path: str | None = None) -> int:
    """Paint the first frame first, then open the engine and fill the screens.

    Importing the engine (sqlite-utils and the services) costs more than a bare Qt window
    takes to appear, so the window shows its header and the picker's title at once and the
    Desk opens right after that first paint (``AppStart.finish``). A second start on the
    same folder brings the first window forward and ends.
    """
    app = create_application(argv, light_scheme_now=False)  # AppStart.finish asks for it
    from praktijkdesk.platform import native

    native.hold_app_mutex()  # Windows: the installer waits for (and closes) a running app
    start = AppStart(
        app, data_dir, bench=bool(os.environ.get(EXIT_AFTER_FIRST_PAINT)), open_path=open_path
    )
    code = start.begin()
    if code is not None:
        return code
    start.failed.connect(app.exit)
    # After the first frame: the socket module and the handlers are not needed to paint it.
    start.window.first_painted.connect(lambda: stop_on_signals(app, start))
    app.commitDataRequest.connect(lambda _manager: start.session_ending())
    try:
        return app.exec()
    finally:
        start.shutdown()


def stop_on_signals(app: QtWidgets.QApplication, start: AppStart) -> None:
    """SIGTERM (the system shutting down, `kill`) and SIGINT (Ctrl+C) end the app the normal
    way: no dialog at close, the close-time backup, the lock and the socket released.

    Python runs a signal handler only between bytecodes, and Qt's loop runs in C++: the signal
    number is written to a socket that a QSocketNotifier watches (POSIX), or a slow timer lets
    Python look (Windows)."""
    import signal
    import socket

    def stop(*_args) -> None:
        start.stopping_quietly = True
        if start.window is not None:
            start.window.quiet_close = True
        app.quit()

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, stop)
    if os.name == "posix":
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
        notifier = QtCore.QSocketNotifier(reader.fileno(), QtCore.QSocketNotifier.Type.Read, app)

        def drain() -> None:
            try:
                reader.recv(64)
            except OSError:
                pass

        notifier.activated.connect(drain)  # Python's handler runs as soon as Qt returns here
        app._praktijkdesk_signal_wakeup = (reader, writer, notifier)  # kept alive with the app
    else:
        timer = QtCore.QTimer(app)
        timer.timeout.connect(lambda: None)
        timer.start(250)
        app._praktijkdesk_signal_wakeup = timer
