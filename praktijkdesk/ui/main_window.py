"""The main window: a header bar, the screens in a QStackedWidget, F11 and Ctrl+Z.

Navigation: person picker → candidates → trajectory overview → checklist; settings from the
header. Only the person picker is built when the Desk arrives; every other screen is built
(and its module imported) the first time it is needed, which keeps the start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.widgets.buttons import TouchButton, label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.widgets.toast import Toast

# Imported where first needed, not here: every module imported after PySide6 has its source
# read by PySide's import hook, and this module is loaded before the first frame.

BACKUP_INTERVAL_MS = 30 * 60 * 1000  # a backup every half hour, when something changed
NOTICE_MS = 10_000  # a warning at start (a failed backup) stays long enough to be read
IDLE_CHECKPOINT_MS = 3000  # quiet this long after a change: the WAL checkpoint (issue #18)


class MainWindow(QtWidgets.QMainWindow):
    first_painted = QtCore.Signal()

    def __init__(self, desk: Desk | None = None, parent=None):
        """With a Desk, the full window. Without one, the window's first frame (header and
        the picker's title) that can paint before the engine is even imported; the app
        then calls ``attach_desk``."""
        super().__init__(parent)
        self.desk = None
        self.events = None
        self.setObjectName("mainWindow")
        self._history: list[QtWidgets.QWidget] = []
        self._screens: dict[str, QtWidgets.QWidget] = {}
        self.picker = None  # made when the names are known (see attach_desk)
        self._chosen_early = None  # a name tapped before the Desk had opened
        self._painted = False
        self.backup_timer: QtCore.QTimer | None = None
        self.idle_timer: QtCore.QTimer | None = None
        self._build()
        self.retranslate()
        if desk is not None:
            self.attach_desk(desk)

    def attach_desk(self, desk: Desk) -> None:
        # Imported here, not at the top: the picker (and through it the engine's data
        # classes) loads after the first frame is painted, which keeps startup fast.
        from praktijkdesk.ui.events import DeskEvents
        from praktijkdesk.ui.screens.person_picker import PersonPickerScreen
        from praktijkdesk.ui.sync import FolderSync

        self.desk = desk
        if self.picker is None:
            self.events = DeskEvents(desk, self)
            self.picker = PersonPickerScreen(self.desk, self.events)
            self.picker.person_chosen.connect(self._on_picker_person_chosen)
            self.stack.addWidget(self.picker)
        else:  # the picker already shows the names read at start
            self.events.attach(desk)
            self.picker.desk = desk
            self.picker.mark_stale()
        self._connect()
        # Synced-folder mode: a round every 10 s while a shared folder is set (issue 7);
        # a problem shows once as a toast, never as a stream of message boxes.
        self.sync = FolderSync(desk, self.events, self)
        self.sync.problem.connect(lambda text: self.toast.show_message(text, 8000))
        self.sync.news.connect(lambda text: self.toast.show_message(text, NOTICE_MS))
        # A new device in the shared folder waits for "Vertrouwen" (issue #13).
        from praktijkdesk.ui.screens.devices_section import DeviceTrustBanner

        self.device_banner = DeviceTrustBanner(desk, self.events)
        self.centralWidget().layout().insertWidget(1, self.device_banner)
        self.sync.round_finished.connect(lambda _result: self.device_banner.refresh())
        self.show_picker()
        self.stack.removeWidget(self.starting)
        self.starting.deleteLater()
        self._history = []
        self.retranslate()
        self._set_header_enabled(True)
        if self._chosen_early is not None:
            person, self._chosen_early = self._chosen_early, None
            self._on_picker_person_chosen(person)

    def show_people_at_start(self, people, employers) -> None:
        """The picker with these names, before the Desk (and the rest of the engine) is
        loaded; ``attach_desk`` then makes it live. A tap that comes in between is kept."""
        from praktijkdesk.ui.events import DeskEvents
        from praktijkdesk.ui.screens.person_picker import PersonPickerScreen

        self.events = DeskEvents(None, self)
        self.picker = PersonPickerScreen(None, self.events)
        self.picker.show_people(people, employers)
        self.picker.person_chosen.connect(self._on_picker_person_chosen)
        self.stack.addWidget(self.picker)
        self.stack.setCurrentWidget(self.picker)

    # The other screens, each built the first time it is needed -------------------------
    # Plain imports inside these properties (not importlib): a missing or broken module is
    # a real ImportError, and building a screen on first use keeps the start fast.
    @property
    def candidates(self):
        screen = self._screens.get("candidates")
        if screen is None:
            from praktijkdesk.ui.screens.candidates import CandidatesScreen

            screen = self._add_screen("candidates", CandidatesScreen(self.desk, self.events))
            screen.trajectory_opened.connect(self.continue_trajectory)
            screen.new_candidate_requested.connect(self.new_candidate)
            screen.exchange_requested.connect(self.open_exchange)
            screen.employer_report_requested.connect(self.open_employer_report)
        return screen

    @property
    def overview(self):
        screen = self._screens.get("overview")
        if screen is None:
            from praktijkdesk.ui.screens.trajectory_overview import TrajectoryOverviewScreen

            screen = self._add_screen("overview", TrajectoryOverviewScreen(self.desk, self.events))
            screen.exchange_requested.connect(self.open_exchange)
            screen.work_process_opened.connect(self.open_checklist)
            screen.declaration_requested.connect(self._on_overview_declaration_requested)
            screen.progress_report_requested.connect(self._on_overview_progress_report_requested)
            screen.candidate_erased.connect(self._on_overview_candidate_erased)
            screen.candidate_view_requested.connect(self.open_candidate_view)
        return screen

    @property
    def checklist(self):
        screen = self._screens.get("checklist")
        if screen is None:
            from praktijkdesk.ui.screens.checklist import ChecklistScreen

            screen = self._add_screen("checklist", ChecklistScreen(self.desk, self.events))
            screen.undo_requested.connect(self.undo)
            screen.declaration_requested.connect(self._on_checklist_declaration_requested)
            screen.overview_requested.connect(self.open_trajectory)
        return screen

    @property
    def settings(self):
        screen = self._screens.get("settings")
        if screen is None:
            from praktijkdesk.ui.screens.settings import SettingsScreen

            screen = self._add_screen("settings", SettingsScreen(self.desk, self.events))
            screen.about_requested.connect(self._on_settings_about_requested)
            screen.backups_requested.connect(self._on_settings_backups_requested)
            screen.retention_requested.connect(self.open_retention)
            screen.language_chosen.connect(self._on_settings_language_chosen)
            screen.text_scale_chosen.connect(self._on_settings_text_scale_chosen)
            screen.exchange.set_sync(self.sync)
            screen.exchange.notify = lambda text: self.toast.show_message(text, NOTICE_MS)
        return screen

    def _add_screen(self, name: str, screen: QtWidgets.QWidget) -> QtWidgets.QWidget:
        self._screens[name] = screen
        self.stack.addWidget(screen)
        return screen

    def _is_screen(self, widget: QtWidgets.QWidget | None, *names: str) -> bool:
        """Whether ``widget`` is one of the named screens, without building any of them."""
        return widget is not None and any(
            widget is (self.picker if name == "picker" else self._screens.get(name))
            for name in names
        )

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
        self._toast: Toast | None = None
        self._set_header_enabled(False)

    @property
    def toast(self) -> Toast:
        """Made on first use: its Qt.WidgetAttribute would be the first Qt enum the start
        touches, and the first touch builds every Qt.* enum class (~30 ms)."""
        if self._toast is None:
            from praktijkdesk.ui.widgets.toast import Toast

            self._toast = Toast(self.centralWidget())
        return self._toast

    def _starting_page(self) -> QtWidgets.QWidget:
        """What the person picker looks like before its names are loaded.

        A QFrame paints its stylesheet background without WA_StyledBackground: before the
        first frame no Qt.* enum is touched (the first touch builds all of them, ~30 ms)."""
        page = QtWidgets.QFrame()
        page.setObjectName("screenPage")
        layout = QtWidgets.QVBoxLayout(page)
        layout.setContentsMargins(
            theme.SPACING_L, theme.SPACING_L, theme.SPACING_L, theme.SPACING_M
        )
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
        # The shortcuts come with the Desk: they act on it, and made before the first frame
        # they would build QKeySequence's enums there.
        self.undo_shortcut = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Undo, self)
        self.fullscreen_shortcut = QtGui.QShortcut(QtGui.QKeySequence("F11"), self)
        self.back_shortcut = QtGui.QShortcut(QtGui.QKeySequence("Esc"), self)
        self.back_button.clicked.connect(self.go_back)
        self.person_button.clicked.connect(self.show_picker)
        self.settings_button.clicked.connect(self.show_settings)
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
            self.app_title.setText("praktijkdesk")
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
        self.app_title.setText(
            f"praktijkdesk  ·  {organisation}" if organisation else "praktijkdesk"
        )
        person = self.events.person
        if person is None:
            self.person_button.setText(self.tr("Wie werkt er?"))
            self.person_button.setAccessibleName(self.tr("Kies wie er werkt"))
        else:
            self.person_button.setText(self.tr("{name} · Wisselen").format(name=person.name))
            self.person_button.setAccessibleName(
                self.tr("Ingelogd als {name}. Tik om te wisselen").format(name=person.name)
            )
        current = self.stack.currentWidget()
        self.back_button.setVisible(
            not self._is_screen(current, "picker", "candidates")
            or (current is self.picker and person is not None)
        )
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
        if self._is_screen(self.stack.currentWidget(), "checklist"):
            self._history = [w for w in self._history if w is not self.overview]
        self._show(self.overview)

    def continue_trajectory(self, trajectory_id: str) -> None:
        """A tile: straight to the next work process that is not concluded yet (fewer taps);
        *Terug* shows the whole trajectory. When all are concluded, the trajectory itself."""
        from praktijkdesk.ui.ops import run_op

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

    def open_candidate_view(self, trajectory_id: str):
        """*Laat zien aan kandidaat* (issue #16): the candidate's own full-screen view, which
        nothing of the trainer's can be reached from; holding its corner comes back here."""
        from praktijkdesk.ui.screens.candidate_view import CandidateViewScreen

        if self.speaker is None:
            from praktijkdesk.ui.speech import Speaker

            self.speaker = Speaker(parent=self)  # the voice starts on its own thread
        view = CandidateViewScreen(self.desk, self.events, trajectory_id, self.speaker, self)
        self.candidate_view = view
        view.left.connect(self._on_candidate_view_left)
        view.enter()
        return view

    def _on_candidate_view_left(self) -> None:
        self.candidate_view = None
        self.activateWindow()

    # Made on first use: the read-aloud worker (ui/speech.py) and the open candidate view.
    speaker = None
    candidate_view = None

    def show_settings(self) -> None:
        self._show(self.settings)

    def go_back(self) -> None:
        current = self.stack.currentWidget()
        if self._is_screen(current, "checklist"):
            self._history = [w for w in self._history if w is not current]
            self.open_trajectory(current.trajectory_id)
            self._history = []
            return
        if self._is_screen(current, "overview"):
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
        if self.desk is None:  # tapped before the Desk opened: go on once it has
            self._chosen_early = person
            return
        self.set_person(person)
        if self._history and not self._is_screen(self._history[-1], "picker", "settings"):
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

        open_hub(
            self,
            self.desk,
            notify=lambda text: self.toast.show_message(text, NOTICE_MS),
            trajectory_id=trajectory_id or None,
            sync=self.sync,
        )

    def undo(self) -> None:
        person = self.events.person
        if person is None:
            return
        from praktijkdesk.ui.ops import run_op

        # Undo stays where the trainer looks: on a checklist only that work process of that
        # trajectory, on a trajectory only that trajectory.
        scope: tuple = ()
        current = self.stack.currentWidget()
        if self._is_screen(current, "checklist") and self.checklist.trajectory_id:
            scope = (self.checklist.trajectory_id, self.checklist.code)
        elif self._is_screen(current, "overview") and self.overview.trajectory_id:
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
        if undone.kind == "migration":  # an overstap (#15): back to the version before
            return self.tr("De overstap is teruggedraaid: weer {text}.").format(text=undone.text)
        # Imported here like the screens (attach_desk): nothing of them before the first paint.
        from praktijkdesk.ui.widgets.mark_toggle import status_text

        return self.tr("{status} bij ‘{text}’ is teruggezet.").format(
            status=status_text(undone.status), text=undone.text
        )

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _on_events_changed(self, changes) -> None:
        if changes.settings:
            self._update_header()

    # The dialogs below import on first use (plain imports: a broken module is an error,
    # never "coming soon"); PDF work and its modules stay out of the start.
    def _on_overview_declaration_requested(self, trajectory_id: str) -> None:
        from praktijkdesk.ui.dialogs.issue_declaration import open_issue_declaration

        open_issue_declaration(self, self.desk, self.events, trajectory_id, self.events.person)

    def _on_checklist_declaration_requested(self, trajectory_id: str) -> None:
        """From a concluded work process: the declaration's preview at once (all concluded
        work processes chosen; *Terug* changes the choice)."""
        from praktijkdesk.ui.dialogs.issue_declaration import open_issue_declaration

        open_issue_declaration(
            self, self.desk, self.events, trajectory_id, self.events.person, preview=True
        )

    def _on_overview_progress_report_requested(self, trajectory_id: str) -> None:
        from praktijkdesk.ui.printing import open_progress_report

        open_progress_report(self, self.desk, trajectory_id)

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
            self._history = [
                w for w in self._history if not self._is_screen(w, "overview", "checklist")
            ]
            self.toast.show_message(
                self.tr("Gewist: {names}.").format(names=", ".join(r.name for r in dialog.erased)),
                NOTICE_MS,
            )

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

    def start_idle_checkpoints(self, quiet_ms: int = IDLE_CHECKPOINT_MS) -> None:
        """A few seconds after the last change, the database's housekeeping (the WAL
        checkpoint) runs, so it never lands on a tap (issue #18). The app calls this."""
        if self.events is None or self.idle_timer is not None:
            return
        self.idle_timer = QtCore.QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(quiet_ms)
        self.idle_timer.timeout.connect(self._idle)
        self.events.changed.connect(lambda _changes: self.idle_timer.start())

    def _idle(self) -> None:
        if self.desk is not None:
            self.desk.idle()

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
        text = self.tr(
            "De reservekopie is niet gelukt. Uw gegevens zelf zijn wel opgeslagen. {problem}"
        ).format(problem=problem)
        if closing and not self.quiet_close:
            from praktijkdesk.ui.dialogs import message

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
        from praktijkdesk.ui.dialogs.about import show_about

        show_about(self, self.desk)

    def _on_settings_language_chosen(self, language: str) -> None:
        from praktijkdesk.ui.i18n import set_language

        set_language(QtWidgets.QApplication.instance(), language)
        from praktijkdesk.ui.ops import run_op

        run_op(self, self.desk.set_setting, "language", language)

    def _on_settings_text_scale_chosen(self, scale: int) -> None:
        from praktijkdesk.ui.application import apply_style
        from praktijkdesk.ui.ops import run_op

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
        if self._toast is not None and self._toast.isVisible():
            self._toast.place()
