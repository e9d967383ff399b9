"""The start screen: candidates as large tiles, search as you type, and two filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.names import MAX_SEARCH
from praktijkdesk.domain.people import Role
from praktijkdesk.domain.trajectory import TrajectoryStatus
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import combo
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.screens.base import Screen, page_margins, scroll_area
from praktijkdesk.ui.widgets.buttons import TouchButton, label, set_state
from praktijkdesk.ui.widgets.tile import CandidateTile, TileGrid

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.events import DeskEvents

PAGE = 60  # tiles shown at once; "Meer tonen" adds the next page
SEARCH_DELAY_MS = 150


class CandidatesScreen(Screen):
    trajectory_opened = QtCore.Signal(str)
    new_candidate_requested = QtCore.Signal()
    exchange_requested = QtCore.Signal()  # "Gegevens uitwisselen" (issue #20)
    employer_report_requested = QtCore.Signal(str)  # an employer's voortgangsoverzicht

    def __init__(self, desk: Desk, events: DeskEvents, parent=None):
        super().__init__(desk, events, parent)
        self._limit = PAGE
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        page_margins(layout)
        layout.setSpacing(theme.SPACING_M)
        top = QtWidgets.QHBoxLayout()
        self.title = label(role="title", name="candidatesTitle")
        self.count = label(role="muted", name="candidatesCount")
        self.new_button = TouchButton(role="primary", big=True, name="newCandidateButton")
        top.addWidget(self.title)
        top.addSpacing(theme.SPACING_M)
        top.addWidget(self.count, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.exchange_button = TouchButton(big=True, name="exchangeButton")
        top.addWidget(self.exchange_button)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        filters = QtWidgets.QHBoxLayout()
        filters.setSpacing(theme.SPACING_M)
        self.search = QtWidgets.QLineEdit()
        self.search.setObjectName("candidateSearch")
        self.search.setMaxLength(MAX_SEARCH)  # a pasted page never reaches the search
        self.search.setMinimumHeight(theme.BUTTON_HEIGHT)
        self.clear_search = TouchButton("✕", big=True, name="clearSearchButton")
        self.clear_search.setProperty("keepAccessibleName", True)
        self.clear_search.setFixedWidth(theme.BUTTON_HEIGHT)
        self.clear_search.hide()
        self.employer_filter = combo("employerFilter")
        self.employer_filter.setMinimumHeight(theme.BUTTON_HEIGHT)
        self.ready_filter = TouchButton(big=True, name="readyFilter")
        self.ready_filter.setCheckable(True)
        self.closed_filter = TouchButton(big=True, name="closedFilter")
        self.closed_filter.setCheckable(True)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.clear_search)
        filters.addWidget(self.employer_filter, 3)
        filters.addWidget(self.ready_filter)
        filters.addWidget(self.closed_filter)
        layout.addLayout(filters)

        # The jobcoach's home (issue #20): own clients by default, who needs attention.
        self.coach_row = QtWidgets.QWidget()
        self.coach_row.setObjectName("coachRow")
        coach = QtWidgets.QHBoxLayout(self.coach_row)
        coach.setContentsMargins(0, 0, 0, 0)
        coach.setSpacing(theme.SPACING_M)
        self.attention_filter = TouchButton(big=True, name="attentionFilter")
        self.attention_filter.setCheckable(True)
        self.all_filter = TouchButton(big=True, name="allCandidatesFilter")
        self.all_filter.setCheckable(True)
        self.attention_count = label(role="muted", wrap=True, name="attentionCount")
        coach.addWidget(self.attention_filter)
        coach.addWidget(self.all_filter)
        coach.addWidget(self.attention_count, 1)
        self.coach_row.hide()
        layout.addWidget(self.coach_row)

        content = QtWidgets.QWidget()
        inner = QtWidgets.QVBoxLayout(content)
        inner.setContentsMargins(0, theme.SPACING_S, 0, theme.SPACING_S)
        inner.setSpacing(theme.SPACING_M)
        self.grid = TileGrid(theme.TILE_WIDTH)
        inner.addWidget(self.grid)
        self.groups_box = QtWidgets.QVBoxLayout()
        self.groups_box.setSpacing(theme.SPACING_M)
        inner.addLayout(self.groups_box)
        self.groups: list[tuple[str, QtWidgets.QWidget, TileGrid, TouchButton]] = []
        self.more_button = TouchButton(big=True, name="moreButton")
        inner.addWidget(self.more_button, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        self.empty = QtWidgets.QFrame()
        self.empty.setObjectName("emptyState")
        empty_layout = QtWidgets.QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(
            theme.SPACING_XL, theme.SPACING_L, theme.SPACING_XL, theme.SPACING_L
        )
        empty_layout.setSpacing(theme.SPACING_M)
        self.empty_title = label(role="heading", wrap=True)
        self.empty_text = label(role="muted", wrap=True)
        self.demo_button = TouchButton(role="primary", big=True, name="loadDemoButton")
        self.empty_new_button = TouchButton(big=True, name="emptyNewCandidateButton")
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.empty_new_button)
        buttons.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(buttons)
        inner.addWidget(self.empty)
        inner.addStretch(1)
        self.scroll = scroll_area(content, "candidatesScroll")
        layout.addWidget(self.scroll, 1)

        self._search_timer = QtCore.QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.clear_search.clicked.connect(self._on_clear_search_clicked)
        self._search_timer.timeout.connect(self._on_filters_changed)
        self.employer_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.ready_filter.toggled.connect(self._on_filters_changed)
        self.closed_filter.toggled.connect(self._on_filters_changed)
        self.attention_filter.toggled.connect(self._on_filters_changed)
        self.all_filter.toggled.connect(self._on_filters_changed)
        self.events.person_changed.connect(lambda _p: self.mark_stale())
        self.new_button.clicked.connect(self.new_candidate_requested)
        self.exchange_button.clicked.connect(self.exchange_requested)
        self.empty_new_button.clicked.connect(self.new_candidate_requested)
        self.demo_button.clicked.connect(self._on_demo_clicked)
        self.more_button.clicked.connect(self._on_more_clicked)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kandidaten"))
        self.new_button.setText(self.tr("+ Nieuwe kandidaat"))
        self.exchange_button.setText(self.tr("Gegevens uitwisselen"))
        self.search.setPlaceholderText(self.tr("Zoek op naam"))
        self.search.setAccessibleName(self.tr("Zoek een kandidaat op naam"))
        self.clear_search.setAccessibleName(self.tr("Zoekveld leegmaken"))
        self.employer_filter.setAccessibleName(self.tr("Leerbedrijf kiezen"))
        if self.employer_filter.count():
            self.employer_filter.setItemText(0, self.tr("Alle leerbedrijven"))
        self.ready_filter.setText(self.tr("Klaar voor verklaring"))
        self.closed_filter.setText(self.tr("Ook afgesloten"))
        self.attention_filter.setText(self.tr("Aandacht nodig"))
        self.all_filter.setText(self.tr("Ook van andere jobcoaches"))
        self.more_button.setText(self.tr("Meer tonen"))
        self.demo_button.setText(self.tr("Voorbeeldgegevens laden"))
        self.empty_new_button.setText(self.tr("+ Nieuwe kandidaat"))
        self.mark_stale()

    def is_relevant(self, changes) -> bool:
        return changes.marks or changes.trajectories or changes.people

    # Data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        self._fill_employers()
        employer_id = self.employer_filter.currentData()
        search = self.search.text().strip() or None
        status = None if self.closed_filter.isChecked() else TrajectoryStatus.ACTIVE
        ready = self.ready_filter.isChecked()
        person = self.events.person
        coach = person is not None and person.role is Role.JOBCOACH
        self.coach_row.setVisible(coach)
        narrowed = coach and (not self.all_filter.isChecked() or self.attention_filter.isChecked())
        summaries = self.desk.trajectories.summaries(
            search=search,
            employer_id=employer_id,
            status=status,
            ready_only=ready,
            limit=None if (ready or narrowed) else self._limit + 1,
        )
        if coach and not self.all_filter.isChecked():
            mine = self.desk.attention.jobcoach_trajectories(person.id)
            summaries = [s for s in summaries if s.id in mine]
        attention = self.desk.attention.for_summaries(summaries)
        if coach:
            needed = sum(1 for s in summaries if attention[s.id].needed)
            self.attention_count.setText(
                self.tr("{n} van {total} vragen aandacht").format(n=needed, total=len(summaries))
            )
            if self.attention_filter.isChecked():
                summaries = [s for s in summaries if attention[s.id].needed]
        set_state(
            self.attention_filter, "role", "primary" if self.attention_filter.isChecked() else None
        )
        more = len(summaries) > self._limit
        summaries = summaries[: self._limit]
        tiles = []
        for summary in summaries:
            tile = CandidateTile(summary, attention.get(summary.id))
            tile.clicked.connect(lambda _=False, tid=summary.id: self.trajectory_opened.emit(tid))
            tiles.append(tile)
        if coach:
            self.grid.set_tiles([])
            self.grid.hide()
            self._set_groups(tiles)
        else:
            self._set_groups([])
            self.grid.show()
            self.grid.set_tiles(tiles)
        self.more_button.setVisible(more)
        filtered = bool(search or employer_id or ready or self.attention_filter.isChecked())
        if filtered:
            self.count.setText(self.tr("{count} gevonden").format(count=len(summaries)))
        else:
            self.count.setText(
                self.tr("{count} actief").format(count=len(summaries)) if not more else ""
            )
        nothing_at_all = not tiles and not filtered and not self.desk.trajectories.candidates()
        self.empty.setVisible(not tiles)
        self.demo_button.setVisible(nothing_at_all)
        self.empty_new_button.setVisible(nothing_at_all)
        if nothing_at_all:
            self.empty_title.setText(self.tr("Nog geen kandidaten"))
            self.empty_text.setText(
                self.tr(
                    "Voeg uw eerste kandidaat toe. Of laad voorbeeldgegevens om eerst rustig rond "
                    "te kijken; u kunt ze later gewoon laten staan of een nieuwe map beginnen."
                )
            )
        else:
            self.empty_title.setText(self.tr("Niemand gevonden"))
            self.empty_text.setText(
                self.tr("Probeer een ander deel van de naam, of zet een filter uit.")
            )
        set_state(self.ready_filter, "role", "primary" if ready else None)

    def _fill_employers(self) -> None:
        current = self.employer_filter.currentData()
        employers = self.desk.people.employers()
        wanted = [(None, self.tr("Alle leerbedrijven"))] + [(e.id, e.name) for e in employers]
        existing = [
            (self.employer_filter.itemData(i), self.employer_filter.itemText(i))
            for i in range(self.employer_filter.count())
        ]
        if existing == wanted:
            return
        self.employer_filter.blockSignals(True)
        self.employer_filter.clear()
        for employer_id, name in wanted:
            self.employer_filter.addItem(name, employer_id)
        index = self.employer_filter.findData(current)
        self.employer_filter.setCurrentIndex(max(0, index))
        self.employer_filter.blockSignals(False)

    def _set_groups(self, tiles: list[CandidateTile]) -> None:
        """The jobcoach's view: per employer a heading, a tap to its progress report for the
        visit, and its candidates' tiles."""
        for _employer, frame, grid, _button in self.groups:
            grid.set_tiles([])
            self.groups_box.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        self.groups = []
        by_employer: dict[str, list[CandidateTile]] = {}
        for tile in tiles:
            by_employer.setdefault(tile.summary.employer_id, []).append(tile)
        for employer_id, group in sorted(
            by_employer.items(), key=lambda kv: kv[1][0].summary.employer_name.casefold()
        ):
            name = group[0].summary.employer_name
            frame = QtWidgets.QWidget()
            frame.setObjectName("employerGroup")
            box = QtWidgets.QVBoxLayout(frame)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(theme.SPACING_S)
            head = QtWidgets.QHBoxLayout()
            heading = label(name, role="heading", wrap=True, name="employerGroupHeading")
            button = TouchButton(self.tr("Voortgangsoverzicht"), name="employerReportButton")
            button.setAccessibleName(
                self.tr("Voortgangsoverzicht van {employer}").format(employer=name)
            )
            button.clicked.connect(
                lambda _=False, e=employer_id: self.employer_report_requested.emit(e)
            )
            head.addWidget(heading, 1)
            head.addWidget(button)
            box.addLayout(head)
            grid = TileGrid(theme.TILE_WIDTH)
            box.addWidget(grid)
            grid.set_tiles(group)
            self.groups_box.addWidget(frame)
            self.groups.append((employer_id, frame, grid, button))

    def tiles(self) -> list[CandidateTile]:
        tiles = [t for t in self.grid.tiles() if isinstance(t, CandidateTile)]
        for _employer, _frame, grid, _button in self.groups:
            tiles += [t for t in grid.tiles() if isinstance(t, CandidateTile)]
        return tiles

    # Slots --------------------------------------------------------------------------------
    def _on_search_text_changed(self, text: str) -> None:
        self.clear_search.setVisible(bool(text))
        self._search_timer.start()

    def _on_clear_search_clicked(self) -> None:
        self.search.clear()
        self.search.setFocus()

    def _on_filters_changed(self, *_args) -> None:
        self._limit = PAGE
        self.refresh()

    def _on_more_clicked(self) -> None:
        self._limit += PAGE
        self.refresh()

    def _on_demo_clicked(self) -> None:
        run_op(self, self.desk.demo.load)
