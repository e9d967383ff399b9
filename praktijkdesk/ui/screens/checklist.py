"""The heart: one work process at a time, each behaviour with Nog niet · Oefent · Beheerst.

One tap records the mark at once (no Save button); the row then shows when and by whom.
When every behaviour is *Beheerst* the screen proposes "Dit werkproces beheerst" for the
trainer to confirm, with a small celebration. Earlier, the trainer can still conclude it with a
short reason ("Werkproces afronden", below the behaviours), and take a conclusion back.
A behaviour that two devices set differently ("let op: verschil") says so in its row; a new
tap settles it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.self_view import first_name
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.conclude import ReasonDialog
from praktijkdesk.ui.dialogs.note import NoteDialog
from praktijkdesk.ui.formatting import long_date, moment
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.plain_words import core_task_label, show_codes, work_process_label
from praktijkdesk.ui.screens.base import Screen, page_margins, scroll_area
from praktijkdesk.ui.touch import SwipeFilter
from praktijkdesk.ui.widgets.buttons import TouchButton, label, set_state
from praktijkdesk.ui.widgets.celebration import Celebration
from praktijkdesk.ui.widgets.mark_toggle import ORDER, MarkToggle, status_text

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.events import DeskEvents


class BehaviourRow(QtWidgets.QFrame):
    chosen = QtCore.Signal(str, object)  # behaviour id, MarkStatus
    note_requested = QtCore.Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("behaviourRow")
        self.setMinimumHeight(theme.ROW + 16)
        self.item = None
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(
            theme.SPACING_M, theme.SPACING_S + 4, theme.SPACING_M, theme.SPACING_S + 4
        )
        layout.setSpacing(theme.SPACING_M)
        text = QtWidgets.QVBoxLayout()
        text.setSpacing(2)
        self.text = label(wrap=True, name="behaviourText")
        self.meta = label(role="small", wrap=True, name="behaviourMeta")
        self.note = label(role="small", wrap=True, name="behaviourNote")
        self.conflict = label(role="attention", wrap=True, name="behaviourConflict")
        self.conflict.hide()
        # The candidate's own voice (issue #16): a start for a conversation, never a mark.
        self.self_view = label(role="small", wrap=True, name="behaviourSelfView")
        self.self_view.hide()
        text.addWidget(self.text)
        text.addWidget(self.meta)
        text.addWidget(self.note)
        text.addWidget(self.conflict)
        text.addWidget(self.self_view)
        layout.addLayout(text, 1)
        self.toggle = MarkToggle()
        layout.addWidget(self.toggle, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        self.note_button = TouchButton(name="noteButton")
        self.note_button.setProperty("keepAccessibleName", True)
        layout.addWidget(self.note_button, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        self.toggle.chosen.connect(lambda status: self.chosen.emit(self.item.behaviour.id, status))
        self.note_button.clicked.connect(lambda: self.note_requested.emit(self.item.behaviour.id))

    def set_item(self, item, *, editable: bool, conflict=None, self_view_by: str = "") -> None:
        self.item = item
        b, mark = item.behaviour, item.mark
        self.text.setText(b.text)
        self.toggle.set_subject(b.text)
        self.toggle.set_status(mark.status if mark else None)
        self.toggle.setEnabled(editable)
        if mark:
            self.meta.setText(
                self.tr("{status} · {when} · {who}").format(
                    status=status_text(mark.status), when=moment(mark.at), who=item.marked_by
                )
            )
        else:
            self.meta.setText(status_text(None))
        self.note.setVisible(bool(mark and mark.note))
        self.note.setText(f"“{mark.note}”" if mark and mark.note else "")
        self.note_button.setEnabled(editable)
        self.note_button.setText(self.tr("Notitie"))
        self.note_button.setAccessibleName(self.tr("Notitie bij: {text}").format(text=b.text))
        self.note_button.setAccessibleDescription(
            "" if mark else self.tr("Nog geen beoordeling: de notitie komt bij Nog niet.")
        )
        self.conflict.setText(self.conflict_text(conflict) if conflict else "")
        self.conflict.setVisible(conflict is not None)
        self.self_view.setText(
            self.tr("{name} denkt: dit kan ik").format(name=self_view_by) if self_view_by else ""
        )
        self.self_view.setVisible(bool(self_view_by))
        self.toggle.setAccessibleDescription(
            self.toggle.accessibleDescription()
            + (f". {self.conflict.text()}" if conflict is not None else "")
            + (f". {self.self_view.text()}" if self_view_by else "")
        )
        set_state(self, "state", mark.status.value if mark else "none")

    def conflict_text(self, conflict) -> str:
        """ "Let op, verschil: Jan de Vries zette dit op beheerst, Fatma Yılmaz op nog niet." """
        first, *rest = conflict.sides
        parts = [
            self.tr("{name} zette dit op {status}").format(
                name=first.person_name, status=status_text(first.status).lower()
            )
        ]
        parts += [
            self.tr("{name} op {status}").format(
                name=side.person_name, status=status_text(side.status).lower()
            )
            for side in rest
        ]
        return self.tr("Let op, verschil: {sides}. Kies opnieuw wat nu klopt.").format(
            sides=", ".join(parts)
        )


class ChecklistScreen(Screen):
    undo_requested = QtCore.Signal()
    overview_requested = QtCore.Signal(str)
    declaration_requested = QtCore.Signal(str)  # trajectory id

    def __init__(self, desk: Desk, events: DeskEvents, parent=None):
        super().__init__(desk, events, parent)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)  # holds the focus on opening
        self.trajectory_id: str | None = None
        self.code: str | None = None
        self.checklist = None
        self.codes: list[str] = []
        self.rows: list[BehaviourRow] = []
        self.conflicts: dict = {}  # behaviour id → Conflict (two devices disagree)
        self.self_views: dict = {}  # behaviour id → the candidate's "Dit kan ik" (issue #16)
        self._self_view_by = ""  # the candidate's first name, for "Sanne denkt: dit kan ik"
        self._was_ready = False
        self._tapped = False
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        page_margins(layout)
        layout.setSpacing(theme.SPACING_S)
        top = QtWidgets.QHBoxLayout()
        top.setSpacing(theme.SPACING_L)
        titles = QtWidgets.QVBoxLayout()
        titles.setSpacing(2)
        self.context = label(role="small", wrap=True, name="checklistContext")
        self.title = label(role="heading", wrap=True, name="checklistTitle")
        titles.addWidget(self.context)
        titles.addWidget(self.title)
        top.addLayout(titles, 1)
        progress_box = QtWidgets.QVBoxLayout()
        progress_box.setSpacing(6)
        self.progress_text = label(name="checklistProgress")
        self.progress_text.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        self.concluded_chip = label(role="chip", name="checklistConcluded")
        self.concluded_chip.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Maximum, QtWidgets.QSizePolicy.Policy.Maximum
        )
        self.concluded_chip.setProperty("state", "mastered")
        self.concluded_chip.hide()
        progress_line = QtWidgets.QHBoxLayout()
        progress_line.setSpacing(theme.SPACING_S)
        progress_line.addStretch(1)
        progress_line.addWidget(self.concluded_chip)
        progress_line.addWidget(self.progress_text)
        self.progress_bar = QtWidgets.QProgressBar()
        self.progress_bar.setObjectName("checklistProgressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(220)
        progress_box.addLayout(progress_line)
        progress_box.addWidget(self.progress_bar, 0, QtCore.Qt.AlignmentFlag.AlignRight)
        # The details view: the school's code and title, also while the screen shows plain words.
        self.details_button = TouchButton(role="quiet", name="workProcessDetailsButton")
        progress_box.addWidget(self.details_button, 0, QtCore.Qt.AlignmentFlag.AlignRight)
        progress_box.addStretch(1)
        top.addLayout(progress_box)
        # Titles, banner and behaviours scroll together, only the bottom buttons stay: on a
        # 1024×600 screen with long titles the behaviours keep the room (issue 10).
        page = QtWidgets.QWidget()
        page_layout = QtWidgets.QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, theme.SPACING_S, 0)
        page_layout.setSpacing(theme.SPACING_S)
        page_layout.addLayout(top)

        self.banner = QtWidgets.QFrame()
        self.banner.setObjectName("banner")
        banner_layout = QtWidgets.QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(
            theme.SPACING_M, theme.SPACING_S, theme.SPACING_M, theme.SPACING_S
        )
        banner_layout.setSpacing(theme.SPACING_M)
        self.banner_text = label(wrap=True, name="bannerText")
        self.conclude_button = TouchButton(role="primary", big=True, name="concludeButton")
        self.revoke_button = TouchButton(name="revokeConclusionButton")
        self.declare_button = TouchButton(role="primary", big=True, name="checklistDeclareButton")
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.conclude_button)
        banner_layout.addWidget(self.revoke_button)
        banner_layout.addWidget(self.declare_button)
        self.banner.hide()
        page_layout.addWidget(self.banner)

        content = QtWidgets.QWidget()
        content.setObjectName("checklistRows")
        self.rows_layout = QtWidgets.QVBoxLayout(content)
        self.rows_layout.setContentsMargins(0, theme.SPACING_S, 0, theme.SPACING_S)
        self.rows_layout.setSpacing(theme.SPACING_S + 2)
        # Below the behaviours: concluding early (secondary; the trainer decides).
        self.early = QtWidgets.QFrame()
        self.early.setObjectName("earlyConclusion")
        self.early.setProperty("role", "card")
        early_layout = QtWidgets.QHBoxLayout(self.early)
        early_layout.setContentsMargins(
            theme.SPACING_M, theme.SPACING_S + 4, theme.SPACING_M, theme.SPACING_S + 4
        )
        early_layout.setSpacing(theme.SPACING_M)
        self.early_text = label(role="muted", wrap=True, name="earlyConclusionText")
        self.early_button = TouchButton(name="concludeEarlyButton")
        early_layout.addWidget(self.early_text, 1)
        early_layout.addWidget(self.early_button, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        self.early.hide()
        self.rows_layout.addWidget(self.early)
        self.rows_layout.addStretch(1)
        page_layout.addWidget(content, 1)
        self.scroll = scroll_area(page, "checklistScroll")
        layout.addWidget(self.scroll, 1)

        bottom = QtWidgets.QHBoxLayout()
        bottom.setSpacing(theme.SPACING_M)
        self.previous_button = TouchButton(big=True, name="previousButton")
        self.undo_button = TouchButton(big=True, name="undoButton")
        self.next_button = TouchButton(role="primary", big=True, name="nextButton")
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        layout.addLayout(bottom)

        self.celebration = Celebration(self)
        self.swipe = SwipeFilter(self)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(+1))
        self.undo_button.clicked.connect(self.undo_requested)
        self.conclude_button.clicked.connect(self._on_conclude_clicked)
        self.early_button.clicked.connect(self._on_conclude_early_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.details_button.clicked.connect(self.show_details)
        self.declare_button.clicked.connect(
            lambda: self.declaration_requested.emit(self.trajectory_id)
        )
        self.swipe.swiped_left.connect(lambda: self._step(+1))
        self.swipe.swiped_right.connect(lambda: self._step(-1))
        self.events.person_changed.connect(lambda _p: self.mark_stale())
        QtWidgets.QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def retranslate(self) -> None:
        self.details_button.setText(self.tr("Details"))
        self.details_button.setAccessibleName(self.tr("Details van dit werkproces"))
        self.previous_button.setText(self.tr("‹ Vorige werkproces"))
        self.undo_button.setText(self.tr("↶ Ongedaan maken"))
        self.undo_button.setAccessibleName(self.tr("Ongedaan maken"))
        self.conclude_button.setText(self.tr("Dit werkproces beheerst"))
        self.early_button.setText(self.tr("Werkproces afronden"))
        self.revoke_button.setText(self.tr("Afronding terugdraaien"))
        self.declare_button.setText(self.tr("Verklaring maken"))
        self.concluded_chip.setText(self.tr("Afgerond ✓"))
        self.mark_stale()

    def is_relevant(self, changes) -> bool:
        return self.trajectory_id is not None and (
            changes.trajectories
            or changes.people
            or changes.marks
            or changes.settings
            or changes.self_views
        )

    # Navigation ---------------------------------------------------------------------------
    def show_work_process(self, trajectory_id: str, code: str | None = None) -> None:
        self.trajectory_id = trajectory_id
        trajectory = self.desk.trajectories.resolve(trajectory_id)
        self.codes = list(trajectory.work_processes)
        self.code = code if code in self.codes else self.codes[0]
        self._was_ready = False
        self._tapped = False
        self.celebration.skip()
        self.scroll.verticalScrollBar().setValue(0)
        self.mark_stale()
        if self.isVisible():
            self.take_focus()

    def take_focus(self) -> None:
        """The screen itself takes the focus, not *Nog niet* of the first row: a focus ring
        there looked like a chosen status. Tab (or an arrow key) reaches the choices."""
        focus = QtWidgets.QApplication.focusWidget()
        if focus is None or focus is self or self.scroll.isAncestorOf(focus):
            self.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _step(self, delta: int) -> None:
        if not self.codes or self.code not in self.codes:
            return
        index = self.codes.index(self.code) + delta
        if 0 <= index < len(self.codes):
            self.show_work_process(self.trajectory_id, self.codes[index])
        elif index >= len(self.codes):
            self.overview_requested.emit(self.trajectory_id)

    # Data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        if self.trajectory_id is None:
            return
        person = self.events.person
        # One call: everything shown here, and what this person may do (the rules live in
        # the service; this screen only shows the view).
        person_id = person.id if person is not None else None
        checklist = self.desk.marking.checklist(self.trajectory_id, self.code, person_id)
        if checklist.position < 0:  # no longer chosen (the trajectory was changed): the first
            checklist = self.desk.marking.checklist(self.trajectory_id, None, person_id)
        self.codes = list(checklist.codes)
        self.code = checklist.work_process.code
        same_work_process = self.checklist is not None and (
            self.checklist.trajectory_id,
            self.checklist.work_process.code,
        ) == (checklist.trajectory_id, checklist.work_process.code)
        self.checklist = checklist
        self.conflicts = {i.behaviour.id: i.conflict for i in checklist.items if i.conflict}
        # The candidate's own "Dit kan ik" (#16): shown beside a row, never part of the judgement.
        self.self_views = self.desk.candidate_view.self_views(checklist.trajectory_id)
        self._self_view_by = first_name(checklist.candidate_name)
        self._fill_rows(checklist, checklist.editable)
        wp, p = checklist.work_process, checklist.progress
        where = self.tr("Werkproces {n} van {count}").format(
            n=checklist.position + 1, count=checklist.count
        )
        codes = show_codes(self.desk)
        core = core_task_label(checklist.core_task, codes) if checklist.core_task else ""
        self.context.setText(f"{checklist.candidate_name}  ·  {where}  ·  {core}")
        self.title.setText(work_process_label(wp, codes))
        # The details: the school's code and title, also while the screen shows plain words.
        self.title.setToolTip(f"{wp.code}  {wp.title}")
        self.progress_text.setText(
            self.tr("{done} van {total} beheerst").format(done=p.mastered, total=p.total)
        )
        self.progress_bar.setMaximum(max(1, p.total))
        self.progress_bar.setValue(p.mastered)
        self.progress_bar.setAccessibleName(self.progress_text.text())
        self.concluded_chip.setVisible(p.concluded)
        self._update_banner(checklist)
        self._update_early(checklist)
        last = checklist.position >= checklist.count - 1
        self.previous_button.setEnabled(checklist.position > 0)
        self.next_button.setText(
            self.tr("Naar het overzicht ›") if last else self.tr("Volgende werkproces ›")
        )
        self.next_button.setAccessibleName(self.next_button.text().rstrip(" ›"))
        self.previous_button.setAccessibleName(self.tr("Vorige werkproces"))
        self.undo_button.setEnabled(checklist.can_undo)
        self.undo_button.setAccessibleDescription(
            checklist.undo.describe() if checklist.undo else ""
        )
        ready = checklist.offer_conclusion
        if ready and same_work_process and not self._was_ready and self._tapped:
            self.celebration.play(self._celebration_origin())
        self._was_ready = ready
        self._tapped = False

    def _fill_rows(self, checklist, editable: bool) -> None:
        items = checklist.items
        while len(self.rows) < len(items):
            row = BehaviourRow()
            row.chosen.connect(self._on_row_chosen)
            row.note_requested.connect(self._on_row_note_requested)
            for button in (*row.toggle.buttons.values(), row.note_button):
                button.installEventFilter(self)
            self.rows_layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        for row, item in zip(self.rows, items, strict=False):
            row.set_item(
                item,
                editable=editable,
                conflict=self.conflicts.get(item.behaviour.id),
                self_view_by=self._self_view_by if item.behaviour.id in self.self_views else "",
            )
            row.show()
        for row in self.rows[len(items) :]:
            row.hide()
        visible = self.rows[: len(items)]
        for a, b in zip(visible, visible[1:], strict=False):
            QtWidgets.QWidget.setTabOrder(a.note_button, b.toggle.buttons[ORDER[0]])

    def _update_banner(self, checklist) -> None:
        p = checklist.progress
        self.revoke_button.setVisible(checklist.can_revoke)
        # Concluded and not yet on the current declaration: one tap to the declaration.
        self.declare_button.setVisible(checklist.can_declare)
        if p.concluded:
            text = self.tr(
                "✓ Afgerond: dit werkproces is beheerst (vastgelegd op {date} door {who})."
            ).format(date=long_date(p.conclusion.at[:10]), who=checklist.concluded_by)
            if p.conclusion.reason:
                text += " " + self.tr("Reden: “{reason}”").format(reason=p.conclusion.reason)
            self.banner_text.setText(text)
            self.conclude_button.hide()
            self.banner.show()
        elif checklist.offer_conclusion:
            if checklist.can_conclude:
                self.banner_text.setText(
                    self.tr(
                        "Mooi! Alle gedragsvoorbeelden staan op Beheerst. "
                        "Kan de kandidaat dit werkproces zelfstandig?"
                    )
                )
                self.conclude_button.show()
            else:
                self.banner_text.setText(
                    self.tr(
                        "Mooi! Alle gedragsvoorbeelden staan op Beheerst. "
                        "De praktijkopleider kan dit werkproces nu afronden."
                    )
                )
                self.conclude_button.hide()
            self.banner.show()
        else:
            self.banner.hide()

    def _update_early(self, checklist) -> None:
        """Concluding before every behaviour is Beheerst: for the trainer, with a reason."""
        self.early.setVisible(checklist.offer_early)
        if not checklist.offer_early:
            return
        if checklist.can_conclude:
            self.early_text.setText(
                self.tr(
                    "Kan de kandidaat dit werkproces al, ook al staat nog niet alles op Beheerst? "
                    "Dan kunt u het nu afronden, met een korte reden."
                )
            )
            self.early_button.show()
        else:
            self.early_text.setText(
                self.tr(
                    "Kan de kandidaat dit werkproces al, ook al staat nog niet alles op Beheerst? "
                    "Dat beslist de praktijkopleider. Bespreek het samen; de praktijkopleider kan "
                    "het dan hier afronden."
                )
            )
            self.early_button.hide()

    def _celebration_origin(self) -> QtCore.QPoint:
        return (
            self.banner.mapTo(self, self.banner.rect().center())
            if self.banner.isVisible()
            else QtCore.QPoint(self.width() // 2, self.height() // 3)
        )

    # Slots --------------------------------------------------------------------------------
    def _person_or_ask(self):
        person = self.events.person
        if person is None:
            message.inform(
                self,
                self.tr("Wie is er aan het werk?"),
                self.tr("Kies eerst uw naam, dan komt elke beoordeling op uw naam."),
            )
        return person

    def _on_row_chosen(self, behaviour_id: str, status: MarkStatus) -> None:
        person = self._person_or_ask()
        if person is None:
            return
        self._tapped = True
        run_op(
            self, self.desk.marking.record_mark, self.trajectory_id, behaviour_id, status, person.id
        )

    def _on_row_note_requested(self, behaviour_id: str) -> None:
        item = next(i for i in self.checklist.items if i.behaviour.id == behaviour_id)
        before = item.mark.note if item.mark else ""
        dialog = NoteDialog(item.behaviour.text, before, self, without_mark=item.mark is None)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        if item.mark is not None and dialog.note() == before:
            return
        if item.mark is None and not dialog.note():
            return  # nothing written and nothing chosen: nothing to save
        person = self._person_or_ask()
        if person is not None:
            # Before a mark, the note goes with *Nog niet* (the dialog said so).
            status = item.mark.status if item.mark else MarkStatus.NOT_YET
            run_op(
                self,
                self.desk.marking.record_mark,
                self.trajectory_id,
                behaviour_id,
                status,
                person.id,
                dialog.note(),
            )

    def _on_conclude_clicked(self) -> None:
        person = self._person_or_ask()
        if person is None or self.checklist is None:
            return
        wp = self.checklist.work_process
        result = run_op(self, self.desk.marking.conclude, self.trajectory_id, wp.code, person.id)
        if result.ok:
            self.celebration.play(self._celebration_origin(), seed=1)

    def _on_conclude_early_clicked(self) -> None:
        person = self._person_or_ask()
        if person is None or self.checklist is None:
            return
        wp, p = self.checklist.work_process, self.checklist.progress
        dialog = ReasonDialog(
            work_process_label(wp, show_codes(self.desk)),
            self.tr(
                "{done} van de {total} gedragsvoorbeelden staan op Beheerst. U rondt het werkproces "
                "toch af: het telt dan als beheerst, ook op de praktijkverklaring."
            ).format(done=p.mastered, total=p.total),
            self,
        )
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        result = run_op(
            self,
            self.desk.marking.conclude,
            self.trajectory_id,
            wp.code,
            person.id,
            dialog.reason(),
        )
        if result.ok:
            self.celebration.play(self._celebration_origin(), seed=1)

    def show_details(self) -> None:
        """The school's words for this work process: code, title, core task, guide version.
        What the declaration prints, for a jobcoach or school looking over the shoulder."""
        if self.checklist is None:
            return
        wp, core_task = self.checklist.work_process, self.checklist.core_task
        guide_key = self.desk.trajectories.resolve(self.trajectory_id).guide_key
        guide = self.desk.guides.get(guide_key)
        lines = [
            self.tr("Code: {code}").format(code=wp.code),
            self.tr("Titel van de school: {title}").format(title=wp.title),
        ]
        if core_task is not None:
            lines.append(
                self.tr("Kerntaak: {code} {title}").format(
                    code=core_task.code, title=core_task.title
                )
            )
        lines.append(
            self.tr("Begeleidingsdocument: {title}, versie {version}").format(
                title=guide.title, version=guide.version
            )
        )
        message.inform(self, work_process_label(wp, False), "\n".join(lines))

    def _on_revoke_clicked(self) -> None:
        person = self._person_or_ask()
        if person is None or self.checklist is None:
            return
        wp = self.checklist.work_process
        dialog = ReasonDialog(
            work_process_label(wp, show_codes(self.desk)),
            self.tr(
                "Het werkproces telt dan niet meer als beheerst. U kunt het later opnieuw afronden."
            ),
            self,
            revoke=True,
        )
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        run_op(
            self,
            self.desk.marking.revoke_conclusion,
            self.trajectory_id,
            wp.code,
            person.id,
            dialog.reason() or None,
        )

    # Keyboard and swipe -------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        # Up/Down on a row's buttons move to the same choice in the row above or below.
        if event.type() == QtCore.QEvent.Type.KeyPress and event.key() in (
            QtCore.Qt.Key.Key_Up,
            QtCore.Qt.Key.Key_Down,
        ):
            self._move_row(-1 if event.key() == QtCore.Qt.Key.Key_Up else 1)
            return True
        return False

    def _move_row(self, delta: int) -> None:
        visible = [r for r in self.rows if r.isVisible()]
        focus = QtWidgets.QApplication.focusWidget()
        for index, row in enumerate(visible):
            if focus is not None and row.isAncestorOf(focus):
                choice = row.toggle.focused_choice() or MarkStatus.NOT_YET
                target = index + delta
                if 0 <= target < len(visible):
                    visible[target].toggle.focus_choice(choice)
                    self.scroll.ensureWidgetVisible(visible[target])
                return
        if visible:
            visible[0].toggle.focus_choice(MarkStatus.NOT_YET)

    def _on_focus_changed(self, _old, new) -> None:
        if new is not None and self.isVisible() and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, theme.SPACING_M, theme.SPACING_L)

    def keyPressEvent(self, event) -> None:
        # With the screen focused (just opened), Up/Down go to the first row's choices.
        if event.key() in (QtCore.Qt.Key.Key_Up, QtCore.Qt.Key.Key_Down):
            self._move_row(1 if event.key() == QtCore.Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.swipe.attach()

    def hideEvent(self, event) -> None:
        self.swipe.detach()
        self.celebration.skip()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.celebration.isVisible():
            self.celebration.setGeometry(self.rect())
