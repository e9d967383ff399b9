"""Add a trainer or jobcoach, or change a name. No password: the picker is about *who*, not access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from praktijkdesk.domain.people import Person, Role
from praktijkdesk.ui.dialogs.base import TouchDialog, combo, line_edit
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.widgets.buttons import TouchRadioButton

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk


class AddPersonDialog(TouchDialog):
    def __init__(
        self,
        desk: Desk,
        role: Role | None = Role.TRAINER,
        parent=None,
        *,
        person: Person | None = None,
    ):
        super().__init__(parent, name="personDialog")
        self.desk = desk
        self.editing = person
        self.person: Person | None = None
        self.name_edit = line_edit("personName")
        self.trainer_radio = TouchRadioButton()
        self.trainer_radio.setObjectName("roleTrainer")
        self.jobcoach_radio = TouchRadioButton()
        self.jobcoach_radio.setObjectName("roleJobcoach")
        if role is not None:  # None: the person chooses (issue #20: "+ Mijzelf toevoegen")
            (self.trainer_radio if role is Role.TRAINER else self.jobcoach_radio).setChecked(True)
        self.employer_combo = combo("personEmployer", editable=True)
        self.name_label = self.form_label(buddy=self.name_edit)
        self.role_label = self.form_label()
        self.employer_label = self.form_label(buddy=self.employer_combo)
        self.body.addWidget(self.name_label)
        self.body.addWidget(self.name_edit)
        self.body.addWidget(self.role_label)
        roles = QtWidgets.QHBoxLayout()
        roles.addWidget(self.trainer_radio)
        roles.addWidget(self.jobcoach_radio)
        roles.addStretch(1)
        self.body.addLayout(roles)
        self.body.addWidget(self.employer_label)
        self.body.addWidget(self.employer_combo)
        self.body.addStretch(1)
        self.cancel_button = self.add_button("", name="cancelButton", stretch_before=True)
        self.ok_button = self.add_button("", role="primary", name="okButton")
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.trainer_radio.toggled.connect(self._on_role_toggled)
        self.jobcoach_radio.toggled.connect(self._on_role_toggled)
        self.employers = desk.people.employers()
        self.employer_combo.addItem("", None)
        for employer in self.employers:
            self.employer_combo.addItem(employer.name, employer.id)
        if person is not None:
            self.name_edit.setText(person.name)
            index = self.employer_combo.findData(person.employer_id)
            self.employer_combo.setCurrentIndex(max(0, index))
            self.trainer_radio.setEnabled(False)
            self.jobcoach_radio.setEnabled(False)
        self.retranslate()
        self._on_role_toggled()
        self.resize(560, 480)
        self.name_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Naam wijzigen") if self.editing else self.tr("Iemand toevoegen")
        )
        self.heading.setText(self.windowTitle())
        self.name_label.setText(self.tr("Naam"))
        self.name_edit.setAccessibleName(self.tr("Naam"))
        self.name_edit.setPlaceholderText(self.tr("Voornaam en achternaam"))
        self.role_label.setText(self.tr("Wat doet deze persoon?"))
        self.trainer_radio.setText(self.tr("Praktijkopleider"))
        self.trainer_radio.setAccessibleName(self.tr("Praktijkopleider"))
        self.jobcoach_radio.setText(self.tr("Jobcoach"))
        self.jobcoach_radio.setAccessibleName(self.tr("Jobcoach"))
        self.employer_label.setText(self.tr("Leerbedrijf (mag leeg blijven)"))
        self.employer_combo.setAccessibleName(self.tr("Leerbedrijf"))
        self.cancel_button.setText(self.tr("Annuleren"))
        self.ok_button.setText(self.tr("Opslaan") if self.editing else self.tr("Toevoegen"))

    def _on_role_toggled(self, *_args) -> None:
        trainer = self.trainer_radio.isChecked()
        self.employer_label.setVisible(trainer)
        self.employer_combo.setVisible(trainer)
        self.ok_button.setEnabled(self.trainer_radio.isChecked() or self.jobcoach_radio.isChecked())

    def role(self) -> Role:
        return Role.TRAINER if self.trainer_radio.isChecked() else Role.JOBCOACH

    def _employer_id(self) -> str | None:
        text = self.employer_combo.currentText().strip()
        if self.role() is not Role.TRAINER or not text:
            return None
        for employer in self.employers:
            if employer.name == text:
                return employer.id
        result = run_op(self, self.desk.people.employer_named, text, create=True)
        return result.value.id if result.ok else ""

    def _on_ok_clicked(self) -> None:
        employer_id = self._employer_id()
        if employer_id == "":
            return
        if self.editing is not None:
            changed = Person(
                self.editing.id,
                self.name_edit.text(),
                self.editing.role,
                employer_id if self.editing.role is Role.TRAINER else None,
            )
            result = run_op(self, self.desk.people.edit_person, changed)
        else:
            result = run_op(
                self, self.desk.people.add_person, self.name_edit.text(), self.role(), employer_id
            )
        if result.ok:
            self.person = result.value
            self.accept()
