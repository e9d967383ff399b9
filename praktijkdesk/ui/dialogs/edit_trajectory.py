"""Change a trajectory: the candidate's name and birth date, trainer, jobcoach, dates, work processes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.dates import NotADate, parse_date
from praktijkdesk.domain.people import Role
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.base import TouchDialog, combo, line_edit
from praktijkdesk.ui.dialogs.new_candidate_wizard import date_edit
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.plain_words import show_codes
from praktijkdesk.ui.screens.base import scroll_area
from praktijkdesk.ui.widgets.buttons import TouchCheckBox
from praktijkdesk.ui.widgets.work_process_picker import WorkProcessPicker

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk


class EditTrajectoryDialog(TouchDialog):
    def __init__(self, desk: Desk, trajectory_id: str, parent=None):
        super().__init__(parent, name="editTrajectoryDialog")
        self.desk = desk
        self.overview = desk.trajectories.overview(trajectory_id)
        o = self.overview
        content = QtWidgets.QWidget()
        form = QtWidgets.QVBoxLayout(content)
        form.setContentsMargins(0, 0, theme.SPACING_M, 0)
        form.setSpacing(theme.SPACING_S)
        self.name_edit = line_edit("candidateName")
        self.name_edit.setText(o.candidate.name)
        self.birth_edit = line_edit("candidateBirthDate")
        if o.candidate.birth_date:
            self.birth_edit.setText(
                dt.date.fromisoformat(o.candidate.birth_date).strftime("%d-%m-%Y")
            )
        self.trainer_combo = combo("trainerCombo")
        for person in desk.people.people(Role.TRAINER):
            self.trainer_combo.addItem(person.name, person.id)
        self.trainer_combo.setCurrentIndex(max(0, self.trainer_combo.findData(o.trainer.id)))
        self.jobcoach_combo = combo("jobcoachCombo")
        self.jobcoach_combo.addItem("—", None)
        for person in desk.people.people(Role.JOBCOACH):
            self.jobcoach_combo.addItem(person.name, person.id)
        self.jobcoach_combo.setCurrentIndex(
            max(0, self.jobcoach_combo.findData(o.jobcoach.id if o.jobcoach else None))
        )
        self.start_edit = date_edit("startDate")
        self.start_edit.setDate(
            QtCore.QDate.fromString(o.trajectory.start_date, QtCore.Qt.DateFormat.ISODate)
        )
        self.end_box = TouchCheckBox()
        self.end_box.setObjectName("hasEndDate")
        self.end_edit = date_edit("endDate")
        if o.trajectory.end_date:
            self.end_box.setChecked(True)
            self.end_edit.setDate(
                QtCore.QDate.fromString(o.trajectory.end_date, QtCore.Qt.DateFormat.ISODate)
            )
        self.end_edit.setEnabled(self.end_box.isChecked())
        self.picker = WorkProcessPicker()
        self.picker.set_guide(o.guide, o.trajectory.work_processes, show_codes=show_codes(desk))
        self.labels = {}
        for key, widget in (
            ("name", self.name_edit),
            ("birth", self.birth_edit),
            ("trainer", self.trainer_combo),
            ("jobcoach", self.jobcoach_combo),
            ("start", self.start_edit),
        ):
            self.labels[key] = self.form_label(buddy=widget)
            form.addWidget(self.labels[key])
            form.addWidget(
                widget,
                0,
                QtCore.Qt.AlignmentFlag.AlignLeft
                if isinstance(widget, QtWidgets.QDateEdit)
                else QtCore.Qt.AlignmentFlag(0),
            )
        form.addWidget(self.end_box)
        form.addWidget(self.end_edit, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        self.labels["wps"] = self.form_label()
        form.addSpacing(theme.SPACING_S)
        form.addWidget(self.labels["wps"])
        form.addWidget(self.picker)
        self.body.addWidget(scroll_area(content, "editScroll"), 1)
        self.cancel_button = self.add_button("", name="cancelButton", stretch_before=True)
        self.save_button = self.add_button("", role="primary", name="saveButton")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.end_box.toggled.connect(self.end_edit.setEnabled)
        self.retranslate()
        self.resize(760, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Traject wijzigen"))
        self.heading.setText(
            self.tr("Traject van {name} wijzigen").format(name=self.overview.candidate.name)
        )
        texts = {
            "name": self.tr("Naam van de kandidaat"),
            "birth": self.tr("Geboortedatum (mag leeg blijven)"),
            "trainer": self.tr("Praktijkopleider"),
            "jobcoach": self.tr("Jobcoach"),
            "start": self.tr("Startdatum"),
            "wps": self.tr("Werkprocessen die de kandidaat leert"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.name_edit.setAccessibleName(texts["name"])
        self.birth_edit.setAccessibleName(self.tr("Geboortedatum"))
        self.birth_edit.setPlaceholderText(self.tr("dag-maand-jaar, bijvoorbeeld 17-04-1991"))
        self.trainer_combo.setAccessibleName(texts["trainer"])
        self.jobcoach_combo.setAccessibleName(texts["jobcoach"])
        self.start_edit.setAccessibleName(texts["start"])
        self.end_box.setText(self.tr("Er is een einddatum"))
        self.end_box.setAccessibleName(self.tr("Er is een einddatum"))
        self.end_edit.setAccessibleName(self.tr("Einddatum"))
        self.cancel_button.setText(self.tr("Annuleren"))
        self.save_button.setText(self.tr("Opslaan"))

    def _on_save_clicked(self) -> None:
        try:
            birth = parse_date(self.birth_edit.text())  # the command line's parser too
        except NotADate as exc:  # "Die dag bestaat niet." as on the command line
            message.inform(self, self.tr("Nog even aanvullen"), exc.reason)
            return
        o = self.overview
        iso = QtCore.Qt.DateFormat.ISODate
        result = run_op(
            self,
            self.desk.trajectories.edit_candidate,
            o.candidate.id,
            name=self.name_edit.text(),
            birth_date=birth,
        )
        if not result.ok:
            return
        result = run_op(
            self,
            self.desk.trajectories.edit,
            o.trajectory.id,
            trainer_id=self.trainer_combo.currentData(),
            jobcoach_id=self.jobcoach_combo.currentData(),
            work_processes=self.picker.chosen(),
            start_date=self.start_edit.date().toString(iso),
            end_date=self.end_edit.date().toString(iso) if self.end_box.isChecked() else None,
        )
        if result.ok:
            self.accept()
