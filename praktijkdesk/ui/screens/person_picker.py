"""Who is working? Big name tiles for trainers and jobcoaches, "+ Nieuw", no password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.people import Employer, Person, Role
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.person import AddPersonDialog
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.screens.base import Screen, page_margins, scroll_area
from praktijkdesk.ui.widgets.buttons import TouchButton, label
from praktijkdesk.ui.widgets.tile import AddTile, PersonTile, TileGrid

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.events import DeskEvents


class PersonPickerScreen(Screen):
    person_chosen = QtCore.Signal(object)  # Person

    def __init__(self, desk: Desk | None, events: DeskEvents, parent=None):
        super().__init__(desk, events, parent)
        self._shown: tuple | None = None  # what the tiles show now
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(content)
        page_margins(layout)
        layout.setSpacing(theme.SPACING_M)
        self.title = label(role="title", name="pickerTitle")
        self.subtitle = label(role="muted", wrap=True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.trainers_heading = label(role="heading")
        self.trainers = TileGrid(theme.PERSON_TILE[0])
        self.jobcoaches_heading = label(role="heading")
        self.jobcoaches = TileGrid(theme.PERSON_TILE[0])
        layout.addSpacing(theme.SPACING_S)
        layout.addWidget(self.trainers_heading)
        layout.addWidget(self.trainers)
        layout.addSpacing(theme.SPACING_S)
        layout.addWidget(self.jobcoaches_heading)
        layout.addWidget(self.jobcoaches)
        self.empty = QtWidgets.QFrame()
        self.empty.setObjectName("emptyState")
        empty_layout = QtWidgets.QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(
            theme.SPACING_XL, theme.SPACING_L, theme.SPACING_XL, theme.SPACING_L
        )
        empty_layout.setSpacing(theme.SPACING_M)
        self.empty_text = label(wrap=True)
        self.demo_button = TouchButton(role="primary", big=True, name="loadDemoButton")
        self.first_person_button = TouchButton(big=True, name="firstPersonButton")
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addWidget(self.first_person_button)
        row.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        outer.addWidget(scroll_area(content, "pickerScroll"))

    def _connect(self) -> None:
        self.demo_button.clicked.connect(self._on_demo_clicked)
        # Nothing pre-selected: a jobcoach must not become a trainer by one tap (issue #20).
        self.first_person_button.clicked.connect(lambda: self._on_add_clicked(None))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Wie is er aan het werk?"))
        self.subtitle.setText(
            self.tr("Tik op uw naam. Alles wat u aanvinkt, komt op uw naam te staan.")
        )
        self.trainers_heading.setText(self.tr("Praktijkopleiders"))
        self.jobcoaches_heading.setText(self.tr("Jobcoaches"))
        self.empty_text.setText(
            self.tr(
                "Er staat nog niemand in praktijkdesk. Voeg uzelf toe, of kijk eerst rond met "
                "voorbeeldgegevens."
            )
        )
        self.demo_button.setText(self.tr("Voorbeeldgegevens laden"))
        self.first_person_button.setText(self.tr("+ Mijzelf toevoegen"))
        self._shown = None  # the tiles' texts change with the language
        self.mark_stale()

    def is_relevant(self, changes) -> bool:
        return changes.people

    def refresh(self) -> None:
        super().refresh()
        if self.desk is None:  # names shown at start, before the Desk opened
            return
        # Issue #20: on an employer's PC only its own trainers; under every name the employer
        # or organisation, and for namesakes how many candidates each guides.
        people = self.desk.people.for_picker()
        names = [p.name.casefold() for p in people]
        counts = self.desk.attention.client_counts() if len(set(names)) < len(names) else {}
        self.show_people(people, self.desk.people.employers(), counts)

    def show_people(
        self, people: list[Person], employers: list[Employer], counts: dict[str, int] | None = None
    ) -> None:
        """The tiles for these people (the app shows them before the Desk has opened).
        ``counts``: candidates per person, shown under namesakes."""
        employers = {e.id: e.name for e in employers}
        counts = counts or {}
        shown = (tuple(people), tuple(sorted(employers.items())), tuple(sorted(counts.items())))
        if shown == self._shown:
            return  # the same tiles (the Desk opened on what the start already showed)
        self._shown = shown
        names = [p.name.casefold() for p in people]
        trainer_tiles, jobcoach_tiles = [], []
        for person in people:
            if person.role is Role.TRAINER:
                subtitle = employers.get(person.employer_id) or self.tr("Praktijkopleider")
            else:
                subtitle = employers.get(person.employer_id) or self.tr("Jobcoach")
            if names.count(person.name.casefold()) > 1:
                subtitle += " · " + self.tr("{n} kandidaat/kandidaten").format(
                    n=counts.get(person.id, 0)
                )
            tile = self._tile(person, subtitle)
            (trainer_tiles if person.role is Role.TRAINER else jobcoach_tiles).append(tile)
        trainer_tiles.append(self._add_tile(Role.TRAINER))
        jobcoach_tiles.append(self._add_tile(Role.JOBCOACH))
        self.trainers.set_tiles(trainer_tiles)
        self.jobcoaches.set_tiles(jobcoach_tiles)
        nobody = not people
        self.empty.setVisible(nobody)
        for widget in (
            self.trainers_heading,
            self.trainers,
            self.jobcoaches_heading,
            self.jobcoaches,
        ):
            widget.setVisible(not nobody)

    def _tile(self, person: Person, subtitle: str) -> PersonTile:
        tile = PersonTile(person, subtitle)
        tile.clicked.connect(lambda _=False, p=person: self.person_chosen.emit(p))
        return tile

    def _add_tile(self, role: Role) -> AddTile:
        text = (
            self.tr("+ Nieuwe praktijkopleider")
            if role is Role.TRAINER
            else self.tr("+ Nieuwe jobcoach")
        )
        tile = AddTile(text)
        tile.setObjectName("addTrainerTile" if role is Role.TRAINER else "addJobcoachTile")
        tile.clicked.connect(lambda _=False, r=role: self._on_add_clicked(r))
        return tile

    def _on_add_clicked(self, role: Role | None) -> None:
        if self.desk is None:  # a tap in the moment before the Desk opened
            return
        dialog = AddPersonDialog(self.desk, role, self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted and dialog.person is not None:
            self.person_chosen.emit(dialog.person)

    def _on_demo_clicked(self) -> None:
        if self.desk is None:
            return
        run_op(self, self.desk.demo.load)

    def tiles(self) -> list[PersonTile]:
        return [
            t for t in self.trainers.tiles() + self.jobcoaches.tiles() if isinstance(t, PersonTile)
        ]
