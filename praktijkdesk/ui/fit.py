"""Every window fits its screen: 1024×600 netbooks and 1280×720 laptops with a title bar.

The main window opens maximised when the screen is smaller than its usual 1280×800, and a
dialog is never taller or wider than the screen's available area (minus a title bar); its
content scrolls (TouchDialog) while its buttons stay visible.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

USUAL_SIZE = (1280, 800)
TITLE_BAR = 32  # what a window manager's title bar takes from the available height


def available(widget: QtWidgets.QWidget | None = None) -> QtCore.QRect:
    """The screen area a window may use (without taskbar), of the widget's screen."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QtGui.QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (should not happen): the smallest we support
        return QtCore.QRect(0, 0, 1024, 600)
    return screen.availableGeometry()


def within_screen(widget: QtWidgets.QWidget, width: int, height: int) -> QtCore.QSize:
    """``width``×``height``, made smaller where the screen is smaller."""
    area = available(widget)
    return QtCore.QSize(
        max(1, min(width, area.width())), max(1, min(height, area.height() - TITLE_BAR))
    )


def resize_within_screen(widget: QtWidgets.QWidget, width: int, height: int) -> None:
    size = within_screen(widget, width, height)
    QtWidgets.QWidget.resize(widget, size)


def fits(area: QtCore.QRect, size: tuple[int, int] = USUAL_SIZE) -> bool:
    """Whether a window of ``size`` plus its title bar fits the available ``area``."""
    return area.width() >= size[0] and area.height() - TITLE_BAR >= size[1]


def _first_size(window: QtWidgets.QWidget) -> bool:
    """1280×800 where that fits, else the available area; True when it should be maximised."""
    if fits(available(window)):
        window.resize(*USUAL_SIZE)
        return False
    resize_within_screen(window, *USUAL_SIZE)
    return True


def size_main_window(window: QtWidgets.QWidget) -> bool:
    """1280×800 where that fits, else maximised on the available area; True when maximised."""
    maximise = _first_size(window)
    if maximise:
        window.setWindowState(window.windowState() | QtCore.Qt.WindowState.WindowMaximized)
    return maximise


def show_main_window(window: QtWidgets.QWidget) -> bool:
    """Show the main window sized as ``size_main_window`` does, without touching a Qt enum:
    this runs before the first frame, and the first enum use costs about 30 ms."""
    maximise = _first_size(window)
    if maximise:
        window.showMaximized()
    else:
        window.show()
    return maximise


def keep_on_screen(dialog: QtWidgets.QWidget) -> None:
    """Shrink a dialog that grew beyond the screen (called when it is shown)."""
    size = within_screen(dialog, dialog.width(), dialog.height())
    if size != dialog.size():
        QtWidgets.QWidget.resize(dialog, size)
