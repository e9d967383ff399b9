""" "Verklaring maken": choose, preview, issue, sign — and the declarations issued before.

Steps (one dialog, a stacked page per step):
1. *Kiezen*: the work processes concluded *beheerst* (only those can be picked), all checked,
   as big rows grouped by core task; and how to sign: on the screen or by pen on paper.
   Above them, the declarations issued before (view / reprint, sign, withdraw with a reason).
2. *Voorbeeld*: the CONCEPT exactly as it will look, and a big "Verklaring maken" that issues.
3. *Tekenen* (hand-over mode): full screen, only the role and name, the pad, "Opnieuw" and a
   big "Klaar" — trainer first, then the candidate (then manager/school when set). Escape
   stops signing; the blocks left empty are signed by pen.
4. *Klaar*: the issued (signed) declaration with Afdrukken / Opslaan als PDF / Openen.

PDFs are generated on the GUI thread: a declaration takes about 0.1 s (benchmarks/pdf.py), so
a busy cursor is enough; the employer-wide progress report uses a worker (ui/printing.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.domain.declaration import SIGNATURE_ROLE_LABELS
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import TouchDialog, line_edit
from praktijkdesk.ui.formatting import long_date
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.plain_words import core_task_label, show_codes, work_process_label
from praktijkdesk.ui.printing import (
    PdfDialog,
    PdfPreview,
    no_printer_text,
    open_in_viewer,
    print_pdf,
    printers_available,
    save_pdf,
)
from praktijkdesk.ui.touch import enable_kinetic_scrolling
from praktijkdesk.ui.widgets.buttons import TouchButton, TouchCheckBox, TouchRadioButton, label
from praktijkdesk.ui.widgets.layouts import empty_layout
from praktijkdesk.ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

CHOOSE, PREVIEW, SIGN, DONE = range(4)


class BusyCursor:
    def __enter__(self):
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        return self

    def __exit__(self, *exc):
        QtWidgets.QApplication.restoreOverrideCursor()


class ReasonDialog(TouchDialog):
    """Ask a short reason (withdrawing or replacing a declaration)."""

    def __init__(self, parent, title: str, text: str, ok_text: str):
        super().__init__(parent, name="reasonDialog")
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.body.addWidget(label(text, wrap=True))
        self.edit = line_edit("reasonEdit", self.tr("Reden"))
        self.edit.setPlaceholderText(self.tr("Bijvoorbeeld: verkeerd werkproces gekozen"))
        self.body.addWidget(self.edit)
        self.body.addStretch(1)
        self.cancel_button = self.add_button(
            self.tr("Annuleren"), name="cancelButton", stretch_before=True
        )
        self.ok_button = self.add_button(ok_text, role="primary", name="okButton")
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.accept)
        self.edit.returnPressed.connect(self.accept)
        self.resize(600, 320)
        self.edit.setFocus()

    def reason(self) -> str:
        return self.edit.text().strip()


def ask_reason(parent, title: str, text: str, ok_text: str) -> str | None:
    dialog = ReasonDialog(parent, title, text, ok_text)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return dialog.reason()


class IssueDeclarationDialog(TouchDialog):
    issued = QtCore.Signal(str)  # declaration id

    def __init__(self, desk: Desk, events, trajectory_id: str, person=None, parent=None):
        super().__init__(parent, name="issueDeclarationDialog")
        self.desk = desk
        self.events = events
        self.overview = desk.trajectories.overview(trajectory_id)
        self.trajectory_id = self.overview.trajectory.id
        self.person = person
        self.declaration = None  # the Declaration being shown/signed
        self.to_sign: list[str] = []  # roles still to sign in hand-over mode
        self.ask_reason = ask_reason  # a seam for tests: (parent, title, text, ok) -> str | None
        self._build()
        self._connect()
        self.retranslate()
        self.refresh()
        self.resize(1000, 760)  # made smaller on a smaller screen (TouchDialog)

    # ---- building

    def _build(self) -> None:
        self.stack = QtWidgets.QStackedWidget()
        self.stack.setObjectName("declarationSteps")
        self.body.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_choose())
        self.stack.addWidget(self._build_preview())
        self.stack.addWidget(self._build_sign())
        self.stack.addWidget(self._build_done())
        # Bottom buttons; each page shows the ones it needs.
        self.cancel_button = self.add_button("", name="cancelButton")
        self.back_button = self.add_button("", name="backButton")
        self.open_button = self.add_button("", name="openButton", stretch_before=True)
        self.save_button = self.add_button("", name="saveButton")
        self.print_button = self.add_button("", name="printButton")
        self.next_button = self.add_button("", role="primary", name="nextButton")
        self.issue_button = self.add_button("", role="primary", name="issueButton")
        self.issue_button.setMinimumWidth(260)
        self.close_button = self.add_button("", role="primary", name="closeButton")

    def _build_choose(self) -> QtWidgets.QWidget:
        scroll = QtWidgets.QScrollArea()
        scroll.setObjectName("chooseScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QtWidgets.QWidget()
        self.choose_layout = QtWidgets.QVBoxLayout(page)
        self.choose_layout.setSpacing(theme.SPACING_S)
        self.history_heading = label(role="heading", name="historyHeading")
        self.history_box = QtWidgets.QVBoxLayout()
        self.wp_heading = label(role="heading", name="workProcessHeading")
        self.wp_hint = label(wrap=True, name="workProcessHint")
        self.wp_box = QtWidgets.QVBoxLayout()
        self.wp_box.setSpacing(2)
        self.sign_heading = label(role="heading", name="signHeading")
        self.sign_on_screen = TouchRadioButton()
        self.sign_on_screen.setObjectName("signOnScreen")
        self.sign_by_pen = TouchRadioButton()
        self.sign_by_pen.setObjectName("signByPen")
        self.sign_on_screen.setChecked(True)
        for item in (
            self.history_heading,
            self.history_box,
            self.wp_heading,
            self.wp_hint,
            self.wp_box,
            self.sign_heading,
            self.sign_on_screen,
            self.sign_by_pen,
        ):
            if isinstance(item, QtWidgets.QLayout):
                self.choose_layout.addLayout(item)
            else:
                self.choose_layout.addWidget(item)
        self.choose_layout.addStretch(1)
        scroll.setWidget(page)
        enable_kinetic_scrolling(scroll)
        self.boxes: dict[str, QtWidgets.QCheckBox] = {}
        return scroll

    def _build_preview(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview_hint = label(wrap=True, name="previewHint")
        self.draft_preview = PdfPreview()
        layout.addWidget(self.preview_hint)
        layout.addWidget(self.draft_preview, 1)
        return page

    def _build_sign(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        page.setObjectName("handOver")
        layout = QtWidgets.QVBoxLayout(page)
        layout.setSpacing(theme.SPACING_M)
        self.signer_label = label(role="title", wrap=True, name="signerLabel")
        self.signer_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.pad = SignaturePad()
        row = QtWidgets.QHBoxLayout()
        self.again_button = TouchButton(big=True, name="againButton")
        self.again_button.setMinimumWidth(200)
        self.done_button = TouchButton(role="primary", big=True, name="doneButton")
        self.done_button.setMinimumSize(320, theme.BUTTON_HEIGHT + theme.SPACING_L)
        row.addWidget(self.again_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout.addWidget(self.signer_label)
        layout.addWidget(self.pad, 1)
        layout.addLayout(row)
        return page

    def _build_done(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.done_label = label(wrap=True, name="doneLabel")
        self.printer_note = label(no_printer_text(), wrap=True, name="noPrinterNote")
        self.final_preview = PdfPreview()
        layout.addWidget(self.done_label)
        layout.addWidget(self.printer_note)
        layout.addWidget(self.final_preview, 1)
        return page

    def _connect(self) -> None:
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(lambda: self.show_step(CHOOSE))
        self.next_button.clicked.connect(self._on_next_clicked)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.again_button.clicked.connect(self.pad.clear)
        self.done_button.clicked.connect(self._on_done_clicked)
        self.pad.changed.connect(self._update_done_button)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)

    def retranslate(self) -> None:
        name = self.overview.candidate.name
        self.setWindowTitle(self.tr("Praktijkverklaring voor {name}").format(name=name))
        self.heading.setText(self.windowTitle())
        self.history_heading.setText(self.tr("Eerder gemaakte verklaringen"))
        self.wp_heading.setText(self.tr("Welke werkprocessen komen op de verklaring?"))
        self.wp_hint.setText(
            self.tr("Alleen werkprocessen die als beheerst zijn afgerond, kunnen op de verklaring.")
        )
        self.sign_heading.setText(self.tr("Hoe wordt er getekend?"))
        for button, text in (
            (self.sign_on_screen, self.tr("Tekenen op het scherm")),
            (self.sign_by_pen, self.tr("Afdrukken met lege lijnen (tekenen met pen)")),
            (self.cancel_button, self.tr("Annuleren")),
            (self.back_button, self.tr("Terug")),
            (self.next_button, self.tr("Voorbeeld bekijken")),
            (self.issue_button, self.tr("Verklaring maken")),
            (self.again_button, self.tr("Opnieuw")),
            (self.done_button, self.tr("Klaar")),
            (self.print_button, self.tr("Afdrukken")),
            (self.save_button, self.tr("Opslaan als PDF")),
            (self.open_button, self.tr("Openen in PDF-lezer")),
            (self.close_button, self.tr("Sluiten")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.preview_hint.setText(
            self.tr("Dit is een concept. Kijk of alles klopt en druk dan op Verklaring maken.")
        )

    # ---- data

    def refresh(self) -> None:
        self._fill_history()
        self._fill_work_processes()
        self.show_step(CHOOSE)

    def _fill_history(self) -> None:
        empty_layout(self.history_box)
        history = self.desk.declarations.history(self.trajectory_id)
        self.history_heading.setVisible(bool(history))
        self.history_rows: dict[str, QtWidgets.QWidget] = {}
        for declaration in reversed(history):
            row = QtWidgets.QWidget()
            row.setObjectName("declarationRow")
            layout = QtWidgets.QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            text = f"{declaration.number} · {long_date(declaration.snapshot.date)}"
            if declaration.withdrawn:
                text += " · " + self.tr("ingetrokken: {reason}").format(
                    reason=declaration.withdrawn_reason or ""
                )
            elif declaration.signed:
                text += " · " + self.tr("getekend")
            layout.addWidget(label(text, wrap=True), 1)
            view = TouchButton(self.tr("Bekijken"), name="viewDeclarationButton")
            view.setAccessibleName(
                self.tr("Verklaring {number} bekijken").format(number=declaration.number)
            )
            view.clicked.connect(lambda _=False, d=declaration.id: self.view_declaration(d))
            layout.addWidget(view)
            if not declaration.withdrawn:
                if declaration.unsigned_roles():
                    sign = TouchButton(self.tr("Tekenen"), name="signDeclarationButton")
                    sign.setAccessibleName(
                        self.tr("Verklaring {number} tekenen").format(number=declaration.number)
                    )
                    sign.clicked.connect(lambda _=False, d=declaration.id: self.start_signing(d))
                    layout.addWidget(sign)
                withdraw = TouchButton(
                    self.tr("Intrekken"), role="quiet", name="withdrawDeclarationButton"
                )
                withdraw.setAccessibleName(
                    self.tr("Verklaring {number} intrekken").format(number=declaration.number)
                )
                withdraw.clicked.connect(lambda _=False, d=declaration.id: self.withdraw(d))
                withdraw.setVisible(not self._jobcoach())  # the trainer's decision (#20)
                layout.addWidget(withdraw)
            self.history_box.addWidget(row)
            self.history_rows[declaration.id] = row

    def _fill_work_processes(self) -> None:
        empty_layout(self.wp_box)
        self.boxes = {}
        core_tasks = self.desk.declarations.declarable(self.trajectory_id)
        codes, guide = show_codes(self.desk), self.overview.guide
        for core_task in core_tasks:
            # The guide's core task: it has the short title (the declared one has what prints).
            shown = next((ct for ct in guide.core_tasks if ct.code == core_task.code), core_task)
            heading = label(core_task_label(shown, codes), role="muted", wrap=True)
            self.wp_box.addWidget(heading)
            for wp in core_task.work_processes:
                # The declaration prints code and title; the trainer picks by the plain words.
                found = guide.work_process(wp.code)
                text = work_process_label(found, codes) if found else wp.title
                box = TouchCheckBox(text)
                box.setObjectName("declaredWorkProcess")
                box.setAccessibleName(text)
                box.setMinimumHeight(theme.ROW)
                box.setChecked(True)
                box.toggled.connect(self._update_next_button)
                self.wp_box.addWidget(box)
                self.boxes[wp.code] = box
        if not core_tasks:
            self.wp_box.addWidget(
                label(
                    self.tr(
                        "Er is nog geen werkproces afgerond als beheerst. Een praktijkverklaring kan "
                        "pas als minstens één werkproces beheerst is."
                    ),
                    wrap=True,
                    name="nothingMastered",
                )
            )
        self._update_next_button()

    def chosen(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    # ---- steps

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        visible = {
            CHOOSE: (self.cancel_button, self.next_button),
            PREVIEW: (self.back_button, self.issue_button),
            SIGN: (),
            DONE: (self.open_button, self.save_button, self.print_button, self.close_button),
        }[step]
        for button in (
            self.cancel_button,
            self.back_button,
            self.open_button,
            self.save_button,
            self.print_button,
            self.next_button,
            self.issue_button,
            self.close_button,
        ):
            button.setVisible(button in visible)
        self.heading.setVisible(step != SIGN)
        self.set_finger_scrolling(step != SIGN)  # on the pad a finger draws, never scrolls
        if step == PREVIEW and self._jobcoach():
            # Issue #20: the jobcoach prepares; the trainer makes the declaration.
            self.issue_button.setEnabled(False)
            self.issue_button.setAccessibleDescription(
                self.tr("Alleen de praktijkopleider maakt de verklaring. U heeft hem voorbereid.")
            )
        if step == DONE:
            has_printer = printers_available()
            self.print_button.setEnabled(has_printer)
            self.print_button.setAccessibleDescription("" if has_printer else no_printer_text())
            self.printer_note.setVisible(not has_printer)

    def _update_next_button(self, *_args) -> None:
        self.next_button.setEnabled(bool(self.chosen()))

    def _update_done_button(self) -> None:
        self.done_button.setEnabled(not self.pad.is_empty())

    def _on_next_clicked(self) -> None:
        with BusyCursor():
            result = run_op(self, self.desk.declarations.draft, self.trajectory_id, self.chosen())
        if result.ok:
            self.draft_preview.set_data(result.value)
            # A jobcoach prepares and sees the draft; only the trainer issues, and never from
            # an example guide: say why instead of offering a button that will refuse.
            refused = self.desk.declarations.may_issue(self.trajectory_id, self._issuer_id())
            self.issue_button.setEnabled(refused is None)
            self.issue_button.setAccessibleDescription(refused or "")
            hint = refused or self.tr(
                "Dit is een concept. Kijk of alles klopt en druk dan op Verklaring maken."
            )
            employer = self.desk.people.employer(self.overview.trajectory.employer_id)
            warning = self.desk.people.sbb_warning(employer)
            if warning:  # the declaration then has no erkenningsnummer: say so before issuing
                hint += (
                    " "
                    + warning
                    + " "
                    + self.tr("Vul het nummer in bij Instellingen → Leerbedrijven.")
                )
            self.preview_hint.setText(hint)
            self.show_step(PREVIEW)

    def _jobcoach(self) -> bool:
        return self.person is not None and getattr(self.person.role, "value", "") == "jobcoach"

    def _issuer_id(self) -> str:
        return self.person.id if self.person is not None else self.overview.trajectory.trainer_id

    def _on_issue_clicked(self) -> None:
        replaces = None
        current = self.desk.declarations.current(self.trajectory_id)
        if current is not None:
            replaces = self.ask_reason(
                self,
                self.tr("Vorige verklaring intrekken"),
                self.tr(
                    "Verklaring {number} wordt ingetrokken en blijft in de geschiedenis. "
                    "Waarom komt er een nieuwe?"
                ).format(number=current.number),
                self.tr("Intrekken en nieuwe maken"),
            )
            if replaces is None:
                return
        with BusyCursor():
            result = run_op(
                self,
                self.desk.declarations.issue,
                self.trajectory_id,
                self._issuer_id(),
                self.chosen(),
                replaces_reason=replaces,
            )
        if not result.ok:
            return
        self.declaration = result.value
        self.issued.emit(self.declaration.id)
        self._fill_history()
        if self.sign_on_screen.isChecked():
            self.start_signing(self.declaration.id)
        else:
            self.show_done()

    # ---- hand-over signing

    def start_signing(self, declaration_id: str) -> None:
        self.declaration = self.desk.declarations.get(declaration_id)
        self.to_sign = self.declaration.unsigned_roles()
        if not self.to_sign:
            self.show_done()
            return
        self._was_full_screen = self.isFullScreen()
        self.show_step(SIGN)
        self.showFullScreen()
        self._next_signer()

    def signer_name(self, role: str) -> str:
        lines = {line.role: line.name for line in self.declaration.snapshot.signature_lines}
        return lines.get(role, "")

    def _next_signer(self) -> None:
        role = self.to_sign[0]
        name = self.signer_name(role)
        label_text = SIGNATURE_ROLE_LABELS.get(role, role)
        self.signer_label.setText(f"{label_text}: {name}" if name else label_text)
        self.pad.setAccessibleName(self.tr("Tekenvlak voor {who}").format(who=name or label_text))
        self.pad.clear()
        self.pad.setFocus()

    def _on_done_clicked(self) -> None:
        if self.pad.is_empty() or not self.to_sign:
            return
        role = self.to_sign[0]
        result = run_op(
            self,
            self.desk.declarations.sign,
            self.declaration.id,
            role,
            self.signer_name(role) or None,
            self.pad.strokes(),
        )
        if not result.ok:
            return
        self.to_sign.pop(0)
        if self.to_sign:
            self._next_signer()
        else:
            self._leave_hand_over()

    def _leave_hand_over(self) -> None:
        self.to_sign = []
        if not getattr(self, "_was_full_screen", False):
            self.showNormal()
        self._fill_history()
        self.show_done()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if self.stack.currentIndex() == SIGN and event.key() == QtCore.Qt.Key.Key_Escape:
            self._leave_hand_over()  # the blocks left empty are signed by pen
            return
        super().keyPressEvent(event)

    # ---- done

    def current_pdf(self) -> bytes:
        return self.desk.declarations.reprint(self.declaration.id)

    def show_done(self) -> None:
        self.declaration = self.desk.declarations.get(self.declaration.id)
        with BusyCursor():
            result = run_op(self, self.current_pdf)
        if result.ok:
            self.final_preview.set_data(result.value)
        signed = self.declaration.signed
        self.done_label.setText(
            (
                self.tr("Verklaring {number} is gemaakt en getekend.")
                if signed
                else self.tr("Verklaring {number} is gemaakt. Druk hem af en teken met pen.")
            ).format(number=self.declaration.number)
        )
        self.show_step(DONE)

    def _on_print_clicked(self) -> None:
        result = run_op(self, self.current_pdf)
        if result.ok:
            print_pdf(self, result.value)

    def _on_save_clicked(self) -> None:
        result = run_op(self, self.current_pdf)
        if result.ok:
            save_pdf(self, result.value, self.declaration.file_name())

    def _on_open_clicked(self) -> None:
        result = run_op(self, self.current_pdf)
        if result.ok:
            run_op(
                self, open_in_viewer, result.value, self.declaration.file_name(), self.desk.data_dir
            )

    # ---- earlier declarations

    def view_declaration(self, declaration_id: str) -> PdfDialog | None:
        issued = self.desk.declarations.get(declaration_id)
        with BusyCursor():
            result = run_op(self, self.desk.declarations.reprint, declaration_id)
        if not result.ok:
            return None
        dialog = PdfDialog(
            self,
            title=self.tr("Verklaring {number}").format(number=issued.number),
            file_name=issued.file_name(),
            data_dir=self.desk.data_dir,
            data=result.value,
            name="declarationViewDialog",
        )
        dialog.open()
        return dialog

    def withdraw(self, declaration_id: str) -> bool:
        issued = self.desk.declarations.get(declaration_id)
        reason = self.ask_reason(
            self,
            self.tr("Verklaring intrekken"),
            self.tr(
                "Verklaring {number} wordt gemarkeerd als ingetrokken en blijft in de "
                "geschiedenis. Waarom wordt hij ingetrokken?"
            ).format(number=issued.number),
            self.tr("Intrekken"),
        )
        if reason is None:
            return False
        person_id = self._issuer_id()
        result = run_op(self, self.desk.declarations.withdraw, declaration_id, person_id, reason)
        if result.ok:
            self.refresh()
        return result.ok


def open_issue_declaration(
    parent, desk: Desk, events, trajectory_id: str, person, *, preview: bool = False
) -> int:
    """Entry point for the trajectory overview and (``preview``: straight to the concept of
    every concluded work process) for a concluded checklist."""
    result = run_op(parent, desk.trajectories.overview, trajectory_id)
    if not result.ok:
        return QtWidgets.QDialog.DialogCode.Rejected.value
    dialog = IssueDeclarationDialog(desk, events, trajectory_id, person, parent)
    if preview and dialog.chosen():
        dialog._on_next_clicked()
    code = dialog.exec()
    return int(code.value if hasattr(code, "value") else code)
