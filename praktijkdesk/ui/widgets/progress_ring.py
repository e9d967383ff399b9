"""A progress ring and an initials avatar as standalone (non-interactive) widgets."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.ui.widgets.painting import draw_avatar, draw_ring


class ProgressRing(QtWidgets.QWidget):
    def __init__(self, size: int = 96, parent=None):
        super().__init__(parent)
        self.setObjectName("progressRing")
        self.setFixedSize(size, size)
        self.fraction = 0.0
        self.done = False

    def set_fraction(self, fraction: float, done: bool = False) -> None:
        self.fraction, self.done = fraction, done
        self.setAccessibleName(f"{round(fraction * 100)}%")
        self.update()

    def paintEvent(self, event) -> None:
        painter = QtGui.QPainter(self)
        draw_ring(
            painter,
            QtCore.QRectF(self.rect()).adjusted(2, 2, -2, -2),
            self.fraction,
            f"{round(self.fraction * 100)}%",
            width=10,
            done=self.done,
        )
        painter.end()


class Avatar(QtWidgets.QWidget):
    def __init__(self, size: int = 72, parent=None):
        super().__init__(parent)
        self.setFixedSize(size, size)
        self.name, self.key = "", ""

    def set_name(self, name: str, key: str = "") -> None:
        self.name, self.key = name, key
        self.update()

    def paintEvent(self, event) -> None:
        painter = QtGui.QPainter(self)
        painter.setFont(self.font())
        draw_avatar(painter, QtCore.QRectF(self.rect()), self.name, self.key)
        painter.end()
