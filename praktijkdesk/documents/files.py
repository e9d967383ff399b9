"""Writing a PDF to disk so that a reader never sees half a file.

The bytes go to a temporary file in the target folder (same file system, so the rename is
atomic), are flushed to the disk, and only then replace the target. A crash or a full disk
leaves the old file, or none, but never a truncated PDF.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from praktijkdesk.errors import DiskFull, UserError, os_reason


def write_pdf(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path written."""
    target = Path(path)
    folder = target.parent
    temp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        # 0o666 before the umask: the PDF gets the permissions any new document would get.
        fd = os.open(
            temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666
        )
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _user_error(target, exc) from exc
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse; the data itself is synced
    finally:
        os.close(fd)


def _user_error(target: Path, exc: OSError) -> UserError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(
            f"De schijf is vol: {target.name} is niet opgeslagen. Maak ruimte vrij en probeer "
            "het opnieuw."
        )
    reason = os_reason(exc)
    return UserError(
        f"{target.name} kan niet worden opgeslagen in {target.parent} ({reason}). "
        "Kies een andere map of sluit het bestand als het in een PDF-lezer open staat.",
        code="write_failed",
    )
