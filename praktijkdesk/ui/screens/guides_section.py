"""Instellingen → Leerlijsten (begeleidingsdocumenten): the stored guides, import, export,
and the setting *Codes tonen*.

Each row shows a guide's title, version, source, the example flag and how many trajectories
use it, with "Opslaan als bestand…". Import reads and checks the file first and shows a preview
(title, version, counts, the B1 check's findings); only "Inlezen" stores it. A broken file gets
the command line's Dutch message, with the line.

The newest version of each school guide has "Eigen versie maken" / "Eigen versie aanpassen"
(``add_row_actions``), which opens the GuideVariantEditor for one employer: on an employer's PC
(the device scope) that employer; on a jobcoach's laptop, or a device that is not decided yet,
the trainer first taps the employer in a list (EmployerChoiceDialog). An own version's own row
has no such button: it is edited from its school guide's row, so there is one way in. On an
employer's PC, own versions of other employers are not listed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.base import TouchDialog
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.plain_words import SHOW_CODES, guide_word, show_codes
from praktijkdesk.ui.widgets.buttons import TouchButton, label
from praktijkdesk.ui.widgets.layouts import empty_layout

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

MAX_SOURCE_CHARS = 140


def first_sentence(text: str, limit: int = MAX_SOURCE_CHARS) -> str:
    first = text.split(". ")[0].strip().rstrip(".")
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


class GuidePreviewDialog(TouchDialog):
    """What a file holds, before anything is stored: "Inlezen" or "Annuleren"."""

    def __init__(self, preview, *, codes: bool, parent=None):
        super().__init__(parent, name="guidePreviewDialog")
        self.preview = preview
        guide = preview.guide
        word = guide_word(codes)
        self.heading.setText(self.tr("Deze {word} inlezen?").format(word=word))
        example = self.tr(" (voorbeeld)") if guide.example else ""
        self.title = label(
            f"{guide.title}{example}", role="heading", wrap=True, name="previewTitle"
        )
        self.version = label(
            self.tr("Versie {version}  ·  uit {file}").format(
                version=guide.version, file=preview.file_name
            ),
            wrap=True,
            name="previewVersion",
        )
        source = first_sentence(guide.source) if guide.source else self.tr("geen bron genoemd")
        self.source = label(
            self.tr("Bron: {source}").format(source=source),
            role="small",
            wrap=True,
            name="previewSource",
        )
        self.source.setToolTip(guide.source)
        groups = self.tr("kerntaken") if codes else self.tr("hoofdtaken")
        self.counts = label(
            self.tr("{groups_n} {groups}, {wp} werkprocessen, {b} gedragsvoorbeelden").format(
                groups_n=len(guide.core_tasks),
                groups=groups,
                wp=preview.work_process_count,
                b=preview.behaviour_count,
            ),
            wrap=True,
            name="previewCounts",
        )
        n = preview.plain_language_findings
        self.plain = label(
            self.tr("Eenvoudige taal (B1): in orde.")
            if n == 0
            else self.tr(
                "Eenvoudige taal (B1): {n} punt(en) om eenvoudiger te schrijven. U kunt hem "
                "toch inlezen."
            ).format(n=n),
            role="small",
            wrap=True,
            name="previewPlainLanguage",
        )
        for widget in (self.title, self.version, self.source, self.counts, self.plain):
            self.body.addWidget(widget)
        if preview.already_stored:
            self.body.addWidget(
                label(
                    self.tr("Deze versie staat er al. Inlezen verandert niets."),
                    wrap=True,
                    name="previewAlreadyStored",
                )
            )
        self.body.addStretch(1)
        self.cancel_button = self.add_button(self.tr("Annuleren"), name="previewCancel")
        self.import_button = self.add_button(
            self.tr("Inlezen"), role="primary", name="previewImport", stretch_before=True
        )
        self.import_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.accept)


class EmployerChoiceDialog(TouchDialog):
    """ "Voor welk leerbedrijf?": one big button per employer; a tap chooses and closes."""

    def __init__(self, employers: list, has_variant: set[str], parent=None):
        super().__init__(parent, name="employerChoiceDialog")
        self.chosen: str | None = None
        self.heading.setText(self.tr("Eigen versie voor welk leerbedrijf?"))
        self.body.addWidget(
            label(
                self.tr("Elk leerbedrijf heeft zijn eigen versie. Tik op het leerbedrijf."),
                wrap=True,
                name="employerChoiceHint",
            )
        )
        self.choices: dict[str, TouchButton] = {}
        for employer in employers:
            place = f" ({employer.place})" if employer.place else ""
            what = (
                self.tr("eigen versie aanpassen")
                if employer.id in has_variant
                else self.tr("eigen versie maken")
            )
            name = f"{employer.name}{place}"
            # Two lines: the name (cut short with … only when it cannot fit; the whole name
            # is the tooltip and the accessible name) and what a tap does. "&&": a literal &.
            shown = self.fontMetrics().elidedText(name, QtCore.Qt.TextElideMode.ElideMiddle, 640)
            button = TouchButton(f"{shown}\n{what}".replace("&", "&&"), name="employerChoice")
            button.setProperty("keepAccessibleName", True)
            button.setAccessibleName(f"{name}: {what}")
            button.setToolTip(name)
            button.setMinimumHeight(theme.TOUCH_MIN + 24)
            button.setProperty("employerId", employer.id)
            button.setStyleSheet("text-align: left; padding-left: 12px;")
            button.clicked.connect(lambda _=False, e=employer.id: self._choose(e))
            self.body.addWidget(button)
            self.choices[employer.id] = button
        self.body.addStretch(1)
        self.cancel_button = self.add_button(self.tr("Annuleren"), name="employerChoiceCancel")
        self.cancel_button.clicked.connect(self.reject)
        self.resize(760, 520)

    def _choose(self, employer_id: str) -> None:
        self.chosen = employer_id
        self.accept()


class GuidesSection(QtWidgets.QFrame):
    """One card for the settings column."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        # Tests set these instead of answering a file dialog; a preview answer likewise.
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.preview_answer: bool | None = None
        # Tests choose an employer here instead of tapping one in EmployerChoiceDialog.
        self.employer_answer: str | None = None
        self.last_employer_choice: EmployerChoiceDialog | None = None
        self.last_variant_editor = None
        self.variant_buttons: dict[str, TouchButton] = {}
        self._variant_employers: list = []  # whose own version this device edits
        self.last_preview: GuidePreviewDialog | None = None
        # Read in refresh(); retranslate() may run on a language change when no database may
        # be asked (a closing window), so it uses this.
        self.codes = show_codes(desk)
        self.setProperty("role", "card")
        self.setObjectName("guidesSection")
        inner = QtWidgets.QVBoxLayout(self)
        inner.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_L)
        inner.setSpacing(theme.SPACING_S)
        self.heading = label(role="heading", name="guidesHeading")
        self.hint = label(role="small", wrap=True, name="guidesHint")
        # A plain check box, not a TouchCheckBox: in the packaged app (PyInstaller, PySide6
        # 6.12) a TouchCheckBox living on in this screen made the next TouchCheckBox built
        # anywhere crash the process (Signal::updateSourceObject; found by the bundle's tour,
        # not understood yet). Its short text needs no eliding; the row is touch-sized below.
        self.codes_box = QtWidgets.QCheckBox()
        self.codes_box.setMinimumHeight(theme.TOUCH_MIN)
        # As wide as its box and text, so a tap anywhere on it toggles it.
        self.codes_box.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Maximum, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.codes_box.setObjectName("showCodesBox")
        self.codes_hint = label(role="small", wrap=True, name="showCodesHint")
        self.rows_box = QtWidgets.QVBoxLayout()
        self.rows_box.setSpacing(theme.SPACING_S)
        self.import_button = TouchButton(role="primary", name="importGuideButton")
        inner.addWidget(self.heading)
        inner.addWidget(self.hint)
        inner.addWidget(self.codes_box, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.codes_hint)
        inner.addLayout(self.rows_box)
        inner.addWidget(self.import_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        self.rows: dict[str, QtWidgets.QFrame] = {}
        self.export_buttons: dict[str, TouchButton] = {}
        self.codes_box.toggled.connect(self._on_codes_toggled)
        self.import_button.clicked.connect(self.import_from_file)
        self.retranslate()

    # Texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        codes = self.codes
        self.heading.setText(guide_word(codes, plural=True, capital=True))
        self.hint.setText(
            self.tr(
                "Een leerlijst zegt wat de kandidaat in het werk leert. De school geeft hem; u "
                "kunt er een inlezen uit een bestand (.json of .csv) of er een opslaan als bestand."
            )
        )
        self.codes_box.setText(self.tr("Codes tonen"))
        self.codes_box.setAccessibleName(self.tr("Codes tonen"))
        self.codes_hint.setText(
            self.tr(
                "Voor jobcoaches en scholen: toont bij elk werkproces de code en de titel van de "
                "school, en de woorden van de school. Op de praktijkverklaring en het "
                "voortgangsoverzicht staan de codes altijd."
            )
        )
        self.import_button.setText(
            self.tr("{word} inlezen…").format(word=guide_word(codes, capital=True))
        )
        self.import_button.setAccessibleName(self.import_button.text().rstrip("…"))

    def refresh(self) -> None:
        codes = self.codes = show_codes(self.desk)
        self.codes_box.blockSignals(True)
        self.codes_box.setChecked(codes)
        self.codes_box.blockSignals(False)
        self.retranslate()
        empty_layout(self.rows_box)
        self.rows, self.export_buttons, self.variant_buttons = {}, {}, {}
        self._variant_employers = self._employers_in_scope()
        mine = {e.id for e in self._variant_employers}
        counts = self.desk.guides.trajectory_counts()
        for summary in self.desk.guides.summaries():
            variant = self.desk.guides.get(summary.key).variant
            if variant is not None and variant.employer_id not in mine:
                continue  # another employer's own version: not this device's business
            row = self._row(summary, counts.get(summary.key, 0))
            self.rows_box.addWidget(row)
            self.rows[summary.key] = row

    def _row(self, summary, trajectories: int) -> QtWidgets.QFrame:
        guide = self.desk.guides.get(summary.key)
        row = QtWidgets.QFrame()
        row.setObjectName("guideRow")
        row.setProperty("guideKey", summary.key)
        outer = QtWidgets.QHBoxLayout(row)
        outer.setContentsMargins(0, theme.SPACING_S, 0, 0)
        outer.setSpacing(theme.SPACING_M)
        layout = QtWidgets.QVBoxLayout()
        layout.setSpacing(2)
        example = self.tr(" (voorbeeld)") if summary.example else ""
        layout.addWidget(label(f"{summary.title}{example}", wrap=True, name="guideTitle"))
        facts = self.tr("Versie {version}  ·  {wp} werkprocessen  ·  {n} traject(en)").format(
            version=summary.version, wp=summary.work_process_count, n=trajectories
        )
        layout.addWidget(label(facts, role="small", wrap=True, name="guideFacts"))
        if guide.source:
            source = label(
                self.tr("Bron: {source}").format(source=first_sentence(guide.source)),
                role="small",
                wrap=True,
                name="guideSource",
            )
            source.setToolTip(guide.source)
            layout.addWidget(source)
        outer.addLayout(layout, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.setSpacing(theme.SPACING_S)
        export = TouchButton(self.tr("Opslaan als bestand…"), name="exportGuideButton")
        export.setAccessibleName(self.tr("{title} opslaan als bestand").format(title=summary.title))
        export.clicked.connect(lambda _=False, key=summary.key: self.export_to_file(key))
        buttons.addWidget(export)
        self.export_buttons[summary.key] = export
        self.add_row_actions(buttons, summary)
        outer.addLayout(buttons)
        return row

    def add_row_actions(self, buttons: QtWidgets.QHBoxLayout, summary) -> None:
        """More buttons for one guide's row: "Eigen versie maken/aanpassen" on the newest
        version of a school guide (see the module text). ``summary`` is the row's GuideSummary."""
        guide = self.desk.guides.get(summary.key)
        if guide.variant is not None or not self._variant_employers:
            return
        if self.desk.guides.latest(guide.slug).key != summary.key:
            return  # an older version: own versions start from the newest
        with_variant = self._employers_with_variant(summary.key)
        if len(self._variant_employers) > 1:
            text = self.tr("Eigen versie…")
        elif with_variant:
            text = self.tr("Eigen versie aanpassen")
        else:
            text = self.tr("Eigen versie maken")
        button = TouchButton(text, name="guideVariantButton")
        button.setProperty("keepAccessibleName", True)
        button.setAccessibleName(
            self.tr("{what}: {title}").format(what=text.rstrip("…"), title=summary.title)
        )
        button.clicked.connect(lambda _=False, key=summary.key: self.open_variant_editor(key))
        buttons.addWidget(button)
        self.variant_buttons[summary.key] = button

    def _employers_in_scope(self) -> list:
        """The employers whose own versions this device makes: an employer's PC its own; a
        jobcoach's laptop (or an undecided device) every employer on it."""
        employers = self.desk.people.employers()
        allowed = self.desk.exchange.scope().allowed
        if allowed:
            employers = [e for e in employers if e.id in allowed]
        return employers

    def _employers_with_variant(self, key: str) -> set[str]:
        return {
            e.id
            for e in self._variant_employers
            if self.desk.guide_variants.current(key, e.id) is not None
        }

    def open_variant_editor(self, key: str) -> bool:
        """The employer's own version of guide ``key`` in the editor (after choosing the
        employer when there are several). True when a version was saved."""
        from praktijkdesk.ui.dialogs.guide_variant_editor import GuideVariantEditor

        employers = self._variant_employers
        if not employers:
            return False
        employer_id = employers[0].id
        if len(employers) > 1:
            dialog = EmployerChoiceDialog(employers, self._employers_with_variant(key), self)
            self.last_employer_choice = dialog
            if self.employer_answer is not None:
                employer_id = self.employer_answer
            elif dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted and dialog.chosen:
                employer_id = dialog.chosen
            else:
                return False
        # An employer or guide gone meanwhile (a bundle, a second program): a Dutch message.
        made = run_op(self, GuideVariantEditor, self.desk, key, employer_id, self)
        if not made.ok:
            return False
        editor = made.value
        self.last_variant_editor = editor
        editor.exec()
        return editor.result_guide is not None

    # Actions ------------------------------------------------------------------------------
    def _on_codes_toggled(self, checked: bool) -> None:
        run_op(self, self.desk.set_setting, SHOW_CODES, "1" if checked else None)

    def import_from_file(self) -> bool:
        """Choose a file, show what it holds, store it only after "Inlezen". True if stored."""
        codes = self.codes
        path = self.open_path
        if path is None:
            path, _ = QtWidgets.QFileDialog.getOpenFileName(
                self,
                self.tr("{word} inlezen").format(word=guide_word(codes, capital=True)),
                "",
                self.tr("Leerlijsten (*.json *.csv)"),
            )
        if not path:
            return False
        result = run_op(self, self.desk.guides.preview_file, path)  # nothing stored yet
        if not result.ok:
            return False
        dialog = GuidePreviewDialog(result.value, codes=codes, parent=self)
        self.last_preview = dialog
        accepted = (
            self.preview_answer
            if self.preview_answer is not None
            else (dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted)
        )
        if not accepted:
            return False
        stored = run_op(self, self.desk.guides.import_preview, result.value)
        if stored.ok:
            guide = stored.value
            message.inform(
                self,
                self.tr("Ingelezen"),
                self.tr("{title}, versie {version}, staat nu in de lijst.").format(
                    title=guide.title, version=guide.version
                ),
            )
        return stored.ok

    def export_to_file(self, key: str) -> Path | None:
        """Save one guide version as .json (or .csv); an existing file is replaced only
        after asking. Returns the path written, or None."""
        from praktijkdesk.ui.printing import replace_allowed

        guide = self.desk.guides.get(key)
        suggested = f"{guide.slug}-{guide.version}.json"
        chosen = self.save_path
        if chosen is None:
            chosen, _ = QtWidgets.QFileDialog.getSaveFileName(
                self,
                self.tr("Opslaan als bestand"),
                suggested,
                self.tr("JSON (*.json);;CSV voor Excel (*.csv)"),
            )
        if not chosen:
            return None
        path = chosen if Path(chosen).suffix.casefold() in (".json", ".csv") else chosen + ".json"
        overwrite = replace_allowed(self, chosen, path)
        if overwrite is None:
            return None
        result = run_op(self, self.desk.guides.export, key, path, overwrite=overwrite)
        if not result.ok:
            return None
        message.inform(
            self,
            self.tr("Opgeslagen"),
            self.tr("{title} staat in {path}.").format(title=guide.title, path=path),
        )
        return Path(path)
