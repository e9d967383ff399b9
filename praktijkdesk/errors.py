"""Errors a user can cause or meet. Every message is Dutch and fit to show as it is.

The GUI shows ``message`` in a dialog; the command line prints it to stderr and exits 2.
``code`` is stable English, for tests and for mapping to a translated UI string.
"""

from __future__ import annotations


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


_OS_REASONS = {
    "ENOENT": "dat bestand of die map bestaat niet",
    "EACCES": "u hebt daar geen toegang toe",
    "EPERM": "dat mag niet op deze plek",
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "de schijf is vol",
    "EROFS": "daar kan niets worden opgeslagen (alleen lezen)",
    "EISDIR": "dat is een map, geen bestand",
    "ENOTDIR": "een deel van die plek is geen map",
    "EEXIST": "dat bestaat al",
    "ENAMETOOLONG": "de naam is te lang",
    "EBUSY": "het bestand is in gebruik",
    "ETXTBSY": "het bestand is in gebruik",
    "EIO": "de schijf gaf een leesfout",
    "EINVAL": "die naam of plek kan niet",
    "ENOTEMPTY": "de map is niet leeg",
    "EXDEV": "dat kan niet naar een andere schijf",
    "EMFILE": "er zijn te veel bestanden open",
}


def os_reason(exc: OSError) -> str:
    """Why a file could not be used, in Dutch (never Python's English "No such file or
    directory")."""
    import errno as errno_names

    name = errno_names.errorcode.get(getattr(exc, "errno", None) or -1, "")
    if name in _OS_REASONS:
        return _OS_REASONS[name]
    if getattr(exc, "winerror", None) in (32, 33):  # Windows: in use by another program
        return "het bestand is in gebruik door een ander programma"
    return "de computer gaf een fout" + (f" (code {exc.errno})" if getattr(exc, "errno", None) else "")
