"""Privacy (AVG) in the app: save a candidate's data for a request to see it, erase a
candidate and everything of theirs, and offer candidates past the retention term for erasure.

The work is done by ``desk.privacy`` (export_candidate, erase_candidate, due_for_erasure);
these dialogs only ask, explain and confirm. Erasing always takes a deliberate second step
(a tick) and says that older reservekopieën still hold the data until they expire.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.base import TouchDialog
from praktijkdesk.ui.formatting import long_date
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.screens.base import scroll_area
from praktijkdesk.ui.widgets.buttons import TouchCheckBox, label
from praktijkdesk.ui.widgets.layouts import empty_layout

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk


def _default_folder() -> str:
    return QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())


def choose_export_folder(parent) -> str:
    return QtWidgets.QFileDialog.getExistingDirectory(
        parent,
        QtCore.QCoreApplication.translate("PrivacyDialogs", "Map kiezen voor de gegevens"),
        _default_folder(),
    )


def export_candidate_data(
    parent,
    desk: Desk,
    candidate_id: str,
    choose_folder: Callable[[QtWidgets.QWidget], str] | None = None,
) -> Path | None:
    """Folder picker → desk.privacy.export_candidate; says where the data went."""
    folder = (choose_folder or choose_export_folder)(parent)
    if not folder:
        return None
    result = run_op(parent, desk.privacy.export_candidate, candidate_id, folder)
    if not result.ok:
        return None
    message.inform(
        parent,
        QtCore.QCoreApplication.translate("PrivacyDialogs", "Gegevens opgeslagen"),
        QtCore.QCoreApplication.translate(
            "PrivacyDialogs",
            "Alle gegevens van deze kandidaat staan nu in de map {path}: het bestand "
            "gegevens.json en de praktijkverklaringen als PDF. Geef ze alleen aan de kandidaat "
            "zelf, bijvoorbeeld op een USB-stick.",
        ).format(path=result.value),
    )
    return result.value


def erasure_counts(desk: Desk, candidate_id: str) -> dict[str, int]:
    """What erasing would remove, counted from the same data the export shows."""
    data, _pdfs = desk.privacy.export_data(candidate_id)
    trajectories = data["trajectories"]
    declarations = [d for t in trajectories for d in t["declarations"]]
    return {
        "trajectories": len(trajectories),
        "marks": sum(len(t["marks"]) for t in trajectories),
        "conclusions": sum(len(t["conclusions"]) for t in trajectories),
        "declarations": len(declarations),
        "signatures": sum(len(d["signatures"]) for d in declarations),
    }


class EraseCandidateDialog(TouchDialog):
    """Names what will be erased; the erase button works only after a deliberate tick."""

    def __init__(self, desk: Desk, candidate_id: str, parent=None, *, person=None):
        super().__init__(parent, name="eraseCandidateDialog")
        self.desk = desk
        self.person = person  # who is working: a jobcoach never erases an employer's candidate
        self.candidate = desk.privacy.candidate(candidate_id)
        self.counts = erasure_counts(desk, self.candidate.id)
        self.result_value = None
        self.intro = label(wrap=True, name="eraseIntro")
        self.what = label(wrap=True, name="eraseWhat")
        self.backups_note = label(role="muted", wrap=True, name="eraseBackupsNote")
        # Backups that hold the candidate: named, and erased from too when ticked.
        self.holding = desk.privacy.backups_holding(self.candidate.id)
        self.backup_result = None
        self.from_backups = TouchCheckBox()
        self.from_backups.setObjectName("eraseFromBackups")
        self.from_backups.setVisible(bool(self.holding))
        self.sure = TouchCheckBox()
        self.sure.setObjectName("eraseSure")
        for widget in (self.intro, self.what, self.backups_note, self.from_backups, self.sure):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.cancel_button = self.add_button(
            "", role="primary", name="keepCandidateButton", stretch_before=True
        )
        self.erase_button = self.add_button("", role="danger", name="eraseCandidateButton")
        self.erase_button.setEnabled(False)
        self.cancel_button.setDefault(True)
        self.sure.toggled.connect(self.erase_button.setEnabled)
        self.cancel_button.clicked.connect(self.reject)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        self.retranslate()
        self.resize(720, 560)

    def retranslate(self) -> None:
        name, c = self.candidate.name, self.counts
        self.setWindowTitle(self.tr("Kandidaat wissen"))
        self.heading.setText(self.tr("{name} en alle gegevens wissen?").format(name=name))
        self.intro.setText(
            self.tr(
                "Dit wist {name} uit praktijkdesk, met alles wat bij deze kandidaat hoort. Dat kan "
                "niet ongedaan worden gemaakt. Vroeg de kandidaat om de gegevens? Sla ze dan eerst "
                "op."
            ).format(name=name)
        )
        self.what.setText(
            "\n".join(
                [
                    self.tr("Dit wordt gewist:"),
                    "•  " + self.tr("trajecten: {n}").format(n=c["trajectories"]),
                    "•  " + self.tr("beoordelingen: {n}").format(n=c["marks"]),
                    "•  " + self.tr("conclusies per werkproces: {n}").format(n=c["conclusions"]),
                    "•  " + self.tr("praktijkverklaringen: {n}").format(n=c["declarations"]),
                    "•  " + self.tr("handtekeningen: {n}").format(n=c["signatures"]),
                ]
            )
        )
        # With backups that hold them, the tick says it all (the dialog fits 1024×600).
        self.backups_note.setVisible(not self.holding)
        self.backups_note.setText(self.tr("Geen reservekopie bevat deze kandidaat."))
        if len(self.holding) == 1:
            self.from_backups.setText(
                self.tr("Ook wissen uit de reservekopie die deze gegevens nog bevat")
            )
        else:
            self.from_backups.setText(
                self.tr(
                    "Ook wissen uit de {n} reservekopieën die deze gegevens nog bevatten"
                ).format(n=len(self.holding))
            )
        self.from_backups.setAccessibleName(self.from_backups.text())
        self.sure.setText(self.tr("Ja, ik wil {name} en al deze gegevens wissen").format(name=name))
        self.sure.setAccessibleName(self.sure.text())
        self.cancel_button.setText(self.tr("Niet wissen"))
        self.erase_button.setText(self.tr("Wissen"))
        self.erase_button.setAccessibleName(self.tr("{name} wissen").format(name=name))

    def _on_erase_clicked(self) -> None:
        if not self.sure.isChecked():
            return
        result = run_op(
            self,
            self.desk.privacy.erase_candidate,
            self.candidate.id,
            person_id=self.person.id if self.person is not None else None,
        )
        if result.ok:
            self.result_value = result.value
            if self.from_backups.isChecked() and self.holding:
                done = run_op(self, self.desk.privacy.erase_from_backups, self.candidate.id)
                self.backup_result = done.value if done.ok else None
            self.accept()


def erase_candidate(parent, desk: Desk, candidate_id: str):
    """Ask (with the tick), then erase; the ErasureResult, or None when nothing was erased."""
    dialog = EraseCandidateDialog(desk, candidate_id, parent)
    dialog.exec()
    return dialog.result_value


class RetentionDialog(TouchDialog):
    """Candidates whose trajectories all closed longer ago than the retention term."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent, name="retentionDialog")
        self.desk = desk
        self.boxes: list[tuple[TouchCheckBox, object]] = []
        self.explanation = label(wrap=True, name="retentionExplanation")
        self.body.addWidget(self.explanation)
        self.list_widget = QtWidgets.QWidget()
        self.list_layout = QtWidgets.QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, theme.SPACING_M, 0)
        self.list_layout.setSpacing(theme.SPACING_S)
        self.body.addWidget(scroll_area(self.list_widget, "retentionScroll"), 1)
        self.backups_note = label(role="muted", wrap=True, name="retentionBackupsNote")
        self.body.addWidget(self.backups_note)
        self.later_button = self.add_button(
            "", role="primary", name="retentionLaterButton", stretch_before=True
        )
        self.erase_button = self.add_button("", role="danger", name="retentionEraseButton")
        self.later_button.clicked.connect(self.reject)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        self.ask: Callable[..., bool] = message.ask  # replaceable in tests
        self.erased: list = []
        self.refresh()
        self.retranslate()
        self.resize(760, 560)

    def refresh(self) -> None:
        empty_layout(self.list_layout)
        self.boxes = []
        for due in self.desk.privacy.due_for_erasure():
            box = TouchCheckBox()
            box.setObjectName("retentionCandidate")
            box.toggled.connect(self._update_buttons)
            self.list_layout.addWidget(box)
            self.boxes.append((box, due))
        self.list_layout.addStretch(1)
        self._update_buttons()

    def retranslate(self) -> None:
        years = self.desk.privacy.retention_years()
        self.setWindowTitle(self.tr("Oude gegevens wissen"))
        self.heading.setText(self.tr("Oude gegevens wissen"))
        if self.boxes:
            self.explanation.setText(
                self.tr(
                    "Van deze kandidaten zijn alle trajecten langer dan {years} jaar geleden "
                    "afgesloten. Bewaar gegevens niet langer dan nodig (AVG). Vink aan wie gewist "
                    "mag worden."
                ).format(years=years)
            )
        else:
            self.explanation.setText(
                self.tr(
                    "Er zijn geen kandidaten waarvan alle trajecten langer dan {years} jaar geleden "
                    "zijn afgesloten."
                ).format(years=years)
            )
        for box, due in self.boxes:
            box.setText(
                self.tr("{name}  ·  afgesloten {date}  ·  trajecten: {n}").format(
                    name=due.name, date=long_date(due.last_end_date), n=due.trajectory_count
                )
            )
            box.setAccessibleName(box.text())
        self.backups_note.setText(
            self.tr(
                "Wissen kan niet ongedaan worden gemaakt. Oudere reservekopieën bevatten de "
                "gegevens nog, tot ze vanzelf vervallen (na hoogstens ruim een jaar)."
            )
        )
        self.later_button.setText(self.tr("Nu niet") if self.boxes else self.tr("Sluiten"))
        self.erase_button.setText(self.tr("Aangevinkte wissen…"))

    def checked(self) -> list:
        return [due for box, due in self.boxes if box.isChecked()]

    def _update_buttons(self) -> None:
        self.erase_button.setEnabled(bool(self.checked()))
        self.erase_button.setVisible(bool(self.boxes))

    def _on_erase_clicked(self) -> None:
        chosen = self.checked()
        if not chosen:
            return
        names = ", ".join(due.name for due in chosen)
        title = (
            self.tr("{name} wissen?").format(name=chosen[0].name)
            if len(chosen) == 1
            else self.tr("{n} kandidaten wissen?").format(n=len(chosen))
        )
        if not self.ask(
            self,
            title,
            self.tr(
                "Gewist worden: {names}. Met hun trajecten, beoordelingen, conclusies, "
                "praktijkverklaringen en handtekeningen. Dit kan niet ongedaan worden "
                "gemaakt. Oudere reservekopieën bevatten de gegevens nog, tot ze vanzelf "
                "vervallen."
            ).format(names=names),
            self.tr("Ja, wissen"),
            self.tr("Niet wissen"),
        ):
            return
        for due in chosen:
            result = run_op(self, self.desk.privacy.erase_candidate, due.candidate_id)
            if not result.ok:
                break
            self.erased.append(result.value)
        self.refresh()
        self.retranslate()


def open_retention_dialog(parent, desk: Desk) -> RetentionDialog:
    dialog = RetentionDialog(desk, parent)
    dialog.exec()
    return dialog
