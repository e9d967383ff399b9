"""Settings: organisation name and logo (for printouts), language, text size, people,
reservekopieën, privacy (the retention term and who is due for erasure), and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.domain.people import Role
from praktijkdesk.platform import write_bytes_atomically
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import line_edit
from praktijkdesk.ui.dialogs.person import AddPersonDialog
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.screens.base import Screen, page_margins, scroll_area
from praktijkdesk.ui.screens.devices_section import DevicesSection
from praktijkdesk.ui.screens.guides_section import GuidesSection
from praktijkdesk.ui.screens.school_section import SchoolSection
from praktijkdesk.ui.touch import enable_kinetic_scrolling
from praktijkdesk.ui.widgets.buttons import TouchButton, TouchRadioButton, label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.events import DeskEvents

LOGO_FILE = "logo.png"


class SettingsScreen(Screen):
    language_chosen = QtCore.Signal(str)
    text_scale_chosen = QtCore.Signal(int)
    about_requested = QtCore.Signal()
    backups_requested = QtCore.Signal()
    retention_requested = QtCore.Signal()

    def __init__(self, desk: Desk, events: DeskEvents, parent=None):
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

        # Uitwisselen (bundle files and the shared folder)
        self.exchange = ExchangeSection(self.desk, self.events)
        right.addWidget(self.exchange)
        # Pairing (issue #13): this computer's control code and the known devices.
        self.devices = DevicesSection(self.desk, self.events)
        right.addWidget(self.devices)

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

        # Scholen, leerbedrijven, Registratie voor de school
        self.school_section = SchoolSection(self.desk)
        right.addWidget(self.school_section)

        # Leerlijsten (begeleidingsdocumenten) and "Codes tonen" (issue 15)
        self.guides_section = GuidesSection(self.desk)
        right.addWidget(self.guides_section)

        # Reservekopieën
        self.backups_heading, backups = self._section(right, "backupsSection")
        self.backups_hint = label(role="small", wrap=True)
        self.backups_button = TouchButton(name="backupsButton")
        backups.addWidget(self.backups_hint)
        backups.addWidget(self.backups_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)

        # Privacy
        self.privacy_heading, privacy = self._section(right, "privacySection")
        self.privacy_hint = label(role="small", wrap=True, name="privacyHint")
        self.retention_button = TouchButton(name="retentionButton")
        privacy.addWidget(self.privacy_hint)
        privacy.addWidget(self.retention_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)

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
        self.people_list.currentRowChanged.connect(lambda row: self.rename.setEnabled(row >= 0))
        self.about_button.clicked.connect(self.about_requested)
        self.backups_button.clicked.connect(self.backups_requested)
        self.retention_button.clicked.connect(self.retention_requested)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Instellingen"))
        self.org_heading.setText(self.tr("Organisatie"))
        self.org_hint.setText(
            self.tr("De naam en het logo staan op de verklaring en het voortgangsoverzicht.")
        )
        self.org_name_label.setText(self.tr("Naam van de organisatie"))
        self.org_name.setAccessibleName(self.tr("Naam van de organisatie"))
        self.org_save.setText(self.tr("Opslaan"))
        self.org_save.setAccessibleName(self.tr("Naam van de organisatie opslaan"))
        self.logo_button.setText(self.tr("Logo kiezen…"))
        self.logo_remove.setText(self.tr("Logo weghalen"))
        self.language_heading.setText(self.tr("Taal en tekst"))
        self.size_label.setText(self.tr("Tekstgrootte"))
        self.people_heading.setText(self.tr("Mensen"))
        self.people_hint.setText(
            self.tr("Praktijkopleiders en jobcoaches die met praktijkdesk werken.")
        )
        self.people_list.setAccessibleName(self.tr("Praktijkopleiders en jobcoaches"))
        self.add_trainer.setText(self.tr("+ Praktijkopleider"))
        self.add_jobcoach.setText(self.tr("+ Jobcoach"))
        self.rename.setText(self.tr("Naam wijzigen"))
        self.about_button.setText(self.tr("Over praktijkdesk"))
        self.backups_heading.setText(self.tr("Reservekopieën"))
        self.backups_hint.setText(
            self.tr(
                "praktijkdesk maakt vanzelf reservekopieën: elke dag, elk half uur als er iets is "
                "veranderd, en bij het afsluiten. Hier kunt u er een maken of terugzetten."
            )
        )
        self.backups_button.setText(self.tr("Reservekopieën bekijken…"))
        self.privacy_heading.setText(self.tr("Privacy"))
        self.school_section.retranslate()
        self.guides_section.retranslate()
        self.mark_stale()

    def is_relevant(self, changes) -> bool:
        return (
            changes.people
            or changes.settings
            or changes.trajectories
            or changes.declarations
            or changes.guides
        )

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
            role = (
                self.tr("Praktijkopleider") if person.role is Role.TRAINER else self.tr("Jobcoach")
            )
            where = employers.get(person.employer_id)
            item = QtWidgets.QListWidgetItem(
                f"{person.name}  ·  {role}" + (f", {where}" if where else "")
            )
            item.setData(QtCore.Qt.ItemDataRole.UserRole, person)
            item.setSizeHint(QtCore.QSize(0, theme.TOUCH_MIN + 4))
            self.people_list.addItem(item)
        self.rename.setEnabled(self.people_list.currentRow() >= 0)
        self.school_section.refresh()
        self.guides_section.refresh()
        self._show_retention()

    def _show_retention(self) -> None:
        due = len(self.desk.privacy.due_for_erasure())
        years = self.desk.privacy.retention_years()
        hint = self.tr(
            "Als alle trajecten van een kandidaat langer dan {years} jaar geleden zijn "
            "afgesloten, biedt praktijkdesk aan de gegevens te wissen."
        ).format(years=years)
        if due:
            hint += " " + self.tr("Nu komen er {n} kandidaten voor in aanmerking.").format(n=due)
        self.privacy_hint.setText(hint)
        self.retention_button.setText(self.tr("Oude gegevens bekijken ({n})…").format(n=due))

    def _show_logo(self) -> None:
        path = self.desk.setting("organisation_logo")
        pixmap = QtGui.QPixmap(path) if path else QtGui.QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QtGui.QPixmap())
            self.logo_preview.setText(self.tr("Geen logo"))
            self.logo_remove.setEnabled(False)
        else:
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(
                QtCore.QSize(160, 80) * ratio,
                QtCore.Qt.AspectRatioMode.KeepAspectRatio,
                QtCore.Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self.logo_preview.setPixmap(scaled)
            self.logo_remove.setEnabled(True)

    # Slots --------------------------------------------------------------------------------
    def _on_org_save_clicked(self) -> None:
        run_op(
            self, self.desk.set_setting, "organisation_name", self.org_name.text().strip() or None
        )

    def _on_logo_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Logo kiezen"),
            QtCore.QStandardPaths.writableLocation(
                QtCore.QStandardPaths.StandardLocation.PicturesLocation
            ),
            self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> bool:
        """Copy the chosen image into the data folder as logo.png (printouts read it there)."""
        image = QtGui.QImage(path)
        if image.isNull():
            from praktijkdesk.ui.dialogs import message

            message.inform(
                self,
                self.tr("Dit bestand lukt niet"),
                self.tr("Kies een PNG- of JPG-afbeelding."),
                kind="warning",
            )
            return False
        target = self.desk.data_dir / LOGO_FILE
        buffer = QtCore.QBuffer()
        buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # also a .png: what is written is what Qt could read
        try:
            # Our own file in the data folder, replaced whole (praktijkdesk.platform).
            write_bytes_atomically(target, bytes(buffer.data()), overwrite=True)
        except OSError as exc:
            from praktijkdesk.ui.dialogs import message

            message.inform(
                self,
                self.tr("Dit bestand lukt niet"),
                self.tr("Het logo kon niet worden opgeslagen ({reason}).").format(
                    reason=exc.strerror or exc
                ),
                kind="warning",
            )
            return False
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


class ExchangeSection(QtWidgets.QFrame):
    """Uitwisselen: the shared folder (choose, state of the last round, "Nu uitwisselen"),
    and bundle files to carry by USB stick or mail (make, read in), and likely duplicates."""

    def __init__(self, desk: Desk, events: DeskEvents, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.events = events
        self.sync = None  # the main window's FolderSync (set_sync); None in a bare screen
        self.notify = None  # the main window's toast; None in a bare screen (then a message box)
        self._stale = True
        self.setObjectName("exchangeSection")
        self.setProperty("role", "card")
        inner = QtWidgets.QVBoxLayout(self)
        inner.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_L)
        inner.setSpacing(theme.SPACING_S)
        self.heading = label(role="heading", name="exchangeHeading")
        self.hint = label(role="small", wrap=True, name="exchangeHint")
        # Which employer(s) this device belongs to (issue #20): what it sends and accepts.
        self.scope_label = label(wrap=True, name="deviceScopeLabel")
        self.scope_choice = QtWidgets.QComboBox()
        self.scope_choice.setObjectName("deviceScope")
        self.scope_choice.setMinimumHeight(theme.BUTTON_HEIGHT)
        self.scope_label.setBuddy(self.scope_choice)
        self.scope_hint = label(role="small", wrap=True, name="deviceScopeHint")
        self.folder_title = label(name="syncFolderTitle")
        self.folder_title.setProperty("role", "subheading")
        self.folder_text = label(wrap=True, name="syncFolderText")
        self.folder_state = label(role="small", wrap=True, name="syncState")
        self.choose_folder = TouchButton(name="chooseSyncFolderButton")
        self.sync_now = TouchButton(role="primary", name="syncNowButton")
        self.forget_folder = TouchButton(role="quiet", name="forgetSyncFolderButton")
        folder_row = QtWidgets.QHBoxLayout()
        folder_row.setSpacing(theme.SPACING_M)
        for button in (self.choose_folder, self.sync_now, self.forget_folder):
            folder_row.addWidget(button)
        folder_row.addStretch(1)
        self.file_title = label(name="bundleTitle")
        self.file_title.setProperty("role", "subheading")
        self.file_hint = label(role="small", wrap=True, name="bundleHint")
        self.export_button = TouchButton(name="exportBundleButton")
        self.import_button = TouchButton(name="importBundleButton")
        file_row = QtWidgets.QHBoxLayout()
        file_row.setSpacing(theme.SPACING_M)
        file_row.addWidget(self.export_button)
        file_row.addWidget(self.import_button)
        file_row.addStretch(1)
        self.duplicates_text = label(role="attention", wrap=True, name="duplicatesText")
        self.merge_button = TouchButton(name="mergeDuplicatesButton")
        duplicates_row = QtWidgets.QHBoxLayout()
        duplicates_row.setSpacing(theme.SPACING_M)
        duplicates_row.addWidget(self.duplicates_text, 1)
        duplicates_row.addWidget(self.merge_button)
        for widget in (
            self.heading,
            self.hint,
            self.scope_label,
            self.scope_choice,
            self.scope_hint,
            self.folder_title,
            self.folder_text,
            self.folder_state,
        ):
            inner.addWidget(widget)
        inner.addLayout(folder_row)
        inner.addSpacing(theme.SPACING_S)
        inner.addWidget(self.file_title)
        inner.addWidget(self.file_hint)
        inner.addLayout(file_row)
        inner.addLayout(duplicates_row)
        self.choose_folder.clicked.connect(self._on_choose_folder_clicked)
        self.forget_folder.clicked.connect(self._on_forget_folder_clicked)
        self.sync_now.clicked.connect(self._on_sync_now_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.scope_choice.activated.connect(self._on_scope_chosen)
        events.changed.connect(self._on_events_changed)
        self.retranslate()

    def set_sync(self, sync) -> None:
        self.sync = sync
        sync.round_finished.connect(lambda _result: self._show_state())
        self._show_state()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Uitwisselen"))
        self.hint.setText(
            self.tr(
                "Werkt u op meer dan één computer? Dan kunt u trajecten en beoordelingen "
                "uitwisselen. Er is geen internetdienst van praktijkdesk nodig."
            )
        )
        self.scope_label.setText(self.tr("Deze computer hoort bij:"))
        self.scope_choice.setAccessibleName(self.tr("Deze computer hoort bij"))
        self.scope_hint.setText(
            self.tr(
                "Een computer van een leerbedrijf stuurt en ontvangt alleen de kandidaten van dat "
                "leerbedrijf. De laptop van een jobcoach maakt per leerbedrijf een eigen bestand."
            )
        )
        self.folder_title.setText(self.tr("Gedeelde map"))
        self.choose_folder.setText(self.tr("Map kiezen…"))
        self.choose_folder.setAccessibleName(self.tr("Gedeelde map kiezen"))
        self.sync_now.setText(self.tr("Nu uitwisselen"))
        self.forget_folder.setText(self.tr("Map loskoppelen"))
        self.forget_folder.setAccessibleName(self.tr("Gedeelde map loskoppelen"))
        self.file_title.setText(self.tr("Uitwisselbestand"))
        self.file_hint.setText(
            self.tr(
                "Geen gedeelde map? Maak een uitwisselbestand en neem het mee op een USB-stick, "
                "of stuur het per mail. Lees het op de andere computer hier in."
            )
        )
        self.export_button.setText(self.tr("Uitwisselbestand maken…"))
        self.import_button.setText(self.tr("Uitwisselbestand inlezen…"))
        self.merge_button.setText(self.tr("Bekijken…"))
        self.merge_button.setAccessibleName(self.tr("Dubbele kandidaten bekijken"))
        self.mark_stale()

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Refresh ------------------------------------------------------------------------------
    def _on_events_changed(self, changes) -> None:
        if changes.settings or changes.people or changes.trajectories:
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._show_state()
        self._fill_scope()
        duplicates = [
            *self.desk.exchange.likely_duplicates(),
            *self.desk.exchange.likely_duplicate_people(),
        ]  # people: issue #20
        self.duplicates_text.setVisible(bool(duplicates))
        self.merge_button.setVisible(bool(duplicates))
        if duplicates:
            names = ", ".join(dict.fromkeys(d.keep.name for d in duplicates))
            self.duplicates_text.setText(
                self.tr(
                    "Mogelijk staat dezelfde kandidaat of persoon er twee keer in: {names}."
                ).format(names=names)
            )

    def _show_state(self) -> None:
        folder = self.desk.exchange.sync_folder()
        self.sync_now.setVisible(folder is not None)
        self.forget_folder.setVisible(folder is not None)
        if folder is None:
            self.folder_text.setText(
                self.tr(
                    "Nog geen gedeelde map gekozen. Kies een map die elke computer ziet, "
                    "bijvoorbeeld in OneDrive, SharePoint, Nextcloud of op een USB-stick. "
                    "praktijkdesk wisselt dan vanzelf uit, elke paar seconden."
                )
            )
            self.folder_state.hide()
            return
        self.folder_text.setText(str(folder))
        state = self._state_text()
        self.folder_state.setText(state)
        self.folder_state.setVisible(bool(state))

    def _state_text(self) -> str:
        sync = self.sync
        if sync is None or sync.last_at is None:
            return self.tr("Nog niet uitgewisseld sinds praktijkdesk is gestart.")
        when = f"{sync.last_at.hour:02d}:{sync.last_at.minute:02d}"
        if sync.last_error:
            return self.tr("Laatste poging om {time} lukte niet: {problem}").format(
                time=when, problem=sync.last_error
            )
        result = sync.last_result
        parts = [self.tr("Laatst uitgewisseld om {time}.").format(time=when)]
        if result is not None:
            came_in = sum(sum(p.added.values()) + sum(p.changed.values()) for p in result.imported)
            marks = sum(p.added.get("marks", 0) for p in result.imported)
            if marks:
                parts.append(self.tr("{n} nieuwe beoordelingen binnengekomen.").format(n=marks))
            elif came_in:
                parts.append(self.tr("Nieuwe gegevens binnengekomen."))
            if result.written is not None:
                parts.append(self.tr("Wijzigingen van deze computer staan in de map."))
            if not came_in and result.written is None:
                news = getattr(sync, "last_news", None)
                if news is not None:  # right after data moved, "Niets nieuws" would mislead
                    parts.append(
                        self.tr("Niets nieuws sinds {time}: {what}").format(
                            time=f"{news[0].hour:02d}:{news[0].minute:02d}", what=news[1]
                        )
                    )
                else:
                    parts.append(self.tr("Niets nieuws."))
            if result.waiting:
                parts.append(
                    self.tr(
                        "{n} bestand(en) van een andere computer zijn nog niet compleet; "
                        "praktijkdesk probeert het zo opnieuw."
                    ).format(n=len(result.waiting))
                )
        return " ".join(parts)

    def _fill_scope(self) -> None:
        scope = self.desk.exchange.scope()
        self.scope_choice.blockSignals(True)
        self.scope_choice.clear()
        if scope.kind == "undecided":
            self.scope_choice.addItem(self.tr("Nog niet gekozen"), None)
        self.scope_choice.addItem(self.tr("De jobcoach: meerdere leerbedrijven"), "jobcoach")
        for employer in self.desk.people.employers():
            self.scope_choice.addItem(employer.name, "employer:" + employer.id)
        if scope.kind == "jobcoach":
            index = self.scope_choice.findData("jobcoach")
        elif scope.kind == "employer" and len(scope.employer_ids) == 1:
            index = self.scope_choice.findData("employer:" + next(iter(scope.employer_ids)))
        elif scope.kind == "employer":  # several employers (derived): say so
            names = [e.name for e in self.desk.people.employers() if e.id in scope.employer_ids]
            self.scope_choice.insertItem(0, ", ".join(names), "several")
            index = 0
        else:
            index = 0
        self.scope_choice.setCurrentIndex(max(0, index))
        self.scope_choice.blockSignals(False)

    def _on_scope_chosen(self, index: int) -> None:
        data = self.scope_choice.itemData(index)
        if not data or data == "several":
            return
        if data == "jobcoach":
            run_op(self, self.desk.exchange.set_scope, "jobcoach")
        else:
            run_op(self, self.desk.exchange.set_scope, "employer", [data.split(":", 1)[1]])
        self._fill_scope()

    # Slots --------------------------------------------------------------------------------
    def _on_choose_folder_clicked(self) -> None:
        from praktijkdesk.ui.dialogs import exchange

        current = self.desk.exchange.sync_folder()
        path = exchange.choose_folder(self, str(current) if current else "")
        if path:
            run_op(self, self.desk.exchange.set_sync_folder, path)

    def _on_forget_folder_clicked(self) -> None:
        from praktijkdesk.ui.dialogs import message

        if message.ask(
            self,
            self.tr("Gedeelde map loskoppelen?"),
            self.tr(
                "praktijkdesk wisselt dan niet meer vanzelf uit. De bestanden in de map en de "
                "gegevens op deze computer blijven staan."
            ),
            self.tr("Loskoppelen"),
            self.tr("Niet loskoppelen"),
        ):
            run_op(self, self.desk.exchange.set_sync_folder, None)

    def _on_sync_now_clicked(self) -> None:
        from praktijkdesk.ui.dialogs.exchange import busy

        with busy():
            if self.sync is not None:
                self.sync.run_round()
            else:
                run_op(self, self.desk.exchange.sync_round)
        self._show_state()

    def _on_export_clicked(self) -> None:
        from praktijkdesk.ui.dialogs.exchange import export_bundle

        export_bundle(self, self.desk, notify=self.notify)

    def _on_import_clicked(self) -> None:
        from praktijkdesk.ui.dialogs.exchange import import_bundle

        import_bundle(self, self.desk, notify=self.notify)

    def _on_merge_clicked(self) -> None:
        from praktijkdesk.ui.dialogs.exchange import offer_merges

        offer_merges(self, self.desk)
