"""One trajectory: who, where, which guide, and the work processes as big cards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.trajectory import TrajectoryStatus
from praktijkdesk.errors import NotFound
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.edit_trajectory import EditTrajectoryDialog
from praktijkdesk.ui.formatting import day_date, long_date
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.plain_words import core_task_label, show_codes
from praktijkdesk.ui.screens.base import Screen, page_margins, scroll_area
from praktijkdesk.ui.widgets.buttons import TouchButton, label
from praktijkdesk.ui.widgets.progress_ring import Avatar, ProgressRing
from praktijkdesk.ui.widgets.tile import TileGrid, WorkProcessCard

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.events import DeskEvents


class TrajectoryOverviewScreen(Screen):
    work_process_opened = QtCore.Signal(str, str)  # trajectory id, work process code
    declaration_requested = QtCore.Signal(str)
    progress_report_requested = QtCore.Signal(str)
    candidate_erased = QtCore.Signal(str)  # the name of the candidate who was erased
    exchange_requested = QtCore.Signal(str)  # "Gegevens uitwisselen" (issue #20)
    candidate_view_requested = QtCore.Signal(str)  # "Laat zien aan kandidaat" (issue #16)

    def __init__(self, desk: Desk, events: DeskEvents, parent=None):
        super().__init__(desk, events, parent)
        self.trajectory_id: str | None = None
        self.overview = None
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(content)
        page_margins(layout)
        layout.setSpacing(theme.SPACING_M)

        card = QtWidgets.QFrame()
        card.setProperty("role", "card")
        card_layout = QtWidgets.QHBoxLayout(card)
        card_layout.setContentsMargins(
            theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_M
        )
        card_layout.setSpacing(theme.SPACING_L)
        self.avatar = Avatar(72)
        card_layout.addWidget(self.avatar, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        text = QtWidgets.QVBoxLayout()
        text.setSpacing(4)
        self.name = label(role="title", wrap=True, name="overviewName")
        self.where = label(wrap=True, name="overviewWhere")
        self.who = label(role="muted", wrap=True, name="overviewWho")
        self.closed_note = label(role="chip", name="overviewClosed")
        self.closed_note.setProperty("state", "example")
        text.addWidget(self.name)
        text.addWidget(self.where)
        text.addWidget(self.who)
        text.addWidget(self.closed_note, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        # Beside the candidate's name, not in the row of actions (that row fills 1024 px).
        self.candidate_view_button = TouchButton(name="candidateViewButton")
        text.addWidget(self.candidate_view_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        text.addStretch(1)
        card_layout.addLayout(text, 1)
        ring_box = QtWidgets.QVBoxLayout()
        self.ring = ProgressRing(96)
        self.ring_text = label(role="small", name="overviewProgress")
        self.ring_text.setAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter)
        self.ring_text.setWordWrap(True)
        self.ring_text.setFixedWidth(180)
        ring_box.addWidget(self.ring, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        ring_box.addWidget(self.ring_text, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        card_layout.addLayout(ring_box)
        layout.addWidget(card)

        actions = QtWidgets.QHBoxLayout()
        actions.setSpacing(theme.SPACING_M)
        self.declaration_button = TouchButton(role="primary", big=True, name="declarationButton")
        self.report_button = TouchButton(big=True, name="progressReportButton")
        self.edit_button = TouchButton(big=True, name="editTrajectoryButton")
        self.close_button = TouchButton(big=True, name="closeTrajectoryButton")
        for button in (self.declaration_button, self.report_button, self.edit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        layout.addLayout(actions)

        self.sections = QtWidgets.QVBoxLayout()
        self.sections.setSpacing(theme.SPACING_M)
        layout.addLayout(self.sections)
        layout.addWidget(self._guide_card())
        layout.addWidget(self._bundle_card())
        layout.addWidget(self._privacy_card())
        layout.addStretch(1)
        self.scroll = scroll_area(content, "overviewScroll")
        outer.addWidget(self.scroll)
        self._section_widgets: list[QtWidgets.QWidget] = []
        self.cards: list[WorkProcessCard] = []

    def _privacy_card(self) -> QtWidgets.QFrame:
        """At the end of the page, out of the way of daily work: the AVG requests."""
        card = QtWidgets.QFrame()
        card.setProperty("role", "card")
        card.setObjectName("privacyCard")
        inner = QtWidgets.QVBoxLayout(card)
        inner.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_L)
        inner.setSpacing(theme.SPACING_S)
        self.privacy_heading = label(role="heading", name="privacyHeading")
        self.privacy_hint = label(role="small", wrap=True, name="privacyHint")
        self.export_data_button = TouchButton(big=True, name="exportCandidateDataButton")
        self.erase_button = TouchButton(role="danger", big=True, name="eraseCandidateButton")
        row = QtWidgets.QHBoxLayout()
        row.setSpacing(theme.SPACING_M)
        row.addWidget(self.export_data_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        inner.addWidget(self.privacy_heading)
        inner.addWidget(self.privacy_hint)
        inner.addLayout(row)
        return card

    def _guide_card(self) -> QtWidgets.QFrame:
        """The employer's own version of the guide, and moving to another version (#15)."""
        card = QtWidgets.QFrame()
        card.setProperty("role", "card")
        card.setObjectName("guideVersionCard")
        inner = QtWidgets.QVBoxLayout(card)
        inner.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_M)
        inner.setSpacing(theme.SPACING_S)
        self.guide_hint = label(role="muted", wrap=True, name="guideVersionHint")
        self.variant_button = TouchButton(name="editOwnVersionButton")
        self.migrate_button = TouchButton(name="otherVersionButton")
        row = QtWidgets.QHBoxLayout()
        row.setSpacing(theme.SPACING_M)
        row.addWidget(self.variant_button)
        row.addWidget(self.migrate_button)
        row.addStretch(1)
        # Marks on behaviours this version no longer shows: kept, and shown here (#15).
        self.earlier_label = label(role="small", wrap=True, name="earlierVersionMarks")
        self.earlier_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        inner.addWidget(self.guide_hint)
        inner.addWidget(self.earlier_label)
        inner.addLayout(row)
        return card

    def _bundle_card(self) -> QtWidgets.QFrame:
        """To another computer (issue 7): this one trajectory as a bundle file."""
        card = QtWidgets.QFrame()
        card.setProperty("role", "card")
        card.setObjectName("bundleCard")
        inner = QtWidgets.QHBoxLayout(card)
        inner.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_M)
        inner.setSpacing(theme.SPACING_M)
        self.bundle_hint = label(role="muted", wrap=True, name="bundleHint")
        self.bundle_button = TouchButton(name="exportTrajectoryButton")
        inner.addWidget(self.bundle_hint, 1)
        inner.addWidget(self.bundle_button, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        return card

    def _connect(self) -> None:
        self.declaration_button.clicked.connect(
            lambda: self.declaration_requested.emit(self.trajectory_id)
        )
        self.report_button.clicked.connect(
            lambda: self.progress_report_requested.emit(self.trajectory_id)
        )
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.candidate_view_button.clicked.connect(
            lambda: self.candidate_view_requested.emit(self.trajectory_id)
        )
        self.bundle_button.clicked.connect(self._on_bundle_clicked)
        self.variant_button.clicked.connect(self._on_variant_clicked)
        self.migrate_button.clicked.connect(self._on_migrate_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        self.export_data_button.clicked.connect(self._on_export_data_clicked)
        self.erase_button.clicked.connect(self._on_erase_clicked)

    def retranslate(self) -> None:
        self.declaration_button.setText(self.tr("Verklaring maken"))
        self.report_button.setText(self.tr("Voortgangsoverzicht"))
        self.edit_button.setText(self.tr("Wijzigen"))
        self.candidate_view_button.setText(self.tr("Laat zien aan kandidaat"))
        self.bundle_hint.setText(
            self.tr(
                "Naar een andere computer of de jobcoach? Maak een uitwisselbestand van dit traject "
                "of van het leerbedrijf, of lees er een in."
            )
        )
        self.bundle_button.setText(self.tr("Gegevens uitwisselen…"))
        self.guide_hint.setText(
            self.tr(
                "Werkt het leerbedrijf anders? Zeg gedragsvoorbeelden in eigen woorden, voeg er een "
                "toe of verberg er een. Daarna kan dit traject overstappen; beoordelingen blijven."
            )
        )
        self.variant_button.setText(self.tr("Eigen versie aanpassen…"))
        self.migrate_button.setText(self.tr("Andere versie…"))
        self.bundle_button.setAccessibleName(self.tr("Gegevens uitwisselen"))
        self.closed_note.setText(self.tr("Afgesloten"))
        self.privacy_heading.setText(self.tr("Gegevens en privacy"))
        self.privacy_hint.setText(
            self.tr(
                "Vraagt de kandidaat om zijn of haar gegevens, of om alles te wissen? Dat kan hier."
            )
        )
        self.export_data_button.setText(self.tr("Gegevens van deze kandidaat opslaan…"))
        self.erase_button.setText(self.tr("Kandidaat en alle gegevens wissen…"))
        self.mark_stale()

    def is_relevant(self, changes) -> bool:
        if self.trajectory_id is None:
            return False
        if changes.trajectory_ids and self.trajectory_id not in changes.trajectory_ids:
            return changes.people
        return (
            changes.marks
            or changes.trajectories
            or changes.people
            or changes.declarations
            or changes.settings
        )

    def show_trajectory(self, trajectory_id: str) -> None:
        if trajectory_id != self.trajectory_id:
            self.scroll.verticalScrollBar().setValue(0)
        self.trajectory_id = trajectory_id
        self.mark_stale()

    # Data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        if self.trajectory_id is None:
            return
        try:
            o = self.desk.trajectories.overview(self.trajectory_id)
        except NotFound:  # erased meanwhile (Instellingen → Privacy)
            self.trajectory_id, self.overview = None, None
            QtCore.QTimer.singleShot(0, lambda: self.candidate_erased.emit(""))
            return
        self.overview = o
        t, p = o.trajectory, o.progress
        self.avatar.set_name(o.candidate.name, o.candidate.id)
        self.name.setText(o.candidate.name)
        example = self.tr(" (voorbeeld)") if o.guide.example else ""
        where = [o.employer.name, f"{o.guide.title} {o.guide.version}{example}"]
        if o.school is not None:
            where.append(o.school.name)
        self.where.setText("  ·  ".join(where))
        who = self.tr("Praktijkopleider: {trainer}").format(trainer=o.trainer.name)
        if o.jobcoach:
            who += "  ·  " + self.tr("Jobcoach: {name}").format(name=o.jobcoach.name)
        who += "  ·  " + self.tr("Gestart {date}").format(date=long_date(t.start_date))
        if t.end_date:
            who += "  ·  " + self.tr("Tot {date}").format(date=long_date(t.end_date))
        self.who.setText(who)
        closed = t.status is TrajectoryStatus.CLOSED
        self.closed_note.setVisible(closed)
        self.ring.set_fraction(p.fraction, p.complete)
        status = self.tr("{done} van {total} afgerond").format(
            done=p.concluded_count, total=p.chosen_count
        )
        if p.fully_declared:
            status += "\n" + self.tr("Verklaring gemaakt op {date}").format(
                date=day_date(p.declared_on)
            )
        elif p.ready_for_declaration:
            status += "\n" + self.tr("Klaar voor verklaring")
        elif p.ready_on_example:
            status += "\n" + self.tr("Voorbeeld-leerlijst: geen echte verklaring")
        self.ring_text.setText(status)
        self.ring.setAccessibleName(
            self.tr("{done} van {total} gedragsvoorbeelden beheerst").format(
                done=p.behaviours_mastered, total=p.behaviours_total
            )
        )
        self.declaration_button.setEnabled(p.can_declare)
        self.declaration_button.setAccessibleDescription(
            "" if p.can_declare else self.tr("Kan pas als minstens één werkproces beheerst is.")
        )
        self.close_button.setText(
            self.tr("Weer openen") if closed else self.tr("Traject afsluiten")
        )
        self.edit_button.setEnabled(not closed)
        self.migrate_button.setEnabled(not closed)
        earlier = self.desk.migrations.earlier_marks(t.id)
        self.earlier_label.setVisible(bool(earlier))
        self.earlier_label.setText(
            "\n".join(
                [self.tr("Uit een vorige versie (bewaard, telt niet mee):")]
                + [f"• {e.text}  [{e.status.label}]" for e in earlier]
            )
        )
        self._fill_sections(o)

    def _fill_sections(self, o) -> None:
        for widget in self._section_widgets:
            self.sections.removeWidget(widget)
            widget.deleteLater()
        self._section_widgets, self.cards = [], []
        by_code = {wp.code: wp for wp in o.progress.work_processes}
        conflicts = self._conflict_counts(o)
        codes = show_codes(self.desk)
        for core_task in o.guide.core_tasks:
            chosen = [by_code[wp.code] for wp in core_task.work_processes if wp.code in by_code]
            if not chosen:
                continue
            heading = label(core_task_label(core_task, codes), role="heading", wrap=True)
            grid = TileGrid(340)
            cards = []
            for progress in chosen:
                card = WorkProcessCard(progress, show_codes=codes)
                card.set_conflicts(conflicts.get(progress.code, 0))
                card.clicked.connect(
                    lambda _=False, c=progress.code: self.work_process_opened.emit(
                        self.trajectory_id, c
                    )
                )
                cards.append(card)
            grid.set_tiles(cards)
            self.cards += cards
            for widget in (heading, grid):
                self.sections.addWidget(widget)
                self._section_widgets.append(widget)
                widget.show()

    def _conflict_counts(self, o) -> dict[str, int]:
        """Per work process: behaviours two devices set differently ("let op: verschil")."""
        counts: dict[str, int] = {}
        for conflict in self.desk.exchange.conflicts(o.trajectory.id):
            wp = o.guide.work_process_of(conflict.behaviour_id)
            if wp is not None:
                counts[wp.code] = counts.get(wp.code, 0) + 1
        return counts

    # Slots --------------------------------------------------------------------------------
    def _on_bundle_clicked(self) -> None:
        # The hub (issue #20), with "Alleen <kandidaat>" first.
        if self.trajectory_id is not None:
            self.exchange_requested.emit(self.trajectory_id)

    def _on_variant_clicked(self) -> None:
        from praktijkdesk.ui.dialogs.guide_variant_editor import GuideVariantEditor

        o = self.overview
        if o is None:
            return
        school = o.guide.variant.base_key if o.guide.variant else o.guide.key
        GuideVariantEditor(self.desk, school, o.employer.id, self).exec()

    def _on_migrate_clicked(self) -> None:
        from praktijkdesk.ui.dialogs.migration_assistant import MigrationAssistant

        if self.trajectory_id is not None:
            MigrationAssistant(self.desk, self.trajectory_id, self.events.person, self).exec()

    def _on_edit_clicked(self) -> None:
        EditTrajectoryDialog(self.desk, self.trajectory_id, self).exec()

    def _on_close_clicked(self) -> None:
        o = self.overview
        if o is None:
            return
        if o.trajectory.status is TrajectoryStatus.CLOSED:
            run_op(self, self.desk.trajectories.reopen, o.trajectory.id)
            return
        if message.ask(
            self,
            self.tr("Traject afsluiten?"),
            self.tr(
                "Het traject van {name} wordt afgesloten met vandaag als einddatum. Alles "
                "blijft bewaard en u kunt het later weer openen."
            ).format(name=o.candidate.name),
            self.tr("Afsluiten"),
            self.tr("Niet afsluiten"),
        ):
            run_op(self, self.desk.trajectories.close, o.trajectory.id)

    def _on_export_data_clicked(self) -> None:
        from praktijkdesk.ui.dialogs.privacy import export_candidate_data

        if self.overview is not None:
            export_candidate_data(self, self.desk, self.overview.candidate.id)

    def _on_erase_clicked(self) -> None:
        from praktijkdesk.ui.dialogs.privacy import EraseCandidateDialog

        o = self.overview
        if o is None:
            return
        dialog = EraseCandidateDialog(
            self.desk, o.candidate.id, self, person=getattr(self.events, "person", None)
        )
        # While it erases, this screen must not try to show the trajectory that goes.
        shown, self.trajectory_id = self.trajectory_id, None
        dialog.exec()
        if dialog.result_value is None:
            self.trajectory_id = shown
            self.mark_stale()
            return
        self.overview = None
        self.candidate_erased.emit(dialog.result_value.name)
