"""Opening the SQLite file the one safe way, and mapping SQLite faults to Dutch errors."""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from praktijkdesk.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DataFolderUnusable,
    DiskFull,
    UserError,
)
from praktijkdesk.platform import fsync_dir as _fsync_dir

SQLITE_HEADER = b"SQLite format 3\x00"
# How long SQLite itself waits for another writer (PRAGMA busy_timeout), per attempt.
# (PRAKTIJKDESK_BUSY_TIMEOUT_MS: for tests that need a short wait.)
BUSY_TIMEOUT_MS = int(os.environ.get("PRAKTIJKDESK_BUSY_TIMEOUT_MS", "") or 5000)
BUSY_MESSAGE = (
    "De gegevens zijn bezet: een ander programma (een tweede venster of een opdracht) slaat "
    "net iets op. Uw laatste keuze is nog niet opgeslagen. Probeer het zo opnieuw."
)
_savepoints = itertools.count(1)  # names only need to differ among open savepoints
# WAL checkpoints off the tap (issue #18). SQLite's default copies the log into the database
# inside the commit that crosses 1000 pages: at 2M marks that commit took 10-15 ms instead
# of ~1. The app checkpoints when idle (``checkpoint_when_idle``: the GUI a few seconds after
# the last change, the command line when it closes); this bound only keeps the log from
# growing without end when nothing is ever idle (a long import, a busy second program).
WAL_AUTOCHECKPOINT_PAGES = 4000  # × 4 KiB pages: a 16 MB log, ~400 taps without a quiet moment


class Database:
    """The open database: ``execute``, ``atomic`` (one transaction; nested blocks become
    savepoints) and ``conn``, the same calls and semantics as sqlite-utils' Database.

    Our own few lines instead of sqlite-utils' class: importing sqlite-utils pulls in click,
    pluggy, dateutil and, where installed, numpy — 150–600 ms before the first names could
    show. Any other sqlite-utils call (``db["table"]``, ``db.query``) still works: it goes to a
    sqlite-utils Database over the same connection, imported on first use.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        # sqlite-utils' default, kept: triggers that fire triggers (the revision bump).
        conn.execute("PRAGMA recursive_triggers=on")
        self._full: Any = None

    def execute(
        self, sql: str, parameters: Sequence | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.conn.executescript(sql)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; inside one already open, a savepoint that rolls back alone."""
        if self.conn.in_transaction:
            savepoint = f"praktijkdesk_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) in a trigger ends the whole transaction, savepoints
                # included: cleaning up then would hide the real error.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def table_names(self) -> list[str]:
        return [
            r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]

    def close(self) -> None:
        self.conn.close()

    # Everything else: sqlite-utils, loaded only when something asks for it ----------------
    def _sqlite_utils(self) -> Any:
        if self._full is None:
            from sqlite_utils import Database as Full

            self._full = Full(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._full

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_full", "conn"):
            raise AttributeError(name)
        return getattr(self._sqlite_utils(), name)

    def __getitem__(self, table: str) -> Any:
        return self._sqlite_utils()[table]


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with our pragmas set before any transaction can begin.

    isolation_level=None: the driver never opens transactions behind our back; every
    write goes through ``write()`` (BEGIN … COMMIT), so one user action is one transaction.
    """
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    # PRAGMA foreign_keys inside a transaction is silently ignored: set it first.
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # 32 MB page cache instead of 2 MB: lists read current marks of many trajectories at once.
    # (No mmap: a pulled USB stick would turn a read error into SIGBUS instead of a message.)
    conn.execute("PRAGMA cache_size=-32768")
    if not readonly:
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit that returned is on disk, even after a power cut (WAL's NORMAL is not).
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    return conn


def checkpoint_when_idle(db: Database) -> tuple[int, int, int] | None:
    """A PASSIVE checkpoint: copy what no reader still needs from the log into the database.
    Never waits for a lock and never blocks another writer; a later one finishes the rest.
    Returns SQLite's (busy, log frames, frames copied), None inside a transaction."""
    try:
        if db.conn.in_transaction:
            return None
        row = db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error:  # closed already, or a fault: housekeeping never raises
        return None
    return (row[0], row[1], row[2]) if row else None


def open_database(path: Path | str) -> Database:
    """Open (creating if absent) the database file; refuse one that is not SQLite at all."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise DatabaseDamaged(
                    f"Het bestand {path.name} is geen praktijkdesk-database of is beschadigd."
                )
    try:
        conn = connect(path)
    except UnicodeDecodeError as exc:
        # SQLite's own message about a damaged schema, with the damaged bytes in it.
        raise DatabaseDamaged(
            f"Het bestand {path.name} is beschadigd (de beschrijving van de tabellen is onleesbaar)."
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc
    db = Database(conn)
    _remember_file(db, path)
    return db


def _remember_file(db: Database, path: Path) -> None:
    """Which file this is (device + inode), to notice when it vanishes under us."""
    try:
        found = os.stat(path)
        db._praktijkdesk_file = (path, found.st_dev, found.st_ino)
    except OSError:
        db._praktijkdesk_file = None


def _check_still_there(db: Database) -> None:
    """A deleted or moved data folder (Linux, macOS) does not stop SQLite in WAL mode: it
    writes on into files that no longer have a name, and all is lost at close. Refuse instead."""
    known = getattr(db, "_praktijkdesk_file", None)
    if not known:
        return
    path, device, inode = known
    try:
        found = os.stat(path)
    except OSError:
        found = None
    if found is None or (found.st_dev, found.st_ino) != (device, inode):
        raise DataFolderUnusable(
            f"De gegevensmap is niet meer bereikbaar ({path.parent}). Is de USB-stick eruit "
            "gehaald of is de map verplaatst? De laatste wijziging is niet opgeslagen."
        )


@contextlib.contextmanager
def write(db: Database) -> Iterator[Database]:
    """One user action = one transaction; SQLite faults become Dutch errors, nothing half done.

    The transaction starts with BEGIN IMMEDIATE: it takes the write lock first, waiting up to
    the busy timeout for another writer (the app beside a command line, two command lines).
    A deferred BEGIN would read first and then fail at once with "database is locked" when
    another process committed in between (SQLite cannot wait for that: the snapshot is stale).
    Nested use becomes a savepoint inside the caller's transaction.
    """
    _check_still_there(db)
    conn = db.conn
    if conn.in_transaction:
        try:
            with db.atomic():
                yield db
        except sqlite3.Error as exc:
            raise translate_error(exc, None) from exc
        return
    try:
        begin_immediate(conn)
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise translate_error(exc, None) from exc
    # Committed, but into a file that is still there? Only then is it saved.
    _check_still_there(db)


def begin_immediate(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE under the busy timeout; DatabaseBusy when another writer kept the lock
    longer than that (nothing has happened yet, so the caller may simply try again)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise DatabaseBusy(BUSY_MESSAGE) from exc
        raise


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and (
        "database is locked" in text
        or "database table is locked" in text
        or "database is busy" in text
    )


def translate_error(
    exc: BaseException, path: Path | None, *, writing: bool | None = None
) -> Exception:
    """Map a low-level fault to the Dutch error the user should see; others pass through.

    ``writing``: a change was being saved (then "not saved" is the truth); otherwise the data
    was being opened or read, and nothing was changed. Defaults to writing when no path is
    given (write() passes none).
    """
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if writing is None:
        writing = path is None
    if isinstance(exc, UserError):
        return exc
    if is_busy(exc):
        return DatabaseBusy(BUSY_MESSAGE)
    lost = "De laatste wijziging is niet opgeslagen." if writing else "Er is niets veranderd."
    full = (
        isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "database or disk is full" in text
    )
    if (
        not full
        and not writing
        and path is not None
        and ("disk i/o error" in text or "unable to open" in text)
    ):
        full = _disk_nearly_full(Path(path).parent)
    if full:
        if writing:
            return DiskFull(
                "De schijf is vol: de laatste wijziging is niet opgeslagen. "
                "Maak ruimte vrij en probeer het opnieuw. Wat al opgeslagen was, blijft bewaard."
            )
        return DiskFull(
            f"De schijf is vol{where}. Maak ruimte vrij en probeer het opnieuw. Er is niets "
            "veranderd; wat opgeslagen was, blijft bewaard."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DataFolderUnusable(
            f"De gegevensmap kan niet worden beschreven{where}. Is de USB-stick eruit gehaald "
            f"of is de map alleen-lezen? {lost}"
        )
    if "disk i/o error" in text:
        return DataFolderUnusable(f"De gegevensmap is niet meer bereikbaar{where}. {lost}")
    if isinstance(exc, UnicodeDecodeError) or "could not decode" in text:
        return DatabaseDamaged(
            f"De database is beschadigd{where}: een tekst is onleesbaar. Zet een reservekopie "
            "terug (praktijkdesk backups)."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseDamaged(
            f"De database is beschadigd{where}. Zet een reservekopie terug (praktijkdesk backups)."
        )
    return exc


def _disk_nearly_full(folder: Path) -> bool:
    """SQLite says "disk I/O error" when it cannot create its -shm file on a full disk."""
    import shutil

    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX); a no-op where directories cannot be opened."""
    _fsync_dir(path, strict=True)
