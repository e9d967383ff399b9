"""Instellingen → Reservekopieën: the backups with their date and what each holds; make one
now; put one back (after a confirmation; the current state is backed up first).

On the one dialog base (``TouchDialog``: heading, scrolling body, big buttons, sizes from the
theme); the settings screen opens it with ``open_backups_dialog(parent, desk)``. Backups run on the GUI thread with a busy cursor: a
verified copy of a few MB takes well under a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.errors import UserError
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.base import TouchDialog
from praktijkdesk.ui.widgets.buttons import label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

ROW_HEIGHT = theme.ROW + theme.SPACING_S  # a backup's two lines (when; what it holds)


class BackupsDialog(TouchDialog):
    """The list of backups and two big actions. ``ask``/``inform`` are replaceable for tests."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent, name="backupsDialog")
        self.desk = desk
        self.ask: Callable[..., bool] = message.ask
        self.inform: Callable[..., None] = message.inform
        self.resize(760, 560)
        self._entries: list = []
        self._build()
        self._connect()
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.heading.setObjectName("backupsHeading")
        self.explanation = label(wrap=True, name="backupsExplanation")
        self.list = QtWidgets.QListWidget()
        self.list.setObjectName("backupsList")
        self.list.setMinimumHeight(ROW_HEIGHT * 3)
        self.list.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.status = label(wrap=True, name="backupsStatus")
        self.body.addWidget(self.explanation)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(self.status)
        self.backup_button = self.add_button("", role="primary", name="backupNowButton")
        self.restore_button = self.add_button("", name="restoreButton")
        self.close_button = self.add_button("", name="closeButton", stretch_before=True)

    def _connect(self) -> None:
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def retranslate(self) -> None:
        self.setWindowTitle(QtCore.QCoreApplication.translate("BackupsDialog", "Reservekopieën"))
        self.heading.setText(QtCore.QCoreApplication.translate("BackupsDialog", "Reservekopieën"))
        self.explanation.setText(
            QtCore.QCoreApplication.translate(
                "BackupsDialog",
                "praktijkdesk maakt elke dag vanzelf een reservekopie, en ook vóór elke update en "
                "elk inlezen. Oude reservekopieën worden na een tijd opgeruimd. Terugzetten maakt "
                "eerst een reservekopie van de huidige stand, dus u verliest niets.",
            )
        )
        for button, text in (
            (
                self.backup_button,
                QtCore.QCoreApplication.translate("BackupsDialog", "Nu een reservekopie maken"),
            ),
            (
                self.restore_button,
                QtCore.QCoreApplication.translate("BackupsDialog", "Terugzetten"),
            ),
            (self.close_button, QtCore.QCoreApplication.translate("BackupsDialog", "Sluiten")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.list.setAccessibleName(
            QtCore.QCoreApplication.translate("BackupsDialog", "Lijst van reservekopieën")
        )
        self.status.setAccessibleName(QtCore.QCoreApplication.translate("BackupsDialog", "Melding"))

    def refresh(self) -> None:
        self._entries = self.desk.backups.list()
        self.list.clear()
        for entry in self._entries:
            item = QtWidgets.QListWidgetItem(f"{entry.when()}\n{entry.holds()}")
            item.setToolTip(str(entry.path))
            item.setSizeHint(QtCore.QSize(0, ROW_HEIGHT))
            item.setData(
                QtCore.Qt.ItemDataRole.AccessibleTextRole, f"{entry.when()}: {entry.holds()}"
            )
            if not entry.readable:
                item.setFlags(item.flags() & ~QtCore.Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not self._entries:
            self.status.setText(
                QtCore.QCoreApplication.translate(
                    "BackupsDialog", "Er zijn nog geen reservekopieën."
                )
            )
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
            self.inform(
                self,
                QtCore.QCoreApplication.translate("BackupsDialog", "Geen reservekopie gemaakt"),
                exc.message,
                kind="warning",
            )
            return
        self.refresh()
        self.list.setCurrentRow(0)
        self.status.setText(
            QtCore.QCoreApplication.translate(
                "BackupsDialog", "Reservekopie gemaakt en gecontroleerd: {holds}."
            ).format(holds=entry.holds())
        )

    def _on_restore_button_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        question = QtCore.QCoreApplication.translate(
            "BackupsDialog",
            "Wilt u de reservekopie van {when} terugzetten?\n\nDaarin: {holds}.\n\n"
            "Wat daarna is gedaan, staat er niet in. De huidige stand wordt eerst bewaard in "
            "een nieuwe reservekopie, zodat u altijd terug kunt.",
        ).format(when=entry.when(), holds=entry.holds())
        if not self.ask(
            self,
            QtCore.QCoreApplication.translate("BackupsDialog", "Reservekopie terugzetten?"),
            question,
            QtCore.QCoreApplication.translate("BackupsDialog", "Terugzetten"),
            QtCore.QCoreApplication.translate("BackupsDialog", "Annuleren"),
        ):
            return
        try:
            with self._busy():
                result = self.desk.restore_backup(entry.path)
        except UserError as exc:
            self.inform(
                self,
                QtCore.QCoreApplication.translate("BackupsDialog", "Niet teruggezet"),
                exc.message,
                kind="warning",
            )
            return
        self.refresh()
        self.status.setText(
            QtCore.QCoreApplication.translate(
                "BackupsDialog", "Teruggezet: de reservekopie van {when}."
            ).format(when=result.restored.when())
        )


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
