"""Every visible interactive control on every main screen: ≥ 48×48 and an accessible name.

Runs at the smallest supported size (1024×600); dialogs are audited as they open.
"""

from __future__ import annotations

import pytest
from PySide6 import QtWidgets

from praktijkdesk.ui import theme
from tests.ui.conftest import open_candidate, pick_person

INTERACTIVE = (
    QtWidgets.QAbstractButton,
    QtWidgets.QLineEdit,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QPlainTextEdit,
    QtWidgets.QAbstractItemView,
    QtWidgets.QAbstractSlider,
)
# Parts drawn inside a control (a combo box's line edit, a spin box's buttons) belong to it.
COMPOSITE = (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox, QtWidgets.QScrollBar)


def problems(root: QtWidgets.QWidget, minimum: int = 3) -> list[str]:
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
    assert audited >= minimum, "the audit found nothing to check"
    return found


def scrollbars_too_thin(root) -> list[str]:
    return [
        f"{bar.objectName()} {bar.width()}"
        for bar in root.findChildren(QtWidgets.QScrollBar)
        if bar.isVisible() and bar.orientation().name == "Vertical" and bar.width() < 20
    ]


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
    for dialog in (
        AddPersonDialog(gui_desk, Role.TRAINER, window),
        NoteDialog("Zet de bestelling klaar.", "", window),
        EditTrajectoryDialog(gui_desk, trajectory_id, window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        QtWidgets.QApplication.processEvents()
        assert problems(dialog) == [], type(dialog).__name__


# Exchange, conflicts and early conclusion (issue 3/2 and 7) ---------------------------------
def text_too_small(root: QtWidgets.QWidget) -> list[str]:
    """Every visible label's text is at least 16 px."""
    found = []
    for widget in root.findChildren(QtWidgets.QLabel):
        if not widget.isVisible() or not widget.text().strip():
            continue
        font = widget.font()
        size = (
            font.pixelSize()
            if font.pixelSize() > 0
            else font.pointSizeF() * widget.logicalDpiY() / 72
        )
        if size < 16:
            found.append(f"QLabel#{widget.objectName()} '{widget.text()[:30]}' is {size:.0f} px")
    return found


def _conflict_and_duplicate(gui_desk, tmp_path):
    """A conflict on Nguyễn's first open work process and a likely duplicate of her."""
    import datetime as dt

    from praktijkdesk.clock import FixedClock
    from praktijkdesk.desk import Desk
    from praktijkdesk.domain.mark import MarkStatus

    anh = next(s for s in gui_desk.trajectories.summaries() if s.candidate_name == "Nguyễn Thị Ánh")
    overview = gui_desk.trajectories.overview(anh.id)
    code = next(
        p.code
        for p in overview.progress.work_processes
        if not p.concluded and not p.ready_for_conclusion
    )
    behaviour = gui_desk.marking.checklist(anh.id, code).items[0].behaviour.id
    start = gui_desk.clock.now_utc() + dt.timedelta(minutes=5)
    with Desk.open(tmp_path / "office", clock=FixedClock(start)) as office:
        office.exchange.set_scope("jobcoach")  # gets every employer's candidates (issue #20)
        office.exchange.import_file(
            gui_desk.exchange.export(tmp_path / "a.praktijk", everything=True).path
        )
        jan = office.people.person_named("Jan de Vries")
        office.marking.record_mark(anh.id, behaviour, MarkStatus.MASTERED, jan.id)
        trainer = office.people.person_named("Fatma Yılmaz")
        office.trajectories.add_candidate(
            name=anh.candidate_name,
            birth_date=overview.candidate.birth_date,
            employer_id=trainer.employer_id,
            trainer_id=trainer.id,
            guide_key=anh.guide_key,
        )
        bundle = office.exchange.export(tmp_path / "b.praktijk", everything=True).path
    fatma = gui_desk.people.person_named("Fatma Yılmaz")
    gui_desk.marking.record_mark(anh.id, behaviour, MarkStatus.NOT_YET, fatma.id)
    return anh.id, code, bundle


def test_exchange_and_conclusion_states(qtbot, window, gui_desk, tmp_path):
    anh, code, bundle = _conflict_and_duplicate(gui_desk, tmp_path)
    gui_desk.exchange.import_file(bundle)
    pick_person(qtbot, window, "Fatma Yılmaz")
    window.open_trajectory(anh)
    assert any(c.conflicts for c in window.overview.cards)
    window.overview.scroll.verticalScrollBar().setValue(10_000)  # the bundle card at the end
    assert _audit(window) == [] and text_too_small(window) == []
    window.open_checklist(anh, code)  # a conflict row, and "Werkproces afronden" below
    assert any(r.conflict.isVisible() for r in window.checklist.rows)
    window.checklist.scroll.verticalScrollBar().setValue(10_000)
    QtWidgets.QApplication.processEvents()
    assert window.checklist.early_button.isVisible()
    assert _audit(window) == [] and text_too_small(window) == []
    gui_desk.marking.conclude(anh, code, window.events.person.id, "Kan het al zelfstandig.")
    window.checklist.celebration.skip()
    assert window.checklist.revoke_button.isVisible()  # concluded: header chip and banner
    assert _audit(window) == [] and text_too_small(window) == []
    shared = tmp_path / "shared"
    shared.mkdir()
    gui_desk.exchange.set_sync_folder(shared)
    window.sync.run_round()
    window.show_settings()
    section = window.settings.exchange
    for widget in (section.sync_now, section.merge_button):
        window.settings.findChild(QtWidgets.QScrollArea).ensureWidgetVisible(widget)
        assert widget.isVisible()
        assert _audit(window) == [] and text_too_small(window) == []


def test_exchange_and_conclusion_dialogs(qtbot, window, gui_desk, tmp_path):
    from praktijkdesk.ui.dialogs.conclude import ReasonDialog
    from praktijkdesk.ui.dialogs.exchange import ExportDialog, ImportPreviewDialog, MergeDialog

    _anh, _code, bundle = _conflict_and_duplicate(gui_desk, tmp_path)
    plan = gui_desk.exchange.preview(bundle)
    assert plan.duplicates
    refused = ReasonDialog("B1-K1-W3  Ontvangt gasten", "3 van de 5 staan op Beheerst.", window)
    dialogs = [
        ReasonDialog("B1-K1-W3  Ontvangt gasten", "3 van de 5 staan op Beheerst.", window),
        refused,
        ReasonDialog("B1-K1-W3  Ontvangt gasten", "Telt dan niet meer.", window, revoke=True),
        ImportPreviewDialog(plan, window),
        ExportDialog(gui_desk, window),
    ]
    gui_desk.exchange.import_file(bundle)
    dialogs.append(MergeDialog(gui_desk, gui_desk.exchange.likely_duplicates()[0], window))
    dialogs.append(ImportPreviewDialog(gui_desk.exchange.preview(bundle), window))  # nothing new
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        if dialog is refused:
            dialog._on_confirm()
            assert dialog.refusal.isVisible()
        QtWidgets.QApplication.processEvents()
        assert dialog.height() <= 600 and dialog.width() <= 1024, type(dialog).__name__
        assert problems(dialog, minimum=1) == [], type(dialog).__name__
        assert text_too_small(dialog) == [], type(dialog).__name__
        dialog.close()


def test_privacy_backups_and_start_dialogs(qtbot, window, gui_desk):
    """The dialogs of the reliability and privacy wiring, in every state they show."""
    import datetime as dt

    from praktijkdesk.ui.dialogs.privacy import EraseCandidateDialog, RetentionDialog
    from praktijkdesk.ui.single_instance import already_open_box

    pick_person(qtbot, window)
    open_candidate(qtbot, window, "nguyen")
    window.overview.scroll.ensureWidgetVisible(window.overview.erase_button)
    assert _audit(window) == [] and text_too_small(window) == []  # the privacy card
    window.show_settings()
    assert text_too_small(window) == []  # Reservekopieën and Privacy sections

    erase = EraseCandidateDialog(gui_desk, window.overview.overview.candidate.id, window)
    nobody = RetentionDialog(gui_desk, window)  # nobody due yet: only a close button
    qtbot.addWidget(nobody)
    nobody.show()
    QtWidgets.QApplication.processEvents()
    assert not nobody.erase_button.isVisible() and nobody.later_button.text() == "Sluiten"
    assert nobody.later_button.height() >= theme.TOUCH_MIN and text_too_small(nobody) == []
    nobody.close()
    for t in gui_desk.trajectories.summaries()[:2]:
        gui_desk.trajectories.close(t.id)
    gui_desk.clock.advance(dt.timedelta(days=3 * 365))
    retention = RetentionDialog(gui_desk, window)
    for dialog in (erase, retention):
        qtbot.addWidget(dialog)
        dialog.resize(760, 560)
        dialog.show()
        QtWidgets.QApplication.processEvents()
        assert problems(dialog) == [] and text_too_small(dialog) == [], type(dialog).__name__
    erase.sure.setChecked(True)
    retention.boxes[0][0].setChecked(True)
    QtWidgets.QApplication.processEvents()
    for dialog in (erase, retention):
        assert problems(dialog) == [] and text_too_small(dialog) == [], type(dialog).__name__
    for came_forward in (True, False):
        box = already_open_box(window, came_forward)
        qtbot.addWidget(box)
        box.show()
        QtWidgets.QApplication.processEvents()
        assert all(b.height() >= theme.TOUCH_MIN and b.accessibleName() for b in box.buttons())
        box.close()


def test_every_scroll_area_scrolls_with_a_finger(qtbot, window):
    """Kinetic scrolling is set up one event-loop turn after a scroll area is made (to keep
    it out of the start): once the screens are up, every scroll area has its scroller."""
    from PySide6 import QtCore

    pick_person(qtbot, window)
    open_candidate(qtbot, window, "nguyen")
    window.open_checklist(window.overview.trajectory_id, window.overview.cards[2].code)
    window.show_settings()
    QtWidgets.QApplication.processEvents()
    areas = [a for a in window.findChildren(QtWidgets.QScrollArea) if a.objectName()]
    assert len(areas) >= 3
    for area in areas:
        assert QtWidgets.QScroller.hasScroller(area.viewport()), area.objectName()
        metric = QtWidgets.QScrollerProperties.ScrollMetric.MousePressEventDelay
        scroller = QtWidgets.QScroller.scroller(area.viewport())
        assert scroller.scrollerProperties().scrollMetric(metric) == 0.0
    from praktijkdesk.ui.screens.base import scroll_area

    area = scroll_area(QtWidgets.QWidget(), "gone")
    area.deleteLater()  # gone before its turn: the late setup must not touch it
    QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    QtWidgets.QApplication.processEvents()
