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
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.base import TouchDialog
from praktijkdesk.ui.widgets.buttons import label


def _restore(data_dir: Path, backup: Path):
    from praktijkdesk.desk import Desk  # the Desk is the UI's one door to the data

    return Desk.restore(data_dir, backup)


class DamagedDatabaseDialog(TouchDialog):
    def __init__(
        self, data_dir: Path, error, parent=None, restore: Callable[[Path, Path], object] = _restore
    ):
        super().__init__(parent, name="damagedDatabaseDialog")
        self.data_dir = Path(data_dir)
        self.error = error
        self.backup = getattr(error, "backup", None)
        self.moved_to = getattr(error, "moved_to", None)
        self._restore = restore
        self.result_text = ""
        self.resize(720, 480)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.heading.setObjectName("damagedHeading")
        self.what = label(wrap=True, name="damagedExplanation")
        self.offer = label(wrap=True, name="damagedOffer")
        self.body.addWidget(self.what)
        self.body.addWidget(self.offer)
        self.body.addStretch(1)
        self.restore_button = self.add_button("", role="primary", name="restoreBackupButton")
        self.buttons.setStretchFactor(self.restore_button, 2)
        self.restore_button.setVisible(self.backup is not None)
        self.quit_button = self.add_button("", name="closeAppButton")
        self.buttons.setStretchFactor(self.quit_button, 1)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.quit_button.clicked.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(
            QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Gegevens niet geopend")
        )
        self.heading.setText(
            QtCore.QCoreApplication.translate(
                "DamagedDatabaseDialog", "Uw gegevens konden niet worden geopend"
            )
        )
        what = QtCore.QCoreApplication.translate(
            "DamagedDatabaseDialog",
            "Het bestand met de gegevens van praktijkdesk is beschadigd. Dat kan gebeuren "
            "na een stroomstoring of als een USB-stick te vroeg wordt uitgetrokken.",
        )
        if self.moved_to is not None:
            what += " " + QtCore.QCoreApplication.translate(
                "DamagedDatabaseDialog",
                "Er is niets weggegooid: het beschadigde bestand is bewaard als {name}.",
            ).format(name=Path(self.moved_to).name)
        self.what.setText(what)
        if self.backup is not None:
            self.offer.setText(
                QtCore.QCoreApplication.translate(
                    "DamagedDatabaseDialog",
                    "De nieuwste goede reservekopie is van {when}. Daarin staan {holds}. Wat na dat "
                    "moment is gedaan, zit er niet in.",
                ).format(when=self.backup.when(), holds=self.backup.holds())
            )
            text = QtCore.QCoreApplication.translate(
                "DamagedDatabaseDialog", "Reservekopie van {when} terugzetten"
            ).format(when=self.backup.when())
            self.restore_button.setText(
                QtCore.QCoreApplication.translate(
                    "DamagedDatabaseDialog", "Reservekopie terugzetten"
                )
            )
            self.restore_button.setAccessibleName(text)
            self.quit_button.setText(
                QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Nu niet, sluiten")
            )
        else:
            self.offer.setText(
                QtCore.QCoreApplication.translate(
                    "DamagedDatabaseDialog",
                    "Er is geen goede reservekopie gevonden. Bewaar het beschadigde bestand en vraag "
                    "hulp. Start u praktijkdesk opnieuw, dan begint het met lege gegevens.",
                )
            )
            self.quit_button.setText(
                QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Sluiten")
            )
        self.quit_button.setAccessibleName(self.quit_button.text())

    def _on_restore_button_clicked(self) -> None:
        try:
            result = self._restore(self.data_dir, Path(self.backup.path))
        except UserError as exc:
            message.inform(
                self,
                QtCore.QCoreApplication.translate("DamagedDatabaseDialog", "Niet teruggezet"),
                exc.message,
                kind="warning",
            )
            return
        self.result_text = getattr(result, "describe", lambda: "")()
        self.accept()


def ask_restore_after_damage(parent, data_dir, error) -> bool:
    """Explain the damage and offer the newest good backup; True when it was put back."""
    dialog = DamagedDatabaseDialog(Path(data_dir), error, parent)
    return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
