"""Reservekopieën as the user meets them: make, list (with what each holds), thin, restore.

And opening the data safely: a quick check on start; a damaged, empty or missing database is
never replaced silently by an empty one. A damaged file is moved aside (never deleted or
overwritten) and DatabaseDamaged names the newest good backup and how to restore it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from praktijkdesk.data_folder import held_by_another_process
from praktijkdesk.errors import (
    DatabaseDamaged,
    DataFolderUnusable,
    InvalidInput,
    NewerDatabase,
    os_reason,
)
from praktijkdesk.paths import DATABASE_NAME
from praktijkdesk.platform import replace
from praktijkdesk.storage import backup as store
from praktijkdesk.storage.database import fsync_dir, open_database, translate_error
from praktijkdesk.storage.migrations import LATEST_VERSION

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.storage.database import Database

BACKUP_FOLDER = "backups"
DAMAGED_SUFFIX = ".beschadigd-"
SIDE_FILES = ("-wal", "-shm", "-journal")

REASONS = {
    "dagelijks": "dagelijkse reservekopie",
    "handmatig": "zelf gemaakt",
    "automatisch": "automatisch",
    "afsluiten": "bij het afsluiten",
    "voor-terugzetten": "vlak voor het terugzetten van een andere reservekopie",
    "guide-import": "vóór het inlezen van een begeleidingsdocument",
    "bundle-import": "vóór het inlezen van een uitwisselbestand",
}
_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def describe_moment(moment: dt.datetime) -> str:
    """'dinsdag 3 maart 2026, 09:15' in this computer's time zone (no locale needed)."""
    local = moment.astimezone()
    return (
        f"{_WEEKDAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year}, "
        f"{local:%H:%M}"
    )


def reason_text(reason: str) -> str:
    if reason.startswith("schema"):
        return "vóór het bijwerken van de database naar een nieuwe versie"
    base = reason.rsplit("-", 1)[0] if reason.rsplit("-", 1)[-1].isdigit() else reason
    return REASONS.get(base, base or "reservekopie")


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


@dataclass(frozen=True)
class BackupEntry:
    """One backup file, with what it holds (None when it could not be read)."""

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int
    contents: store.BackupContents | None

    @property
    def readable(self) -> bool:
        return self.contents is not None

    def when(self) -> str:
        return describe_moment(self.taken_at)

    def holds(self) -> str:
        c = self.contents
        if c is None:
            return "onleesbaar"
        return ", ".join(
            [
                _plural(c.candidates, "kandidaat", "kandidaten"),
                _plural(c.trajectories, "traject", "trajecten"),
                _plural(c.marks, "beoordeling", "beoordelingen"),
            ]
        )

    def describe(self) -> str:
        return f"{self.when()} ({reason_text(self.reason)}): {self.holds()}"

    def as_dict(self) -> dict:
        c = self.contents
        return {
            "file": str(self.path),
            "taken_at": self.taken_at.isoformat(),
            "reason": self.reason,
            "size": self.size,
            "readable": c is not None,
            "candidates": c.candidates if c else None,
            "trajectories": c.trajectories if c else None,
            "marks": c.marks if c else None,
            "last_mark_at": c.last_mark_at if c else None,
            "schema_version": c.schema_version if c else None,
        }


def entry_for(path: Path, info: store.BackupInfo | None = None) -> BackupEntry:
    path = Path(path)
    if info is None:
        parsed = store.parse_backup_name(path)
        taken_at = (
            parsed[0]
            if parsed
            else dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc)
        )
        info = store.BackupInfo(path, taken_at, parsed[1] if parsed else "", path.stat().st_size)
    try:
        contents = store.read_contents(path) if store.has_sqlite_header(path) else None
    except sqlite3.Error:
        contents = None
    return BackupEntry(info.path, info.taken_at, info.reason, info.size, contents)


def list_entries(folder: Path) -> list[BackupEntry]:
    """The backups in ``folder``, newest first, each with what it holds."""
    return [entry_for(info.path, info) for info in store.list_backups(folder)]


def newest_good_backup(folder: Path) -> BackupEntry | None:
    """The newest backup that passes a quick check and this version can open."""
    for info in store.list_backups(folder):
        if store.verify_backup(info.path) is None:
            entry = entry_for(info.path, info)
            if entry.contents and entry.contents.schema_version <= LATEST_VERSION:
                return entry
    return None


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupEntry
    safety: BackupEntry | None  # the backup of the state just before, or None
    moved_aside: Path | None = None  # a damaged file that was set aside earlier

    def describe(self) -> str:
        lines = [f"Teruggezet: de reservekopie van {self.restored.describe()}."]
        if self.safety is not None:
            lines.append(f"De gegevens van vlak daarvoor staan in {self.safety.path}.")
        return "\n".join(lines)


def checked_source(source: str | os.PathLike, folder: Path) -> BackupEntry:
    """A backup the user named (a path, or a file name in the backups folder), verified."""
    path = Path(source).expanduser()
    if not path.exists() and (folder / path.name).exists() and path.parent == Path("."):
        path = folder / path.name
    if not path.is_file():
        raise InvalidInput(f"De reservekopie {source} bestaat niet.")
    problem = store.verify_backup(path)
    if problem is not None:
        raise InvalidInput(
            f"{path.name} kan niet worden teruggezet: {problem}. Kies een andere reservekopie "
            "(praktijkdesk backups toont ze)."
        )
    entry = entry_for(path)
    if entry.contents is None:
        raise InvalidInput(f"{path.name} kan niet worden gelezen. Kies een andere reservekopie.")
    if entry.contents.schema_version > LATEST_VERSION:
        raise NewerDatabase(
            f"De reservekopie {path.name} is gemaakt met een nieuwere versie van praktijkdesk. "
            "Installeer de nieuwste versie om hem terug te zetten; er is niets veranderd."
        )
    return entry


class BackupService:
    """desk.backups: every backup goes through here, so thinning and naming are one rule."""

    def __init__(
        self, *, db: Database, clock: Clock, data_dir: Path, rotation: store.Rotation | None = None
    ) -> None:
        self._db = db
        self.clock = clock
        self._data_dir = data_dir
        self.rotation = rotation or store.Rotation()

    @property
    def db(self) -> Database:
        return self._db

    @property
    def folder(self) -> Path:
        return self._data_dir / BACKUP_FOLDER

    @property
    def _database_path(self) -> Path:
        return self._data_dir / DATABASE_NAME

    def forget_cached(self) -> None:
        """Nothing kept in memory (the same call as every service's, for Desk.reopen)."""

    # Making ------------------------------------------------------------------------------
    def backup_now(self, reason: str = "handmatig", *, thin: bool = True) -> BackupEntry:
        """A verified backup in the backups folder; then thin the old ones."""
        moment = self.clock.now_utc()
        path = self.folder / store.backup_name(moment, reason)
        number = 1
        while path.exists():  # two backups in the same microsecond (a stopped test clock)
            number += 1
            path = self.folder / store.backup_name(moment, f"{reason}-{number}")
        # The folder is made 0700 when copy_database makes it; an existing one is left alone.
        store.copy_database(self.db.conn, path, overwrite=False)
        if thin:
            self.thin()
        return entry_for(path)

    def backup_before(self, reason: str) -> BackupEntry:
        """Forced before a risky operation (migration, import); it fails loudly, so the
        operation does not run without one."""
        return self.backup_now(reason)

    def backup_to(self, target: str | os.PathLike, *, overwrite: bool = False) -> BackupEntry:
        """A backup at a place the user chose (a USB stick, a cloud folder: that is fine).

        An existing file is replaced only with ``overwrite`` (--force); never a symlink,
        folder or device, and never the database itself."""
        if not str(target).strip():
            raise InvalidInput("Geef een bestandsnaam voor de reservekopie.")
        target = Path(target).expanduser()
        if target.is_dir() and not target.is_symlink():
            target = target / store.backup_name(self.clock.now_utc(), "handmatig")
        if target.exists() and target.resolve() == self._database_path.resolve():
            raise InvalidInput("Een reservekopie kan niet over de database zelf heen.")
        if not target.parent.is_dir():
            raise InvalidInput(f"De map {target.parent} bestaat niet.")
        store.copy_database(self.db.conn, target, overwrite=overwrite)
        return entry_for(target)

    def changed_since_last_backup(self) -> bool:
        infos = store.list_backups(self.folder)
        if not infos:
            return True
        try:
            backup = store.open_readonly(infos[0].path)
            try:
                before = store.fingerprint(backup)
            finally:
                backup.close()
        except sqlite3.Error:
            return True
        return before != store.fingerprint(self.db.conn)

    def daily_backup_if_due(self) -> BackupEntry | None:
        """At the first start of a day: a backup, unless one was made today or nothing changed."""
        today = self.clock.now_utc().astimezone().date()
        infos = store.list_backups(self.folder)
        if any(info.taken_at.astimezone().date() == today for info in infos):
            return None
        if not self.changed_since_last_backup():
            return None
        return self.backup_now("dagelijks")

    def backup_if_changed(self, reason: str = "automatisch") -> BackupEntry | None:
        """For the app's timer and for closing: a backup only when something changed."""
        return self.backup_now(reason) if self.changed_since_last_backup() else None

    def thin(self) -> list[Path]:
        """Delete the backups the rotation no longer keeps; returns what went."""
        removed = []
        for info in store.backups_to_remove(store.list_backups(self.folder), self.rotation):
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError:
                pass  # a backup that cannot go now goes next time
        for leftover in self.folder.glob(f"{store.BACKUP_PREFIX}*.tmp"):
            leftover.unlink(missing_ok=True)  # half a copy from a crash: never a backup
        return removed

    # Looking -----------------------------------------------------------------------------
    def list(self) -> list[BackupEntry]:
        return list_entries(self.folder)

    def newest_good(self) -> BackupEntry | None:
        return newest_good_backup(self.folder)

    # Restoring ---------------------------------------------------------------------------
    def replace_content(self, source: str | os.PathLike) -> RestoreResult:
        """Put a backup's content in place of the current data, after backing the current up.

        Through the online backup API into the open connection: one transaction, so other
        connections stay valid and a crash leaves the old data (see storage.backup.restore_into).
        Only the content: Desk.restore_backup calls this and then reopens (migrate, forget
        caches, tell every screen), so use that one.
        """
        entry = checked_source(source, self.folder)
        if entry.path.resolve() == self._database_path.resolve():
            raise InvalidInput("Dat is de database zelf, geen reservekopie.")
        # Not thinned now: thinning must not take the very backup being restored.
        safety = self.backup_now("voor-terugzetten", thin=False)
        try:
            store.restore_into(entry.path, self.db.conn)
        except sqlite3.Error as exc:
            raise translate_error(exc, self._database_path) from exc
        return RestoreResult(entry, safety)


# --- opening safely -----------------------------------------------------------------------
def _has_tables(db: Database) -> bool:
    return db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def open_checked(data_dir: Path, *, clock_now: dt.datetime | None = None) -> Database:
    """Open ``data_dir``'s database after a quick check; never hand out an empty stand-in.

    - not SQLite, truncated, garbled (quick_check fails) → moved aside, DatabaseDamaged
    - empty (0 bytes or no tables) while a good backup exists → moved aside, DatabaseDamaged
    - missing while a good backup exists → DatabaseDamaged (code database_missing)
    - missing or empty with no good backup → a new database (a first start)
    """
    path = data_dir / DATABASE_NAME
    folder = data_dir / BACKUP_FOLDER
    exists = path.exists() or Path(f"{path}-wal").exists()
    if not exists:
        good = newest_good_backup(folder)
        if good is not None:
            raise _damaged(
                data_dir, "het databasebestand ontbreekt", None, good, code="database_missing"
            )
        db = open_database(path)
        _make_private(path)
        return db
    if path.exists() and path.stat().st_size > 0 and not store.has_sqlite_header(path):
        _refuse_damaged(data_dir, "het is geen SQLite-database", clock_now)
    wal = Path(f"{path}-wal")
    if (
        path.exists()
        and path.stat().st_size == 0
        and not (wal.exists() and wal.stat().st_size)
        and newest_good_backup(folder) is not None
    ):
        # Decided before opening: opening would write a header into the empty file.
        _refuse_damaged(data_dir, "de database is leeg", clock_now)
    try:
        db = open_database(path)
    except DatabaseDamaged:
        _refuse_damaged(data_dir, "het bestand is beschadigd", clock_now)
    problem = None
    try:
        result = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            problem = "de controle vond fouten"
        elif not _has_tables(db) and newest_good_backup(folder) is not None:
            problem = "de database is leeg"
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        translated = translate_error(exc, path)
        if not isinstance(translated, DatabaseDamaged):
            db.conn.close()
            raise translated from exc
        problem = "de controle vond fouten"
    if problem is not None:
        db.conn.close()
        _refuse_damaged(data_dir, problem, clock_now)
    _make_private(path)
    return db


def _make_private(path: Path) -> None:
    """The database and its -wal/-shm readable by the user alone (AVG)."""
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm"):
        try:
            os.chmod(f"{path}{suffix}", 0o600)
        except OSError:
            pass  # absent, or not ours to change: the 0700 folder still shields it


def _refuse_damaged(data_dir: Path, problem: str, clock_now: dt.datetime | None) -> None:
    if held_by_another_process(data_dir):
        raise DatabaseDamaged(
            f"De database van praktijkdesk lijkt beschadigd ({problem}), maar praktijkdesk is "
            "nog geopend. Sluit praktijkdesk en probeer het opnieuw; er is niets veranderd."
        )
    moved = move_aside(data_dir, clock_now)
    raise _damaged(data_dir, problem, moved, newest_good_backup(data_dir / BACKUP_FOLDER))


def move_aside(data_dir: Path, now: dt.datetime | None = None) -> Path:
    """Rename the database (and its -wal/-shm) to praktijkdesk.sqlite.beschadigd-<time>."""
    path = data_dir / DATABASE_NAME
    stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}{DAMAGED_SUFFIX}{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}{DAMAGED_SUFFIX}{stamp}-{number}")
    try:
        for suffix in ("", *SIDE_FILES):
            side = Path(f"{path}{suffix}")
            if side.exists():
                replace(side, Path(f"{target}{suffix}"))
        fsync_dir(data_dir)
    except OSError as exc:
        raise DataFolderUnusable(
            f"De database is beschadigd, en kan niet opzij worden gezet in {data_dir} "
            f"({os_reason(exc)}). Er is niets verwijderd."
        ) from exc
    return target


def _damaged(
    data_dir: Path,
    problem: str,
    moved: Path | None,
    backup: BackupEntry | None,
    *,
    code: str | None = None,
) -> DatabaseDamaged:
    if moved is not None:
        lines = [
            f"De database van praktijkdesk is beschadigd ({problem}).",
            f"Het bestand is opzij gezet als {moved.name} in {moved.parent}; er is niets "
            "weggegooid.",
        ]
    else:
        lines = [f"De database van praktijkdesk is niet bruikbaar: {problem} in {data_dir}."]
        earlier = sorted(data_dir.glob(f"{DATABASE_NAME}{DAMAGED_SUFFIX}*[0-9]"))
        if earlier:
            lines.append(f"Een beschadigd bestand is eerder opzij gezet als {earlier[-1].name}.")
    if backup is not None:
        lines.append(f"De nieuwste goede reservekopie is van {backup.describe()}.")
        lines.append(f'Zet die terug met: praktijkdesk restore "{backup.path}"')
    else:
        lines.append(
            "Er is geen goede reservekopie gevonden. Bewaar het opzijgezette bestand en vraag "
            "hulp; bij de volgende start begint praktijkdesk met een lege database."
        )
    error = DatabaseDamaged("\n".join(lines))
    if code:
        error.code = code
    # For the app's dialog: what happened and what it can offer.
    error.moved_to = moved
    error.backup = backup
    error.problem = problem
    error.data_dir = data_dir
    return error


def diagnose_damage(data_dir: Path) -> DatabaseDamaged | None:
    """After an unexpected fault while reading: is the database file damaged? Then the
    DatabaseDamaged to show (the file is kept where it is; the newest good backup named).

    Catches what the quick check at opening cannot: a changed byte inside a name (not UTF-8),
    an index that no longer matches its table, an unknown trigger.
    """
    from praktijkdesk.storage.integrity import file_problems

    path = Path(data_dir) / DATABASE_NAME
    if not path.is_file():
        return None
    problems = file_problems(path)
    if not problems:
        return None
    return damaged_in_place(data_dir, problems)


def damage_behind(data_dir: Path, exc: BaseException) -> DatabaseDamaged | None:
    """For the app's last-resort handler: a fault of the kind a damaged file causes (SQLite's
    own errors, text that cannot be decoded, a lookup that misses) → check the file."""
    if not isinstance(exc, (sqlite3.DatabaseError, UnicodeDecodeError, KeyError, ValueError)):
        return None
    try:
        return diagnose_damage(data_dir)
    except Exception:  # the diagnosis must never hide the original fault
        return None


def damaged_in_place(data_dir: Path, problems: list[str]) -> DatabaseDamaged:
    """DatabaseDamaged for a file that stays where it is (it opened, but holds damage)."""
    path = Path(data_dir) / DATABASE_NAME
    backup = newest_good_backup(Path(data_dir) / BACKUP_FOLDER)
    lines = [
        f"De database van praktijkdesk is beschadigd ({problems[0]}).",
        f"Het bestand is bewaard zoals het is: {path}.",
    ]
    if backup is not None:
        lines.append(f"De nieuwste goede reservekopie is van {backup.describe()}.")
        lines.append(f'Zet die terug met: praktijkdesk restore "{backup.path}"')
    else:
        lines.append("Er is geen goede reservekopie gevonden. Bewaar het bestand en vraag hulp.")
    error = DatabaseDamaged("\n".join(lines))
    error.moved_to = None
    error.backup = backup
    error.problem = problems[0]
    error.data_dir = Path(data_dir)
    error.problems = problems
    return error


def restore_into_folder(data_dir: Path, source: str | os.PathLike) -> RestoreResult:
    """Restore when the database could not be opened (it was moved aside, or is missing).

    Copies the backup (online backup API, verified, fsync'd) to a temporary file beside the
    database and renames it into place. Stale -wal/-shm files are moved aside first: SQLite
    would otherwise replay another file's log onto the restored one.
    """
    data_dir = Path(data_dir)
    path = data_dir / DATABASE_NAME
    entry = checked_source(source, data_dir / BACKUP_FOLDER)
    if held_by_another_process(data_dir):
        raise DataFolderUnusable(
            "praktijkdesk is nog geopend met deze gegevens. Sluit het eerst en zet de "
            "reservekopie dan terug."
        )
    moved = None
    if any(Path(f"{path}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
        moved = move_aside(data_dir)
    source_conn = store.open_readonly(entry.path)
    try:
        store.copy_database(source_conn, path)
    finally:
        source_conn.close()
    fsync_dir(data_dir)
    return RestoreResult(entry, None, moved)
