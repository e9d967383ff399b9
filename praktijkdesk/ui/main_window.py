"""The main window: a header bar, the screens in a QStackedWidget, F11 and Ctrl+Z.

Navigation: person picker → candidates → trajectory overview → checklist; settings from the
header. The two issue-4 features (declaration, progress report) are imported lazily and
show a calm message while they do not exist yet.
"""

from __future__ import annotations

import importlib

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.widgets.buttons import TouchButton, label
from praktijkdesk.ui.widgets.toast import Toast

BACKUP_INTERVAL_MS = 30 * 60 * 1000  # a backup every half hour, when something changed
NOTICE_MS = 10_000  # a warning at start (a failed backup) stays long enough to be read


def _lazy(module: str, name: str):
    """A feature another part delivers; None while it is not there yet."""
    try:
        return getattr(importlib.import_module(module), name)
    except ImportError:
        return None


class MainWindow(QtWidgets.QMainWindow):
    first_painted = QtCore.Signal()

    def __init__(self, desk=None, parent=None):
        """With a Desk, the full window. Without one, the window's first frame (header and
        the picker's title) that can paint before the engine is even imported; the app
        then calls ``attach_desk``."""
        super().__init__(parent)
        self.desk = None
        self.events = None
        self.setObjectName("mainWindow")
        self._history: list[QtWidgets.QWidget] = []
        self._painted = False
        self.backup_timer: QtCore.QTimer | None = None
        self._build()
        self.retranslate()
        if desk is not None:
            self.attach_desk(desk)

    def attach_desk(self, desk) -> None:
        # Imported here, not at the top: the screens (and through them the engine's data
        # classes) load after the first frame is painted, which keeps startup fast.
        from praktijkdesk.ui.events import DeskEvents
        from praktijkdesk.ui.screens.candidates import CandidatesScreen
        from praktijkdesk.ui.screens.checklist import ChecklistScreen
        from praktijkdesk.ui.screens.person_picker import PersonPickerScreen
        from praktijkdesk.ui.screens.settings import SettingsScreen
        from praktijkdesk.ui.screens.trajectory_overview import TrajectoryOverviewScreen
        from praktijkdesk.ui.sync import FolderSync

        self.desk = desk
        self.events = DeskEvents(desk, self)
        self.picker = PersonPickerScreen(self.desk, self.events)
        self.candidates = CandidatesScreen(self.desk, self.events)
        self.overview = TrajectoryOverviewScreen(self.desk, self.events)
        self.checklist = ChecklistScreen(self.desk, self.events)
        self.settings = SettingsScreen(self.desk, self.events)
        for screen in (self.picker, self.candidates, self.overview, self.checklist, self.settings):
            self.stack.addWidget(screen)
        self._connect()
        # Synced-folder mode: a round every 10 s while a shared folder is set (issue 7);
        # a problem shows once as a toast, never as a stream of message boxes.
        self.sync = FolderSync(desk, self.events, self)
        self.sync.problem.connect(lambda text: self.toast.show_message(text, 8000))
        self.sync.news.connect(lambda text: self.toast.show_message(text, NOTICE_MS))
        self.settings.exchange.set_sync(self.sync)
        self.settings.exchange.notify = lambda text: self.toast.show_message(text, NOTICE_MS)
        self.show_picker()
        self.stack.removeWidget(self.starting)
        self.starting.deleteLater()
        self._history = []
        self.retranslate()
        self._set_header_enabled(True)

    # Build --------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QtWidgets.QWidget()
        central.setObjectName("central")
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QtWidgets.QFrame()
        header.setObjectName("headerBar")
        header.setFixedHeight(theme.ROW + 8)
        bar = QtWidgets.QHBoxLayout(header)
        bar.setContentsMargins(theme.SPACING_M, theme.SPACING_S, theme.SPACING_M, theme.SPACING_S)
        bar.setSpacing(theme.SPACING_M)
        self.back_button = TouchButton(name="backButton")
        self.app_title = label(name="appTitle")
        self.person_button = TouchButton(name="personButton")
        self.person_button.setProperty("keepAccessibleName", True)
        self.settings_button = TouchButton(name="settingsButton")
        bar.addWidget(self.back_button)
        bar.addWidget(self.app_title)
        bar.addStretch(1)
        bar.addWidget(self.person_button)
        bar.addWidget(self.settings_button)
        layout.addWidget(header)
        self.stack = QtWidgets.QStackedWidget()
        self.stack.setObjectName("screens")
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.starting = self._starting_page()
        self.stack.addWidget(self.starting)
        self.toast = Toast(central)
        self._set_header_enabled(False)

        self.undo_shortcut = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Undo, self)
        self.fullscreen_shortcut = QtGui.QShortcut(QtGui.QKeySequence("F11"), self)
        self.back_shortcut = QtGui.QShortcut(QtGui.QKeySequence("Esc"), self)

    def _starting_page(self) -> QtWidgets.QWidget:
        """What the person picker looks like before its names are loaded."""
        page = QtWidgets.QWidget()
        page.setObjectName("screenPage")
        page.setAttribute(QtCore.Qt.WidgetAttribute.WA_StyledBackground)
        layout = QtWidgets.QVBoxLayout(page)
        layout.setContentsMargins(theme.SPACING_L, theme.SPACING_L, theme.SPACING_L, theme.SPACING_M)
        layout.setSpacing(theme.SPACING_M)
        self.starting_title = label(role="title")
        self.starting_text = label(role="muted", wrap=True)
        layout.addWidget(self.starting_title)
        layout.addWidget(self.starting_text)
        layout.addStretch(1)
        return page

    def _set_header_enabled(self, enabled: bool) -> None:
        for button in (self.back_button, self.person_button, self.settings_button):
            button.setEnabled(enabled)
        if not enabled:
            self.back_button.hide()
            self.person_button.hide()

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.go_back)
        self.person_button.clicked.connect(self.show_picker)
        self.settings_button.clicked.connect(self.show_settings)
        self.picker.person_chosen.connect(self._on_picker_person_chosen)
        self.candidates.trajectory_opened.connect(self.continue_trajectory)
        self.candidates.new_candidate_requested.connect(self.new_candidate)
        self.candidates.exchange_requested.connect(self.open_exchange)
        self.candidates.employer_report_requested.connect(self.open_employer_report)
        self.overview.exchange_requested.connect(self.open_exchange)
        self.overview.work_process_opened.connect(self.open_checklist)
        self.overview.declaration_requested.connect(self._on_overview_declaration_requested)
        self.overview.progress_report_requested.connect(self._on_overview_progress_report_requested)
        self.overview.candidate_erased.connect(self._on_overview_candidate_erased)
        self.checklist.undo_requested.connect(self.undo)
        self.checklist.declaration_requested.connect(self._on_checklist_declaration_requested)
        self.checklist.overview_requested.connect(self.open_trajectory)
        self.settings.about_requested.connect(self._on_settings_about_requested)
        self.settings.backups_requested.connect(self._on_settings_backups_requested)
        self.settings.retention_requested.connect(self.open_retention)
        self.settings.language_chosen.connect(self._on_settings_language_chosen)
        self.settings.text_scale_chosen.connect(self._on_settings_text_scale_chosen)
        self.undo_shortcut.activated.connect(self.undo)
        self.fullscreen_shortcut.activated.connect(self.toggle_full_screen)
        self.back_shortcut.activated.connect(self.go_back)
        self.events.changed.connect(self._on_events_changed)
        self.events.person_changed.connect(lambda _p: self._update_header())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("praktijkdesk"))
        self.back_button.setText(self.tr("‹ Terug"))
        self.back_button.setAccessibleName(self.tr("Terug"))
        self.settings_button.setText(self.tr("Instellingen"))
        if self.desk is None:
            self.starting_title.setText(self.tr("Wie is er aan het werk?"))
            self.starting_text.setText(self.tr("Een ogenblik, praktijkdesk wordt geopend…"))
        self._update_header()

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_header(self) -> None:
        if self.desk is None:
            return
        organisation = self.desk.setting("organisation_name") or ""
        self.app_title.setText(f"praktijkdesk  ·  {organisation}" if organisation else "praktijkdesk")
        person = self.events.person
        if person is None:
            self.person_button.setText(self.tr("Wie werkt er?"))
            self.person_button.setAccessibleName(self.tr("Kies wie er werkt"))
        else:
            self.person_button.setText(self.tr("{name} · Wisselen").format(name=person.name))
            self.person_button.setAccessibleName(
                self.tr("Ingelogd als {name}. Tik om te wisselen").format(name=person.name))
        current = self.stack.currentWidget()
        self.back_button.setVisible(current not in (self.picker, self.candidates) or
                                    (current is self.picker and person is not None))
        self.person_button.setVisible(current is not self.picker)

    # Navigation ---------------------------------------------------------------------------
    def _show(self, screen: QtWidgets.QWidget, *, remember: bool = True) -> None:
        current = self.stack.currentWidget()
        if remember and current is not None and current is not screen:
            self._history = [w for w in self._history if w is not screen] + [current]
        self.stack.setCurrentWidget(screen)
        self._update_header()

    def show_picker(self) -> None:
        self._show(self.picker)

    def show_candidates(self) -> None:
        self._history = []
        self._show(self.candidates, remember=False)

    def open_trajectory(self, trajectory_id: str) -> None:
        self.overview.show_trajectory(trajectory_id)
        if self.stack.currentWidget() is self.checklist:
            self._history = [w for w in self._history if w is not self.overview]
        self._show(self.overview)

    def continue_trajectory(self, trajectory_id: str) -> None:
        """A tile: straight to the next work process that is not concluded yet (fewer taps);
        *Terug* shows the whole trajectory. When all are concluded, the trajectory itself."""
        overview = run_op(self, self.desk.trajectories.overview, trajectory_id)
        if not overview.ok:
            return
        o = overview.value
        open_work = [wp for wp in o.progress.work_processes if not wp.concluded]
        if not open_work or o.trajectory.status.value != "active":
            self.open_trajectory(trajectory_id)
            return
        started = [wp for wp in open_work if wp.mastered or wp.practising]
        self.overview.show_trajectory(trajectory_id)
        self._history = [self.overview]  # Terug goes to the trajectory, then the candidates
        self.open_checklist(trajectory_id, (started or open_work)[0].code)

    def open_checklist(self, trajectory_id: str, code: str | None = None) -> None:
        self.checklist.show_work_process(trajectory_id, code)
        self._show(self.checklist)
        self.checklist.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)  # no ring on a choice

    def show_settings(self) -> None:
        self._show(self.settings)

    def go_back(self) -> None:
        current = self.stack.currentWidget()
        if current is self.checklist:
            self._history = [w for w in self._history if w is not self.checklist]
            self.open_trajectory(self.checklist.trajectory_id)
            self._history = []
            return
        if current is self.overview:
            self.show_candidates()
            return
        while self._history:
            target = self._history.pop()
            if target is not current and (target is not self.picker or self.events.person is None):
                self.stack.setCurrentWidget(target)
                self._update_header()
                return
        if self.events.person is not None:
            self.show_candidates()

    def set_person(self, person) -> None:
        self.events.set_person(person)

    # Actions ------------------------------------------------------------------------------
    def _on_picker_person_chosen(self, person) -> None:
        self.set_person(person)
        if self._history and self._history[-1] not in (self.picker, self.settings):
            self.go_back()
        else:
            self.show_candidates()

    def new_candidate(self) -> None:
        from praktijkdesk.ui.dialogs.new_candidate_wizard import NewCandidateWizard

        wizard = NewCandidateWizard(self.desk, self)
        wizard.preset(self.events.person)
        if wizard.exec() == QtWidgets.QDialog.DialogCode.Accepted and wizard.trajectory:
            self.open_trajectory(wizard.trajectory.id)

    def open_employer_report(self, employer_id: str) -> None:
        """One tap from the jobcoach's home: the employer's voortgangsoverzicht for the visit."""
        from praktijkdesk.ui.printing import open_employer_report

        open_employer_report(self, self.desk, employer_id)

    def open_exchange(self, trajectory_id: str | None = None) -> None:
        """Gegevens uitwisselen (issue #20): confirmations as a toast that names what happened."""
        from praktijkdesk.ui.dialogs.exchange import open_hub

        open_hub(self, self.desk, notify=lambda text: self.toast.show_message(text, NOTICE_MS),
                 trajectory_id=trajectory_id or None, sync=self.sync)

    def undo(self) -> None:
        person = self.events.person
        if person is None:
            return
        # Undo stays where the trainer looks: on a checklist only that work process of that
        # trajectory, on a trajectory only that trajectory.
        scope: tuple = ()
        current = self.stack.currentWidget()
        if current is self.checklist and self.checklist.trajectory_id:
            scope = (self.checklist.trajectory_id, self.checklist.code)
        elif current is self.overview and self.overview.trajectory_id:
            scope = (self.overview.trajectory_id,)
        result = run_op(self, self.desk.marking.undo_last, person.id, *scope)
        if result.ok and result.value is None:
            self.toast.show_message(self.tr("Er is hier niets meer om ongedaan te maken."))
        elif result.ok:
            self.toast.show_message(self.undone_text(result.value))

    def undone_text(self, undone) -> str:
        """ "Beheerst bij 'Begroet gasten' is teruggezet." """
        if undone.kind == "conclusion":
            return self.tr("De afronding van {code} is teruggedraaid.").format(code=undone.target)
        # Imported here like the screens (attach_desk): nothing of them before the first paint.
        from praktijkdesk.ui.widgets.mark_toggle import status_text

        return self.tr("{status} bij ‘{text}’ is teruggezet.").format(
            status=status_text(undone.status), text=undone.text)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _on_events_changed(self, changes) -> None:
        if changes.settings:
            self._update_header()

    def _on_overview_declaration_requested(self, trajectory_id: str) -> None:
        opener = _lazy("praktijkdesk.ui.dialogs.issue_declaration", "open_issue_declaration")
        if opener is None:
            message.coming_soon(self)
            return
        opener(self, self.desk, self.events, trajectory_id, self.events.person)

    def _on_checklist_declaration_requested(self, trajectory_id: str) -> None:
        """From a concluded work process: the declaration's preview at once (all concluded
        work processes chosen; *Terug* changes the choice)."""
        from praktijkdesk.ui.dialogs.issue_declaration import open_issue_declaration

        open_issue_declaration(self, self.desk, self.events, trajectory_id, self.events.person,
                               preview=True)

    def _on_overview_progress_report_requested(self, trajectory_id: str) -> None:
        opener = _lazy("praktijkdesk.ui.printing", "open_progress_report")
        if opener is None:
            message.coming_soon(self)
            return
        opener(self, self.desk, trajectory_id)

    def _on_overview_candidate_erased(self, name: str) -> None:
        self.show_candidates()
        if name:
            self.toast.show_message(self.tr("{name} is gewist.").format(name=name), NOTICE_MS)

    def _on_settings_backups_requested(self) -> None:
        from praktijkdesk.ui.dialogs.backups import open_backups_dialog

        open_backups_dialog(self, self.desk)

    def open_retention(self) -> None:
        from praktijkdesk.ui.dialogs.privacy import open_retention_dialog

        dialog = open_retention_dialog(self, self.desk)
        if dialog.erased:  # nothing may lead back to a trajectory that is gone
            self._history = [w for w in self._history if w not in (self.overview, self.checklist)]
            self.toast.show_message(self.tr("Gewist: {names}.").format(
                names=", ".join(r.name for r in dialog.erased)), NOTICE_MS)

    def show_notice(self, text: str) -> None:
        """Something to hear about that must not block (a failed backup at start)."""
        self.toast.show_message(text, NOTICE_MS)

    # Backups while running ------------------------------------------------------------------
    def start_backups(self, interval_ms: int = BACKUP_INTERVAL_MS) -> None:
        """Every half hour and on close: a backup when something changed (the app calls this;
        test windows do not, so closing them makes no backups)."""
        if self.backup_timer is None:
            self.backup_timer = QtCore.QTimer(self)
            self.backup_timer.timeout.connect(lambda: self.backup_if_changed("automatisch"))
        self.backup_timer.start(interval_ms)

    def stop_backups(self) -> None:
        if self.backup_timer is not None:
            self.backup_timer.stop()

    def backup_if_changed(self, reason: str = "automatisch", *, closing: bool = False):
        """A backup when the data changed since the last one; a failure is told, never raised."""
        from praktijkdesk.errors import UserError

        try:
            return self.desk.backups.backup_if_changed(reason)
        except UserError as exc:
            problem = exc.message
        except Exception:  # a copy that fails must never take the app down
            import traceback

            from praktijkdesk.ui.application import write_log

            path = write_log(self.desk.data_dir, traceback.format_exc())
            problem = self.tr("De details staan in {path}.").format(path=path)
        text = self.tr("De reservekopie is niet gelukt. Uw gegevens zelf zijn wel opgeslagen. "
                       "{problem}").format(problem=problem)
        if closing and not self.quiet_close:
            message.inform(self, self.tr("Geen reservekopie gemaakt"), text, kind="warning")
        else:
            self.show_notice(text)
        return None

    # True when a signal or the end of the session closes the app: no dialog may wait then.
    quiet_close = False

    def closeEvent(self, event) -> None:
        if self.desk is not None and self.backup_timer is not None and self.backup_timer.isActive():
            self.stop_backups()
            self.backup_if_changed("afsluiten", closing=True)
        super().closeEvent(event)

    def _on_settings_about_requested(self) -> None:
        opener = _lazy("praktijkdesk.ui.dialogs.about", "show_about")
        if opener is None:
            message.coming_soon(self)
            return
        opener(self, self.desk)

    def _on_settings_language_chosen(self, language: str) -> None:
        from praktijkdesk.ui.i18n import set_language

        set_language(QtWidgets.QApplication.instance(), language)
        run_op(self, self.desk.set_setting, "language", language)

    def _on_settings_text_scale_chosen(self, scale: int) -> None:
        from praktijkdesk.ui.application import apply_style

        run_op(self, self.desk.set_setting, "text_scale", str(scale))
        apply_style(QtWidgets.QApplication.instance(), scale)

    # First paint (for benchmarks/startup.py) --------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QtCore.QTimer.singleShot(0, self.first_painted.emit)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.toast.isVisible():
            self.toast.place()
