"""A touch-sized dialog: a title, a body, and big buttons at the bottom.

The body scrolls when the screen is small (1024×600), so the buttons always stay visible;
the dialog is never larger than the screen, and Enter presses its default button.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import fit, theme
from praktijkdesk.ui.touch import enable_kinetic_scrolling
from praktijkdesk.ui.widgets.buttons import TouchButton, label


class TouchDialog(QtWidgets.QDialog):
    def __init__(self, parent=None, *, name: str = "touchDialog"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setModal(True)
        self._outer = QtWidgets.QVBoxLayout(self)
        self._outer.setContentsMargins(
            theme.SPACING_L, theme.SPACING_L, theme.SPACING_L, theme.SPACING_L
        )
        self._outer.setSpacing(theme.SPACING_M)
        self.heading = label(role="heading", wrap=True, name="dialogHeading")
        self._outer.addWidget(self.heading)
        self.body_area = QtWidgets.QScrollArea()
        self.body_area.setObjectName("dialogBody")
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.body_area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.body_area.verticalScrollBar().setAccessibleName("schuifbalk")
        content = QtWidgets.QWidget()
        content.setObjectName("dialogBodyContent")
        self.body = QtWidgets.QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(theme.SPACING_M)
        self.body_area.setWidget(content)
        enable_kinetic_scrolling(self.body_area)
        self._outer.addWidget(self.body_area, 1)
        self.buttons = QtWidgets.QHBoxLayout()
        self.buttons.setSpacing(theme.SPACING_M)
        self._outer.addLayout(self.buttons)

    def add_button(
        self,
        text: str,
        *,
        role: str | None = None,
        name: str | None = None,
        stretch_before: bool = False,
    ) -> TouchButton:
        if stretch_before:
            self.buttons.addStretch(1)
        button = TouchButton(text, role=role, big=True, name=name)
        button.setMinimumWidth(140)
        self.buttons.addWidget(button)
        return button

    def set_finger_scrolling(self, enabled: bool) -> None:
        """Off while a finger must draw (a signature pad) instead of scroll."""
        viewport = self.body_area.viewport()
        if enabled:
            enable_kinetic_scrolling(self.body_area)
        else:
            QtWidgets.QScroller.ungrabGesture(viewport)

    def resize(self, *size) -> None:
        """Never larger than the screen's available area (1024×600 included)."""
        wanted = size[0] if len(size) == 1 else QtCore.QSize(*size)
        fit.resize_within_screen(self, wanted.width(), wanted.height())

    def showEvent(self, event) -> None:
        fit.keep_on_screen(self)
        super().showEvent(event)

    def set_default_button(self, button: QtWidgets.QPushButton) -> None:
        """The button Enter presses (from any field that does not use Enter itself)."""
        for other in self.findChildren(QtWidgets.QPushButton):
            if other is not button and other.isDefault():
                other.setDefault(False)
        button.setDefault(True)

    def keyPressEvent(self, event) -> None:
        # QDialog presses its default button on Enter; a TouchButton is not auto-default, so
        # make sure the visible default (or else the visible primary) button is pressed.
        if (
            event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
            and not event.isAutoRepeat()
        ):
            button = self.default_button()
            if button is not None:
                button.click()  # at once: a second Enter must not find the old page
                return
        super().keyPressEvent(event)

    def default_button(self) -> QtWidgets.QPushButton | None:
        buttons = [
            b
            for b in self.findChildren(QtWidgets.QPushButton)
            if b.isVisibleTo(self) and b.isEnabled()
        ]
        for button in buttons:
            if button.isDefault():
                return button
        primary = [b for b in buttons if b.property("role") == "primary"]
        return primary[0] if len(primary) == 1 else None

    def form_label(
        self, text: str = "", buddy: QtWidgets.QWidget | None = None
    ) -> QtWidgets.QLabel:
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
    # A long name (an employer of 80 characters) is elided in the box, never makes the
    # dialog wider than a 1024-px screen; the whole name is in the tooltip and the list.
    box.setSizeAdjustPolicy(
        QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    box.setMinimumContentsLength(14)
    box.currentTextChanged.connect(lambda text: box.setToolTip(text))
    return box
