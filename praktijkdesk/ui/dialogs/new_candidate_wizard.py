"""+ Nieuwe kandidaat: a short wizard — who, where, which guide, which work processes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.dates import parse_date
from praktijkdesk.domain.people import Role
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.base import TouchDialog, combo, line_edit
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.plain_words import show_codes
from praktijkdesk.ui.screens.base import scroll_area
from praktijkdesk.ui.widgets.buttons import TouchRadioButton, label
from praktijkdesk.ui.widgets.work_process_picker import WorkProcessPicker

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk


def date_edit(name: str) -> QtWidgets.QDateEdit:
    edit = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setMinimumHeight(theme.TOUCH_MIN)
    edit.setMinimumWidth(260)
    return edit


class NewCandidateWizard(TouchDialog):
    PAGES = 4

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent, name="newCandidateWizard")
        self.desk = desk
        # Read once: retranslate() also runs on a late language change, when no database
        # may be asked any more.
        self.show_codes = show_codes(desk)
        self.trajectory = None
        self.step_label = label(role="small", name="wizardStep")
        self._outer.insertWidget(0, self.step_label)
        self.pages = QtWidgets.QStackedWidget()
        self.pages.setObjectName("wizardPages")
        self.body.addWidget(self.pages, 1)
        self._build()
        self.cancel_button = self.add_button("", name="cancelButton")
        self.back_button = self.add_button("", name="backButton", stretch_before=True)
        self.next_button = self.add_button("", role="primary", name="nextButton")
        self._connect()
        self.retranslate()
        self._go(0)
        self.resize(760, 600)

    # Build --------------------------------------------------------------------------------
    def _page(self) -> tuple[QtWidgets.QWidget, QtWidgets.QVBoxLayout]:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING_S)
        self.pages.addWidget(page)
        return page, layout

    def _build(self) -> None:
        # 1. Who
        _, who = self._page()
        self.name_edit = line_edit("candidateName")
        self.birth_edit = line_edit("candidateBirthDate")
        self.name_label = self.form_label(buddy=self.name_edit)
        self.birth_label = self.form_label(buddy=self.birth_edit)
        self.birth_hint = label(role="small", wrap=True)
        for widget in (
            self.name_label,
            self.name_edit,
            self.birth_label,
            self.birth_edit,
            self.birth_hint,
        ):
            who.addWidget(widget)
        who.addStretch(1)
        # 2. Where
        _, where = self._page()
        self.employer_combo = combo("employerCombo", editable=True)
        self.trainer_combo = combo("trainerCombo", editable=True)
        self.jobcoach_combo = combo("jobcoachCombo")
        self.employer_label = self.form_label(buddy=self.employer_combo)
        self.trainer_label = self.form_label(buddy=self.trainer_combo)
        self.jobcoach_label = self.form_label(buddy=self.jobcoach_combo)
        self.school_combo = combo("schoolCombo", editable=True)
        self.school_label = self.form_label(buddy=self.school_combo)
        for widget in (
            self.employer_label,
            self.employer_combo,
            self.trainer_label,
            self.trainer_combo,
            self.jobcoach_label,
            self.jobcoach_combo,
            self.school_label,
            self.school_combo,
        ):
            where.addWidget(widget)
        where.addStretch(1)
        # 3. Guide and start
        _, guide_page = self._page()
        self.guide_label = self.form_label()
        guide_page.addWidget(self.guide_label)
        self.guide_group = QtWidgets.QButtonGroup(self)
        self.guide_buttons: dict[str, QtWidgets.QRadioButton] = {}
        guide_list = QtWidgets.QWidget()
        guide_layout = QtWidgets.QVBoxLayout(guide_list)
        guide_layout.setContentsMargins(0, 0, 0, 0)
        for summary in self.desk.guides.summaries():
            if any(
                s.slug == summary.slug and s.version > summary.version
                for s in self.desk.guides.summaries()
            ):
                continue  # offer the newest version of each guide
            button = TouchRadioButton()
            button.setObjectName("guideChoice")
            button.setProperty("guideKey", summary.key)
            button.setProperty("guideTitle", summary.title)
            button.setProperty("guideExample", summary.example)
            self.guide_group.addButton(button)
            guide_layout.addWidget(button)
            self.guide_buttons[summary.key] = button
        guide_page.addWidget(guide_list)
        # Honest about where the chosen guide comes from: its version and the first words of
        # its source ("VOORBEELD: niet geschikt voor een echte praktijkverklaring.").
        self.guide_source = label(role="small", wrap=True, name="guideSource")
        guide_page.addWidget(self.guide_source)
        self.guide_group.buttonToggled.connect(lambda *_: self._show_guide_source())
        self.start_edit = date_edit("startDate")
        self.start_label = self.form_label(buddy=self.start_edit)
        guide_page.addSpacing(theme.SPACING_S)
        guide_page.addWidget(self.start_label)
        guide_page.addWidget(self.start_edit, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        guide_page.addStretch(1)
        # 4. Work processes
        _, wps = self._page()
        self.wp_label = self.form_label()
        wps.addWidget(self.wp_label)
        self.picker = WorkProcessPicker()
        wps.addWidget(scroll_area(self.picker, "workProcessScroll"), 1)
        self._fill_people()

    def _fill_people(self) -> None:
        self.employer_combo.clear()
        self.employer_combo.addItem("", None)
        for employer in self.desk.people.employers():
            self.employer_combo.addItem(employer.name, employer.id)
        self.trainer_combo.clear()
        self.trainer_combo.addItem("", None)
        for person in self.desk.people.people(Role.TRAINER):
            self.trainer_combo.addItem(person.name, person.id)
        self.jobcoach_combo.clear()
        self.jobcoach_combo.addItem("—", None)
        for person in self.desk.people.people(Role.JOBCOACH):
            self.jobcoach_combo.addItem(person.name, person.id)
        self.school_combo.clear()
        self.school_combo.addItem("", None)
        for school in self.desk.schools.schools():
            self.school_combo.addItem(school.name, school.id)

    def preset(self, person) -> None:
        """Start from who is working: their employer and (for a trainer) themselves."""
        if person is None:
            return
        if person.role is Role.TRAINER:
            self.trainer_combo.setCurrentIndex(max(0, self.trainer_combo.findData(person.id)))
            if person.employer_id:
                self.employer_combo.setCurrentIndex(
                    max(0, self.employer_combo.findData(person.employer_id))
                )
        else:
            self.jobcoach_combo.setCurrentIndex(max(0, self.jobcoach_combo.findData(person.id)))

    def _connect(self) -> None:
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self._on_next_clicked)
        self.employer_combo.currentIndexChanged.connect(self._on_employer_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nieuwe kandidaat"))
        self.name_label.setText(self.tr("Naam van de kandidaat"))
        self.name_edit.setAccessibleName(self.tr("Naam van de kandidaat"))
        self.name_edit.setPlaceholderText(self.tr("Voornaam en achternaam"))
        self.birth_label.setText(self.tr("Geboortedatum (mag leeg blijven)"))
        self.birth_edit.setAccessibleName(self.tr("Geboortedatum"))
        self.birth_edit.setPlaceholderText(self.tr("dag-maand-jaar, bijvoorbeeld 17-04-1991"))
        self.birth_hint.setText(
            self.tr("Vul de geboortedatum alleen in als de school die op de verklaring wil hebben.")
        )
        self.employer_label.setText(self.tr("Leerbedrijf"))
        self.employer_combo.setAccessibleName(self.tr("Leerbedrijf"))
        self.employer_combo.lineEdit().setPlaceholderText(
            self.tr("Kies of typ een nieuw leerbedrijf")
        )
        self.trainer_label.setText(self.tr("Praktijkopleider"))
        self.trainer_combo.setAccessibleName(self.tr("Praktijkopleider"))
        self.trainer_combo.lineEdit().setPlaceholderText(self.tr("Kies of typ een nieuwe naam"))
        self.jobcoach_label.setText(self.tr("Jobcoach (mag leeg blijven)"))
        self.jobcoach_combo.setAccessibleName(self.tr("Jobcoach"))
        self.school_label.setText(self.tr("School (mbo-instelling)"))
        self.school_combo.setAccessibleName(self.tr("School (mbo-instelling)"))
        self.school_combo.lineEdit().setPlaceholderText(
            self.tr("Kies of typ de naam van de school")
        )
        self.guide_label.setText(
            self.tr("Welke leerlijst (begeleidingsdocument) past bij het werk?")
            if self.show_codes
            else self.tr("Welke leerlijst past bij het werk?")
        )
        self._show_guide_source()
        for button in self.guide_buttons.values():
            example = self.tr(" (voorbeeld)") if button.property("guideExample") else ""
            button.setText(button.property("guideTitle") + example)
            button.setAccessibleName(button.text())
        self.start_label.setText(self.tr("Startdatum"))
        self.start_edit.setAccessibleName(self.tr("Startdatum"))
        self.wp_label.setText(
            self.tr(
                "Welke werkprocessen gaat de kandidaat leren? Alles staat aan; zet uit wat niet past."
            )
        )
        self.cancel_button.setText(self.tr("Annuleren"))
        self.back_button.setText(self.tr("Vorige"))
        self._update_step()

    # Navigation ---------------------------------------------------------------------------
    def _titles(self) -> list[str]:
        return [
            self.tr("Wie is de nieuwe kandidaat?"),
            self.tr("Waar leert de kandidaat?"),
            self.tr("Wat gaat de kandidaat leren?"),
            self.tr("Welke werkprocessen?"),
        ]

    def _go(self, index: int) -> None:
        index = max(0, min(self.PAGES - 1, index))
        if index == 3:
            guide = self.desk.guides.get(self.guide_key())
            if getattr(self, "_picker_guide", None) != guide.key:
                self.picker.set_guide(guide, show_codes=self.show_codes)
                self._picker_guide = guide.key
        self.pages.setCurrentIndex(index)
        self._update_step()
        focus = [self.name_edit, self.employer_combo, self.checked_guide(), None][index]
        if focus is not None:
            focus.setFocus()

    def _update_step(self) -> None:
        index = self.pages.currentIndex()
        self.heading.setText(self._titles()[index])
        self.step_label.setText(
            self.tr("Stap {step} van {count}").format(step=index + 1, count=self.PAGES)
        )
        self.back_button.setEnabled(index > 0)
        last = index == self.PAGES - 1
        self.next_button.setText(self.tr("Kandidaat opslaan") if last else self.tr("Volgende"))

    def _show_guide_source(self) -> None:
        button = self.guide_group.checkedButton()
        if button is None:
            self.guide_source.setText("")
            return
        guide = self.desk.guides.get(button.property("guideKey"))
        first = guide.source.split(". ")[0].strip().rstrip(".")
        if len(first) > 160:
            first = first[:157].rstrip() + "…"
        text = self.tr("Versie {version}").format(version=guide.version)
        self.guide_source.setText(f"{text} · {first}." if first else text)

    def checked_guide(self) -> QtWidgets.QRadioButton | None:
        button = self.guide_group.checkedButton()
        if button is None and self.guide_buttons:
            button = next(iter(self.guide_buttons.values()))
            button.setChecked(True)
        return button

    def guide_key(self) -> str:
        return self.checked_guide().property("guideKey")

    def _on_employer_changed(self, _index: int) -> None:
        employer_id = self.employer_combo.currentData()
        if employer_id is not None and not self.school_combo.currentText().strip():
            # The school is remembered per employer: offer the one of its last candidate.
            school_id = self.desk.people.employer(employer_id).school_id
            if school_id:
                self.school_combo.setCurrentIndex(max(0, self.school_combo.findData(school_id)))
        current = self.trainer_combo.currentData()
        if employer_id is None or current is not None:
            return
        trainers = [
            p for p in self.desk.people.people(Role.TRAINER) if p.employer_id == employer_id
        ]
        if len(trainers) == 1:
            self.trainer_combo.setCurrentIndex(self.trainer_combo.findData(trainers[0].id))

    def _on_next_clicked(self) -> None:
        index = self.pages.currentIndex()
        if not self._page_ok(index):
            return
        if index < self.PAGES - 1:
            self._go(index + 1)
        else:
            self._save()

    def _page_ok(self, index: int) -> bool:
        missing = None
        if index == 0 and not self.name_edit.text().strip():
            missing = self.tr("Vul de naam van de kandidaat in.")
        if index == 0 and self._birth_date() is False:
            missing = self.tr(
                "Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 17-04-1991."
            )
        if index == 1 and not self.employer_combo.currentText().strip():
            missing = self.tr("Kies het leerbedrijf, of typ de naam van een nieuw leerbedrijf.")
        if index == 1 and not self.trainer_combo.currentText().strip():
            missing = self.tr("Kies de praktijkopleider, of typ een nieuwe naam.")
        if index == 3 and not self.picker.chosen():
            missing = self.tr("Kies minstens één werkproces.")
        if missing:
            message.inform(self, self.tr("Nog even aanvullen"), missing)
            return False
        return True

    def _birth_date(self):
        try:
            return parse_date(self.birth_edit.text())  # the command line's parser too
        except ValueError:
            return False

    # Saving -------------------------------------------------------------------------------
    def _pick(self, box: QtWidgets.QComboBox):
        """The id behind a combo's text, or None when the text is a new name."""
        text = box.currentText().strip()
        index = box.findText(text, QtCore.Qt.MatchFlag.MatchFixedString)
        return box.itemData(index) if index >= 0 else None

    def _save(self) -> None:
        people = self.desk.people
        employer_id = self._pick(self.employer_combo)
        if employer_id is None:
            result = run_op(
                self, people.employer_named, self.employer_combo.currentText(), create=True
            )
            if not result.ok:
                return
            employer_id = result.value.id
        trainer_id = self._pick(self.trainer_combo)
        if trainer_id is None:
            result = run_op(
                self,
                people.person_named,
                self.trainer_combo.currentText(),
                Role.TRAINER,
                create=True,
                employer_id=employer_id,
            )
            if not result.ok:
                return
            trainer_id = result.value.id
        school_id = self._pick(self.school_combo)
        if school_id is None and self.school_combo.currentText().strip():
            result = run_op(
                self, self.desk.schools.school_named, self.school_combo.currentText(), create=True
            )
            if not result.ok:
                return
            school_id = result.value.id
        result = run_op(
            self,
            self.desk.trajectories.add_candidate,
            name=self.name_edit.text(),
            birth_date=self._birth_date(),
            employer_id=employer_id,
            trainer_id=trainer_id,
            guide_key=self.guide_key(),
            work_processes=self.picker.chosen(),
            start_date=self.start_edit.date().toString(QtCore.Qt.DateFormat.ISODate),
            jobcoach_id=self.jobcoach_combo.currentData(),
            school_id=school_id,
        )
        if result.ok:
            self.trajectory = result.value[1]
            self.accept()
