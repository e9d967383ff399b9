"""Writing a PDF to disk so that a reader never sees half a file.

The bytes go through praktijkdesk.platform's one atomic write (a temporary file in the target
folder, O_BINARY, fsync, a rename retried while Windows' indexer holds the file). A crash or a
full disk leaves the old file, or none, but never a truncated PDF. An existing file is only
replaced when the caller says so (``overwrite``: the command line's --force, the app's
question); a symlink, folder or device is never written through.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from praktijkdesk.errors import UserError, os_reason
from praktijkdesk.platform import check_target, write_bytes_atomically


def check_pdf_target(path: str | os.PathLike, *, overwrite: bool = False) -> Path:
    """Refuse a target that will not be written, before work that cannot be undone.

    Each refusal says that nothing was made: the command that asked (declaration --issue)
    has issued nothing, and the user must not go looking for a declaration that is not there.
    """
    target = Path(path)
    if _is_folder(target):
        raise UserError(
            f"{target} is een map; geef een bestandsnaam (bijvoorbeeld verklaring.pdf). "
            "Er is niets gemaakt.",
            code="write_failed",
        )
    target = check_target(target, overwrite=overwrite)
    if not target.parent.is_dir():
        raise UserError(
            f"{target.name} kan niet worden opgeslagen: de map {target.parent} bestaat niet. "
            "Er is niets gemaakt.",
            code="write_failed",
        )
    # A real test file, not os.access: that says yes to root and misses ACLs and read-only
    # mounts. Made and removed in the target folder.
    probe = target.parent / f".praktijkdesk-proef-{secrets.token_hex(4)}.tmp"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.unlink(probe)
    except OSError as exc:
        raise UserError(
            f"{target.name} kan niet worden opgeslagen in {target.parent} ({os_reason(exc)}). "
            "Er is niets gemaakt. Kies een andere map.",
            code="write_failed",
        ) from exc
    return target


def _is_folder(path: Path) -> bool:
    """A real folder (a symlink to one is refused by check_target as not a regular file)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def write_pdf(path: str | os.PathLike, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path written."""
    target = Path(path)
    try:
        return write_bytes_atomically(target, data, overwrite=overwrite)
    except OSError as exc:
        raise _user_error(target, exc) from exc


def _user_error(target: Path, exc: OSError) -> UserError:
    # (A full disk is already DiskFull from the platform's write.)
    reason = os_reason(exc)
    return UserError(
        f"{target.name} kan niet worden opgeslagen in {target.parent} ({reason}). "
        "Kies een andere map of sluit het bestand als het in een PDF-lezer open staat.",
        code="write_failed",
    )
