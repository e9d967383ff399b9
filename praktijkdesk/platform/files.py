"""Writing files so that nothing is ever half written, overwritten by surprise, or readable by others.

One helper, :func:`write_bytes_atomically`, for every file the app writes (backups, bundles,
sync files, PDFs, guide exports, the privacy export); :func:`append_private` for logs.

What it does, and why (the Windows points are documented behaviour, imitated in the tests):

- the bytes go to a temporary file in the target's own folder (same file system, so the
  rename is atomic), opened with ``O_BINARY`` (without it Windows' C runtime turns every LF
  byte into CR LF and a PDF or zip is corrupt) and ``O_EXCL`` (never reuse a stranger's file);
- ``fsync`` on that descriptor, which is open for *writing*: on Windows ``os.fsync`` is
  FlushFileBuffers, which refuses a read-only handle with EBADF;
- the rename is retried a few times on PermissionError (WinError 5 access denied, 32/33
  sharing violation): Defender, the search indexer or OneDrive open a new file for a moment;
- a new file is 0600 (POSIX; on Windows it inherits the folder's ACL, which in the user's
  profile means: the user, SYSTEM and administrators);
- an existing target is refused unless ``overwrite=True`` (the command line's ``--force``,
  the app's "Vervangen?" question), and a target that is not a regular file (a symlink, a
  folder, a device, a named pipe) is always refused;
- on POSIX the folder is fsync'd after the rename, so the new name survives a power cut;
  Windows has no directory handles for that (NTFS journals the rename itself).
"""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

from praktijkdesk.errors import DiskFull, InvalidInput

O_BINARY = getattr(os, "O_BINARY", 0)  # Windows only; 0 elsewhere
O_NOINHERIT = getattr(os, "O_NOINHERIT", 0) | getattr(os, "O_CLOEXEC", 0)
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # POSIX: refuse a symlink at open time

# Windows error numbers a rename meets while another program briefly holds the file.
RETRY_WINERRORS = {5, 32, 33}
REPLACE_ATTEMPTS = 6
REPLACE_FIRST_WAIT = 0.05  # seconds; doubled each attempt: at most about 1.5 s in total

_sleep = time.sleep  # replaced in tests (never timed assertions)


class TargetExists(InvalidInput):
    code = "file_exists"


class NotRegularFile(InvalidInput):
    code = "not_regular_file"


def target_exists_error(path: Path) -> TargetExists:
    return TargetExists(
        f"Er staat al een bestand {path}. praktijkdesk overschrijft het niet. Kies een andere "
        "naam, of vervang het bewust (op de opdrachtregel: zet --force erachter)."
    )


def not_regular_error(path: Path) -> NotRegularFile:
    return NotRegularFile(
        f"{path} is geen gewoon bestand (maar een map, een snelkoppeling of een apparaat). "
        "praktijkdesk schrijft daar niet in. Kies een andere naam."
    )


def check_target(path: str | os.PathLike, *, overwrite: bool = False) -> Path:
    """Refuse a target that is not a regular file, or that exists when not asked to overwrite.

    Use it before work that cannot be undone (issuing a declaration) so a file that cannot be
    written is refused before anything happens."""
    target = Path(path)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    except OSError:
        return target  # the write itself will say what is wrong
    if not stat.S_ISREG(info.st_mode):
        raise not_regular_error(target)
    if not overwrite:
        raise target_exists_error(target)
    return target


def write_bytes_atomically(
    path: str | os.PathLike,
    data: bytes,
    *,
    overwrite: bool = False,
    mode: int = 0o600,
) -> Path:
    """Write ``data`` to ``path`` whole or not at all; returns the path.

    Raises TargetExists / NotRegularFile (Dutch, exit 2), DiskFull on a full disk, and the
    plain OSError otherwise (callers add what the file is in their own Dutch message)."""
    target = check_target(path, overwrite=overwrite)
    folder = target.parent
    temporary = folder / f".{target.name}.{os.urandom(4).hex()}.tmp"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_BINARY | O_NOINHERIT, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)  # a descriptor open for writing: FlushFileBuffers accepts it
        finally:
            os.close(fd)
        if overwrite:
            check_target(target, overwrite=True)  # it may have become a symlink meanwhile
            replace(temporary, target)
        else:
            rename_no_overwrite(temporary, target)
    except BaseException as exc:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            raise DiskFull(
                f"De schijf is vol: {target.name} is niet opgeslagen. Maak ruimte vrij en "
                "probeer het opnieuw."
            ) from exc
        raise
    fsync_dir(folder)
    return target


def rename_no_overwrite(temporary: Path, target: Path) -> None:
    """Give ``temporary`` the name ``target`` only if that name is still free (no race)."""
    if os.name == "nt":
        # Windows' rename (MoveFileEx without REPLACE_EXISTING) refuses an existing target.
        try:
            _retry(os.rename, temporary, target)
        except FileExistsError:
            raise target_exists_error(target) from None
        return
    try:
        os.link(temporary, target)  # atomic "create if absent" on POSIX
    except FileExistsError:
        raise target_exists_error(target) from None
    except OSError as exc:
        if exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
            errno.ENOSYS,
        ):
            raise
        # A file system without hard links (FAT on a USB stick): check, then rename.
        check_target(target, overwrite=False)
        replace(temporary, target)
        return
    temporary.unlink()


def replace(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """``os.replace`` retried while another program briefly holds the file (Windows)."""
    _retry(os.replace, source, target)


def _retry(function, *args) -> None:
    wait = REPLACE_FIRST_WAIT
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            function(*args)
            return
        except OSError as exc:
            last = attempt == REPLACE_ATTEMPTS - 1
            if last or not _is_transient(exc):
                raise
        _sleep(wait)
        wait *= 2


def _is_transient(exc: OSError) -> bool:
    if getattr(exc, "winerror", None) in RETRY_WINERRORS:
        return True
    # On Windows a sharing violation arrives as PermissionError (EACCES); POSIX has no such
    # thing, and a real "no permission" there is not worth waiting for.
    return os.name == "nt" and isinstance(exc, PermissionError)


def fsync_file(path: str | os.PathLike) -> None:
    """Flush a file another library wrote (SQLite's backup) to the disk.

    Opened read-write: Windows' FlushFileBuffers (os.fsync) needs write access and fails with
    EBADF on a read-only handle, which is how every backup failed there."""
    fd = os.open(path, os.O_RDWR | O_BINARY | O_NOINHERIT)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: str | os.PathLike, *, strict: bool = False) -> None:
    """Make a rename in ``path`` durable: POSIX only (Windows cannot open a folder for this).

    Some file systems (network shares, FAT) refuse; with ``strict`` that is raised."""
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        if strict:
            raise
        return
    try:
        os.fsync(fd)
    except OSError:
        if strict:
            raise
    finally:
        os.close(fd)


def append_private(path: str | os.PathLike, data: bytes) -> Path:
    """Append to a log file that is the user's alone (0600), refusing anything not a regular
    file (a symlink planted in its place is not followed)."""
    target = Path(path)
    fd = os.open(
        target,
        os.O_WRONLY | os.O_APPEND | os.O_CREAT | O_BINARY | O_NOINHERIT | O_NOFOLLOW,
        0o600,
    )
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise not_regular_error(target)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    return target


def make_folder(path: str | os.PathLike, *, private: bool = True) -> bool:
    """Create ``path`` (and missing parents); True when this call created ``path`` itself.

    Only folders made here are made private: an existing folder is never chmod'ed (a shared
    1777 folder keeps its sticky bit). On POSIX a new folder is 0700. On Windows no mode is
    passed: from Python 3.11.10/3.12.4 ``mode=0o700`` means a protected ACL for the current
    account only, which locks a second PC out of portable data on an NTFS stick, and before
    those versions it means nothing. Windows folders inherit the parent's ACL instead; the
    default data folder lies in %LOCALAPPDATA%, which is the user's alone (plus SYSTEM and
    administrators)."""
    folder = Path(path)
    if folder.is_dir():
        return False
    for ancestor in folder.parents:
        if ancestor.exists() or ancestor.is_symlink():
            if not ancestor.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(ancestor))
            break
    if os.name == "posix":
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            folder.mkdir(mode=0o700 if private else 0o777)
        except FileExistsError:
            if folder.is_dir():
                return False
            raise
        if private:
            os.chmod(folder, 0o700)  # the umask may have taken bits we asked for
        return True
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        if folder.is_dir():
            return False
        raise
    return True


def readable_by_others(path: str | os.PathLike) -> bool:
    """POSIX: the folder can be read or entered by group or others (never changed, only said)."""
    if os.name != "posix":
        return False
    try:
        return bool(os.stat(path).st_mode & 0o077)
    except OSError:
        return False


def unique_path(folder: str | os.PathLike, name: str) -> Path:
    """``folder/name``, or with " (2)", " (3)" … before the suffix when that file exists:
    a file on the USB stick is never overwritten."""
    folder, path = Path(folder), Path(folder) / name
    stem, suffix = path.stem, path.suffix
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem} ({number}){suffix}"
    return path
