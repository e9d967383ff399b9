"""Backups with SQLite's online backup API: consistent while the app writes, verified after."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from praktijkdesk.errors import DiskFull, UserError

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
    try:
        moment = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.timezone.utc), (parts[3] if len(parts) > 3 else "")


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a verified copy of ``source`` to ``target`` via a temporary file; never half a file."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = target.with_name(target.name + ".tmp")
    try:
        dest = sqlite3.connect(str(temporary))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            check = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if check != "ok":
            raise UserError(f"De reservekopie is na het schrijven niet in orde ({check}).")
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as exc:
        temporary.unlink(missing_ok=True)
        if "full" in str(exc).lower() or getattr(exc, "errno", None) == 28:
            raise DiskFull("De schijf is vol: de reservekopie kon niet worden gemaakt.") from exc
        raise UserError(f"De reservekopie kon niet worden gemaakt: {exc}") from exc
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
