"""Shared plumbing for services: the database, the clock, ids, and one-action transactions.

A service gets what it needs as constructor arguments (the Desk builds every service once, in
one step); it never reaches back into the Desk. Other services it calls are passed in too.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from praktijkdesk.clock import to_iso
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage.database import write
from praktijkdesk.storage.settings import get_setting, set_setting

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.storage.database import Database

# Hears what a committed action changed (the Desk's notify: screens refresh from it).
Notifier = Callable[[Changes], None]
# This device's id (read when needed: the Desk owns it).
DeviceIdProvider = Callable[[], str]


def new_id() -> str:
    return str(uuid.uuid4())


class Service:
    def __init__(self, *, db: Database, clock: Clock, notify: Notifier) -> None:
        self._db = db
        self.clock = clock
        self._notify = notify

    @property
    def db(self) -> Database:
        return self._db

    def now(self) -> str:
        return to_iso(self.clock.now_utc())

    def today(self) -> str:
        return self.clock.now_utc().astimezone().date().isoformat()

    @contextlib.contextmanager
    def action(self, changes: Changes) -> Iterator[None]:
        """One user action: one transaction; listeners hear of it only after the commit."""
        with write(self.db):
            yield
        self._notify(changes)

    def forget_cached(self) -> None:
        """Drop whatever this service keeps in memory (the database content was replaced)."""

    # Settings (the same rows Desk.setting reads) -----------------------------------------
    def _setting(self, key: str, default: str | None = None) -> str | None:
        return get_setting(self.db, key, default)

    def _store_setting(self, key: str, value: str | None) -> None:
        with self.action(Changes(settings=True)):
            set_setting(self.db, key, value)
