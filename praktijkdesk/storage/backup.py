"""Backups with SQLite's online backup API: consistent while the app writes, verified after.

Also: what a backup holds (read from the file, read-only), verification, the fingerprint that
tells whether the database changed since a backup, and thinning (daily/weekly/monthly).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import secrets
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from praktijkdesk.errors import DiskFull, UserError, os_reason
from praktijkdesk.platform import check_target, fsync_dir, fsync_file, make_folder, replace
from praktijkdesk.platform.files import rename_no_overwrite
from praktijkdesk.storage.database import SQLITE_HEADER

BACKUP_PREFIX = "praktijkdesk-"
BACKUP_SUFFIX = ".sqlite"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC, from the file name
    reason: str
    size: int


def backup_name(moment: dt.datetime, reason: str) -> str:
    stamp = moment.astimezone(dt.timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    return f"{BACKUP_PREFIX}{stamp}-{reason}{BACKUP_SUFFIX}"


def parse_backup_name(path: Path) -> tuple[dt.datetime, str] | None:
    name = path.name
    if not (name.startswith(BACKUP_PREFIX) and name.endswith(BACKUP_SUFFIX)):
        return None
    parts = name[len(BACKUP_PREFIX) : -len(BACKUP_SUFFIX)].split("-", 3)
    if len(parts) < 3:
        return None
    # By hand, not strptime: its first call costs ~10 ms (locale, regexes) at every start.
    day, clock, micro = parts[:3]
    digits = day + clock + micro
    if not (
        len(day) == 8
        and len(clock) == 6
        and 1 <= len(micro) <= 6
        and digits.isascii()
        and digits.isdigit()
    ):
        return None
    try:
        moment = dt.datetime(
            int(day[:4]),
            int(day[4:6]),
            int(day[6:]),
            int(clock[:2]),
            int(clock[2:4]),
            int(clock[4:]),
            int(micro.ljust(6, "0")),
        )
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.timezone.utc), (parts[3] if len(parts) > 3 else "")


def copy_database(source: sqlite3.Connection, target: Path, *, overwrite: bool = True) -> Path:
    """Write a verified copy of ``source`` to ``target`` via a temporary file; never half a file.

    The temporary file is flushed through a read-write descriptor (Windows' FlushFileBuffers
    refuses a read-only one) and renamed with retries (praktijkdesk.platform). With
    ``overwrite=False`` an existing ``target`` is refused, also when it appears meanwhile."""
    check_target(target, overwrite=overwrite)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        make_folder(target.parent)
        dest = sqlite3.connect(str(temporary))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            check = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if check != "ok":
            raise UserError(f"De reservekopie is na het schrijven niet in orde ({check}).")
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        fsync_file(temporary)
        if overwrite:
            replace(temporary, target)
        else:
            rename_no_overwrite(temporary, target)
    except (OSError, sqlite3.Error, UserError) as exc:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with contextlib.suppress(OSError):  # the folder may be gone or not a folder
                leftover.unlink(missing_ok=True)
        if isinstance(exc, UserError):
            raise
        if "full" in str(exc).lower() or getattr(exc, "errno", None) == 28:
            raise DiskFull("De schijf is vol: de reservekopie kon niet worden gemaakt.") from exc
        # In Dutch, never the OS's or SQLite's English text.
        if isinstance(exc, OSError):
            reason = os_reason(exc)
        elif "readonly" in str(exc).lower() or "unable to open" in str(exc).lower():
            reason = "de map kan niet worden beschreven"
        else:
            reason = "SQLite kon het bestand niet schrijven"
        raise UserError(
            f"De reservekopie kon niet worden gemaakt in {target.parent} ({reason})."
        ) from exc
    fsync_dir(target.parent)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path)
        if parsed and path.is_file():
            found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


# --- what a backup holds ------------------------------------------------------------------
@dataclass(frozen=True)
class BackupContents:
    candidates: int
    trajectories: int
    marks: int  # mark events, not counting undos
    last_mark_at: str | None  # UTC ISO-8601
    schema_version: int


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes beside the file (no -wal, no -shm, no journal).

    immutable=1 is right for a backup file: nothing else writes it while we read.
    """
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def verify_backup(path: Path) -> str | None:
    """None when ``path`` is a sound praktijkdesk backup; otherwise what is wrong (Dutch)."""
    if not has_sqlite_header(path):
        return "geen SQLite-database"
    from praktijkdesk.storage.integrity import schema_problems
    from praktijkdesk.storage.migrations import LATEST_VERSION

    unknown: list[str] = []
    try:
        conn = open_readonly(path)
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if result == ["ok"] and 0 < version <= LATEST_VERSION:
                # An extra trigger could swallow every later write: only a schema this
                # version made itself is a good backup.
                unknown = schema_problems(conn, version)
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return "onleesbaar"
    if result != ["ok"]:
        return "beschadigd"
    if not {"marks", "candidates", "trajectories"} <= tables:
        return "geen praktijkdesk-gegevens"
    if unknown:
        return f"de opbouw van de database is niet die van praktijkdesk ({unknown[0]})"
    return None


def read_contents(path: Path) -> BackupContents:
    """Counts read from the backup file itself (read-only); raises sqlite3.Error if unreadable."""
    conn = open_readonly(path)
    try:
        return contents_of(conn)
    finally:
        conn.close()


def contents_of(conn: sqlite3.Connection) -> BackupContents:
    def one(sql: str):
        return conn.execute(sql).fetchone()[0]

    return BackupContents(
        candidates=one("SELECT count(*) FROM candidates"),
        trajectories=one("SELECT count(*) FROM trajectories"),
        marks=one("SELECT count(*) FROM marks WHERE undoes_uuid IS NULL"),
        last_mark_at=one("SELECT max(at) FROM marks"),
        schema_version=one("PRAGMA user_version"),
    )


# --- did it change since? -----------------------------------------------------------------
_EVENT_LOGS = {"marks", "conclusions"}  # append-only: count + highest seq says it all
_DERIVED = {"current_marks"}  # follows from marks


def fingerprint(conn: sqlite3.Connection) -> str:
    """A digest of the data, cheap at millions of marks: equal digests mean nothing changed.

    Event logs are append-only (an erase deletes, which changes their count); the other tables
    are small and hashed whole, except the PDF bytes of issued declarations, which never change.
    """
    digest = hashlib.sha256()
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
    for table in tables:
        digest.update(f"\0{table}\0".encode())
        if table in _DERIVED:
            continue
        if table in _EVENT_LOGS:
            row = conn.execute(f'SELECT count(*), max(seq) FROM "{table}"').fetchone()
            digest.update(repr(row).encode())
            continue
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        chosen = ", ".join(
            f'"{c}"' for c in columns if not (table == "declarations" and c == "pdf")
        )
        for row in conn.execute(f'SELECT {chosen} FROM "{table}" ORDER BY 1'):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# --- thinning -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rotation:
    """How many backups to keep: the newest few always, then one per day, week and month."""

    recent: int = 5
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_remove(
    backups: Iterable[BackupInfo], rotation: Rotation = Rotation(), tz: dt.tzinfo | None = None
) -> list[BackupInfo]:
    """The backups thinning would delete. Never the newest ``rotation.recent`` (so never the newest).

    Newest first, each backup is kept when it is the newest of a day not yet kept (up to
    ``daily`` days), else of a week not yet kept (``weekly``), else of a month (``monthly``).
    Days, weeks and months are local (tz None = this computer's time zone).
    """
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = {b.path for b in ordered[: max(1, rotation.recent)]}
    left = {"day": rotation.daily, "week": rotation.weekly, "month": rotation.monthly}
    seen: dict[str, set] = {"day": set(), "week": set(), "month": set()}
    for backup in ordered:
        day = backup.taken_at.astimezone(tz).date()
        keys = {"day": day, "week": tuple(day.isocalendar())[:2], "month": (day.year, day.month)}
        for slot in ("day", "week", "month"):
            if keys[slot] not in seen[slot] and left[slot] > 0:
                left[slot] -= 1
                keep.add(backup.path)
                for name, key in keys.items():
                    seen[name].add(key)
                break
    return [b for b in ordered if b.path not in keep]


def restore_into(source: Path, dest: sqlite3.Connection) -> None:
    """Replace the whole content of the live database ``dest`` with the backup ``source``.

    The online backup API writes through SQLite's pager in one write transaction: other
    connections (a command line beside the app) stay valid and see either the old or the new
    content, never a mix, and a crash halfway leaves the old content (WAL + synchronous=FULL).
    Swapping the file instead would leave them writing into a file that is no longer there.
    """
    src = open_readonly(source)
    try:
        source_page = src.execute("PRAGMA page_size").fetchone()[0]
        dest_page = dest.execute("PRAGMA page_size").fetchone()[0]
        if source_page != dest_page:
            raise UserError(
                f"Deze reservekopie heeft een andere paginagrootte ({source_page} in plaats van "
                f"{dest_page}) en kan niet in de lopende database worden teruggezet. Sluit "
                "praktijkdesk en zet hem terug met: praktijkdesk restore <bestand>."
            )
        src.backup(dest)
    finally:
        src.close()
