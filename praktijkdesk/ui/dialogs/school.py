"""Add or edit a school (mbo-instelling), and an employer's details for the declaration."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from praktijkdesk.domain.school import NO_SBB_WARNING, WORDINGS
from praktijkdesk.ui.dialogs.base import TouchDialog, combo, line_edit
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.screens.base import scroll_area
from praktijkdesk.ui.widgets.buttons import TouchCheckBox, label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk


class _FormDialog(TouchDialog):
    """A dialog whose fields scroll, so it fits a 1024×600 screen with big text."""

    def __init__(self, parent, name: str):
        super().__init__(parent, name=name)
        self.form = QtWidgets.QWidget()
        self.form_layout = QtWidgets.QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(scroll_area(self.form, f"{name}Scroll"), 1)

    def field(self, name: str) -> tuple[QtWidgets.QLabel, QtWidgets.QLineEdit]:
        edit = line_edit(name)
        caption = self.form_label(buddy=edit)
        self.form_layout.addWidget(caption)
        self.form_layout.addWidget(edit)
        return caption, edit


class SchoolDialog(_FormDialog):
    def __init__(self, desk: Desk, parent=None, *, school=None):
        super().__init__(parent, "schoolDialog")
        self.desk = desk
        self.editing = school
        self.school = None
        self.name_label, self.name_edit = self.field("schoolName")
        self.brin_label, self.brin_edit = self.field("schoolBrin")
        self.place_label, self.place_edit = self.field("schoolPlace")
        self.contact_label, self.contact_edit = self.field("schoolContactName")
        self.phone_label, self.phone_edit = self.field("schoolContactPhone")
        self.email_label, self.email_edit = self.field("schoolContactEmail")
        self.wording_combo = combo("schoolWording")
        self.wording_label = self.form_label(buddy=self.wording_combo)
        self.form_layout.addWidget(self.wording_label)
        self.form_layout.addWidget(self.wording_combo)
        self.co_signs = TouchCheckBox()
        self.co_signs.setObjectName("schoolCoSigns")
        self.form_layout.addWidget(self.co_signs)
        self.form_layout.addStretch(1)
        for key in WORDINGS:
            self.wording_combo.addItem("", key)
        if school is not None:
            self.name_edit.setText(school.name)
            self.brin_edit.setText(school.brin)
            self.place_edit.setText(school.place)
            self.contact_edit.setText(school.contact_name)
            self.phone_edit.setText(school.contact_phone)
            self.email_edit.setText(school.contact_email)
            self.wording_combo.setCurrentIndex(max(0, self.wording_combo.findData(school.wording)))
            self.co_signs.setChecked(school.co_signs)
        self.cancel_button = self.add_button("", name="cancelButton", stretch_before=True)
        self.ok_button = self.add_button("", role="primary", name="okButton")
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.retranslate()
        self.resize(640, 560)
        self.name_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("School wijzigen") if self.editing else self.tr("School toevoegen")
        )
        self.heading.setText(self.windowTitle())
        for caption, edit, text in (
            (self.name_label, self.name_edit, self.tr("Naam van de school")),
            (
                self.brin_label,
                self.brin_edit,
                self.tr("BRIN-code (2 cijfers en 2 letters, zoals 25LH)"),
            ),
            (self.place_label, self.place_edit, self.tr("Plaats")),
            (
                self.contact_label,
                self.contact_edit,
                self.tr("Contactpersoon van het Praktijkloket"),
            ),
            (self.phone_label, self.phone_edit, self.tr("Telefoon van het Praktijkloket")),
            (self.email_label, self.email_edit, self.tr("E-mail van het Praktijkloket")),
        ):
            caption.setText(text)
            edit.setAccessibleName(text)
        self.wording_label.setText(self.tr("Tekst op de verklaring"))
        self.wording_combo.setAccessibleName(self.tr("Tekst op de verklaring"))
        labels = {
            "issued_by": self.tr(
                "Uitgereikt door de school, op basis van het oordeel van de praktijkopleider"
            ),
            "on_behalf_of": self.tr(
                "Namens de school afgegeven, op basis van het oordeel van de praktijkopleider"
            ),
            "registered_by": self.tr(
                "Opgesteld door de praktijkopleider, geregistreerd door de school"
            ),
        }
        for index in range(self.wording_combo.count()):
            self.wording_combo.setItemText(index, labels[self.wording_combo.itemData(index)])
        self.co_signs.setText(self.tr("De school tekent de verklaring mee"))
        self.co_signs.setAccessibleName(self.co_signs.text())
        self.cancel_button.setText(self.tr("Annuleren"))
        self.ok_button.setText(self.tr("Opslaan") if self.editing else self.tr("Toevoegen"))

    def values(self) -> dict:
        return {
            "brin": self.brin_edit.text(),
            "place": self.place_edit.text(),
            "contact_name": self.contact_edit.text(),
            "contact_phone": self.phone_edit.text(),
            "contact_email": self.email_edit.text(),
            "wording": self.wording_combo.currentData(),
            "co_signs": self.co_signs.isChecked(),
        }

    def _on_ok_clicked(self) -> None:
        if self.editing is None:
            result = run_op(
                self, self.desk.schools.add_school, self.name_edit.text(), **self.values()
            )
        else:
            result = run_op(
                self,
                self.desk.schools.edit_school,
                self.editing.id,
                name=self.name_edit.text(),
                **self.values(),
            )
        if result.ok:
            self.school = result.value
            self.accept()


class EmployerDialog(_FormDialog):
    """Place, SBB erkenningsnummer and manager: what the declaration prints of the employer."""

    def __init__(self, desk: Desk, employer, parent=None):
        super().__init__(parent, "employerDialog")
        self.desk = desk
        self.employer = employer
        self.warning = label(role="small", wrap=True, name="sbbWarning")
        self.warning.setProperty("state", "warning")
        self.form_layout.addWidget(self.warning)
        self.name_label, self.name_edit = self.field("employerName")
        self.place_label, self.place_edit = self.field("employerPlace")
        self.sbb_label, self.sbb_edit = self.field("employerSbb")
        self.manager_label, self.manager_edit = self.field("employerManager")
        self.form_layout.addStretch(1)
        self.name_edit.setText(employer.name)
        self.place_edit.setText(employer.place)
        self.sbb_edit.setText(employer.sbb_number)
        self.manager_edit.setText(employer.manager_name)
        self.sbb_edit.textChanged.connect(self._show_warning)
        self.cancel_button = self.add_button("", name="cancelButton", stretch_before=True)
        self.ok_button = self.add_button("", role="primary", name="okButton")
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.retranslate()
        self.resize(640, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gegevens van het leerbedrijf"))
        self.heading.setText(self.windowTitle())
        for caption, edit, text in (
            (self.name_label, self.name_edit, self.tr("Naam van het leerbedrijf")),
            (self.place_label, self.place_edit, self.tr("Plaats")),
            (self.sbb_label, self.sbb_edit, self.tr("Erkenningsnummer van SBB")),
            (
                self.manager_label,
                self.manager_edit,
                self.tr("Leidinggevende (voor de handtekening, mag leeg blijven)"),
            ),
        ):
            caption.setText(text)
            edit.setAccessibleName(text)
        self.sbb_edit.setPlaceholderText(self.tr("bijvoorbeeld 100234567"))
        self.cancel_button.setText(self.tr("Annuleren"))
        self.ok_button.setText(self.tr("Opslaan"))
        self._show_warning()

    def _show_warning(self, *_args) -> None:
        missing = not self.sbb_edit.text().strip()
        self.warning.setText(NO_SBB_WARNING if missing else "")
        self.warning.setVisible(missing)

    def _on_ok_clicked(self) -> None:
        changed = replace(
            self.employer,
            name=self.name_edit.text(),
            place=self.place_edit.text(),
            sbb_number=self.sbb_edit.text(),
            manager_name=self.manager_edit.text(),
        )
        result = run_op(self, self.desk.people.edit_employer, changed)
        if result.ok:
            self.employer = result.value
            self.accept()
