"""Vector painting shared by tiles and cards: initials avatars and progress rings."""

from __future__ import annotations

from PySide6 import QtCore, QtGui

from praktijkdesk.domain.names import initials
from praktijkdesk.ui import theme


def draw_avatar(painter: QtGui.QPainter, rect: QtCore.QRectF, name: str, key: str = "") -> None:
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(QtGui.QColor(theme.avatar_colour(key or name)))
    painter.drawEllipse(rect)
    font = QtGui.QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(12, int(rect.height() * 0.38)))
    painter.setFont(font)
    painter.setPen(QtGui.QColor(theme.colour("on_primary")))
    painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


def draw_ring(
    painter: QtGui.QPainter,
    rect: QtCore.QRectF,
    fraction: float,
    text: str = "",
    *,
    width: float = 8.0,
    done: bool = False,
) -> None:
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
    pen = QtGui.QPen(QtGui.QColor(theme.colour("not_yet_soft")), width)
    pen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    painter.drawEllipse(inner)
    fraction = max(0.0, min(1.0, fraction))
    if fraction > 0:
        pen.setColor(QtGui.QColor(theme.colour("mastered")))
        pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(inner, 90 * 16, -int(round(fraction * 360 * 16)))
    if text:
        font = QtGui.QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(12, int(rect.height() * 0.24)))
        painter.setFont(font)
        painter.setPen(QtGui.QColor(theme.colour("mastered" if done else "text")))
        painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def draw_focus(painter: QtGui.QPainter, rect: QtCore.QRectF, radius: float) -> None:
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setPen(QtGui.QPen(QtGui.QColor(theme.colour("focus")), 3))
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
    painter.restore()


def elided(painter: QtGui.QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(text, QtCore.Qt.TextElideMode.ElideRight, int(width))
