"""A small, short celebration: a burst of confetti over the screen (under 600 ms).

It never takes input (mouse events pass through), never blocks the commit, and a tap
anywhere simply goes on working; ``skip()`` ends it at once.
"""

from __future__ import annotations

import math
import random

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.ui import theme

DURATION_MS = 560
COLOURS = ("mastered", "primary", "practising", "avatar_2", "avatar_4", "focus")


class Celebration(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget):
        super().__init__(parent)
        self.setObjectName("celebration")
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self._progress = 0.0
        self._pieces: list[tuple[float, float, float, str, float]] = []
        self._animation = QtCore.QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(DURATION_MS)
        self._animation.setEasingCurve(QtCore.QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_animation_value_changed)
        self._animation.finished.connect(self.hide)
        self.hide()

    def play(self, origin: QtCore.QPoint | None = None, *, seed: int | None = None) -> None:
        parent = self.parentWidget()
        self.setGeometry(parent.rect())
        self._origin = (
            QtCore.QPointF(origin)
            if origin is not None
            else QtCore.QPointF(self.width() / 2, self.height() / 3)
        )
        rng = random.Random(seed)
        self._pieces = [
            (
                rng.uniform(0, 2 * math.pi),
                rng.uniform(120, 340),
                rng.uniform(5, 10),
                rng.choice(COLOURS),
                rng.uniform(0, 180),
            )
            for _ in range(70)
        ]
        self.raise_()
        self.show()
        self._animation.stop()
        self._animation.start()

    def show_frame(self, progress: float, origin: QtCore.QPoint | None = None) -> None:
        """Draw one still frame (used by the tour's screenshots)."""
        self.play(origin, seed=3)
        self._animation.stop()
        self._progress = progress
        self.update()

    def skip(self) -> None:
        self._animation.stop()
        self.hide()

    def is_playing(self) -> bool:
        return self._animation.state() == QtCore.QAbstractAnimation.State.Running

    def _on_animation_value_changed(self, value) -> None:
        self._progress = float(value)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        t = self._progress
        painter.setOpacity(max(0.0, 1.0 - t**3))
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        for angle, speed, size, colour, spin in self._pieces:
            distance = speed * t
            x = self._origin.x() + math.cos(angle) * distance
            y = self._origin.y() + math.sin(angle) * distance + 160 * t * t  # a little gravity
            painter.save()
            painter.translate(x, y)
            painter.rotate(spin + 360 * t)
            painter.setBrush(QtGui.QColor(theme.colour(colour)))
            painter.drawRoundedRect(QtCore.QRectF(-size / 2, -size / 4, size, size / 2), 2, 2)
            painter.restore()
        painter.end()
