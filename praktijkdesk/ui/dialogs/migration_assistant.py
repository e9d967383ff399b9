"""Moving a trajectory to another version of its guide (overstap): the plan first — which
behaviours stay, which are new, which go (their marks stay in the history, "uit een vorige
versie") and which conclusions stay — and nothing moves until the trainer confirms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.base import TouchDialog, combo
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.widgets.buttons import label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

_STATUS = {"not_yet": "Nog niet", "practising": "Oefent", "mastered": "Beheerst"}


class MigrationAssistant(TouchDialog):
    def __init__(self, desk: Desk, trajectory_id: str, person=None, parent=None):
        super().__init__(parent, name="migrationAssistant")
        self.desk = desk
        self.person = person
        self.trajectory = desk.migrations.trajectory(trajectory_id)
        self.current = desk.guides.get(self.trajectory.guide_key)
        self.targets = desk.migrations.targets(self.trajectory.id)
        self.plan = None
        self.moved = False

        top = QtWidgets.QHBoxLayout()
        self.target_label = label(name="migrationTargetLabel")
        self.target_combo = combo("migrationTarget")
        for guide in self.targets:
            own = (
                self.tr(" (eigen versie)")
                if guide.variant and "eigen versie" not in guide.title
                else ""
            )
            self.target_combo.addItem(
                f"{guide.title}{own} · {self.tr('versie')} {guide.version}", guide.key
            )
        self.target_label.setBuddy(self.target_combo)
        top.addWidget(self.target_label)
        top.addWidget(self.target_combo, 1)
        self.body.addLayout(top)
        self.from_label = label(role="muted", wrap=True, name="migrationFrom")
        self.body.addWidget(self.from_label)
        self.summary = label(wrap=True, name="migrationSummary")
        self.body.addWidget(self.summary)
        self.problems = label(role="chip", wrap=True, name="migrationProblems")
        self.problems.setProperty("state", "attention")
        self.body.addWidget(self.problems)
        self.details = label(wrap=True, name="migrationDetails")
        self.details.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.body.addWidget(self.details)
        self.body.addStretch(1)
        self.cancel_button = self.add_button("", name="migrationCancel")
        self.move_button = self.add_button(
            "", role="primary", name="migrationMove", stretch_before=True
        )
        self.cancel_button.clicked.connect(self.reject)
        self.move_button.clicked.connect(self._on_move)
        self.target_combo.currentIndexChanged.connect(lambda _: self._show_plan())
        self.retranslate()
        self._show_plan()
        self.resize(900, 580)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Andere versie"))
        self.heading.setText(self.tr("Overstappen naar een andere versie"))
        self.target_label.setText(self.tr("Naar"))
        self.target_combo.setAccessibleName(self.tr("Naar welke versie"))
        self.from_label.setText(
            self.tr("Nu: {title} · versie {version}").format(
                title=self.current.title, version=self.current.version
            )
        )
        self.cancel_button.setText(self.tr("Annuleren"))
        self.move_button.setText(self.tr("Overstappen"))

    def _show_plan(self) -> None:
        key = self.target_combo.currentData()
        if key is None:
            self.plan = None
            self.summary.setText(
                self.tr(
                    "Er is geen andere versie van dit begeleidingsdocument. Maak eerst een eigen "
                    "versie, of lees een nieuwe versie van de school in."
                )
            )
            self.problems.setVisible(False)
            self.details.setText("")
            self.move_button.setEnabled(False)
            return
        result = run_op(self, self.desk.migrations.plan, self.trajectory.id, key)
        if not result.ok:
            self.move_button.setEnabled(False)
            return
        plan = self.plan = result.value
        c = plan.counts()
        self.summary.setText(
            self.tr(
                "{kept} gedragsvoorbeelden blijven (met hun beoordelingen), {new} zijn nieuw, "
                "{gone} vallen weg. {conclusions} afrondingen blijven staan."
            ).format(
                kept=c["kept"], new=c["new"], gone=c["gone"], conclusions=c["conclusions_kept"]
            )
        )
        self.problems.setText("\n".join(plan.problems))
        self.problems.setVisible(bool(plan.problems))
        lines: list[str] = []
        reworded = [b for b in plan.kept if b.old_text]
        if reworded:
            lines.append(self.tr("Anders gezegd (de beoordeling blijft):"))
            lines += [f"  • {b.text}" for b in reworded]
        if plan.new:
            lines.append(self.tr("Nieuw (nog niet beoordeeld):"))
            lines += [f"  • {b.text}" for b in plan.new]
        if plan.gone:
            lines.append(
                self.tr(
                    "Vallen weg (de beoordeling blijft bewaard, als "
                    "\u201cuit een vorige versie\u201d):"
                )
            )
            lines += [
                f"  • {b.text}" + (f"  [{self.tr(_STATUS[b.status.value])}]" if b.status else "")
                for b in plan.gone
            ]
        if plan.conclusions_to_check:
            lines.append(
                self.tr(
                    "Afgerond, en de gedragsvoorbeelden zijn veranderd; de afronding "
                    "blijft staan, kijk er nog eens naar: {codes}"
                ).format(codes=", ".join(plan.conclusions_to_check))
            )
        self.details.setText("\n".join(lines))
        self.move_button.setEnabled(plan.possible)

    def _on_move(self) -> None:
        if self.plan is None or not self.plan.possible:
            return
        if self.person is None:
            message.inform(
                self,
                self.tr("Wie bent u?"),
                self.tr("Kies eerst wie u bent (bovenaan)."),
                kind="warning",
            )
            return
        if not message.ask(
            self,
            self.tr("Overstappen?"),
            self.tr(
                "Het traject gaat naar de andere versie. Er gaat geen beoordeling verloren. "
                "U kunt dit ongedaan maken met Ctrl+Z."
            ),
            self.tr("Overstappen"),
            self.tr("Niet overstappen"),
        ):
            return
        result = run_op(
            self, self.desk.migrations.apply, self.trajectory.id, self.plan.to_key, self.person.id
        )
        if result.ok:
            self.moved = True
            self.accept()
