"""What every main screen shares: build/connect/retranslate, and refresh only when needed.

A screen refreshes at once when a relevant change arrives while it is visible, and otherwise
the next time it is shown, so a mark never makes hidden screens query the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.services.changes import Changes
from praktijkdesk.ui import theme
from praktijkdesk.ui.touch import enable_kinetic_scrolling

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.events import DeskEvents


class Screen(QtWidgets.QWidget):
    def __init__(self, desk: Desk | None, events: DeskEvents, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.events = events
        self._stale = True
        self.setObjectName("screenPage")
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_StyledBackground)
        events.changed.connect(self._on_events_changed)

    # Subclasses ---------------------------------------------------------------------------
    def is_relevant(self, changes: Changes) -> bool:
        return True

    def refresh(self) -> None:
        self._stale = False

    def retranslate(self) -> None:
        pass

    # Plumbing -----------------------------------------------------------------------------
    def _on_events_changed(self, changes: Changes) -> None:
        if not self.is_relevant(changes):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def scroll_area(content: QtWidgets.QWidget, name: str) -> QtWidgets.QScrollArea:
    area = QtWidgets.QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
    content.setObjectName("scrollContent")
    area.setWidget(content)
    # In the next turn of the event loop (and not at all if the area is gone by then): the
    # first viewport() call builds every QtWidgets enum (~25 ms), which would otherwise
    # keep the picker's names from the screen at start (benchmarks/startup.py).
    QtCore.QTimer.singleShot(0, area, lambda: enable_kinetic_scrolling(area))
    area.verticalScrollBar().setAccessibleName("schuifbalk")
    return area


def page_margins(layout: QtWidgets.QLayout) -> None:
    layout.setContentsMargins(theme.SPACING_L, theme.SPACING_L, theme.SPACING_L, theme.SPACING_M)
