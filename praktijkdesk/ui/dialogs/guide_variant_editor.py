"""The employer's own version (eigen versie): per work process, reword, add, hide/show and
move behaviours; what differs from the school's text is shown on each row. Saving stores a
new version (desk.guide_variants.save); the school's work processes never change here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.guide import Behaviour, HiddenBehaviour
from praktijkdesk.domain.guide_variant import diff_from_school, hidden_of, with_work_process
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.base import TouchDialog, combo
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.widgets.buttons import TouchButton, label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk


class GuideVariantEditor(TouchDialog):
    """``guide``: the school's guide (slug or key); ``employer_id``: whose own version."""

    saved = QtCore.Signal(object)  # the stored Guide

    def __init__(self, desk: Desk, guide: str, employer_id: str, parent=None):
        # Read first: an employer or guide that is gone raises (a Dutch message through
        # run_op) before any widget exists, so no half-built dialog is left behind.
        employer = desk.guide_variants.employer(employer_id)
        editing = desk.guide_variants.for_editing(guide, employer.id)
        school = desk.guides.get(editing.variant.base_key)
        super().__init__(parent, name="guideVariantEditor")
        self.desk = desk
        self.employer, self.guide, self.school = employer, editing, school
        self.result_guide = None
        # Per work process: shown [(id, text)] and hidden [(id, text)], as edited so far.
        self._shown: dict[str, list[list[str]]] = {}
        self._hidden: dict[str, list[list[str]]] = {}
        for wp in self.guide.work_processes():
            self._shown[wp.code] = [[b.id, b.text] for b in wp.behaviours]
            self._hidden[wp.code] = [[h.id, h.text] for h in hidden_of(self.guide, wp.code)]
        self._added: set[str] = set()
        # Behaviour id → picture (#16): the editor changes texts, never pictures, so a reworded
        # behaviour keeps its own, and a hidden one shown again gets the school's back.
        self._pictures = {b.id: b.picture for b in self.school.behaviours() if b.picture}
        self._pictures.update({b.id: b.picture for b in self.guide.behaviours() if b.picture})
        self._code: str | None = None
        self._edits: list[QtWidgets.QLineEdit] = []

        self.employer_label = label(role="muted", wrap=True, name="variantEmployer")
        self.body.addWidget(self.employer_label)
        top = QtWidgets.QHBoxLayout()
        self.wp_label = label(wrap=False, name="variantWorkProcessLabel")
        self.wp_combo = combo("variantWorkProcess")
        for wp in self.school.work_processes():
            self.wp_combo.addItem(f"{wp.code}  {wp.title}", wp.code)
        self.wp_label.setBuddy(self.wp_combo)
        top.addWidget(self.wp_label)
        top.addWidget(self.wp_combo, 1)
        self.body.addLayout(top)
        self.differences_label = label(role="muted", wrap=True, name="variantDifferences")
        self.body.addWidget(self.differences_label)
        self.rows = QtWidgets.QVBoxLayout()
        self.rows.setSpacing(theme.SPACING_S)
        self.body.addLayout(self.rows)
        # The B1 check of the behaviour being edited: a hint under its row, small, never
        # blocking the save. One label per row; plain_hint is the one in use.
        self._hints: list[QtWidgets.QLabel] = []
        self._no_hint = label(role="small", wrap=True, name="variantPlainHint")
        self._no_hint.hide()
        self.plain_hint = self._no_hint
        self._hint_index: int | None = None
        self.add_button_row = TouchButton(name="variantAddBehaviour")
        self.body.addWidget(self.add_button_row, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        self.hidden_heading = label(role="heading", name="variantHiddenHeading")
        self.body.addWidget(self.hidden_heading)
        self.hidden_rows = QtWidgets.QVBoxLayout()
        self.hidden_rows.setSpacing(theme.SPACING_S)
        self.body.addLayout(self.hidden_rows)
        self.body.addStretch(1)
        self.cancel_button = self.add_button("", name="variantCancel")
        self.save_button = self.add_button(
            "", role="primary", name="variantSave", stretch_before=True
        )
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._on_save)
        self.add_button_row.clicked.connect(self._on_add)
        self.wp_combo.currentIndexChanged.connect(lambda _: self._on_work_process_chosen())
        self.retranslate()
        self._show_work_process()
        self.resize(980, 580)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Eigen versie"))
        self.heading.setText(self.tr("Eigen versie: {title}").format(title=self.school.title))
        self.employer_label.setText(
            self.tr("Leerbedrijf: {employer}").format(employer=self.employer.name)
        )
        self.wp_label.setText(self.tr("Werkproces"))
        self.wp_combo.setAccessibleName(self.tr("Werkproces"))
        self.add_button_row.setText(self.tr("Gedragsvoorbeeld toevoegen"))
        self.hidden_heading.setText(self.tr("Verborgen (de beoordelingen blijven bewaard)"))
        self.cancel_button.setText(self.tr("Annuleren"))
        self.save_button.setText(self.tr("Opslaan als nieuwe versie"))

    # Building the rows ------------------------------------------------------------------
    def _clear(self, layout: QtWidgets.QLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                widget = item.widget()
                widget.hide()  # gone at once, not only when the event loop deletes it
                widget.setParent(None)
                widget.deleteLater()
            elif item.layout() is not None:
                self._clear(item.layout())

    def _collect(self) -> None:
        """The texts typed so far into the state of the work process on screen."""
        if self._code is None:
            return
        for row, edit in zip(self._shown[self._code], self._edits, strict=False):
            row[1] = edit.text()

    def _on_work_process_chosen(self) -> None:
        self._collect()  # keep what was typed in the work process that is left
        self._show_work_process()

    def _show_work_process(self, focus_last: bool = False) -> None:
        """Rebuild the rows from the state (call _collect first when edits may be on screen)."""
        self._code = self.wp_combo.currentData()
        self._clear(self.rows)
        self._clear(self.hidden_rows)
        self._edits, self._hints = [], []
        self.plain_hint = self._no_hint
        shown = self._shown[self._code]
        for index, (_, text) in enumerate(shown):
            row = QtWidgets.QHBoxLayout()
            row.setSpacing(theme.SPACING_S)
            edit = QtWidgets.QLineEdit(text)
            edit.setObjectName("variantBehaviourText")
            edit.setMinimumHeight(theme.TOUCH_MIN)
            edit.setAccessibleName(self.tr("Gedragsvoorbeeld {n}").format(n=index + 1))
            edit.textEdited.connect(lambda _t: self._update_differences())
            edit.textEdited.connect(lambda t, i=index: self._show_plain_hint(i, t))
            edit.installEventFilter(self)
            self._edits.append(edit)
            edit.setCursorPosition(0)  # the start of a long text, not its end
            edit.setToolTip(text)
            note = label(role="small", name="variantRowNote")
            note.setFixedWidth(150)
            note.setWordWrap(True)
            row.addWidget(edit, 1)
            row.addWidget(note)
            for name, symbol, accessible, slot in (
                ("variantUp", "↑", self.tr("Omhoog"), lambda _=False, i=index: self._move(i, -1)),
                ("variantDown", "↓", self.tr("Omlaag"), lambda _=False, i=index: self._move(i, 1)),
            ):
                button = TouchButton(symbol, name=name)
                button.setProperty("keepAccessibleName", True)
                button.setAccessibleName(f"{accessible}: {index + 1}")
                button.setFixedWidth(theme.TOUCH_MIN)
                button.clicked.connect(slot)
                row.addWidget(button)
            hide = TouchButton(self.tr("Verbergen"), name="variantHide")
            hide.setProperty("keepAccessibleName", True)
            hide.setAccessibleName(self.tr("Verbergen: {n}").format(n=index + 1))
            hide.clicked.connect(lambda _=False, i=index: self._hide(i))
            hide.setEnabled(len(shown) > 1)  # a work process keeps at least one
            row.addWidget(hide)
            self.rows.addLayout(row)
            hint = label(role="small", wrap=True, name="variantPlainHint")
            hint.hide()
            self._hints.append(hint)
            self.rows.addWidget(hint)
        for index, (_, text) in enumerate(self._hidden[self._code]):
            row = QtWidgets.QHBoxLayout()
            shown_text = label(text, role="muted", wrap=True, name="variantHiddenText")
            show = TouchButton(self.tr("Tonen"), name="variantShow")
            show.setProperty("keepAccessibleName", True)
            show.setAccessibleName(self.tr("Weer tonen: {text}").format(text=text))
            show.clicked.connect(lambda _=False, i=index: self._unhide(i))
            row.addWidget(shown_text, 1)
            row.addWidget(show)
            self.hidden_rows.addLayout(row)
        self.hidden_heading.setVisible(bool(self._hidden[self._code]))
        self._update_differences()
        self._show_plain_hint(None, "")
        if focus_last and self._edits:
            self._edits[-1].setFocus()

    def _update_differences(self) -> None:
        """Each row says how it differs from the school's text (the same rule as the command
        line: domain.guide_variant.diff_from_school); the top line counts them."""
        differences = diff_from_school(self.school, self.edited_guide())
        here = [d for d in differences if d.work_process_code == self._code]
        words: dict[str, list[str]] = {}
        for d in here:
            words.setdefault(d.behaviour_id, []).append(d.label)  # Dutch, from the domain
        ids = [row[0] for row in self._shown[self._code]]
        for behaviour_id, note in zip(
            ids, self.findChildren(QtWidgets.QLabel, "variantRowNote"), strict=False
        ):
            note.setText(", ".join(words.get(behaviour_id, [])))
        self.differences_label.setText(
            self.tr("Gelijk aan de tekst van de school.")
            if not here
            else self.tr("{n} verschil(len) met de tekst van de school in dit werkproces.").format(
                n=len(here)
            )
        )

    def eventFilter(self, watched, event) -> bool:
        # A behaviour's row taking the focus shows its B1 hints (keyboard and touch alike).
        if event.type() == QtCore.QEvent.Type.FocusIn and watched in self._edits:
            self._show_plain_hint(self._edits.index(watched), watched.text())
        return super().eventFilter(watched, event)

    def _show_plain_hint(self, index: int | None, text: str) -> None:
        """The B1 check's findings (desk.guides.check_text) for behaviour ``index``'s text:
        what is hard and what to write instead, the first two and how many more."""
        self._hint_index = index
        for other in self._hints:
            other.hide()
        if index is None or not 0 <= index < len(self._hints):
            self.plain_hint = self._no_hint
            return
        self.plain_hint = self._hints[index]
        findings = self.desk.guides.check_text(text)
        if not findings:
            self.plain_hint.clear()
            return
        lines = [self.tr("Eenvoudige taal (B1), gedragsvoorbeeld {n}:").format(n=index + 1)]
        lines += [f"• {f.message} {f.suggestion}" for f in findings[:2]]
        if len(findings) > 2:
            lines.append(self.tr("en nog {n} punt(en).").format(n=len(findings) - 2))
        self.plain_hint.setText("\n".join(lines))
        self.plain_hint.show()

    # Actions ----------------------------------------------------------------------------
    def _move(self, index: int, step: int) -> None:
        self._collect()
        rows = self._shown[self._code]
        target = index + step
        if 0 <= target < len(rows):
            rows[index], rows[target] = rows[target], rows[index]
            self._show_work_process()

    def _hide(self, index: int) -> None:
        self._collect()
        rows = self._shown[self._code]
        if len(rows) <= 1:
            return
        behaviour_id, text = rows.pop(index)
        if behaviour_id in self._added and behaviour_id not in self._stored_ids():
            pass  # added in this edit and never saved: nothing to keep
        else:
            self._hidden[self._code].append([behaviour_id, text])
        self._show_work_process()

    def _unhide(self, index: int) -> None:
        self._collect()
        self._shown[self._code].append(self._hidden[self._code].pop(index))
        self._show_work_process()

    def _on_add(self) -> None:
        self._collect()
        taken = {row[0] for rows in (*self._shown.values(), *self._hidden.values()) for row in rows}
        new_id = self.desk.guide_variants.new_id(self.guide, self._code, taken)
        self._added.add(new_id)
        self._shown[self._code].append([new_id, ""])
        self._show_work_process(focus_last=True)

    def _stored_ids(self) -> set[str]:
        return {b.id for b in self.guide.behaviours()} | {h.id for h in self.guide.variant.hidden}

    def edited_guide(self):
        """The guide as edited on screen (not stored)."""
        if self._edits and len(self._edits) == len(self._shown.get(self._code, [])):
            self._collect()
        guide = self.guide
        for code in self._shown:
            shown = [
                Behaviour(i, " ".join(t.split()), self._pictures.get(i, ""))
                for i, t in self._shown[code]
            ]
            hidden = [HiddenBehaviour(code, i, t) for i, t in self._hidden[code]]
            guide = with_work_process(guide, code, shown, hidden)
        return guide

    def _on_save(self) -> None:
        self._collect()
        for code, rows in self._shown.items():
            for position, (_, text) in enumerate(rows, start=1):
                if not text.strip():
                    message.inform(
                        self,
                        self.tr("Nog niet opgeslagen"),
                        self.tr(
                            "Gedragsvoorbeeld {n} bij werkproces {code} is leeg. Vul het in of "
                            "verberg het."
                        ).format(n=position, code=code),
                        kind="warning",
                    )
                    self.wp_combo.setCurrentIndex(self.wp_combo.findData(code))
                    return
        result = run_op(self, self.desk.guide_variants.save, self.edited_guide())
        if result.ok:
            self.result_guide = result.value
            self.saved.emit(result.value)
            self.accept()
