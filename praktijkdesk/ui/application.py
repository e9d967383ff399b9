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

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.errors import UserError
from praktijkdesk.paths import resource
from praktijkdesk.ui import theme

LOG_FILE = "praktijkdesk-fout.log"
# Set by benchmarks/startup.py: print the time of the first paint and quit.
EXIT_AFTER_FIRST_PAINT = "PRAKTIJKDESK_EXIT_AFTER_FIRST_PAINT"

_fonts_loaded = False


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


def create_application(argv: list[str] | None = None) -> QtWidgets.QApplication:
    """The QApplication with Fusion, the app font and the QSS (reuses one that exists)."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv or [sys.argv[0]])
    app.setApplicationName("praktijkdesk")
    app.setApplicationDisplayName("praktijkdesk")
    app.setStyle("Fusion")
    load_fonts()
    apply_style(app)
    return app


def configure_for_desk(app: QtWidgets.QApplication, desk) -> None:
    """Language and text size come from the database (a portable copy carries them)."""
    from praktijkdesk.ui.i18n import set_language

    set_language(app, desk.setting("language"))
    try:
        scale = int(desk.setting("text_scale", "100") or 100)
    except ValueError:
        scale = 100
    if scale in theme.TEXT_SCALES and scale != 100:
        apply_style(app, scale)


def install_excepthook(data_dir: Path) -> None:
    """Never a traceback on screen: a calm Dutch message; the details go to <data>/logs/."""

    def hook(kind, value, tb) -> None:
        if isinstance(value, UserError):
            from praktijkdesk.ui.ops import show_user_error

            show_user_error(QtWidgets.QApplication.activeWindow(), value)
            return
        path = write_log(data_dir, "".join(traceback.format_exception(kind, value, tb)))
        from praktijkdesk.ui.dialogs import message

        message.inform(
            QtWidgets.QApplication.activeWindow(),
            QtCore.QCoreApplication.translate("application", "Er ging iets mis"),
            QtCore.QCoreApplication.translate("application",
                      "Er ging iets mis dat niet had mogen gebeuren. Wat al was opgeslagen, is "
                      "bewaard. U kunt gewoon verder werken. De details staan in {path}.")
            .format(path=path),
            kind="warning",
        )

    sys.excepthook = hook


def write_log(data_dir: Path, text: str) -> Path:
    folder = Path(data_dir) / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        import tempfile

        folder = Path(tempfile.gettempdir())
    path = folder / LOG_FILE
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    return path


def run_app(data_dir: Path, argv: list[str]) -> int:
    """Paint the first frame first, then open the engine and fill the screens.

    Importing the engine (sqlite-utils and the services) costs more than a bare Qt window
    takes to appear, so the window shows its header and the picker's title at once and the
    Desk opens right after that first paint (``finish_start``).
    """
    app = create_application(argv)
    from praktijkdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    bench = bool(os.environ.get(EXIT_AFTER_FIRST_PAINT))
    state: dict = {}

    def finish_start() -> None:
        if bench:
            print("painted", flush=True)
        # Imported here, after the first paint: the engine is the slow half of startup.
        from praktijkdesk.desk import Desk

        try:
            desk = Desk.open(data_dir)
        except UserError as exc:
            from praktijkdesk.ui.dialogs import message

            message.inform(window, QtCore.QCoreApplication.translate(
                "application", "praktijkdesk kan niet starten"), exc.message, kind="warning")
            app.exit(exc.exit_code)
            return
        state["desk"] = desk
        install_excepthook(desk.data_dir)
        configure_for_desk(app, desk)
        window.attach_desk(desk)
        if bench:
            QtCore.QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))

    window.first_painted.connect(finish_start, QtCore.Qt.ConnectionType.QueuedConnection)
    window.show()
    try:
        return app.exec()
    finally:
        if "desk" in state:
            state["desk"].close()
