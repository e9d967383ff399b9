"""Every visible interactive control on every main screen: ≥ 48×48 and an accessible name.

Runs at the smallest supported size (1024×600); dialogs are audited as they open.
"""

from __future__ import annotations

import pytest
from PySide6 import QtWidgets

from praktijkdesk.ui import theme
from tests.ui.conftest import open_candidate, pick_person

INTERACTIVE = (QtWidgets.QAbstractButton, QtWidgets.QLineEdit, QtWidgets.QComboBox,
               QtWidgets.QAbstractSpinBox, QtWidgets.QPlainTextEdit, QtWidgets.QAbstractItemView,
               QtWidgets.QAbstractSlider)
# Parts drawn inside a control (a combo box's line edit, a spin box's buttons) belong to it.
COMPOSITE = (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox, QtWidgets.QScrollBar)


def problems(root: QtWidgets.QWidget) -> list[str]:
    found = []
    audited = 0
    for widget in root.findChildren(QtWidgets.QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), COMPOSITE) or isinstance(widget, QtWidgets.QScrollBar):
            continue
        if not widget.isVisible():
            continue
        audited += 1
        name = f"{type(widget).__name__}#{widget.objectName()} '{widget.accessibleName()}'"
        size = widget.size()
        if size.width() < theme.TOUCH_MIN or size.height() < theme.TOUCH_MIN:
            found.append(f"{name} is {size.width()}×{size.height()}")
        if not widget.accessibleName().strip():
            found.append(f"{name} has no accessible name")
    assert audited >= 3, "the audit found nothing to check"
    return found


def scrollbars_too_thin(root) -> list[str]:
    return [f"{bar.objectName()} {bar.width()}" for bar in root.findChildren(QtWidgets.QScrollBar)
            if bar.isVisible() and bar.orientation().name == "Vertical" and bar.width() < 20]


def _audit(window) -> list[str]:
    QtWidgets.QApplication.processEvents()
    return problems(window) + scrollbars_too_thin(window)


def test_person_picker(qtbot, window):
    assert _audit(window) == []


def test_candidates_and_overview_and_checklist_and_settings(qtbot, window):
    pick_person(qtbot, window)
    assert _audit(window) == []
    qtbot.keyClicks(window.candidates.search, "a")  # the search field with text in it
    assert _audit(window) == []
    open_candidate(qtbot, window, "nguyen")
    assert _audit(window) == []
    window.open_checklist(window.overview.trajectory_id, window.overview.cards[2].code)
    assert _audit(window) == []
    window.show_settings()
    assert _audit(window) == []


def test_empty_states(qtbot, empty_window):
    assert _audit(empty_window) == []


@pytest.mark.parametrize("page", [0, 1, 2, 3])
def test_new_candidate_wizard_pages(qtbot, window, gui_desk, page):
    from praktijkdesk.ui.dialogs.new_candidate_wizard import NewCandidateWizard

    wizard = NewCandidateWizard(gui_desk, window)
    qtbot.addWidget(wizard)
    wizard.resize(760, 560)
    wizard.show()
    wizard._go(page)
    QtWidgets.QApplication.processEvents()
    assert problems(wizard) == []


def test_other_dialogs(qtbot, window, gui_desk):
    from praktijkdesk.domain.people import Role
    from praktijkdesk.ui.dialogs.edit_trajectory import EditTrajectoryDialog
    from praktijkdesk.ui.dialogs.note import NoteDialog
    from praktijkdesk.ui.dialogs.person import AddPersonDialog

    trajectory_id = gui_desk.trajectories.summaries()[0].id
    for dialog in (AddPersonDialog(gui_desk, Role.TRAINER, window),
                   NoteDialog("Zet de bestelling klaar.", "", window),
                   EditTrajectoryDialog(gui_desk, trajectory_id, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        QtWidgets.QApplication.processEvents()
        assert problems(dialog) == [], type(dialog).__name__
