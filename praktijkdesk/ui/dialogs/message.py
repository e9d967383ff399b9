"""Calm messages and questions with big, plainly named buttons."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme

CONTEXT = "message"


def _box(parent, title: str, text: str, kind: str) -> QtWidgets.QMessageBox:
    # Imported here: html pulls in html.entities, whose large source PySide's import hook
    # reads, and this module loads with the person picker at start.
    import html

    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("messageBox")
    box.setWindowTitle(title)
    box.setText(f"<b>{html.escape(title)}</b>")
    box.setTextFormat(QtCore.Qt.TextFormat.RichText)
    box.setInformativeText(
        html.escape(text).replace("\n", "<br>")
    )  # a list of reasons stays a list
    icons = {
        "info": QtWidgets.QMessageBox.Icon.Information,
        "warning": QtWidgets.QMessageBox.Icon.Warning,
        "question": QtWidgets.QMessageBox.Icon.Question,
    }
    box.setIcon(icons.get(kind, QtWidgets.QMessageBox.Icon.NoIcon))
    box.setMinimumWidth(420)
    return box


def _sized(button: QtWidgets.QAbstractButton, name: str) -> None:
    button.setMinimumSize(max(140, theme.TOUCH_MIN), theme.BUTTON_HEIGHT)
    button.setAccessibleName(button.text() or name)


def inform(parent, title: str, text: str, *, kind: str = "info") -> None:
    box = _box(parent, title, text, kind)
    ok = box.addButton(
        QtCore.QCoreApplication.translate("message", "OK"),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    _sized(ok, "OK")
    box.setDefaultButton(ok)
    box.exec()


def ask(parent, title: str, text: str, yes: str, no: str | None = None) -> bool:
    box = _box(parent, title, text, "question")
    yes_button = box.addButton(yes, QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(
        no or QtCore.QCoreApplication.translate("message", "Annuleren"),
        QtWidgets.QMessageBox.ButtonRole.RejectRole,
    )
    for button in (yes_button, no_button):
        _sized(button, button.text())
    yes_button.setProperty("role", "primary")
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def coming_soon(parent) -> None:
    inform(
        parent,
        QtCore.QCoreApplication.translate("message", "Dit onderdeel komt binnenkort."),
        QtCore.QCoreApplication.translate(
            "message", "Dit onderdeel is nog niet klaar. Het komt in een volgende versie."
        ),
    )
