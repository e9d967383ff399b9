"""Shared plumbing for services: the desk they serve, ids, time, and one-action transactions."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

from praktijkdesk.clock import to_iso
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage.database import write

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.storage.database import Database


def new_id() -> str:
    return str(uuid.uuid4())


class Service:
    def __init__(self, desk: Desk):
        self.desk = desk

    @property
    def db(self) -> Database:
        return self.desk.db

    def now(self) -> str:
        return to_iso(self.desk.clock.now_utc())

    def today(self) -> str:
        return self.desk.clock.now_utc().astimezone().date().isoformat()

    @contextlib.contextmanager
    def action(self, changes: Changes) -> Iterator[None]:
        """One user action: one transaction; listeners hear of it only after the commit."""
        with write(self.db):
            yield
        self.desk.notify(changes)
