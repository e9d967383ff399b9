"""The Desk: the one object the command line and the GUI hold.

It owns the open database, the clock, this device's id and the backups, and exposes the
use cases as services (desk.people, desk.guides, desk.trajectories, desk.marking, ...).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from praktijkdesk.clock import Clock, SystemClock
from praktijkdesk.paths import DATABASE_NAME, ensure_data_dir
from praktijkdesk.services.changes import Changes
from praktijkdesk.services.demo import DemoService
from praktijkdesk.services.exchange import ExchangeService
from praktijkdesk.services.guides import GuideService
from praktijkdesk.services.marking import MarkingService
from praktijkdesk.services.people import PeopleService
from praktijkdesk.services.trajectories import TrajectoryService
from praktijkdesk.storage import backup as backup_store
from praktijkdesk.storage.database import open_database, write
from praktijkdesk.storage.migrations import migrate, pending_steps
from praktijkdesk.storage.settings import get_setting, set_setting

BACKUP_FOLDER = "backups"


class Desk:
    def __init__(self, data_dir: Path, db, clock: Clock):
        self.data_dir = data_dir
        self.db = db
        self.clock = clock
        self._listeners: list[Callable[[Changes], None]] = []
        self.people = PeopleService(self)
        self.guides = GuideService(self)
        self.trajectories = TrajectoryService(self)
        self.marking = MarkingService(self)
        self.demo = DemoService(self)
        self.exchange = ExchangeService(self)
        self.device_id = self._device_id()

    @classmethod
    def open(cls, data_dir: str | Path, *, clock: Clock | None = None) -> Desk:
        data_dir = ensure_data_dir(Path(data_dir))
        path = data_dir / DATABASE_NAME
        db = open_database(path)
        desk = cls.__new__(cls)
        desk.data_dir, desk.db, desk.clock = data_dir, db, clock or SystemClock()
        if pending_steps(db):
            migrate(db, before_step=lambda current, target: desk.backup_before(f"schema{current}"))
        cls.__init__(desk, data_dir, db, desk.clock)
        desk.guides.ensure_bundled()
        return desk

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_FOLDER

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # Change notification -----------------------------------------------------------------
    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    # Settings ----------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        return get_setting(self.db, key, default)

    def set_setting(self, key: str, value: str | None) -> None:
        with write(self.db):
            set_setting(self.db, key, value)
        self.notify(Changes(settings=True))

    def _device_id(self) -> str:
        device = get_setting(self.db, "device_id")
        if device is None:
            device = str(uuid.uuid4())
            with write(self.db):
                set_setting(self.db, "device_id", device)
        return device

    # Backups -----------------------------------------------------------------------------
    def backup(self, reason: str = "handmatig", target: Path | None = None) -> Path:
        name = backup_store.backup_name(self.clock.now_utc(), reason)
        return backup_store.copy_database(self.db.conn, target or self.backup_dir / name)

    def backup_before(self, reason: str) -> Path | None:
        """A forced backup before a risky operation (migration, import)."""
        return self.backup(reason)
