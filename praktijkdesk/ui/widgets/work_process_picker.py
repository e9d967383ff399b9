"""Choose which work processes a candidate learns: big checkboxes grouped by core task."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.plain_words import core_task_label, work_process_label
from praktijkdesk.ui.widgets.buttons import TouchCheckBox, label
from praktijkdesk.ui.widgets.layouts import empty_layout


class WorkProcessPicker(QtWidgets.QWidget):
    changed = QtCore.Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("workProcessPicker")
        self._layout = QtWidgets.QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.boxes: dict[str, QtWidgets.QCheckBox] = {}

    def set_guide(
        self, guide, chosen: list[str] | tuple[str, ...] | None = None, *, show_codes: bool = False
    ) -> None:
        empty_layout(self._layout)
        self.boxes = {}
        for core_task in guide.core_tasks:
            heading = label(core_task_label(core_task, show_codes), role="muted", wrap=True)
            heading.setContentsMargins(0, theme.SPACING_S, 0, 0)
            self._layout.addWidget(heading)
            for wp in core_task.work_processes:
                text = work_process_label(wp, show_codes)
                box = TouchCheckBox(text)
                box.setObjectName("workProcessBox")
                box.setAccessibleName(text)
                box.setMinimumHeight(theme.TOUCH_MIN)
                box.setChecked(chosen is None or wp.code in chosen)
                box.toggled.connect(self.changed)
                self._layout.addWidget(box)
                self.boxes[wp.code] = box

    def chosen(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]
