"""A short, optional note with a behaviour. Never required; never medical or benefit details."""

from __future__ import annotations

from PySide6 import QtWidgets

from praktijkdesk.domain.mark import MAX_NOTE
from praktijkdesk.domain.names import normalise
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import TouchDialog
from praktijkdesk.ui.widgets.buttons import label, set_state


class NoteDialog(TouchDialog):
    def __init__(
        self, behaviour_text: str, note: str = "", parent=None, *, without_mark: bool = False
    ):
        super().__init__(parent, name="noteDialog")
        self.without_mark = without_mark  # no mark yet: the note is saved with *Nog niet*
        self.behaviour_text = behaviour_text
        self.behaviour = label(behaviour_text, wrap=True)
        self.edit = QtWidgets.QPlainTextEdit()
        self.edit.setObjectName("noteEdit")
        self.edit.setPlainText(note)
        self.edit.setMinimumHeight(theme.ROW * 2)
        self.hint = label(role="small", wrap=True)
        self.count = label(role="small", name="noteCount")
        self.body.addWidget(self.behaviour)
        self.body.addWidget(self.edit, 1)
        self.body.addWidget(self.count)
        self.body.addWidget(self.hint)
        self.cancel_button = self.add_button("", name="cancelButton", stretch_before=True)
        self.save_button = self.add_button("", role="primary", name="saveNoteButton")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.accept)
        self.edit.textChanged.connect(self._update_count)
        self.retranslate()
        self.resize(640, 420)
        self.edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notitie"))
        self.heading.setText(self.tr("Notitie"))
        self.edit.setAccessibleName(self.tr("Notitie bij: {text}").format(text=self.behaviour_text))
        self.edit.setPlaceholderText(self.tr("Bijvoorbeeld: gaat goed als het rustig is."))
        hint = self.tr(
            "Kort en zakelijk. Schrijf geen medische of uitkeringsgegevens op. "
            "Een notitie mag ook leeg blijven."
        )
        if self.without_mark:
            hint = (
                self.tr("Er is nog geen beoordeling: de notitie wordt bewaard bij Nog niet.")
                + " "
                + hint
            )
        self.hint.setText(hint)
        self.cancel_button.setText(self.tr("Annuleren"))
        self.save_button.setText(self.tr("Notitie opslaan"))
        self._update_count()

    def length(self) -> int:
        """The length the service counts (tidied: one line, single spaces)."""
        return len(normalise(self.edit.toPlainText().replace("\n", " ")))

    def _update_count(self) -> None:
        length = self.length()
        too_long = length > MAX_NOTE
        self.count.setText(
            self.tr("{n} tekens te veel (hooguit {max}).").format(n=length - MAX_NOTE, max=MAX_NOTE)
            if too_long
            else self.tr("{n} van {max} tekens").format(n=length, max=MAX_NOTE)
        )
        set_state(self.count, "role", "attention" if too_long else "small")
        self.save_button.setEnabled(not too_long)
        self.save_button.setAccessibleDescription(self.count.text() if too_long else "")

    def note(self) -> str:
        """The whole note, never cut: a note that is too long cannot be saved (the count says so)."""
        return self.edit.toPlainText().strip()
