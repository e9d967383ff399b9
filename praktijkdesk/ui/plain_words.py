"""Plain words on the shop floor (issue 15): what the trainer's screens call things.

By default the screens show a work process's short title ("Gasten ontvangen") without its
code, and say *leerlijst* and *hoofdtaak* where the school says *begeleidingsdocument* and
*kerntaak* (docs/architecture.md says why). The setting *Codes tonen* (for jobcoaches and
schools) shows the codes, the school's titles and the school's words. The declaration and the
progress report always show codes: they are for the school.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

SHOW_CODES = "show_codes"  # the setting; "1" shows codes, anything else hides them


def show_codes(desk: Desk) -> bool:
    return desk.setting(SHOW_CODES, "0") == "1"


def work_process_label(work_process, codes: bool) -> str:
    """A work process (or its progress) as a screen names it."""
    if codes:
        return f"{work_process.code}  {work_process.title}"
    return work_process.plain_title


def core_task_label(core_task, codes: bool) -> str:
    if codes:
        text = QtCore.QCoreApplication.translate("plain_words", "Kerntaak {code}  {title}")
        return text.format(code=core_task.code, title=core_task.title)
    return getattr(core_task, "plain_title", core_task.title)


def guide_word(codes: bool, *, plural: bool = False, capital: bool = False) -> str:
    """*leerlijst* on the shop floor; with the codes on, the school's *begeleidingsdocument* too."""
    if plural and codes:
        word = QtCore.QCoreApplication.translate(
            "plain_words", "leerlijsten (begeleidingsdocumenten)"
        )
    elif plural:
        word = QtCore.QCoreApplication.translate("plain_words", "leerlijsten")
    elif codes:
        word = QtCore.QCoreApplication.translate("plain_words", "leerlijst (begeleidingsdocument)")
    else:
        word = QtCore.QCoreApplication.translate("plain_words", "leerlijst")
    return word[:1].upper() + word[1:] if capital else word
