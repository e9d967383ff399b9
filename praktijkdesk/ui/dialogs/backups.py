"""Instellingen → Reservekopieën: the backups with their date and what each holds; make one
now; put one back (after a confirmation; the current state is backed up first).

Self-contained on purpose (only PySide6 and the Desk): the settings screen opens it with
``open_backups_dialog(parent, desk)``. Backups run on the GUI thread with a busy cursor: a
verified copy of a few MB takes well under a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.errors import UserError
from praktijkdesk.ui import fit

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

TOUCH_MIN = 48  # theme.TOUCH_MIN
BUTTON_HEIGHT = 56  # theme.BUTTON_HEIGHT
BODY_PX = 18  # theme.BODY: never below 16
HEADING_PX = 24
ROW_PX = 72



def big_button(text: str, name: str, *, primary: bool = False) -> QtWidgets.QPushButton:
    button = QtWidgets.QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setMinimumSize(max(TOUCH_MIN, 160), BUTTON_HEIGHT)
    button.setAutoDefault(False)
    button.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
    if primary:
        button.setProperty("role", "primary")
    button.setProperty("big", "true")
    return button


def ask(parent, title: str, text: str, yes: str, no: str) -> bool:
    """A plain question with two big, plainly named buttons."""
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("backupsQuestion")
    box.setIcon(QtWidgets.QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    _set_font(box, BODY_PX)
    yes_button = box.addButton(yes, QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QtWidgets.QMessageBox.ButtonRole.RejectRole)
    for button in (yes_button, no_button):
        button.setAccessibleName(button.text())
        button.setMinimumSize(160, BUTTON_HEIGHT)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent, title: str, text: str, *, warning: bool = False) -> None:
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("backupsMessage")
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning if warning
                else QtWidgets.QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    _set_font(box, BODY_PX)
    ok = box.addButton(QtCore.QCoreApplication.translate("BackupsDialog", "OK"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    ok.setAccessibleName(QtCore.QCoreApplication.translate("BackupsDialog", "OK"))
    ok.setMinimumSize(160, BUTTON_HEIGHT)
    box.exec()


def _set_font(widget: QtWidgets.QWidget, pixels: int, bold: bool = False) -> None:
    font = widget.font()
    font.setPixelSize(pixels)
    font.setBold(bold)
    widget.setFont(font)


class BackupsDialog(QtWidgets.QDialog):
    """The list of backups and two big actions. ``ask``/``inform`` are replaceable for tests."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.ask: Callable[..., bool] = ask
        self.inform: Callable[..., None] = inform
        self.setObjectName("backupsDialog")
        self.setModal(True)
        fit.resize_within_screen(self, 760, 560)
        self._entries: list = []
        self._build()
        self._connect()
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        _set_font(self, BODY_PX)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        self.heading = QtWidgets.QLabel()
        self.heading.setObjectName("backupsHeading")
        _set_font(self.heading, HEADING_PX, bold=True)
        self.explanation = QtWidgets.QLabel()
        self.explanation.setObjectName("backupsExplanation")
        self.explanation.setWordWrap(True)
        self.list = QtWidgets.QListWidget()
        self.list.setObjectName("backupsList")
        self.list.setMinimumHeight(ROW_PX * 3)
        self.list.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.verticalScrollBar().setMinimumWidth(24)
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        self.backup_button = big_button("", "backupNowButton", primary=True)
        self.restore_button = big_button("", "restoreButton")
        self.close_button = big_button("", "closeButton")
        buttons = QtWidgets.QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        for widget in (self.heading, self.explanation):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def retranslate(self) -> None:
        self.setWindowTitle(QtCore.QCoreApplication.translate("BackupsDialog", "Reservekopieën"))
        self.heading.setText(QtCore.QCoreApplication.translate("BackupsDialog", "Reservekopieën"))
        self.explanation.setText(QtCore.QCoreApplication.translate("BackupsDialog",
            "praktijkdesk maakt elke dag vanzelf een reservekopie, en ook vóór elke update en "
            "elk inlezen. Oude reservekopieën worden na een tijd opgeruimd. Terugzetten maakt "
            "eerst een reservekopie van de huidige stand, dus u verliest niets."
        ))
        for button, text in ((self.backup_button, QtCore.QCoreApplication.translate("BackupsDialog", "Nu een reservekopie maken")),
                             (self.restore_button, QtCore.QCoreApplication.translate("BackupsDialog", "Terugzetten")),
                             (self.close_button, QtCore.QCoreApplication.translate("BackupsDialog", "Sluiten"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.list.setAccessibleName(QtCore.QCoreApplication.translate("BackupsDialog", "Lijst van reservekopieën"))
        self.status.setAccessibleName(QtCore.QCoreApplication.translate("BackupsDialog", "Melding"))

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self._entries = self.desk.backups.list()
        self.list.clear()
        for entry in self._entries:
            item = QtWidgets.QListWidgetItem(f"{entry.when()}\n{entry.holds()}")
            item.setToolTip(str(entry.path))
            item.setSizeHint(QtCore.QSize(0, ROW_PX))
            item.setData(QtCore.Qt.ItemDataRole.AccessibleTextRole,
                         f"{entry.when()}: {entry.holds()}")
            if not entry.readable:
                item.setFlags(item.flags() & ~QtCore.Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not self._entries:
            self.status.setText(QtCore.QCoreApplication.translate("BackupsDialog", "Er zijn nog geen reservekopieën."))
        self._update_buttons()

    def selected(self):
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(entry is not None and entry.readable)

    def _busy(self):
        return _BusyCursor()

    def _on_backup_button_clicked(self) -> None:
        try:
            with self._busy():
                entry = self.desk.backups.backup_now()
        except UserError as exc:
            self.inform(self, QtCore.QCoreApplication.translate("BackupsDialog", "Geen reservekopie gemaakt"), exc.message, warning=True)
            return
        self.refresh()
        self.list.setCurrentRow(0)
        self.status.setText(QtCore.QCoreApplication.translate("BackupsDialog", "Reservekopie gemaakt en gecontroleerd: {holds}.").format(
            holds=entry.holds()))

    def _on_restore_button_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        question = QtCore.QCoreApplication.translate("BackupsDialog",
            "Wilt u de reservekopie van {when} terugzetten?\n\nDaarin: {holds}.\n\n"
            "Wat daarna is gedaan, staat er niet in. De huidige stand wordt eerst bewaard in "
            "een nieuwe reservekopie, zodat u altijd terug kunt."
        ).format(when=entry.when(), holds=entry.holds())
        if not self.ask(self, QtCore.QCoreApplication.translate("BackupsDialog", "Reservekopie terugzetten?"), question, QtCore.QCoreApplication.translate("BackupsDialog", "Terugzetten"),
                        QtCore.QCoreApplication.translate("BackupsDialog", "Annuleren")):
            return
        try:
            with self._busy():
                result = self.desk.restore_backup(entry.path)
        except UserError as exc:
            self.inform(self, QtCore.QCoreApplication.translate("BackupsDialog", "Niet teruggezet"), exc.message, warning=True)
            return
        self.refresh()
        self.status.setText(QtCore.QCoreApplication.translate("BackupsDialog", "Teruggezet: de reservekopie van {when}.").format(
            when=result.restored.when()))


class _BusyCursor:
    def __enter__(self):
        QtWidgets.QApplication.setOverrideCursor(QtGui.QCursor(QtCore.Qt.CursorShape.WaitCursor))

    def __exit__(self, *exc):
        QtWidgets.QApplication.restoreOverrideCursor()


def open_backups_dialog(parent, desk: Desk) -> BackupsDialog:
    """Show the backups dialog (modal) and return it when closed."""
    dialog = BackupsDialog(desk, parent)
    dialog.exec()
    return dialog
