"""Emptying a layout whose rows are rebuilt (lists in settings, dialogs, pickers)."""

from __future__ import annotations

from PySide6 import QtWidgets


def empty_layout(layout: QtWidgets.QLayout) -> None:
    """Take every item out of ``layout`` (nested layouts too). Each widget is hidden at once
    and deleted by Qt later. Not ``setParent(None)`` first: that hands the C++ object to
    Python before ``deleteLater`` frees it (a suspect in the packaged app's crash this round).
    A screen that finds its rows with findChildren still has to take them out of the widget
    tree itself: see GuideVariantEditor._clear.
    """
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            empty_layout(item.layout())
