"""A short message at the bottom of the window ("Ongedaan gemaakt"); it fades by itself."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme


class Toast(QtWidgets.QFrame):
    def __init__(self, parent: QtWidgets.QWidget):
        super().__init__(parent)
        self.setObjectName("toast")
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(
            theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_M
        )
        self.label = QtWidgets.QLabel()
        self.label.setObjectName("toastText")
        self.label.setAccessibleName("melding")
        layout.addWidget(self.label)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, msec: int = 2600) -> None:
        self.label.setText(text)
        self.place()
        self.show()
        self._timer.start(msec)

    def place(self) -> None:
        """Centred near the bottom of the parent; a long text wraps (also after a resize)."""
        parent = self.parentWidget()
        room = parent.width() - 2 * theme.SPACING_L
        self.label.setWordWrap(False)
        width, height = self.sizeHint().width(), self.sizeHint().height()
        if width > room:
            self.label.setWordWrap(True)
            width, height = room, self.heightForWidth(room)
        self.resize(width, height)
        self.move((parent.width() - width) // 2, parent.height() - height - 96)
        self.raise_()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
