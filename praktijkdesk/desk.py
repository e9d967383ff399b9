"""The Desk: the one object the command line and the GUI hold.

It owns the open database, the clock, this device's id and the backups, and exposes the
use cases as services (desk.people, desk.guides, desk.trajectories, desk.marking, ...).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from praktijkdesk.clock import Clock, SystemClock
from praktijkdesk.data_folder import refuse_unsafe
from praktijkdesk.errors import DatabaseDamaged, UserError
from praktijkdesk.paths import DATABASE_NAME, data_folder_warning, ensure_data_dir
from praktijkdesk.services.attention import AttentionService
from praktijkdesk.services.backups import (
    BACKUP_FOLDER,
    BackupEntry,
    BackupService,
    RestoreResult,
    damage_behind,
    diagnose_damage,
    list_entries,
    open_checked,
    restore_into_folder,
)
from praktijkdesk.services.base import Service
from praktijkdesk.services.candidate_view import CandidateViewService
from praktijkdesk.services.changes import Changes
from praktijkdesk.services.declarations import DeclarationService
from praktijkdesk.services.demo import DemoService
from praktijkdesk.services.exchange import ExchangeService
from praktijkdesk.services.guide_variants import GuideVariantService
from praktijkdesk.services.guides import GuideService
from praktijkdesk.services.marking import MarkingService
from praktijkdesk.services.people import PeopleService
from praktijkdesk.services.privacy import PrivacyService
from praktijkdesk.services.reports import ReportService
from praktijkdesk.services.schools import SchoolService
from praktijkdesk.services.trajectories import TrajectoryService
from praktijkdesk.services.trajectory_migrations import MigrationService
from praktijkdesk.storage.database import Database, checkpoint_when_idle, write
from praktijkdesk.storage.integrity import integrity_problems
from praktijkdesk.storage.migrations import migrate, pending_steps, schema_version
from praktijkdesk.storage.settings import get_setting, set_setting

# For the command line and the app's last-resort error handler, which reach the engine only
# through the Desk: is a fault really a damaged file? (the DatabaseDamaged to show, or None)
__all__ = ["Desk", "damage_behind", "diagnose_damage"]


class Desk:
    """Built in one step: the database is migrated, then every service is made once, with
    what it needs passed in. Reopen and restore keep these same objects, so a screen that
    holds ``desk.marking`` may go on using it after a restore."""

    def __init__(self, data_dir: Path, db: Database, clock: Clock) -> None:
        self.data_dir = data_dir
        self.db = db
        self.clock = clock
        self._listeners: list[Callable[[Changes], None]] = []
        # Things the user should hear about but that did not stop the start (a failed backup).
        self.warnings: list[str] = []
        self.backups = BackupService(db=db, clock=clock, data_dir=data_dir)
        self._migrate()  # a backup first (above), then the schema; then the services read it
        self.device_id = self._device_id()
        basics = {"db": db, "clock": clock, "notify": self.notify}
        device = self._current_device_id
        self.schools = SchoolService(**basics)
        self.people = PeopleService(**basics, schools=self.schools)
        self.guides = GuideService(**basics, data_dir=data_dir, backups=self.backups)
        self.trajectories = TrajectoryService(
            **basics, people=self.people, schools=self.schools, guides=self.guides
        )
        self.declarations = DeclarationService(
            **basics,
            data_dir=data_dir,
            device_id=device,
            people=self.people,
            schools=self.schools,
            guides=self.guides,
            trajectories=self.trajectories,
        )
        self.demo = DemoService(**basics, guides=self.guides)
        self.exchange = ExchangeService(
            **basics,
            data_dir=data_dir,
            device_id=device,
            warnings=self.warnings,
            backups=self.backups,
            people=self.people,
            guides=self.guides,
            trajectories=self.trajectories,
        )
        self.marking = MarkingService(
            **basics,
            device_id=device,
            people=self.people,
            guides=self.guides,
            trajectories=self.trajectories,
            declarations=self.declarations,
            exchange=self.exchange,
        )
        self.reports = ReportService(
            **basics, trajectories=self.trajectories, declarations=self.declarations
        )
        self.privacy = PrivacyService(
            **basics,
            device_id=device,
            backups=self.backups,
            people=self.people,
            guides=self.guides,
            trajectories=self.trajectories,
            exchange=self.exchange,
        )
        self.attention = AttentionService(**basics, exchange=self.exchange)
        # An employer's own guide version and moving a trajectory to another version (#15).
        self.guide_variants = GuideVariantService(**basics, guides=self.guides)
        self.migrations = MigrationService(**basics, device_id=device, guides=self.guides)
        self.candidate_view = CandidateViewService(
            **basics, device_id=device, trajectories=self.trajectories, guides=self.guides
        )

    def _current_device_id(self) -> str:
        return self.device_id

    def _services(self) -> tuple[Service | BackupService, ...]:
        return (
            self.backups,
            self.schools,
            self.people,
            self.guides,
            self.trajectories,
            self.declarations,
            self.marking,
            self.demo,
            self.exchange,
            self.reports,
            self.privacy,
            self.attention,
            self.guide_variants,
            self.migrations,
            self.candidate_view,
        )

    @classmethod
    def open(
        cls, data_dir: str | Path, *, clock: Clock | None = None, daily_backup: bool = True
    ) -> Desk:
        """Open the data folder: refuse a sync/network folder, quick-check the database (a
        damaged one is moved aside and DatabaseDamaged names the newest good backup), back up
        before any migration, and take the day's first backup."""
        refuse_unsafe(data_dir)
        data_dir = ensure_data_dir(Path(data_dir))
        clock = clock or SystemClock()
        db = open_checked(data_dir, clock_now=clock.now_utc())
        try:
            desk = cls(data_dir, db, clock)
            desk.guides.ensure_bundled()
        except BaseException:
            db.conn.close()
            raise
        try:  # an erase that could not empty the file last time (another reader) ends now
            desk.privacy.finish_erasure()
        except UserError:
            pass
        warning = data_folder_warning(data_dir)
        if warning:
            desk.warnings.append(warning)
        if daily_backup:
            try:
                desk.backups.daily_backup_if_due()
            except UserError as exc:  # a full disk must not keep the user from their data
                desk.warnings.append(exc.message)
        clock = desk.exchange.clock_warning()  # "De klok van deze computer loopt 1 dag achter …"
        if clock:
            desk.warnings.append(clock)
        return desk

    def _migrate(self) -> None:
        if pending_steps(self.db):
            # One backup of the file as the user had it, before the first step (a brand-new
            # file has nothing to lose). Not one per step: with many steps, the backups' own
            # rotation would throw away the one that matters, the version before the upgrade.
            version = schema_version(self.db)
            if version != 0:
                self.backup_before(f"schema{version}")
            migrate(self.db)

    def reopen(self) -> None:
        """After the database content was replaced in place (a restore): migrate, forget every
        cache, keep this device's id, and tell the listeners that everything changed. The
        services stay the same objects."""
        self._migrate()
        for service in self._services():
            service.forget_cached()
        if get_setting(self.db, "device_id") != self.device_id:
            with write(self.db):
                set_setting(self.db, "device_id", self.device_id)
        self.guides.ensure_bundled()
        self.notify(Changes.everything())

    def restore_backup(self, source: str | Path) -> RestoreResult:
        """Put a backup's content in place of the current data (the current state is backed up
        first), then reopen: every screen hears Changes.everything()."""
        result = self.backups.replace_content(source)
        self.reopen()
        return result

    @classmethod
    def restore(cls, data_dir: str | Path, backup: str | Path) -> RestoreResult:
        """Restore ``backup`` into ``data_dir``, whether or not the database there opens.

        Opens: the current state is backed up first, then replaced in one transaction.
        Damaged or missing (moved aside by the check on opening): the backup is copied into
        place. Either way the folder opens afterwards (and is migrated if needed).
        """
        try:
            desk = cls.open(data_dir, daily_backup=False)
        except DatabaseDamaged as exc:
            result = restore_into_folder(Path(data_dir), backup)
            moved = getattr(exc, "moved_to", None) or result.moved_aside
            result = RestoreResult(result.restored, None, moved)
            cls.open(data_dir, daily_backup=False).close()
            return result
        with desk:
            return desk.restore_backup(backup)

    @staticmethod
    def backups_in(data_dir: str | Path) -> list[BackupEntry]:
        """The backups of a folder whose database does not open (newest first)."""
        return list_entries(Path(data_dir) / BACKUP_FOLDER)

    def integrity_problems(self) -> list[str]:
        """The full integrity check of ``praktijkdesk check`` (empty when all is well)."""
        return integrity_problems(self.db)

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_FOLDER

    def idle(self) -> None:
        """Housekeeping for a quiet moment (the GUI calls it after a few seconds without
        changes): the WAL checkpoint that would otherwise land on a tap (issue #18)."""
        checkpoint_when_idle(self.db)

    def close(self) -> None:
        # The command line's checkpoint at exit, also when the app keeps the file open.
        checkpoint_when_idle(self.db)
        self.db.conn.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Change notification -----------------------------------------------------------------
    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def transaction(self) -> AbstractContextManager[None]:
        """One transaction around several service calls (each becomes a savepoint): a command
        that writes several records stores all of them or none."""
        return write(self.db)

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

    # Backups (desk.backups has the rest) -------------------------------------------------
    def backup(self, reason: str = "handmatig", target: Path | None = None) -> Path:
        entry = self.backups.backup_to(target) if target else self.backups.backup_now(reason)
        return entry.path

    def backup_before(self, reason: str) -> Path | None:
        """A forced backup before a risky operation (migration, import)."""
        return self.backups.backup_before(reason).path
