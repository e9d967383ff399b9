"""Settings: organisation name and logo (for printouts), language, text size, and people."""

from __future__ import annotations

import shutil

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.domain.people import Role
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import line_edit
from praktijkdesk.ui.dialogs.person import AddPersonDialog
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.screens.base import Screen, page_margins, scroll_area
from praktijkdesk.ui.touch import enable_kinetic_scrolling
from praktijkdesk.ui.widgets.buttons import TouchButton, TouchRadioButton, label

LOGO_FILE = "logo.png"


class SettingsScreen(Screen):
    language_chosen = QtCore.Signal(str)
    text_scale_chosen = QtCore.Signal(int)
    about_requested = QtCore.Signal()

    def __init__(self, desk, events, parent=None):
        super().__init__(desk, events, parent)
        self._build()
        self._connect()
        self.retranslate()

    def _section(self, layout, name: str) -> tuple[QtWidgets.QLabel, QtWidgets.QVBoxLayout]:
        card = QtWidgets.QFrame()
        card.setProperty("role", "card")
        card.setObjectName(name)
        inner = QtWidgets.QVBoxLayout(card)
        inner.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_L)
        inner.setSpacing(theme.SPACING_S)
        heading = label(role="heading")
        inner.addWidget(heading)
        layout.addWidget(card)
        return heading, inner

    def _build(self) -> None:
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(content)
        page_margins(layout)
        layout.setSpacing(theme.SPACING_M)
        self.title = label(role="title")
        layout.addWidget(self.title)
        layout.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop)

        # One calm column, not wider than a comfortable reading width.
        column_widget = QtWidgets.QWidget()
        column_widget.setMaximumWidth(860)
        left = QtWidgets.QVBoxLayout(column_widget)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(theme.SPACING_M)
        right = left
        layout.addWidget(column_widget)

        # Organisation
        self.org_heading, org = self._section(left, "organisationSection")
        self.org_hint = label(role="small", wrap=True)
        self.org_name = line_edit("organisationName")
        self.org_save = TouchButton(role="primary", name="saveOrganisationButton")
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.org_name, 1)
        row.addWidget(self.org_save)
        self.logo_preview = QtWidgets.QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setProperty("role", "small")
        self.logo_button = TouchButton(name="chooseLogoButton")
        self.logo_remove = TouchButton(role="quiet", name="removeLogoButton")
        logo_row = QtWidgets.QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        logo_row.addStretch(1)
        self.org_name_label = label()
        org.addWidget(self.org_hint)
        org.addWidget(self.org_name_label)
        org.addLayout(row)
        org.addLayout(logo_row)

        # Language and text size
        self.language_heading, language = self._section(left, "languageSection")
        self.dutch = TouchRadioButton("Nederlands")
        self.dutch.setObjectName("languageDutch")
        self.english = TouchRadioButton("English")
        self.english.setObjectName("languageEnglish")
        self.dutch.setAccessibleName("Nederlands")
        self.english.setAccessibleName("English")
        group = QtWidgets.QButtonGroup(self)
        group.addButton(self.dutch)
        group.addButton(self.english)
        lang_row = QtWidgets.QHBoxLayout()
        lang_row.addWidget(self.dutch)
        lang_row.addWidget(self.english)
        lang_row.addStretch(1)
        language.addLayout(lang_row)
        self.size_label = label()
        language.addWidget(self.size_label)
        self.size_buttons: dict[int, QtWidgets.QRadioButton] = {}
        size_group = QtWidgets.QButtonGroup(self)
        size_row = QtWidgets.QHBoxLayout()
        for scale in theme.TEXT_SCALES:
            button = TouchRadioButton(f"{scale}%")
            button.setObjectName(f"textSize{scale}")
            button.setAccessibleName(f"{scale}%")
            size_group.addButton(button)
            size_row.addWidget(button)
            self.size_buttons[scale] = button
        size_row.addStretch(1)
        language.addLayout(size_row)

        # People
        self.people_heading, people = self._section(right, "peopleSection")
        self.people_hint = label(role="small", wrap=True)
        people.addWidget(self.people_hint)
        self.people_list = QtWidgets.QListWidget()
        self.people_list.setObjectName("peopleList")
        self.people_list.setMinimumHeight(theme.ROW * 4)
        self.people_list.setMaximumHeight(theme.ROW * 5)
        enable_kinetic_scrolling(self.people_list)
        people.addWidget(self.people_list, 1)
        people_buttons = QtWidgets.QHBoxLayout()
        self.add_trainer = TouchButton(name="addTrainerButton")
        self.add_jobcoach = TouchButton(name="addJobcoachButton")
        self.rename = TouchButton(name="renamePersonButton")
        for button in (self.add_trainer, self.add_jobcoach, self.rename):
            people_buttons.addWidget(button)
        people_buttons.addStretch(1)
        people.addLayout(people_buttons)

        self.about_button = TouchButton(role="quiet", name="aboutButton")
        right.addWidget(self.about_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        outer.addWidget(scroll_area(content, "settingsScroll"))

    def _connect(self) -> None:
        self.org_save.clicked.connect(self._on_org_save_clicked)
        self.org_name.returnPressed.connect(self._on_org_save_clicked)
        self.logo_button.clicked.connect(self._on_logo_clicked)
        self.logo_remove.clicked.connect(self._on_logo_remove_clicked)
        self.dutch.clicked.connect(lambda: self.language_chosen.emit("nl"))
        self.english.clicked.connect(lambda: self.language_chosen.emit("en"))
        for scale, button in self.size_buttons.items():
            button.clicked.connect(lambda _=False, s=scale: self.text_scale_chosen.emit(s))
        self.add_trainer.clicked.connect(lambda: self._on_add_clicked(Role.TRAINER))
        self.add_jobcoach.clicked.connect(lambda: self._on_add_clicked(Role.JOBCOACH))
        self.rename.clicked.connect(self._on_rename_clicked)
        self.people_list.currentRowChanged.connect(
            lambda row: self.rename.setEnabled(row >= 0))
        self.about_button.clicked.connect(self.about_requested)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Instellingen"))
        self.org_heading.setText(self.tr("Organisatie"))
        self.org_hint.setText(self.tr("De naam en het logo staan op de verklaring en het voortgangsoverzicht."))
        self.org_name_label.setText(self.tr("Naam van de organisatie"))
        self.org_name.setAccessibleName(self.tr("Naam van de organisatie"))
        self.org_save.setText(self.tr("Opslaan"))
        self.org_save.setAccessibleName(self.tr("Naam van de organisatie opslaan"))
        self.logo_button.setText(self.tr("Logo kiezen…"))
        self.logo_remove.setText(self.tr("Logo weghalen"))
        self.language_heading.setText(self.tr("Taal en tekst"))
        self.size_label.setText(self.tr("Tekstgrootte"))
        self.people_heading.setText(self.tr("Mensen"))
        self.people_hint.setText(self.tr("Praktijkopleiders en jobcoaches die met praktijkdesk werken."))
        self.people_list.setAccessibleName(self.tr("Praktijkopleiders en jobcoaches"))
        self.add_trainer.setText(self.tr("+ Praktijkopleider"))
        self.add_jobcoach.setText(self.tr("+ Jobcoach"))
        self.rename.setText(self.tr("Naam wijzigen"))
        self.about_button.setText(self.tr("Over praktijkdesk"))
        self.mark_stale()

    def is_relevant(self, changes) -> bool:
        return changes.people or changes.settings

    def refresh(self) -> None:
        super().refresh()
        from praktijkdesk.ui.i18n import current_language

        self.org_name.setText(self.desk.setting("organisation_name", "") or "")
        self._show_logo()
        (self.english if current_language() == "en" else self.dutch).setChecked(True)
        scale = int(self.desk.setting("text_scale", "100") or 100)
        self.size_buttons.get(scale, self.size_buttons[100]).setChecked(True)
        self.people_list.clear()
        employers = {e.id: e.name for e in self.desk.people.employers()}
        for person in self.desk.people.people():
            role = self.tr("Praktijkopleider") if person.role is Role.TRAINER else self.tr("Jobcoach")
            where = employers.get(person.employer_id)
            item = QtWidgets.QListWidgetItem(f"{person.name}  ·  {role}" + (f", {where}" if where else ""))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, person)
            item.setSizeHint(QtCore.QSize(0, theme.TOUCH_MIN + 4))
            self.people_list.addItem(item)
        self.rename.setEnabled(self.people_list.currentRow() >= 0)

    def _show_logo(self) -> None:
        path = self.desk.setting("organisation_logo")
        pixmap = QtGui.QPixmap(path) if path else QtGui.QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QtGui.QPixmap())
            self.logo_preview.setText(self.tr("Geen logo"))
            self.logo_remove.setEnabled(False)
        else:
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(QtCore.QSize(160, 80) * ratio, QtCore.Qt.AspectRatioMode.KeepAspectRatio,
                                   QtCore.Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            self.logo_preview.setPixmap(scaled)
            self.logo_remove.setEnabled(True)

    # Slots --------------------------------------------------------------------------------
    def _on_org_save_clicked(self) -> None:
        run_op(self, self.desk.set_setting, "organisation_name", self.org_name.text().strip() or None)

    def _on_logo_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), "", self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> bool:
        """Copy the chosen image into the data folder as logo.png (printouts read it there)."""
        image = QtGui.QImage(path)
        if image.isNull():
            from praktijkdesk.ui.dialogs import message

            message.inform(self, self.tr("Dit bestand lukt niet"),
                           self.tr("Kies een PNG- of JPG-afbeelding."), kind="warning")
            return False
        target = self.desk.data_dir / LOGO_FILE
        if path.lower().endswith(".png"):
            shutil.copyfile(path, target)
        else:
            image.save(str(target), "PNG")
        run_op(self, self.desk.set_setting, "organisation_logo", str(target))
        return True

    def _on_logo_remove_clicked(self) -> None:
        run_op(self, self.desk.set_setting, "organisation_logo", None)

    def _on_add_clicked(self, role: Role) -> None:
        AddPersonDialog(self.desk, role, self).exec()

    def _on_rename_clicked(self) -> None:
        item = self.people_list.currentItem()
        if item is not None:
            person = item.data(QtCore.Qt.ItemDataRole.UserRole)
            AddPersonDialog(self.desk, person.role, self, person=person).exec()
