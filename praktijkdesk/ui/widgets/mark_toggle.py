"""The big three-way choice for one behaviour: Nog niet · Oefent · Beheerst.

Three buttons side by side. A tap emits ``chosen(MarkStatus)``; the screen commits the mark
and then calls ``set_status`` with what the database now says (the toggle never shows a
state that is not saved). Left/Right move between the three; Space or Enter chooses.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.ui import theme
from praktijkdesk.ui.widgets.buttons import TouchButton, set_state

CONTEXT = "MarkToggle"
ORDER = (MarkStatus.NOT_YET, MarkStatus.PRACTISING, MarkStatus.MASTERED)


def status_text(status: MarkStatus | None) -> str:
    """The plain words for a status, in the current language."""
    return {
        MarkStatus.NOT_YET: QtCore.QCoreApplication.translate("MarkToggle", "Nog niet"),
        MarkStatus.PRACTISING: QtCore.QCoreApplication.translate("MarkToggle", "Oefent"),
        MarkStatus.MASTERED: QtCore.QCoreApplication.translate("MarkToggle", "Beheerst"),
        None: QtCore.QCoreApplication.translate("MarkToggle", "Nog niet bekeken"),
    }[status]


class MarkToggle(QtWidgets.QWidget):
    chosen = QtCore.Signal(object)  # MarkStatus

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("markToggle")
        self._status: MarkStatus | None = None
        self.subject = ""
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: dict[MarkStatus, TouchButton] = {}
        for status in ORDER:
            button = TouchButton(status_text(status))
            button.setObjectName(f"mark_{status.value}")
            button.setProperty("markChoice", status.value)
            button.setCheckable(True)
            button.setMinimumSize(112, theme.TOUCH_MIN + 8)
            button.installEventFilter(self)
            button.clicked.connect(lambda _checked=False, s=status: self._on_button_clicked(s))
            layout.addWidget(button)
            self.buttons[status] = button
        self.set_status(None)

    def status(self) -> MarkStatus | None:
        return self._status

    def set_status(self, status: MarkStatus | None) -> None:
        self._status = status
        for s, button in self.buttons.items():
            button.setChecked(s is status)
        self.setAccessibleDescription(status_text(status))

    def set_subject(self, text: str) -> None:
        """The behaviour this toggle is for, so every button has a full accessible name."""
        self.subject = text
        self.retranslate()

    def retranslate(self) -> None:
        for status, button in self.buttons.items():
            button.setText(status_text(status))
            button.setAccessibleName(
                f"{status_text(status)}: {self.subject}" if self.subject else status_text(status)
            )
        self.setAccessibleName(self.subject or status_text(self._status))
        self.setAccessibleDescription(status_text(self._status))

    def focus_choice(self, status: MarkStatus) -> None:
        self.buttons[status].setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def focused_choice(self) -> MarkStatus | None:
        for status, button in self.buttons.items():
            if button.hasFocus():
                return status
        return None

    def _on_button_clicked(self, status: MarkStatus) -> None:
        # Show the saved state until the screen says otherwise (a checkable button would
        # otherwise flip on its own).
        self.set_status(self._status)
        self.chosen.emit(status)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QtCore.QEvent.Type.KeyPress and obj in self.buttons.values():
            key = event.key()
            index = list(self.buttons.values()).index(obj)
            if key == QtCore.Qt.Key.Key_Left and index > 0:
                self.focus_choice(ORDER[index - 1])
                return True
            if key == QtCore.Qt.Key.Key_Right and index < len(ORDER) - 1:
                self.focus_choice(ORDER[index + 1])
                return True
        return False


def refresh_style(widget: QtWidgets.QWidget, state: str | None) -> None:
    set_state(widget, "state", state or "none")
