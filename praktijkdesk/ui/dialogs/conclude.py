"""Concluding a work process early (with a short reason) and taking a conclusion back.

The engine decides: ``desk.marking.conclude`` refuses an early conclusion whose reason is
shorter than ``MIN_REASON_LENGTH``. This dialog only says beforehand what is needed, so the
trainer is not surprised by a refusal; the reason is asked here and nowhere else.
"""

from __future__ import annotations

from PySide6 import QtWidgets

from praktijkdesk.domain.mark import MAX_NOTE, too_long_message
from praktijkdesk.domain.progress import MIN_REASON_LENGTH
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import TouchDialog
from praktijkdesk.ui.widgets.buttons import label


class ReasonDialog(TouchDialog):
    """Ask for a reason. ``required``: early conclusion (at least MIN_REASON_LENGTH
    characters); otherwise the reason may stay empty (taking a conclusion back)."""

    def __init__(self, work_process: str, detail: str, parent=None, *, revoke: bool = False):
        super().__init__(parent, name="revokeDialog" if revoke else "concludeEarlyDialog")
        self.revoke = revoke
        self.work_process = work_process
        self.detail_text = detail
        self.what = label(work_process, wrap=True, name="reasonWorkProcess")
        self.what.setProperty("role", "muted")
        self.detail = label(detail, wrap=True, name="reasonDetail")
        self.question = label(wrap=True, name="reasonQuestion")
        self.edit = QtWidgets.QPlainTextEdit()
        self.edit.setObjectName("reasonEdit")
        self.edit.setMinimumHeight(theme.ROW * 3 // 2)
        self.edit.setTabChangesFocus(True)
        self.hint = label(role="small", wrap=True, name="reasonHint")
        self.refusal = label(role="attention", wrap=True, name="reasonRefusal")
        self.refusal.hide()
        self.question.setBuddy(self.edit)
        for widget in (self.what, self.detail, self.question):
            self.body.addWidget(widget)
        self.body.addWidget(self.edit, 1)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.refusal)
        self.cancel_button = self.add_button("", name="cancelReasonButton", stretch_before=True)
        self.confirm_button = self.add_button(
            "", role="primary", name="confirmRevokeButton" if revoke else "confirmConcludeButton"
        )
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.edit.textChanged.connect(self._update_hint)
        self._tried = False
        self.retranslate()
        self.resize(700, 540)
        self.edit.setFocus()

    def retranslate(self) -> None:
        if self.revoke:
            self.setWindowTitle(self.tr("Afronding terugdraaien"))
            self.heading.setText(self.tr("Afronding terugdraaien?"))
            self.question.setText(self.tr("Waarom? (mag leeg blijven)"))
            self.edit.setPlaceholderText(self.tr("Bijvoorbeeld: per ongeluk afgerond."))
            self.cancel_button.setText(self.tr("Niet terugdraaien"))
            self.confirm_button.setText(self.tr("Terugdraaien"))
        else:
            self.setWindowTitle(self.tr("Werkproces afronden"))
            self.heading.setText(self.tr("Werkproces nu al afronden?"))
            self.question.setText(self.tr("Waarom beheerst de kandidaat dit werkproces toch?"))
            self.edit.setPlaceholderText(
                self.tr(
                    "Bijvoorbeeld: doet dit al maanden zelfstandig, alleen nog niet alles afgevinkt."
                )
            )
            self.cancel_button.setText(self.tr("Annuleren"))
            self.confirm_button.setText(self.tr("Afronden"))
        self.edit.setAccessibleName(self.question.text())
        self._update_hint()

    def reason(self) -> str:
        """The whole reason, tidied, never cut: one over MAX_NOTE cannot be confirmed."""
        return " ".join(self.edit.toPlainText().split())

    def long_enough(self) -> bool:
        return self.revoke or len(self.reason()) >= MIN_REASON_LENGTH

    def too_long(self) -> bool:
        return len(self.reason()) > MAX_NOTE

    def _update_hint(self) -> None:
        if self.revoke:
            self.hint.setText(
                self.tr(
                    "Het werkproces staat daarna weer open. De beoordelingen blijven zoals ze zijn, "
                    "en de geschiedenis blijft bewaard."
                )
            )
            self._update_refusal()
            return
        self.hint.setText(
            self.tr(
                "Een paar woorden is genoeg (minstens {n} tekens). De reden wordt bewaard bij "
                "de afronding. Schrijf geen medische of uitkeringsgegevens op."
            ).format(n=MIN_REASON_LENGTH)
        )
        self._update_refusal()

    def _update_refusal(self) -> None:
        """Too long: said at once (the service would refuse it, in the same words); too short:
        said after a try."""
        if self.too_long():
            # The service's message (domain.mark): the same words in the app and the CLI.
            self.refusal.setText(too_long_message("De reden"))
            self.refusal.setVisible(True)
        else:
            self.refusal.setText(
                self.tr(
                    "Schrijf eerst een korte reden, minstens {n} tekens. Daarna kunt u afronden."
                ).format(n=MIN_REASON_LENGTH)
            )
            self.refusal.setVisible(self._tried and not self.long_enough())
        self.confirm_button.setAccessibleDescription(
            self.refusal.text() if not self.refusal.isHidden() else ""
        )

    def _on_confirm(self) -> None:
        if self.too_long():
            self._update_refusal()
            self.edit.setFocus()
            return
        if not self.long_enough():
            self._tried = True
            self._update_hint()
            self.edit.setFocus()
            return
        self.accept()
