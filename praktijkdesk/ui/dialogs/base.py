"""A touch-sized dialog: a title, a body, and big buttons at the bottom."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.widgets.buttons import TouchButton, label


class TouchDialog(QtWidgets.QDialog):
    def __init__(self, parent=None, *, name: str = "touchDialog"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setModal(True)
        self._outer = QtWidgets.QVBoxLayout(self)
        self._outer.setContentsMargins(theme.SPACING_L, theme.SPACING_L, theme.SPACING_L,
                                       theme.SPACING_L)
        self._outer.setSpacing(theme.SPACING_M)
        self.heading = label(role="heading", wrap=True, name="dialogHeading")
        self._outer.addWidget(self.heading)
        self.body = QtWidgets.QVBoxLayout()
        self.body.setSpacing(theme.SPACING_M)
        self._outer.addLayout(self.body, 1)
        self.buttons = QtWidgets.QHBoxLayout()
        self.buttons.setSpacing(theme.SPACING_M)
        self._outer.addLayout(self.buttons)

    def add_button(self, text: str, *, role: str | None = None, name: str | None = None,
                   stretch_before: bool = False) -> TouchButton:
        if stretch_before:
            self.buttons.addStretch(1)
        button = TouchButton(text, role=role, big=True, name=name)
        button.setMinimumWidth(140)
        self.buttons.addWidget(button)
        return button

    def form_label(self, text: str = "", buddy: QtWidgets.QWidget | None = None) -> QtWidgets.QLabel:
        widget = label(text, wrap=True)
        widget.setStyleSheet("")
        if buddy is not None:
            widget.setBuddy(buddy)
        return widget

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange and hasattr(self, "retranslate"):
            self.retranslate()
        super().changeEvent(event)


def line_edit(name: str, accessible: str = "") -> QtWidgets.QLineEdit:
    edit = QtWidgets.QLineEdit()
    edit.setObjectName(name)
    edit.setMinimumHeight(theme.TOUCH_MIN)
    edit.setAccessibleName(accessible or name)
    return edit


def combo(name: str, *, editable: bool = False) -> QtWidgets.QComboBox:
    box = QtWidgets.QComboBox()
    box.setObjectName(name)
    box.setEditable(editable)
    box.setMinimumHeight(theme.TOUCH_MIN)
    box.setMinimumWidth(220)
    box.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
    box.view().setMinimumWidth(260)
    return box
