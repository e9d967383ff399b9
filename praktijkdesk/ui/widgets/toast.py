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
        layout.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_M)
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
        self.adjustSize()
        parent = self.parentWidget()
        width = min(self.sizeHint().width(), parent.width() - 2 * theme.SPACING_L)
        self.resize(width, self.sizeHint().height())
        self.move((parent.width() - width) // 2, parent.height() - self.height() - 96)
        self.raise_()
        self.show()
        self._timer.start(msec)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
