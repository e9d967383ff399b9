"""Pairing as the user sees it (issue #13): this computer's control code, the known devices
(gekoppelde apparaten) with a way to trust, refuse or forget one, and the banner that asks
about a new device in the shared folder ("Nieuw apparaat in de gedeelde map … Vertrouwen /
Niet vertrouwen"). The work is done by ``desk.exchange`` (device_code, devices,
waiting_devices, trust_device, refuse_device, forget_device)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.formatting import long_date
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.widgets.buttons import TouchButton, label
from praktijkdesk.ui.widgets.layouts import empty_layout

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.events import DeskEvents


def _own_code(desk) -> str:
    """This computer's code; made (with its key) the first time it is asked for."""
    result = run_op(None, desk.exchange.device_code)
    return result.value if result.ok else "?"


class DevicesSection(QtWidgets.QFrame):
    """Instellingen › Apparaten: "Deze computer: controlecode 889 972" and the list of
    gekoppelde apparaten, each with its short number, code, first seen, and buttons."""

    def __init__(self, desk: Desk, events: DeskEvents, parent=None):
        super().__init__(parent)
        self.desk = desk
        self._stale = True
        self.setObjectName("devicesSection")
        self.setProperty("role", "card")
        inner = QtWidgets.QVBoxLayout(self)
        inner.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_L)
        inner.setSpacing(theme.SPACING_S)
        self.heading = label(role="heading", name="devicesHeading")
        self.own_code = label(wrap=True, name="ownDeviceCode")
        self.own_code.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = label(role="small", wrap=True, name="devicesHint")
        self.list_title = label(name="knownDevicesTitle")
        self.list_title.setProperty("role", "subheading")
        self.empty = label(role="small", wrap=True, name="noKnownDevices")
        self.rows = QtWidgets.QVBoxLayout()
        self.rows.setSpacing(theme.SPACING_S)
        for widget in (self.heading, self.own_code, self.hint, self.list_title, self.empty):
            inner.addWidget(widget)
        inner.addLayout(self.rows)
        events.changed.connect(self._on_events_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Apparaten koppelen"))
        self.hint.setText(
            self.tr(
                "Leest een andere computer voor het eerst iets van deze computer in, dan toont die "
                "een controlecode. Is dat dezelfde code als hierboven? Dan komt het echt van deze "
                "computer."
            )
        )
        self.list_title.setText(self.tr("Gekoppelde apparaten"))
        self.empty.setText(self.tr("Nog geen andere apparaten."))
        self.mark_stale()

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_events_changed(self, changes) -> None:
        if changes.settings or changes.marks:
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_soon()

    def _refresh_soon(self) -> None:
        # After the event being handled, never inside it: the first refresh makes this
        # device's key (a write that notifies every screen), and doing that inside a show or
        # language-change event crashed the packaged app (found by the bundle's tour).
        QtCore.QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_soon()

    def refresh(self) -> None:
        self._stale = False
        self.own_code.setText(
            self.tr("Deze computer: controlecode {code} · apparaat {device}").format(
                code=_own_code(self.desk), device=self.desk.device_id[:8]
            )
        )
        empty_layout(self.rows)
        devices = self.desk.exchange.devices()
        self.empty.setVisible(not devices)
        for device in devices:
            self.rows.addWidget(self._row(device))

    def _row(self, device) -> QtWidgets.QWidget:
        row = QtWidgets.QFrame()
        row.setObjectName("knownDevice")
        layout = QtWidgets.QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING_M)
        state = {
            "trusted": self.tr("gekoppeld"),
            "pending": self.tr("wacht op uw keuze"),
            "refused": self.tr("niet vertrouwd: wordt niet ingelezen"),
        }.get(device.trust, device.trust)
        text = label(wrap=True, name="knownDeviceText")
        text.setText(
            self.tr(
                "Apparaat {device} · controlecode {code}\nEerst gezien {date} · {state}"
            ).format(
                device=device.short_id,
                code=device.code,
                date=long_date(device.first_seen_at),
                state=state,
            )
        )
        layout.addWidget(text, 1)
        if device.trust == "pending":
            trust = TouchButton(self.tr("Vertrouwen"), role="primary", name="trustDeviceButton")
            trust.setAccessibleName(
                self.tr("Apparaat {device} vertrouwen").format(device=device.short_id)
            )
            trust.clicked.connect(
                lambda _=False, d=device.device_id: run_op(self, self.desk.exchange.trust_device, d)
            )
            layout.addWidget(trust)
        forget = TouchButton(self.tr("Vergeten"), role="quiet", name="forgetDeviceButton")
        forget.setAccessibleName(
            self.tr("Apparaat {device} vergeten").format(device=device.short_id)
        )
        forget.clicked.connect(lambda _=False, d=device.device_id: self._on_forget(d))
        layout.addWidget(forget)
        return row

    def _on_forget(self, device_id: str) -> None:
        from praktijkdesk.ui.dialogs import message

        if message.ask(
            self,
            self.tr("Apparaat vergeten?"),
            self.tr(
                "Apparaat {device} vergeten? Wat er al van is ingelezen, blijft staan. Het "
                "volgende bestand van dat apparaat vraagt weer om de controlecode."
            ).format(device=device_id[:8]),
            self.tr("Vergeten"),
            self.tr("Niet vergeten"),
        ):
            run_op(self, self.desk.exchange.forget_device, device_id)


class DeviceTrustBanner(QtWidgets.QFrame):
    """Under the header while a new device in the shared folder waits: its files are not read
    until the user compares the code and taps *Vertrouwen* (or *Niet vertrouwen*)."""

    def __init__(self, desk: Desk, events: DeskEvents, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.device = None  # the KnownDevice asked about now
        self.setObjectName("deviceTrustBanner")
        self.setProperty("role", "card")
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(
            theme.SPACING_M, theme.SPACING_S, theme.SPACING_M, theme.SPACING_S
        )
        layout.setSpacing(theme.SPACING_M)
        self.text = label(role="attention", wrap=True, name="deviceTrustText")
        self.trust_button = TouchButton(role="primary", name="trustDeviceBannerButton")
        self.refuse_button = TouchButton(name="refuseDeviceBannerButton")
        layout.addWidget(self.text, 1)
        layout.addWidget(self.trust_button)
        layout.addWidget(self.refuse_button)
        self.trust_button.clicked.connect(lambda: self._decide(self.desk.exchange.trust_device))
        self.refuse_button.clicked.connect(lambda: self._decide(self.desk.exchange.refuse_device))
        events.changed.connect(lambda changes: self.refresh() if changes.settings else None)
        self.hide()
        self.refresh()

    def retranslate(self) -> None:
        self.trust_button.setText(self.tr("Vertrouwen"))
        self.refuse_button.setText(self.tr("Niet vertrouwen"))
        device = self.device
        if device is None:
            return
        self.trust_button.setAccessibleName(
            self.tr("Apparaat {device} vertrouwen").format(device=device.short_id)
        )
        self.refuse_button.setAccessibleName(
            self.tr("Apparaat {device} niet vertrouwen").format(device=device.short_id)
        )
        self.text.setText(
            self.tr(
                "Nieuw apparaat in de gedeelde map: apparaat {device}, controlecode {code}. Kijk op "
                "dat apparaat in Instellingen › Apparaten koppelen: staat daar dezelfde code? Dan "
                "kunt u het vertrouwen. Tot dan wordt er niets van ingelezen. Deze computer: "
                "controlecode {own}."
            ).format(device=device.short_id, code=device.code, own=_own_code(self.desk))
        )

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        waiting = self.desk.exchange.waiting_devices()
        self.device = waiting[0] if waiting else None
        self.retranslate()
        self.setVisible(self.device is not None)

    def _decide(self, action) -> None:
        if self.device is not None:
            run_op(self, action, self.device.device_id)
        self.refresh()
