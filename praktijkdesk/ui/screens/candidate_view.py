"""The kandidaatscherm (CandidateView, issue #16): the candidate's own full-screen view.

The trainer hands the device over with *Laat zien aan kandidaat*. The candidate sees their
first name, each chosen work process as a big picture card with stars that grow, what they
master with a check, a speaker button that reads every text aloud, and *Dit kan ik* on each
behaviour (their own voice, never a mark). *Wat ik al kan* prints their card.

Nothing of the trainer's can be reached from here. The view is its own frameless, full-screen,
application-modal window; while it is open an application-wide event filter drops every input
meant for another window (the trainer's screens, their shortcuts such as Ctrl+Z and F11) and
every key inside it except moving and pressing (Tab, arrows, Space, Enter). Closing it (Alt+F4,
the window manager) is refused. Only holding the marked corner for two seconds (mouse, finger,
or Space/Enter held on it) returns to the trainer.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

from praktijkdesk.domain.self_view import candidate_text
from praktijkdesk.errors import NotFound
from praktijkdesk.paths import resource
from praktijkdesk.ui import theme
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.screens.base import Screen, scroll_area
from praktijkdesk.ui.widgets.buttons import TouchButton, is_enter, label, set_state

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.events import DeskEvents

TOUCH = 72  # every control on this screen: at least 72 × 72
HOLD_MS = 2000  # the long press that returns to the trainer
SELF_VIEW_WIDTH = 180  # "Dit kan ik" and the check share a column
STARS = 5
FALLBACK_PICTURE = "1F4BC"
SPEAKER, CHECK, STAR, LOCK, THUMB, PRINTER, BACK = (
    "1F50A",
    "2705",
    "2B50",
    "1F512",
    "1F44D",
    "1F5A8",
    "2B05",
)
GOLD = "#E8AA14"
STAR_TRACK = "#D6DADE"

# Keys that move and press inside the view; everything else (Escape, F11, Ctrl+…, Alt+…) stops.
_ALLOWED_KEYS = {
    "Key_Tab",
    "Key_Backtab",
    "Key_Space",
    "Key_Return",
    "Key_Enter",
    "Key_Up",
    "Key_Down",
    "Key_Left",
    "Key_Right",
    "Key_PageUp",
    "Key_PageDown",
    "Key_Home",
    "Key_End",
}
_INPUT_EVENTS = frozenset(
    getattr(QtCore.QEvent.Type, name)
    for name in (
        "KeyPress",
        "KeyRelease",
        "ShortcutOverride",
        "Shortcut",
        "MouseButtonPress",
        "MouseButtonRelease",
        "MouseButtonDblClick",
        "Wheel",
        "TouchBegin",
        "TouchUpdate",
        "TouchEnd",
        "ContextMenu",
    )
)
_KEY_EVENTS = frozenset(
    getattr(QtCore.QEvent.Type, name) for name in ("KeyPress", "KeyRelease", "ShortcutOverride")
)


@functools.lru_cache(maxsize=256)
def picture_pixmap(code: str, size: int, ratio: float = 1.0) -> QtGui.QPixmap:
    """An OpenMoji SVG from resources/pictures as a sharp pixmap (the general picture when
    the guide names one this version does not ship)."""
    path = resource("pictures", f"{code}.svg") if code else None
    if path is None or not path.is_file():
        path = resource("pictures", f"{FALLBACK_PICTURE}.svg")
    renderer = QtSvg.QSvgRenderer(str(path))
    pixmap = QtGui.QPixmap(int(size * ratio), int(size * ratio))
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def picture_icon(code: str, size: int) -> QtGui.QIcon:
    return QtGui.QIcon(picture_pixmap(code, size, 2.0))


class Picture(QtWidgets.QLabel):
    def __init__(self, code: str, size: int, parent=None):
        super().__init__(parent)
        self.code = code
        self.setFixedSize(size, size)
        self.setPixmap(picture_pixmap(code, size, max(1.0, self.devicePixelRatioF())))
        self.setObjectName("candidatePicture")


class Stars(QtWidgets.QWidget):
    """Progress that grows: lit stars, never red."""

    def __init__(self, lit: int, size: int = 30, parent=None):
        super().__init__(parent)
        self.lit = lit
        self._size = size
        self.setFixedSize(STARS * (size + 6), size)
        self.setObjectName("candidateStars")
        self.setAccessibleName(self.tr("{lit} van de {all} sterren").format(lit=lit, all=STARS))

    def paintEvent(self, event) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        r = self._size / 2
        for k in range(STARS):
            centre = QtCore.QPointF(k * (self._size + 6) + r, r)
            points = []
            for i in range(10):
                radius = r if i % 2 == 0 else r * 0.45
                angle = -90 + i * 36
                rad = math.radians(angle)
                points.append(
                    centre + QtCore.QPointF(radius * math.cos(rad), radius * math.sin(rad))
                )
            painter.setBrush(QtGui.QColor(GOLD if k < self.lit else STAR_TRACK))
            painter.drawPolygon(QtGui.QPolygonF(points))
        painter.end()


class BigButton(TouchButton):
    """A button of this screen: at least 72 × 72, a picture, a Dutch accessible name."""

    def __init__(
        self,
        text: str = "",
        picture: str = "",
        *,
        role: str | None = None,
        name: str | None = None,
        icon_size: int = 40,
    ):
        super().__init__(text, role=role, name=name)
        self.setMinimumSize(TOUCH, TOUCH)
        if picture:
            self.setIcon(picture_icon(picture, icon_size))
            self.setIconSize(QtCore.QSize(icon_size, icon_size))


class SpeakerButton(BigButton):
    """Reads ``text`` aloud. Hidden while (and wherever) there is no Dutch voice."""

    def __init__(self, speaker, text: str, subject: str):
        super().__init__("", SPEAKER, name="speakerButton")
        self.setProperty("keepAccessibleName", True)
        self.setFixedSize(TOUCH, TOUCH)
        self.speaker = speaker
        self.text_to_say = text
        self.setAccessibleName(self.tr("Lees voor: {subject}").format(subject=subject))
        self.setToolTip(self.tr("Voorlezen"))
        if not (speaker is not None and speaker.available):
            # Hidden until a voice is known. (Never setVisible(True) here: on a widget without
            # a parent yet that would open it as a window of its own.)
            self.setVisible(False)
        if speaker is not None:
            speaker.availability_changed.connect(self._on_availability_changed)
        self.clicked.connect(self._on_clicked)

    def _on_availability_changed(self, available: bool) -> None:
        self.setVisible(available)

    def _on_clicked(self) -> None:
        if self.speaker is not None and not self.speaker.say(self.text_to_say):
            self.hide()  # the voice went away: no button that does nothing


class ExitCorner(QtWidgets.QPushButton):
    """The marked corner for the trainer: hold two seconds (finger, mouse, or Space/Enter)."""

    held = QtCore.Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("candidateExit")
        self.setMinimumSize(TOUCH + 40, TOUCH + 8)
        self.setIcon(picture_icon(LOCK, 36))
        self.setIconSize(QtCore.QSize(36, 36))
        self.setAutoDefault(False)
        self._clock = QtCore.QElapsedTimer()
        self._tick = QtCore.QTimer(self)
        self._tick.setInterval(40)
        self._tick.timeout.connect(self._on_tick)
        self.fraction = 0.0

    def start_hold(self) -> None:
        self._clock.start()
        self._tick.start()

    def stop_hold(self) -> None:
        self._tick.stop()
        self.fraction = 0.0
        self.update()

    def _on_tick(self) -> None:
        self.fraction = min(1.0, self._clock.elapsed() / HOLD_MS)
        self.update()
        if self.fraction >= 1.0:
            self.stop_hold()
            self.held.emit()

    def mousePressEvent(self, event) -> None:
        self.start_hold()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self.stop_hold()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if (
            event.key() == QtCore.Qt.Key.Key_Space or is_enter(event.key())
        ) and not event.isAutoRepeat():
            self.start_hold()
            return
        if event.isAutoRepeat():
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if not event.isAutoRepeat():
            self.stop_hold()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:
        self.stop_hold()
        super().focusOutEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.fraction <= 0:
            return
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        pen = QtGui.QPen(QtGui.QColor(theme.colour("primary")), 6)
        painter.setPen(pen)
        rect = QtCore.QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.drawRoundedRect(rect.adjusted(0, 0, -rect.width() * (1 - self.fraction), 0), 8, 8)
        painter.end()


class WorkProcessCardButton(QtWidgets.QPushButton):
    """One work process: big picture, plain title, stars; tap to see its behaviours."""

    def __init__(self, card, speaker, parent=None):
        super().__init__(parent)
        self.card = card
        self.setObjectName("candidateCard")
        self.setAutoDefault(False)
        self.setMinimumSize(TOUCH * 3, 200)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.setFixedHeight(212)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(
            theme.SPACING_M, theme.SPACING_M, theme.SPACING_M, theme.SPACING_M
        )
        layout.setSpacing(theme.SPACING_M)
        left = QtWidgets.QVBoxLayout()
        left.setSpacing(theme.SPACING_S)
        self.picture = Picture(card.picture, 88)
        self.picture.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        left.addWidget(self.picture, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        self.speaker_button = SpeakerButton(speaker, card.title, card.title)
        left.addWidget(self.speaker_button, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        left.addStretch(1)
        layout.addLayout(left)
        text = QtWidgets.QVBoxLayout()
        text.setSpacing(theme.SPACING_S)
        self.title = label(card.title, wrap=True, name="candidateCardTitle")
        self.title.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.title.setAlignment(
            QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop
        )
        text.addWidget(self.title, 1)
        self.stars = Stars(card.stars)
        self.stars.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text.addWidget(self.stars)
        self.working = label(role="small", wrap=True, name="candidateWorking")
        self.working.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text.addWidget(self.working)
        layout.addLayout(text, 1)
        if card.stars == STARS:
            self.working.setText(self.tr("Dit kan je al!"))
        elif card.mastered:
            self.working.setText(self.tr("{n} dingen kan je al").format(n=card.mastered))
        else:
            self.working.setText(self.tr("Hier werk je nog aan"))
        self.setAccessibleName(
            self.tr("{title}. {stars} van de {all} sterren. Tik om te openen").format(
                title=card.title, stars=card.stars, all=STARS
            )
        )
        self.setToolTip(card.title)

    TITLE_SIZES = (22, 19, 17)
    _title_size = 0
    TITLE_ROOM = 212 - 2 * theme.SPACING_M - 30 - 28 - 2 * theme.SPACING_S  # minus stars, line

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The whole plain title in the largest size that fits; a very long one (a guide
        without short titles) ends in "…" at the smallest size, whole in the tooltip and the
        accessible name."""
        left = max(
            88,
            self.speaker_button.sizeHint().width() if self.speaker_button.isVisibleTo(self) else 0,
        )
        width = max(80, self.width() - left - 3 * theme.SPACING_M - 4)
        flags = int(QtCore.Qt.TextFlag.TextWordWrap)
        font = QtGui.QFont(self.title.font())
        for size in self.TITLE_SIZES:
            font.setPixelSize(size)
            metrics = QtGui.QFontMetrics(font)
            rect = metrics.boundingRect(0, 0, width, 10_000, flags, self.card.title)
            if rect.height() <= self.TITLE_ROOM:
                break
        text = self.card.title
        words = text.split()
        while (
            len(words) > 1
            and metrics.boundingRect(0, 0, width, 10_000, flags, text).height() > self.TITLE_ROOM
        ):
            words.pop()
            text = " ".join(words) + " …"
        if self._title_size != font.pixelSize():  # a style sheet per resize is costly
            self._title_size = font.pixelSize()
            self.title.setStyleSheet(f"font-size: {font.pixelSize()}px; font-weight: 700;")
        if self.title.text() != text:
            self.title.setText(text)

    def keyPressEvent(self, event) -> None:
        if is_enter(event.key()) and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)


class BehaviourRowView(QtWidgets.QFrame):
    """One behaviour: picture, text, speaker, and the check (trainer) or *Dit kan ik*."""

    self_view_tapped = QtCore.Signal(str, bool)  # behaviour id, can_do

    def __init__(self, behaviour, text: str, speaker, active: bool, parent=None):
        super().__init__(parent)
        self.behaviour = behaviour
        self.setObjectName("candidateBehaviour")
        self.setProperty("role", "card")
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(
            theme.SPACING_M, theme.SPACING_S, theme.SPACING_M, theme.SPACING_S
        )
        layout.setSpacing(theme.SPACING_M)
        if behaviour.picture:
            layout.addWidget(
                Picture(behaviour.picture, 56), 0, QtCore.Qt.AlignmentFlag.AlignVCenter
            )
        else:
            spacer = QtWidgets.QWidget()
            spacer.setFixedSize(56, 56)
            layout.addWidget(spacer)
        self.text = label(text, wrap=True, name="candidateBehaviourText")
        layout.addWidget(self.text, 1)
        self.speaker_button = SpeakerButton(speaker, text, text)
        layout.addWidget(self.speaker_button, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        self.self_view_button = None
        if behaviour.mastered:
            self.check = QtWidgets.QLabel()
            self.check.setObjectName("candidateCheck")
            self.check.setPixmap(picture_pixmap(CHECK, 56, 2.0))
            self.check.setFixedSize(SELF_VIEW_WIDTH, TOUCH)
            self.check.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            self.check.setAccessibleName(self.tr("Dit kan je al"))
            self.check.setToolTip(self.tr("Dit kan je al"))
            layout.addWidget(self.check, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        else:
            button = BigButton(self.tr("Dit kan ik"), THUMB, name="selfViewButton")
            button.setProperty("keepAccessibleName", True)
            button.setCheckable(True)
            button.setFixedWidth(SELF_VIEW_WIDTH)
            button.setEnabled(active)
            button.setAccessibleName(self.tr("Dit kan ik: {text}").format(text=text))
            button.clicked.connect(
                lambda checked: self.self_view_tapped.emit(self.behaviour.id, checked)
            )
            self.self_view_button = button
            layout.addWidget(button, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
            self.set_self_view(behaviour)

    def set_self_view(self, behaviour) -> None:
        """Show whether the candidate said "Dit kan ik" (pressed, teal) or not."""
        self.behaviour = behaviour
        button = self.self_view_button
        if button is None:
            return
        button.setChecked(behaviour.self_view)
        set_state(button, "role", "primary" if behaviour.self_view else "")
        button.setAccessibleDescription(
            self.tr("Aangezet. Tik nog eens om het terug te nemen.") if behaviour.self_view else ""
        )


class CandidateViewScreen(Screen):
    """The full-screen candidate view of one trajectory (its own window; see the module)."""

    left = QtCore.Signal()  # the trainer held the corner: back to the trainer's screens

    def __init__(
        self, desk: Desk, events: DeskEvents, trajectory_id: str, speaker=None, parent=None
    ):
        super().__init__(desk, events, parent)
        self.setObjectName("candidateView")
        self.setWindowFlags(
            QtCore.Qt.WindowType.Window
            | QtCore.Qt.WindowType.FramelessWindowHint
            | QtCore.Qt.WindowType.WindowStaysOnTopHint
        )
        self.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.trajectory_id = trajectory_id
        self.speaker = speaker
        self.view = None
        self.code: str | None = None  # the work process opened, or None for all cards
        self._leaving = False
        self._filtering = False
        self.cards: list[WorkProcessCardButton] = []
        self._built_columns = 0
        self.rows: list[BehaviourRowView] = []
        self._build()
        self.retranslate()

    # Build --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(
            f"#candidateView {{ background: {theme.colour('background')}; }}"
            f"#candidateGreeting {{ font-size: {theme.TITLE + 4}px; font-weight: 700; }}"
            f"#candidateCardTitle, #candidateDetailTitle {{ font-size: 22px; font-weight: 700; }}"
            f"#candidateBehaviourText {{ font-size: 20px; }}"
            f"#candidateWorking {{ font-size: 18px; color: {theme.colour('text_muted')}; }}"
            f"#candidateCard {{ background: {theme.colour('surface')}; text-align: left;"
            f" border: 2px solid {theme.colour('border')}; border-radius: {theme.RADIUS}px; }}"
            f"#candidateCard:focus {{ border: 3px solid {theme.colour('focus')}; }}"
            f"#candidateExit {{ font-size: 16px; }}"
            f"#candidateView QPushButton {{ min-height: {TOUCH}px; min-width: {TOUCH}px; }}"
            f"#candidateView QPushButton#candidateCard {{ min-height: 200px; }}"
        )
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(theme.SPACING_L, theme.SPACING_M, theme.SPACING_L, theme.SPACING_M)
        outer.setSpacing(theme.SPACING_M)
        top = QtWidgets.QHBoxLayout()
        top.setSpacing(theme.SPACING_M)
        self.greeting = label(name="candidateGreeting", wrap=True)
        top.addWidget(self.greeting, 1)
        self.card_button = BigButton("", PRINTER, name="candidateCardPdfButton")
        top.addWidget(self.card_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self.exit_corner = ExitCorner()
        top.addWidget(self.exit_corner, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.pages = QtWidgets.QStackedWidget()
        outer.addWidget(self.pages, 1)
        # All cards
        self.grid_host = QtWidgets.QWidget()
        self.grid = QtWidgets.QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(theme.SPACING_M)
        self.cards_scroll = scroll_area(self.grid_host, "candidateCardsScroll")
        self.pages.addWidget(self.cards_scroll)
        # One work process
        detail = QtWidgets.QWidget()
        detail_layout = QtWidgets.QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.setSpacing(theme.SPACING_M)
        head = QtWidgets.QHBoxLayout()
        head.setSpacing(theme.SPACING_M)
        self.back_button = BigButton("", BACK, name="candidateBackButton")
        self.back_button.setProperty("keepAccessibleName", True)
        head.addWidget(self.back_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self.detail_picture_slot = QtWidgets.QHBoxLayout()
        head.addLayout(self.detail_picture_slot)
        title_box = QtWidgets.QVBoxLayout()
        self.detail_title = label(name="candidateDetailTitle", wrap=True)
        title_box.addWidget(self.detail_title)
        self.detail_stars_slot = QtWidgets.QHBoxLayout()
        title_box.addLayout(self.detail_stars_slot)
        head.addLayout(title_box, 1)
        self.detail_speaker_slot = QtWidgets.QHBoxLayout()
        head.addLayout(self.detail_speaker_slot)
        detail_layout.addLayout(head)
        rows_host = QtWidgets.QWidget()
        self.rows_layout = QtWidgets.QVBoxLayout(rows_host)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(theme.SPACING_S)
        self.rows_scroll = scroll_area(rows_host, "candidateRowsScroll")
        detail_layout.addWidget(self.rows_scroll, 1)
        self.pages.addWidget(detail)
        self._detail_widgets: list[QtWidgets.QWidget] = []

        self.back_button.clicked.connect(self.show_cards)
        self.card_button.clicked.connect(self._on_card_pdf_clicked)
        self.exit_corner.held.connect(self.leave)

    def retranslate(self) -> None:
        self.card_button.setText(self.tr("Wat ik al kan"))
        self.card_button.setAccessibleName(self.tr("Wat ik al kan: afdrukken of opslaan"))
        self.back_button.setText(self.tr("Terug"))
        self.back_button.setAccessibleName(self.tr("Terug naar alle werkprocessen"))
        self.exit_corner.setText(self.tr("Begeleider"))
        self.exit_corner.setAccessibleName(
            self.tr("Terug naar de begeleider: twee seconden vasthouden")
        )
        self.exit_corner.setToolTip(self.tr("Voor de begeleider: twee seconden vasthouden"))
        self.mark_stale()

    def is_relevant(self, changes) -> bool:
        return (not changes.trajectory_ids or self.trajectory_id in changes.trajectory_ids) and (
            changes.marks or changes.self_views or changes.trajectories or changes.people
        )

    # Data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        try:
            self.view = self.desk.candidate_view.view(self.trajectory_id)
        except NotFound:  # erased meanwhile on another device: back to the trainer
            QtCore.QTimer.singleShot(0, self.leave)
            return
        self.greeting.setText(self.tr("Hallo {name}!").format(name=self.view.first_name))
        self.setWindowTitle(self.tr("Kandidaatscherm"))
        if self.cards and [c.card for c in self.cards] == list(self.view.cards):
            pass  # nothing on the cards changed (a "Dit kan ik" shows in the rows only)
        else:
            self._fill_cards()
        if self.code is not None:
            self._fill_detail()

    def _columns(self) -> int:
        return 3 if self.width() >= 1260 else 2

    def _fill_cards(self) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        columns = self._built_columns = self._columns()
        for i, card in enumerate(self.view.cards):
            button = WorkProcessCardButton(card, self.speaker)
            button.clicked.connect(lambda _=False, code=card.code: self.open_work_process(code))
            self.grid.addWidget(button, i // columns, i % columns)
            button.show()  # at once, not on the layout's queued show: tests and the tour see it
            self.cards.append(button)
        self.grid.setRowStretch(len(self.view.cards) // columns + 1, 1)

    def open_work_process(self, code: str) -> None:
        self.code = code
        self._fill_detail()
        self.pages.setCurrentIndex(1)
        self.back_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def show_cards(self) -> None:
        opened, self.code = self.code, None
        self.pages.setCurrentIndex(0)
        for card in self.cards:
            if card.card.code == opened:
                card.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _fill_detail(self) -> None:
        card = next((c for c in self.view.cards if c.code == self.code), None)
        if card is None:
            self.show_cards()
            return
        if [r.behaviour.id for r in self.rows] == [b.id for b in card.behaviours] and [
            r.behaviour.mastered for r in self.rows
        ] == [b.mastered for b in card.behaviours]:
            # The same rows: only "Dit kan ik" changed. Update in place, so the focus and the
            # scroll position stay where the candidate is.
            for row, behaviour in zip(self.rows, card.behaviours, strict=True):
                row.set_self_view(behaviour)
            return
        for widget in self._detail_widgets + self.rows:
            widget.setParent(None)
            widget.deleteLater()
        self._detail_widgets, self.rows = [], []
        picture = Picture(card.picture, 88)
        stars = Stars(card.stars, 34)
        speaker = SpeakerButton(self.speaker, card.title, card.title)
        self.detail_picture_slot.addWidget(picture)
        self.detail_stars_slot.addWidget(stars, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        self.detail_speaker_slot.addWidget(speaker, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self._detail_widgets = [picture, stars, speaker]
        picture.show()
        stars.show()
        self.detail_title.setText(card.title)
        for behaviour in card.behaviours:
            row = BehaviourRowView(
                behaviour, candidate_text(behaviour.text), self.speaker, self.view.active
            )
            row.self_view_tapped.connect(self._on_self_view_tapped)
            self.rows_layout.addWidget(row)
            row.show()
            self.rows.append(row)

    # Slots --------------------------------------------------------------------------------
    def _on_self_view_tapped(self, behaviour_id: str, can_do: bool) -> None:
        run_op(
            self,
            self.desk.candidate_view.record_self_view,
            self.trajectory_id,
            behaviour_id,
            can_do,
        )
        self.refresh()

    def _on_card_pdf_clicked(self) -> None:
        from praktijkdesk.ui.printing import PdfDialog, render_in_background

        result = run_op(self, self.desk.candidate_view.card_renderer, self.trajectory_id)
        if not result.ok:
            return
        name = self.view.name if self.view else ""
        dialog = PdfDialog(
            self,
            title=self.tr("Wat ik al kan"),
            file_name=f"Wat ik al kan {name}.pdf",
            data_dir=self.desk.data_dir,
            name="candidateCardDialog",
        )
        # Opening another program would leave this screen: print and save only.
        dialog.open_button.hide()
        dialog.printer_note.setText(self.tr("Er is geen printer. Sla je kaart op als PDF."))
        render_in_background(dialog, result.value)
        dialog.exec()

    # Entering and leaving -----------------------------------------------------------------
    def enter(self) -> None:
        """Full screen, on top, and the filter that keeps the trainer's screens out of reach."""
        QtWidgets.QApplication.instance().installEventFilter(self)
        self._filtering = True
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        # Keyboard users start on the first card, inside this window.
        target = self.cards[0] if self.cards else self
        target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        self._leaving = True
        if self._filtering:
            QtWidgets.QApplication.instance().removeEventFilter(self)
            self._filtering = False
        self.close()
        self.left.emit()

    def closeEvent(self, event) -> None:
        if not self._leaving:  # Alt+F4, the window manager, a task switcher: stays
            event.ignore()
            return
        if self._filtering:
            QtWidgets.QApplication.instance().removeEventFilter(self)
            self._filtering = False
        super().closeEvent(event)

    def belongs(self, obj) -> bool:
        """Whether ``obj`` is this view or lives in it (its dialogs included)."""
        while obj is not None:
            if obj is self:
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in _INPUT_EVENTS:
            return False
        if not self.belongs(obj):
            # The trainer's window and its shortcuts: nothing reaches them while this shows.
            # (QWindow objects carry the same input for their widgets: let those through so
            # Qt can hand them on to our own widgets.)
            return not isinstance(obj, QtGui.QWindow)
        if kind in _KEY_EVENTS and isinstance(obj, QtWidgets.QWidget) and obj.window() is self:
            return not self._allowed_key(event)
        return False

    @staticmethod
    def _allowed_key(event) -> bool:
        modifiers = (
            event.modifiers()
            & ~QtCore.Qt.KeyboardModifier.KeypadModifier
            & ~QtCore.Qt.KeyboardModifier.ShiftModifier
        )
        if modifiers != QtCore.Qt.KeyboardModifier.NoModifier:
            return False  # Ctrl+Z, Alt+F4, Ctrl+Q, …
        try:
            name = QtCore.Qt.Key(event.key()).name
        except ValueError:
            return False
        return name in _ALLOWED_KEYS

    def keyPressEvent(self, event) -> None:
        event.accept()  # never to a parent; Escape does nothing here

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.view is not None and self._built_columns != self._columns():
            self._fill_cards()
