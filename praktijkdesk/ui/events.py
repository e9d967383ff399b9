"""The Desk's change notification as a Qt signal, plus who is working right now.

``desk.subscribe(fn)`` calls ``fn(Changes)`` after every commit; DeskEvents re-emits that as
``changed`` so screens can refresh what they show. One DeskEvents object is owned by the main
window and handed to every screen (no module-level singleton).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore

from praktijkdesk.domain.people import Person
from praktijkdesk.services.changes import Changes

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk


class DeskEvents(QtCore.QObject):
    changed = QtCore.Signal(object)  # Changes
    person_changed = QtCore.Signal(object)  # Person or None

    def __init__(self, desk: Desk | None = None, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self.desk = None
        self.person: Person | None = None
        if desk is not None:
            self.attach(desk)

    def attach(self, desk: Desk) -> None:
        """Hear the Desk's changes (at start the picker shows names before the Desk opens)."""
        self.desk = desk
        desk.subscribe(self._on_desk_changed)

    def _on_desk_changed(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def set_person(self, person: Person | None) -> None:
        self.person = person
        self.person_changed.emit(person)
