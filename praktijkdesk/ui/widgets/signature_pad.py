"""A large pad to sign on with a finger, a pen or the mouse.

Strokes are kept as polylines in pad pixels (origin top-left, y down), exactly the form
``domain.declaration.Signature`` stores; the PDF scales them to its signature box.
Touch events are handled directly (a finger that moves draws; it never scrolls), a pen's
tablet events too, and mouse events synthesised from touch or pen are ignored so a stroke is
not drawn twice.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.ui import theme

INK = QtGui.QColor("#162C6E")  # the ballpoint blue the PDF uses
PEN_WIDTH = 3.0
MIN_STEP = 1.5  # px between stored points: enough detail, no flood of points
Stroke = list[tuple[float, float]]


class SignaturePad(QtWidgets.QWidget):
    changed = QtCore.Signal()  # a stroke was added or the pad cleared

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAccessibleName(
            QtCore.QCoreApplication.translate("SignaturePad", "Tekenvlak voor de handtekening")
        )
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(theme.TOUCH_MIN * 8, theme.TOUCH_MIN * 4)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )
        self.setCursor(QtCore.Qt.CursorShape.CrossCursor)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None

    # ---- data

    def strokes(self) -> list[Stroke]:
        done = [list(s) for s in self._strokes]
        if self._current:
            done.append(list(self._current))
        return done

    def is_empty(self) -> bool:
        return not self._strokes and not self._current

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def add_stroke(self, points) -> None:
        """Add a whole stroke at once (tests, replays)."""
        stroke = [(float(x), float(y)) for x, y in points]
        if stroke:
            self._strokes.append(stroke)
            self.update()
            self.changed.emit()

    # ---- drawing

    def _begin(self, pos: QtCore.QPointF) -> None:
        self._current = [(pos.x(), pos.y())]
        self.update()

    def _extend(self, pos: QtCore.QPointF) -> None:
        if self._current is None:
            return
        last_x, last_y = self._current[-1]
        if abs(pos.x() - last_x) + abs(pos.y() - last_y) >= MIN_STEP:
            self._current.append((pos.x(), pos.y()))
            self.update()

    def _end(self) -> None:
        if self._current:
            self._strokes.append(self._current)
            self._current = None
            self.update()
            self.changed.emit()
        self._current = None

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.source() != QtCore.Qt.MouseEventSource.MouseEventNotSynthesized:
            return event.ignore()
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.source() == QtCore.Qt.MouseEventSource.MouseEventNotSynthesized:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.source() == QtCore.Qt.MouseEventSource.MouseEventNotSynthesized:
            self._end()

    def tabletEvent(self, event: QtGui.QTabletEvent) -> None:
        """A pen (Surface Pen, Wacom): tablet events come first. Accepted here, so Qt does not
        also send the mouse events it would synthesise (those are ignored above, which is
        why a pen used to draw nothing)."""
        kind = event.type()
        if kind == QtCore.QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QtCore.QEvent.Type.TabletMove:
            if event.buttons() or event.pressure() > 0:  # a hovering pen does not draw
                self._extend(event.position())
        elif kind == QtCore.QEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()

    def event(self, event: QtCore.QEvent) -> bool:
        kind = event.type()
        if kind in (
            QtCore.QEvent.Type.TouchBegin,
            QtCore.QEvent.Type.TouchUpdate,
            QtCore.QEvent.Type.TouchEnd,
            QtCore.QEvent.Type.TouchCancel,
        ):
            points = event.points()
            if points:  # one finger signs; a second finger is ignored
                pos = points[0].position()
                if kind == QtCore.QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QtCore.QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._extend(pos)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QtGui.QColor(theme.colour("surface")))
        # A baseline to sign on, like the line on paper.
        base_y = self.height() * 0.72
        painter.setPen(
            QtGui.QPen(
                QtGui.QColor(theme.colour("border_strong")), 1.5, QtCore.Qt.PenStyle.DashLine
            )
        )
        margin = theme.SPACING_XL
        painter.drawLine(
            QtCore.QPointF(margin, base_y), QtCore.QPointF(self.width() - margin, base_y)
        )
        pen = QtGui.QPen(
            INK,
            PEN_WIDTH,
            QtCore.Qt.PenStyle.SolidLine,
            QtCore.Qt.PenCapStyle.RoundCap,
            QtCore.Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        for stroke in self.strokes():
            if len(stroke) == 1:
                x, y = stroke[0]
                painter.drawPoint(QtCore.QPointF(x, y))
            else:
                painter.drawPolyline(QtGui.QPolygonF([QtCore.QPointF(x, y) for x, y in stroke]))
        if self.hasFocus():
            painter.setPen(QtGui.QPen(QtGui.QColor(theme.colour("focus")), 3))
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()
