"""Opening the SQLite file the one safe way, and mapping SQLite faults to Dutch errors."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from praktijkdesk.errors import DatabaseDamaged, DataFolderUnusable, DiskFull
from praktijkdesk.platform import fsync_dir as _fsync_dir

SQLITE_HEADER = b"SQLite format 3\x00"


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
    conn.execute("PRAGMA busy_timeout=5000")
    # 32 MB page cache instead of 2 MB: lists read current marks of many trajectories at once.
    # (No mmap: a pulled USB stick would turn a read error into SIGBUS instead of a message.)
    conn.execute("PRAGMA cache_size=-32768")
    if not readonly:
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit that returned is on disk, even after a power cut (WAL's NORMAL is not).
        conn.execute("PRAGMA synchronous=FULL")
    return conn


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
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc
    db = Database(conn, execute_plugins=False)
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
    """One user action = one transaction; SQLite faults become Dutch errors, nothing half done."""
    _check_still_there(db)
    try:
        with db.atomic():
            yield db
    except sqlite3.Error as exc:
        raise translate_error(exc, None) from exc
    # Committed, but into a file that is still there? Only then is it saved.
    _check_still_there(db)


def translate_error(exc: BaseException, path: Path | None) -> Exception:
    """Map a low-level fault to the Dutch error the user should see; others pass through."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "database or disk is full" in text:
        return DiskFull(
            "De schijf is vol: de laatste wijziging is niet opgeslagen. "
            "Maak ruimte vrij en probeer het opnieuw. Wat al opgeslagen was, blijft bewaard."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DataFolderUnusable(
            f"De gegevensmap kan niet worden beschreven{where}. Is de USB-stick eruit gehaald "
            "of is de map alleen-lezen? De laatste wijziging is niet opgeslagen."
        )
    if "disk i/o error" in text:
        return DataFolderUnusable(
            f"De gegevensmap is niet meer bereikbaar{where}. De laatste wijziging is niet opgeslagen."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseDamaged(
            f"De database is beschadigd{where}. Zet een reservekopie terug (praktijkdesk backups)."
        )
    return exc


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX); a no-op where directories cannot be opened."""
    _fsync_dir(path, strict=True)
