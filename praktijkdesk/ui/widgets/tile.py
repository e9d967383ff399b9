"""Large tappable tiles, painted with vectors: candidates, people, work processes, "+ Nieuw".

A tile is a QAbstractButton, so Tab, Space, Enter and screen readers treat it as a button;
the arrow keys move between tiles.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.formatting import day_date
from praktijkdesk.ui.widgets.buttons import is_enter
from praktijkdesk.ui.widgets.painting import draw_avatar, draw_focus, draw_ring, elided

Align = QtCore.Qt.AlignmentFlag


class Tile(QtWidgets.QAbstractButton):
    def __init__(
        self, parent=None, *, size: tuple[int, int] = (theme.TILE_WIDTH, theme.TILE_HEIGHT)
    ):
        super().__init__(parent)
        self._size = QtCore.QSize(*size)
        self.setMinimumSize(max(size[0] * 3 // 4, theme.TOUCH_MIN), size[1])
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QtCore.QSize:
        return self._size

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if is_enter(key):
            self.animateClick()
        elif key in (QtCore.Qt.Key.Key_Right, QtCore.Qt.Key.Key_Down):
            self.focusNextChild()
        elif key in (QtCore.Qt.Key.Key_Left, QtCore.Qt.Key.Key_Up):
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)

    # Painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        rect = QtCore.QRectF(self.rect()).adjusted(2, 2, -2, -2)
        background = theme.colour("primary_soft" if self.isDown() else "surface")
        painter.setPen(QtGui.QPen(QtGui.QColor(theme.colour("border")), 1))
        painter.setBrush(QtGui.QColor(background))
        painter.drawRoundedRect(rect, theme.RADIUS, theme.RADIUS)
        painter.setFont(self.font())
        self.paint_content(
            painter,
            rect.adjusted(theme.SPACING_M, theme.SPACING_M, -theme.SPACING_M, -theme.SPACING_M),
        )
        if self.hasFocus():
            draw_focus(painter, rect, theme.RADIUS)
        painter.end()

    def paint_content(self, painter: QtGui.QPainter, rect: QtCore.QRectF) -> None:
        raise NotImplementedError

    def _font(self, scale: float = 1.0, bold: bool = False) -> QtGui.QFont:
        font = QtGui.QFont(self.font())
        font.setPixelSize(
            max(16, round(self.font().pixelSize() * scale))
            if self.font().pixelSize() > 0
            else round(theme.BODY * scale)
        )
        font.setBold(bold)
        return font

    def _text(
        self,
        painter,
        rect,
        text,
        *,
        colour="text",
        scale=1.0,
        bold=False,
        flags=Align.AlignLeft | Align.AlignVCenter,
    ) -> None:
        painter.setFont(self._font(scale, bold))
        painter.setPen(QtGui.QColor(theme.colour(colour)))
        painter.drawText(rect, flags, elided(painter, text, rect.width()))

    def _chip_width(self, painter, text: str) -> float:
        painter.setFont(self._font(0.89, True))
        return painter.fontMetrics().horizontalAdvance(text) + 24

    def _chip(self, painter, right: float, top: float, text: str, state: str) -> float:
        """A small rounded label, right-aligned at ``right``; returns its left edge."""
        painter.setFont(self._font(0.89, True))
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 24
        rect = QtCore.QRectF(right - width, top, width, metrics.height() + 8)
        fg, bg = {
            "mastered": ("mastered", "mastered_soft"),
            "ready": ("practising", "practising_soft"),
            "example": ("not_yet", "not_yet_soft"),
            "attention": ("attention", "attention_soft"),
        }[state]
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor(theme.colour(bg)))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(QtGui.QColor(theme.colour(fg)))
        painter.drawText(rect, Align.AlignCenter, text)
        return rect.left()


class CandidateTile(Tile):
    """A candidate's trajectory: avatar, name, employer, guide and a progress ring."""

    def __init__(self, summary, attention=None, parent=None):
        super().__init__(parent, size=(theme.TILE_WIDTH, theme.TILE_HEIGHT))
        self.setObjectName("candidateTile")
        self.summary = summary
        self.attention = attention  # domain.attention.Attention, or None
        self.trajectory_id = summary.id
        self.retranslate()

    def retranslate(self) -> None:
        s = self.summary
        p = s.progress
        self._progress_text = self.tr("{done} van {total} afgerond").format(
            done=p.concluded_count, total=p.chosen_count
        )
        if p.ready_for_declaration:
            self._ready_text = self.tr("Klaar voor verklaring")
        elif p.ready_on_example:
            self._ready_text = self.tr("Voorbeeld-leerlijst: geen echte verklaring")
        elif p.fully_declared:
            self._ready_text = self.tr("Verklaring gemaakt op {date}").format(
                date=day_date(p.declared_on)
            )
        else:
            self._ready_text = ""
        self._closed_text = self.tr("Afgesloten") if s.status.value == "closed" else ""
        self._attention_text, self._last_text = "", ""
        a = self.attention
        if a is not None:
            from praktijkdesk.domain.attention import ago

            today = QtCore.QDate.currentDate().toPython()
            self._last_text = (
                self.tr("laatst: {when}").format(when=ago(a.last_mark_at, today))
                if a.last_mark_at
                else self.tr("nog niets afgevinkt")
            )
            reasons = [r for r in a.reasons() if r != "Klaar voor verklaring"]
            self._attention_text = reasons[0] if reasons else ""
        self.setAccessibleName(
            self.tr("{name}, {employer}").format(name=s.candidate_name, employer=s.employer_name)
        )
        extra = ". ".join(t for t in (self._last_text, *(a.reasons() if a else [])) if t)
        self.setAccessibleDescription(
            f"{s.guide_title}. {self._progress_text}. {self._ready_text}. {extra}".strip(". ")
        )
        # Long names are cut short on the tile (…): the whole text is in the tooltip.
        self.setToolTip(f"{s.candidate_name}\n{s.employer_name}\n{s.guide_title}")
        self.update()

    def paint_content(self, painter, rect) -> None:
        s = self.summary
        avatar = QtCore.QRectF(rect.left(), rect.top() + 4, 56, 56)
        draw_avatar(painter, avatar, s.candidate_name, s.candidate_id)
        ring_size = 64.0
        ring = QtCore.QRectF(rect.right() - ring_size, rect.top(), ring_size, ring_size)
        fraction = s.progress.fraction
        draw_ring(
            painter, ring, fraction, f"{round(fraction * 100)}%", width=7, done=s.progress.complete
        )
        text_left = avatar.right() + theme.SPACING_M
        text_width = ring.left() - theme.SPACING_S - text_left
        self._text(
            painter,
            QtCore.QRectF(text_left, rect.top() + 2, text_width, 30),
            s.candidate_name,
            bold=True,
        )
        self._text(
            painter,
            QtCore.QRectF(text_left, rect.top() + 32, text_width, 26),
            s.employer_name,
            colour="text_muted",
            scale=0.89,
        )
        self._text(
            painter,
            QtCore.QRectF(rect.left(), rect.top() + 68, rect.width(), 26),
            s.guide_title,
            colour="text_muted",
            scale=0.89,
        )
        progress = self._progress_text
        if self._last_text:
            progress += "  ·  " + self._last_text
        self._text(
            painter,
            QtCore.QRectF(rect.left(), rect.top() + 92, rect.width(), 26),
            progress,
            scale=0.89,
        )
        chip = self._closed_text or self._attention_text or self._ready_text
        if chip:
            width = self._chip_width(painter, chip)
            state = (
                "example"
                if self._closed_text
                else "attention"
                if self._attention_text
                else self._ready_state()
            )
            self._chip(
                painter, rect.left() + min(width, rect.width()), rect.bottom() - 28, chip, state
            )
            if self._attention_text and self._ready_text and not self._closed_text:
                second = self._chip_width(painter, self._ready_text)
                right = rect.left() + width + theme.SPACING_S + second
                if right <= rect.right():  # a second chip only when it fits whole
                    self._chip(
                        painter, right, rect.bottom() - 28, self._ready_text, self._ready_state()
                    )

    def _ready_state(self) -> str:
        p = self.summary.progress
        return (
            "ready" if p.ready_for_declaration else "example" if p.ready_on_example else "mastered"
        )


class PersonTile(Tile):
    def __init__(self, person, subtitle: str, parent=None):
        super().__init__(parent, size=theme.PERSON_TILE)
        self.setObjectName("personTile")
        self.person = person
        self.subtitle = subtitle
        self.setAccessibleName(person.name)
        self.setAccessibleDescription(subtitle)

    def paint_content(self, painter, rect) -> None:
        avatar = QtCore.QRectF(rect.left(), rect.center().y() - 32, 64, 64)
        draw_avatar(painter, avatar, self.person.name, self.person.id)
        left = avatar.right() + theme.SPACING_M
        width = rect.right() - left
        self._text(
            painter,
            QtCore.QRectF(left, rect.center().y() - 30, width, 30),
            self.person.name,
            bold=True,
        )
        self._text(
            painter,
            QtCore.QRectF(left, rect.center().y() + 2, width, 28),
            self.subtitle,
            colour="text_muted",
            scale=0.89,
        )


class AddTile(Tile):
    """The "+ Nieuw" tile."""

    def __init__(self, text: str, parent=None, *, size=theme.PERSON_TILE):
        super().__init__(parent, size=size)
        self.setObjectName("addTile")
        self.set_label(text)

    def set_label(self, text: str) -> None:
        self.label = text
        self.setAccessibleName(text)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        rect = QtCore.QRectF(self.rect()).adjusted(2, 2, -2, -2)
        pen = QtGui.QPen(QtGui.QColor(theme.colour("primary")), 2, QtCore.Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(
            QtGui.QColor(theme.colour("primary_soft" if self.isDown() else "surface_alt"))
        )
        painter.drawRoundedRect(rect, theme.RADIUS, theme.RADIUS)
        self._text(painter, rect, self.label, colour="primary", bold=True, flags=Align.AlignCenter)
        if self.hasFocus():
            draw_focus(painter, rect, theme.RADIUS)
        painter.end()


class WorkProcessCard(Tile):
    """One work process on the overview: code, title, progress bar, and its state."""

    def __init__(self, progress, parent=None, *, show_codes: bool = False):
        super().__init__(parent, size=(340, 164))
        self.setObjectName("workProcessCard")
        self.progress = progress
        # Plain words on the shop floor: the short title, without the code, unless "Codes tonen".
        self.show_codes = show_codes
        self.label = f"{progress.code}  {progress.title}" if show_codes else progress.plain_title
        self.code = progress.code
        self.conflicts = 0  # behaviours two devices set differently ("let op: verschil")
        self.retranslate()

    def set_conflicts(self, count: int) -> None:
        self.conflicts = count
        self.retranslate()

    def retranslate(self) -> None:
        p = self.progress
        self._conflict_text = (
            self.tr("Let op: verschil ({count})").format(count=self.conflicts)
            if self.conflicts
            else ""
        )
        self._count_text = self.tr("{done} van {total} gedragsvoorbeelden").format(
            done=p.mastered, total=p.total
        )
        if p.concluded:
            self._state = ("mastered", self.tr("Beheerst ✓"))
        elif p.ready_for_conclusion:
            self._state = ("ready", self.tr("Klaar om af te ronden"))
        else:
            self._state = None
        self.setAccessibleName(self.label)
        self.setToolTip(f"{p.code}  {p.title}")  # the details: the school's code and title
        self.setAccessibleDescription(
            self._count_text
            + (f". {self._state[1]}" if self._state else "")
            + (f". {self._conflict_text}" if self._conflict_text else "")
        )
        self.update()

    def paint_content(self, painter, rect) -> None:
        p = self.progress
        if p.concluded:  # a green band on the left: concluded at a glance
            painter.save()
            painter.setPen(QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(QtGui.QColor(theme.colour("mastered")))
            band = QtCore.QRectF(
                rect.left() - theme.SPACING_M + 1,
                rect.top() - theme.SPACING_M + 12,
                6,
                rect.height() + 2 * theme.SPACING_M - 24,
            )
            painter.drawRoundedRect(band, 3, 3)
            painter.restore()
        right = rect.right()
        if self._state:
            right = self._chip(painter, right, rect.top(), self._state[1], self._state[0]) - 8
        if self._conflict_text:
            right = self._chip(painter, right, rect.top(), self._conflict_text, "attention") - 8
        if self.show_codes:
            self._text(
                painter,
                QtCore.QRectF(rect.left(), rect.top(), right - rect.left(), 30),
                p.code,
                colour="text_muted",
                scale=0.89,
                bold=True,
            )
        painter.setFont(self._font(1.0, True))
        painter.setPen(QtGui.QColor(theme.colour("text")))
        # Without the code line the title starts at the top, beside a chip when one sits
        # there, so every title in a row of tiles starts at the same height.
        top = 32 if self.show_codes else 0
        width = rect.width() if self.show_codes else right - rect.left()
        title_rect = QtCore.QRectF(rect.left(), rect.top() + top, width, rect.height() - 44 - top)
        painter.drawText(
            title_rect,
            Align.AlignLeft | Align.AlignTop | QtCore.Qt.TextFlag.TextWordWrap,
            p.title if self.show_codes else p.plain_title,
        )
        bar = QtCore.QRectF(rect.left(), rect.bottom() - 40, rect.width(), 12)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor(theme.colour("not_yet_soft")))
        painter.drawRoundedRect(bar, 6, 6)
        if p.total and p.mastered:
            filled = QtCore.QRectF(
                bar.left(), bar.top(), bar.width() * p.mastered / p.total, bar.height()
            )
            painter.setBrush(QtGui.QColor(theme.colour("mastered")))
            painter.drawRoundedRect(filled, 6, 6)
        self._text(
            painter,
            QtCore.QRectF(rect.left(), rect.bottom() - 24, rect.width(), 26),
            self._count_text,
            colour="text_muted",
            scale=0.89,
        )


class TileGrid(QtWidgets.QWidget):
    """Tiles in as many columns as fit; reflows when the window is resized."""

    def __init__(self, min_width: int = theme.TILE_WIDTH, parent=None):
        super().__init__(parent)
        self.min_width = min_width
        self._tiles: list[QtWidgets.QWidget] = []
        self._columns = 0
        self._grid = QtWidgets.QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(theme.SPACING_M)

    def tiles(self) -> list[QtWidgets.QWidget]:
        return list(self._tiles)

    def set_tiles(self, tiles: list[QtWidgets.QWidget]) -> None:
        for tile in self._tiles:
            self._grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self._tiles = list(tiles)
        self._columns = 0
        self._reflow()

    def _reflow(self) -> None:
        width = max(self.width(), self.min_width)
        columns = max(1, (width + theme.SPACING_M) // (self.min_width + theme.SPACING_M))
        if columns == self._columns and all(t.parent() is self for t in self._tiles):
            return
        self._columns = columns
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for i, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, i // columns, i % columns)
            tile.show()
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        for a, b in zip(self._tiles, self._tiles[1:], strict=False):
            QtWidgets.QWidget.setTabOrder(a, b)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()
