"""Errors a user can cause or meet. Every message is Dutch and fit to show as it is.

The GUI shows ``message`` in a dialog; the command line prints it to stderr and exits 2.
``code`` is stable English, for tests and for mapping to a translated UI string.
"""

from __future__ import annotations

import errno as _errno

# The operating system's own reasons are English ("Permission denied"): these are said in Dutch.
_OS_REASONS = {
    _errno.EACCES: "geen toestemming",
    _errno.EPERM: "geen toestemming",
    _errno.ENOENT: "de map of het bestand bestaat niet",
    _errno.ENOTDIR: "een deel van het pad is geen map",
    _errno.EISDIR: "dat is een map",
    _errno.EEXIST: "er staat al iets met die naam",
    _errno.ENOSPC: "de schijf is vol",
    _errno.EROFS: "de schijf is alleen-lezen",
    _errno.ENAMETOOLONG: "de naam is te lang",
    _errno.EIO: "de schijf gaf een lees- of schrijffout",
    _errno.EBUSY: "het is in gebruik",
    _errno.ETXTBSY: "het is in gebruik",
    _errno.EMFILE: "te veel open bestanden",
    _errno.ENXIO: "geen gewoon bestand",
    _errno.EINVAL: "ongeldige naam",
    _errno.ENOTEMPTY: "de map is niet leeg",
    _errno.EXDEV: "dat kan niet naar een andere schijf",
}
if hasattr(_errno, "EDQUOT"):
    _OS_REASONS[_errno.EDQUOT] = "de schijfruimte van deze gebruiker is op"


def os_reason(exc: BaseException) -> str:
    """Why a file operation failed, in Dutch (never the OS's English text)."""
    number = getattr(exc, "errno", None)
    if number in _OS_REASONS:
        return _OS_REASONS[number]
    if getattr(exc, "winerror", None) in (32, 33):  # Windows: open or locked by another program
        return "het bestand is geopend in een ander programma"
    return "het besturingssysteem weigerde het"


class UserError(Exception):
    """Something the user can fix or must know; never shown as a traceback."""

    code = "user_error"
    exit_code = 2

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class InvalidInput(UserError):
    code = "invalid_input"


class InvalidGuide(UserError):
    """A guide file that does not fit GUIDE-FORMAT.md. ``where`` names the line or JSON path."""

    code = "invalid_guide"

    def __init__(self, message: str, *, where: str | None = None):
        full = f"{where}: {message}" if where else message
        super().__init__(full)
        self.where = where
        self.reason = message


class NotFound(UserError):
    code = "not_found"


class NothingMastered(UserError):
    code = "nothing_mastered"


class DatabaseDamaged(UserError):
    code = "database_damaged"
    exit_code = 3


class DiskFull(UserError):
    code = "disk_full"
    exit_code = 3


class NewerDatabase(UserError):
    code = "newer_database"
    exit_code = 3


class DataFolderUnusable(UserError):
    """The data folder cannot be used: read-only, vanished or inside a sync folder."""

    code = "data_folder_unusable"
    exit_code = 3


class DatabaseBusy(UserError):
    """Another program (the app, a second command line) kept the database busy longer than we
    waited. Nothing was saved; trying again is safe."""

    code = "database_busy"
    exit_code = 3
