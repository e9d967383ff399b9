"""Instellingen → Scholen, leerbedrijven and "Registratie voor de school".

Schools (mbo-instellingen) with their Praktijkloket contact; employers with the details the
declaration prints (a warning while the SBB erkenningsnummer is missing); and the school's
registration list of issued and withdrawn declarations, saved as a CSV for the spreadsheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import combo
from praktijkdesk.ui.dialogs.school import EmployerDialog, SchoolDialog
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.touch import enable_kinetic_scrolling
from praktijkdesk.ui.widgets.buttons import TouchButton, label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

ALL_SCHOOLS = "__all__"


def _card(name: str) -> tuple[QtWidgets.QFrame, QtWidgets.QLabel, QtWidgets.QVBoxLayout]:
    card = QtWidgets.QFrame()
    card.setProperty("role", "card")
    card.setObjectName(name)
    inner = QtWidgets.QVBoxLayout(card)
    inner.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_L)
    inner.setSpacing(theme.SPACING_S)
    heading = label(role="heading")
    inner.addWidget(heading)
    return card, heading, inner


def _list(name: str) -> QtWidgets.QListWidget:
    widget = QtWidgets.QListWidget()
    widget.setObjectName(name)
    widget.setMinimumHeight(theme.ROW * 2)
    widget.setMaximumHeight(theme.ROW * 4)
    widget.setWordWrap(True)
    enable_kinetic_scrolling(widget)
    return widget


class SchoolSection(QtWidgets.QWidget):
    """Three cards for the settings column: schools, employers, the registration list."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.save_path = None  # tests set this instead of answering a file dialog
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING_M)

        card, self.schools_heading, schools = _card("schoolsSection")
        self.schools_hint = label(role="small", wrap=True)
        self.schools_list = _list("schoolsList")
        self.add_school = TouchButton(name="addSchoolButton")
        self.edit_school = TouchButton(name="editSchoolButton")
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.add_school)
        row.addWidget(self.edit_school)
        row.addStretch(1)
        for widget in (self.schools_hint, self.schools_list):
            schools.addWidget(widget)
        schools.addLayout(row)
        layout.addWidget(card)

        card, self.employers_heading, employers = _card("employersSection")
        self.employers_hint = label(role="small", wrap=True)
        self.employers_list = _list("employersList")
        self.edit_employer = TouchButton(name="editEmployerButton")
        for widget in (self.employers_hint, self.employers_list):
            employers.addWidget(widget)
        employers.addWidget(self.edit_employer, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(card)

        card, self.registration_heading, registration = _card("registrationSection")
        self.registration_hint = label(role="small", wrap=True)
        self.registration_school = combo("registrationSchool")
        self.registration_count = label(role="small", wrap=True, name="registrationCount")
        self.save_registration = TouchButton(role="primary", name="saveRegistrationButton")
        self.print_registration = TouchButton(name="printRegistrationButton")
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.registration_school, 1)
        registration.addWidget(self.registration_hint)
        registration.addLayout(row)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.save_registration)
        buttons.addWidget(self.print_registration)
        buttons.addStretch(1)
        registration.addLayout(buttons)
        registration.addWidget(self.registration_count)
        layout.addWidget(card)

        self.add_school.clicked.connect(self._on_add_school)
        self.edit_school.clicked.connect(self._on_edit_school)
        self.schools_list.itemActivated.connect(lambda _item: self._on_edit_school())
        self.edit_employer.clicked.connect(self._on_edit_employer)
        self.employers_list.itemActivated.connect(lambda _item: self._on_edit_employer())
        self.schools_list.currentRowChanged.connect(
            lambda row: self.edit_school.setEnabled(row >= 0)
        )
        self.employers_list.currentRowChanged.connect(
            lambda row: self.edit_employer.setEnabled(row >= 0)
        )
        self.registration_school.currentIndexChanged.connect(lambda _i: self._show_count())
        self.save_registration.clicked.connect(self._on_save_registration)
        self.print_registration.clicked.connect(self._on_print_registration)
        self.retranslate()

    def retranslate(self) -> None:
        self.schools_heading.setText(self.tr("Scholen"))
        self.schools_hint.setText(
            self.tr(
                "De mbo-instelling staat op de praktijkverklaring en registreert die. Het "
                "Praktijkloket van de school geeft ook de echte leerlijst."
            )
        )
        self.schools_list.setAccessibleName(self.tr("Scholen"))
        self.add_school.setText(self.tr("+ School"))
        self.add_school.setAccessibleName(self.tr("School toevoegen"))
        self.edit_school.setText(self.tr("School wijzigen"))
        self.employers_heading.setText(self.tr("Leerbedrijven"))
        self.employers_hint.setText(
            self.tr("Plaats en erkenningsnummer van SBB staan op de verklaring.")
        )
        self.employers_list.setAccessibleName(self.tr("Leerbedrijven"))
        self.edit_employer.setText(self.tr("Gegevens wijzigen"))
        self.edit_employer.setAccessibleName(self.tr("Gegevens van het leerbedrijf wijzigen"))
        self.registration_heading.setText(self.tr("Registratie voor de school"))
        self.registration_hint.setText(
            self.tr(
                "Een lijst van alle uitgereikte en ingetrokken praktijkverklaringen, om naar de "
                "school te sturen. Het bestand opent in Excel of LibreOffice."
            )
        )
        self.registration_school.setAccessibleName(self.tr("Voor welke school"))
        self.save_registration.setText(self.tr("Lijst opslaan…"))
        self.save_registration.setAccessibleName(self.tr("Registratielijst opslaan"))
        self.print_registration.setText(self.tr("Bekijken en afdrukken…"))
        self.print_registration.setAccessibleName(self.tr("Registratielijst bekijken en afdrukken"))

    def refresh(self) -> None:
        counts = self.desk.schools.trajectory_counts()
        schools = self.desk.schools.schools()
        self.schools_list.clear()
        for school in schools:
            where = ", ".join(p for p in (school.place, school.brin and f"BRIN {school.brin}") if p)
            n = counts.get(school.id, 0)
            text = school.name + (f" ({where})" if where else "")
            text += "  ·  " + self.tr("{n} traject(en)").format(n=n)
            self._add(self.schools_list, text, school)
        if not schools:
            self._add(self.schools_list, self.tr("Nog geen school. Tik op + School."), None)
        self.edit_school.setEnabled(False)
        self.employers_list.clear()
        for employer in self.desk.people.employers():
            details = ", ".join(
                p
                for p in (employer.place, employer.sbb_number and f"SBB {employer.sbb_number}")
                if p
            )
            text = employer.name + (f" ({details})" if details else "")
            warning = self.desk.people.sbb_warning(employer)
            if warning:
                text += "\n⚠ " + warning
            self._add(self.employers_list, text, employer, lines=2 if warning else 1)
        self.edit_employer.setEnabled(False)
        current = self.registration_school.currentData()
        self.registration_school.blockSignals(True)
        self.registration_school.clear()
        self.registration_school.addItem(self.tr("Alle scholen"), ALL_SCHOOLS)
        for school in schools:
            self.registration_school.addItem(school.name, school.id)
        self.registration_school.setCurrentIndex(max(0, self.registration_school.findData(current)))
        self.registration_school.blockSignals(False)
        self._show_count()

    @staticmethod
    def _add(widget: QtWidgets.QListWidget, text: str, data, lines: int = 1) -> None:
        item = QtWidgets.QListWidgetItem(text)
        item.setData(QtCore.Qt.ItemDataRole.UserRole, data)
        if data is None:
            item.setFlags(QtCore.Qt.ItemFlag.NoItemFlags)
        item.setSizeHint(QtCore.QSize(0, theme.TOUCH_MIN + 4 + (lines - 1) * 26))
        widget.addItem(item)

    def _filters(self) -> dict:
        school = self.registration_school.currentData()
        return {"school": None if school in (None, ALL_SCHOOLS) else school}

    def _show_count(self) -> None:
        n = len(self.desk.declarations.registrations(**self._filters()))
        self.registration_count.setText(
            self.tr("{n} praktijkverklaring(en) in de lijst.").format(n=n)
        )
        self.save_registration.setEnabled(n > 0)
        self.print_registration.setEnabled(n > 0)

    # Slots --------------------------------------------------------------------------------
    def _selected(self, widget: QtWidgets.QListWidget):
        item = widget.currentItem()
        return item.data(QtCore.Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_add_school(self) -> None:
        SchoolDialog(self.desk, self).exec()

    def _on_edit_school(self) -> None:
        school = self._selected(self.schools_list)
        if school is not None:
            SchoolDialog(self.desk, self, school=school).exec()

    def _on_edit_employer(self) -> None:
        employer = self._selected(self.employers_list)
        if employer is not None:
            EmployerDialog(self.desk, employer, self).exec()

    def _on_save_registration(self) -> bool:
        from praktijkdesk.documents.files import write_pdf
        from praktijkdesk.ui.dialogs import message

        path = self.save_path
        if path is None:
            path, _ = QtWidgets.QFileDialog.getSaveFileName(
                self,
                self.tr("Registratielijst opslaan"),
                "registratielijst.csv",
                self.tr("CSV voor Excel (*.csv)"),
            )
        if not path:
            return False
        if not str(path).casefold().endswith(".csv"):
            path = f"{path}.csv"
        result = run_op(self, self.desk.declarations.registrations_csv, **self._filters())
        if not result.ok:
            return False
        data, count = result.value
        if not run_op(self, write_pdf, path, data).ok:
            return False
        message.inform(
            self,
            self.tr("Opgeslagen"),
            self.tr("De registratielijst met {n} praktijkverklaring(en) staat in {path}.").format(
                n=count, path=path
            ),
        )
        return True

    def registration_dialog(self):
        """The registration list as a PDF: preview, print, save, open (PdfDialog)."""
        from praktijkdesk.ui.printing import PdfDialog

        result = run_op(self, self.desk.declarations.registrations_pdf, **self._filters())
        if not result.ok:
            return None
        data, _count = result.value
        return PdfDialog(
            self,
            title=self.tr("Registratielijst"),
            file_name="Registratielijst.pdf",
            data_dir=self.desk.data_dir,
            data=data,
            name="registrationDialog",
        )

    def _on_print_registration(self) -> None:
        dialog = self.registration_dialog()
        if dialog is not None:
            dialog.exec()
