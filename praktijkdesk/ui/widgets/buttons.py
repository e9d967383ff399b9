"""Buttons sized from the tokens; Enter clicks as well as Space (full keyboard use)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme


def is_enter(key) -> bool:
    # Qt.Key is looked up when a key is pressed, not at import: building that enum costs
    # ~15 ms, which would delay the first frame.
    return key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)


class TouchButton(QtWidgets.QPushButton):
    def __init__(
        self,
        text: str = "",
        parent=None,
        *,
        role: str | None = None,
        big: bool = False,
        name: str | None = None,
    ):
        super().__init__(text, parent)
        self.setAccessibleName(text.replace("&", ""))
        self.setMinimumSize(theme.TOUCH_MIN, theme.BUTTON_HEIGHT if big else theme.TOUCH_MIN)
        # A QPushButton takes focus by Tab and by click already (Qt.StrongFocus); not set
        # again here, because the first Qt.* enum touched builds all of them (~30 ms) and
        # the header's buttons are made before the first frame.
        self.setAutoDefault(False)
        if role:
            self.setProperty("role", role)
        if big:
            self.setProperty("big", "true")
        if name:
            self.setObjectName(name)

    def setText(self, text: str) -> None:
        super().setText(text)
        if not self.property("keepAccessibleName"):
            self.setAccessibleName(text.replace("&", ""))

    def keyPressEvent(self, event) -> None:
        if is_enter(event.key()) and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)


def set_state(widget: QtWidgets.QWidget, name: str, value) -> None:
    """Change a dynamic property the QSS reads, and let the style see it."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def label(
    text: str = "", role: str | None = None, *, wrap: bool = False, name: str | None = None
) -> QtWidgets.QLabel:
    widget = QtWidgets.QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    return widget


class TouchCheckBox(QtWidgets.QCheckBox):
    """A check box whose whole row is the target, not just the little square and its text.

    A long text is elided to the width it gets (a 1024-px screen), with the whole text in
    the tooltip and the accessible name, so the box never makes its window wider.
    """

    MIN_TEXT_WIDTH = 160

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self._full_text = text
        self.setMinimumHeight(theme.TOUCH_MIN)
        self.setAccessibleName(text)
        # May shrink below its text (then elided), never makes its window wider.
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Fixed
        )

    def setText(self, text: str) -> None:
        self._full_text = text
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full_text

    def minimumSizeHint(self) -> QtCore.QSize:
        hint = super().minimumSizeHint()
        return QtCore.QSize(min(hint.width(), self.MIN_TEXT_WIDTH + 40), hint.height())

    def sizeHint(self) -> QtCore.QSize:
        shown = super().text()
        QtWidgets.QCheckBox.setText(self, self._full_text)
        hint = super().sizeHint()
        QtWidgets.QCheckBox.setText(self, shown)
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        box = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        room = self.width() - box - 16
        text = self.fontMetrics().elidedText(
            self._full_text, QtCore.Qt.TextElideMode.ElideRight, max(room, 40)
        )
        QtWidgets.QCheckBox.setText(self, text)
        self.setToolTip(self._full_text if text != self._full_text else "")

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)


class TouchRadioButton(QtWidgets.QRadioButton):
    """A radio button whose whole row is the target."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setMinimumHeight(theme.TOUCH_MIN)
        self.setAccessibleName(text)

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)
