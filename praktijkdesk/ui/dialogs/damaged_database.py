"""Shown when the data could not be opened at start (DatabaseDamaged): calm words, what
happened, and the newest good backup behind one big button.

The app's start-up calls ``ask_restore_after_damage(None, data_dir, error)``: True means the
backup was put back and Desk.open will now succeed; False means the user chose not to (or
there was nothing to offer), and the app should close.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from praktijkdesk.errors import UserError
from praktijkdesk.ui import fit
from praktijkdesk.ui.dialogs.backups import BODY_PX, HEADING_PX, _set_font, big_button, inform


def _restore(data_dir: Path, backup: Path):
    from praktijkdesk.desk import Desk  # the Desk is the UI's one door to the data

    return Desk.restore(data_dir, backup)


class DamagedDatabaseDialog(QtWidgets.QDialog):
    def __init__(self, data_dir: Path, error, parent=None,
                 restore: Callable[[Path, Path], object] = _restore):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.error = error
        self.backup = getattr(error, "backup", None)
        self.moved_to = getattr(error, "moved_to", None)
        self._restore = restore
        self.result_text = ""
        self.setObjectName("damagedDatabaseDialog")
        self.setModal(True)
        fit.resize_within_screen(self, 720, 480)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        _set_font(self, BODY_PX)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        self.heading = QtWidgets.QLabel()
        self.heading.setObjectName("damagedHeading")
        self.heading.setWordWrap(True)
        _set_font(self.heading, HEADING_PX, bold=True)
        self.what = QtWidgets.QLabel()
        self.what.setObjectName("damagedExplanation")
        self.what.setWordWrap(True)
        self.offer = QtWidgets.QLabel()
        self.offer.setObjectName("damagedOffer")
        self.offer.setWordWrap(True)
        self.restore_button = big_button("", "restoreBackupButton", primary=True)
        self.restore_button.setVisible(self.backup is not None)
        self.quit_button = big_button("", "closeAppButton")
        for widget in (self.heading, self.what, self.offer):
            layout.addWidget(widget)
        layout.addStretch(1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.restore_button, 2)
        buttons.addWidget(self.quit_button, 1)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.quit_button.clicked.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Gegevens niet geopend"))
        self.heading.setText(QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Uw gegevens konden niet worden geopend"))
        what = QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Het bestand met de gegevens van praktijkdesk is beschadigd. Dat kan gebeuren "
                   "na een stroomstoring of als een USB-stick te vroeg wordt uitgetrokken.")
        if self.moved_to is not None:
            what += " " + QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Er is niets weggegooid: het beschadigde bestand is bewaard als "
                              "{name}.").format(name=Path(self.moved_to).name)
        self.what.setText(what)
        if self.backup is not None:
            self.offer.setText(QtCore.QCoreApplication.translate("DamagedDatabaseDialog",
                "De nieuwste goede reservekopie is van {when}. Daarin staan {holds}. Wat na dat "
                "moment is gedaan, zit er niet in."
            ).format(when=self.backup.when(), holds=self.backup.holds()))
            text = QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Reservekopie van {when} terugzetten").format(when=self.backup.when())
            self.restore_button.setText(QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Reservekopie terugzetten"))
            self.restore_button.setAccessibleName(text)
            self.quit_button.setText(QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Nu niet, sluiten"))
        else:
            self.offer.setText(QtCore.QCoreApplication.translate("DamagedDatabaseDialog",
                "Er is geen goede reservekopie gevonden. Bewaar het beschadigde bestand en vraag "
                "hulp. Start u praktijkdesk opnieuw, dan begint het met lege gegevens."
            ))
            self.quit_button.setText(QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Sluiten"))
        self.quit_button.setAccessibleName(self.quit_button.text())

    def _on_restore_button_clicked(self) -> None:
        try:
            result = self._restore(self.data_dir, Path(self.backup.path))
        except UserError as exc:
            inform(self, QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Niet teruggezet"), exc.message, warning=True)
            return
        self.result_text = getattr(result, "describe", lambda: "")()
        self.accept()


def ask_restore_after_damage(parent, data_dir, error) -> bool:
    """Explain the damage and offer the newest good backup; True when it was put back."""
    dialog = DamagedDatabaseDialog(Path(data_dir), error, parent)
    return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
