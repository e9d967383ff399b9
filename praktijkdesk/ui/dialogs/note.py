"""A short, optional note with a behaviour. Never required; never medical or benefit details."""

from __future__ import annotations

from PySide6 import QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import TouchDialog
from praktijkdesk.ui.widgets.buttons import label

MAX_NOTE = 500


class NoteDialog(TouchDialog):
    def __init__(self, behaviour_text: str, note: str = "", parent=None):
        super().__init__(parent, name="noteDialog")
        self.behaviour_text = behaviour_text
        self.behaviour = label(behaviour_text, wrap=True)
        self.edit = QtWidgets.QPlainTextEdit()
        self.edit.setObjectName("noteEdit")
        self.edit.setPlainText(note)
        self.edit.setMinimumHeight(theme.ROW * 2)
        self.hint = label(role="small", wrap=True)
        self.body.addWidget(self.behaviour)
        self.body.addWidget(self.edit, 1)
        self.body.addWidget(self.hint)
        self.cancel_button = self.add_button("", name="cancelButton", stretch_before=True)
        self.save_button = self.add_button("", role="primary", name="saveNoteButton")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.accept)
        self.retranslate()
        self.resize(640, 420)
        self.edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notitie"))
        self.heading.setText(self.tr("Notitie"))
        self.edit.setAccessibleName(self.tr("Notitie bij: {text}").format(text=self.behaviour_text))
        self.edit.setPlaceholderText(self.tr("Bijvoorbeeld: gaat goed als het rustig is."))
        self.hint.setText(self.tr(
            "Kort en zakelijk. Schrijf geen medische of uitkeringsgegevens op. "
            "Een notitie mag ook leeg blijven."))
        self.cancel_button.setText(self.tr("Annuleren"))
        self.save_button.setText(self.tr("Notitie opslaan"))

    def note(self) -> str:
        return self.edit.toPlainText().strip()[:MAX_NOTE]
