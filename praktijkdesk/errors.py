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


class DatabaseBusy(UserError):
    """Another program (the app, a second command line) kept the database busy longer than we
    waited. Nothing was saved; trying again is safe."""

    code = "database_busy"
    exit_code = 3
