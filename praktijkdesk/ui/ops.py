"""Calling the Desk from a screen: a user error becomes a calm Dutch message, nothing else.

    result = run_op(self, desk.marking.record_mark, tid, bid, status, person.id)
    if result.ok: ...

The Desk notifies DeskEvents after each commit, so screens refresh through ``changed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6 import QtCore, QtWidgets

from praktijkdesk.errors import DatabaseBusy, UserError
from praktijkdesk.ui.dialogs import message


@dataclass(frozen=True)
class OpResult:
    ok: bool
    value: Any = None
    error: UserError | None = None


def run_op(parent: QtWidgets.QWidget | None, fn, *args, **kwargs) -> OpResult:
    """``fn`` once; a user error shown in Dutch. When another program kept the database busy
    longer than SQLite waited (seconds), nothing was saved: the user is asked to try again,
    with the tap still in front of them, instead of being told it failed."""
    while True:
        try:
            return OpResult(True, fn(*args, **kwargs))
        except DatabaseBusy as exc:
            if ask_retry(parent, exc):
                continue
            return OpResult(False, None, exc)
        except UserError as exc:
            show_user_error(parent, exc)
            return OpResult(False, None, exc)


def ask_retry(parent: QtWidgets.QWidget | None, exc: UserError) -> bool:
    return message.ask(
        parent,
        QtCore.QCoreApplication.translate("ops", "Nog niet opgeslagen"),
        exc.message,
        QtCore.QCoreApplication.translate("ops", "Opnieuw"),
        QtCore.QCoreApplication.translate("ops", "Later"),
    )


def show_user_error(parent: QtWidgets.QWidget | None, exc: UserError) -> None:
    title = QtCore.QCoreApplication.translate("ops", "Dat lukte niet")
    message.inform(parent, title, exc.message, kind="warning")
