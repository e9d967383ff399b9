"""Who is working, the candidates grid, search, filters, demo data on an empty folder."""

from __future__ import annotations

from PySide6 import QtCore

from tests.ui.conftest import click, pick_person


def test_the_app_starts_on_the_person_picker_and_a_tap_chooses(qtbot, window):
    assert window.stack.currentWidget() is window.picker
    pick_person(qtbot, window, "Jan de Vries")
    assert window.stack.currentWidget() is window.candidates
    assert "Jan de Vries" in window.person_button.text()


def test_switching_person_is_one_tap_away(qtbot, window):
    pick_person(qtbot, window, "Jan de Vries")
    click(qtbot, window.person_button)
    assert window.stack.currentWidget() is window.picker
    tile = next(t for t in window.picker.tiles() if t.person.name == "Priya Ramdin")
    click(qtbot, tile)
    assert window.events.person.name == "Priya Ramdin"


def test_search_filters_as_you_type(qtbot, window):
    pick_person(qtbot, window)
    screen = window.candidates
    assert len(screen.tiles()) == 9
    qtbot.keyClicks(screen.search, "sukru")
    qtbot.waitUntil(
        lambda: not screen._search_timer.isActive() and len(screen.tiles()) == 1, timeout=2000
    )
    assert screen.tiles()[0].summary.candidate_name == "Şükrü Öztürk"
    screen.search.clear()
    qtbot.keyClicks(screen.search, "xyz-niemand")
    qtbot.waitUntil(
        lambda: not screen._search_timer.isActive() and not screen.tiles(), timeout=2000
    )
    assert screen.empty.isVisible() and not screen.demo_button.isVisible()


def test_ready_for_declaration_and_employer_filters(qtbot, window, gui_desk, tmp_path):
    from tests.ui.test_fits_small_screen import _school_copy_of

    # The demo's guides are examples (never a real declaration): Şükrü's concluded work
    # processes count only on the school's own copy of his guide.
    [sukru] = [s for s in gui_desk.trajectories.summaries() if s.candidate_name == "Şükrü Öztürk"]
    assert sukru.progress.ready_on_example
    copy = _school_copy_of(gui_desk, gui_desk.trajectories.overview(sukru.id), tmp_path)
    pick_person(qtbot, window)
    screen = window.candidates
    example_tile = next(t for t in screen.tiles() if t.summary.id == sukru.id)
    assert example_tile._ready_text == "Voorbeeld-leerlijst: geen echte verklaring"
    assert "Klaar voor verklaring" not in example_tile.accessibleDescription()
    click(qtbot, screen.ready_filter)
    assert [t.summary.id for t in screen.tiles()] == [copy.id]
    assert all(t.summary.progress.ready_for_declaration for t in screen.tiles())
    assert screen.tiles()[0]._ready_text == "Klaar voor verklaring"
    click(qtbot, screen.ready_filter)
    index = screen.employer_filter.findText("Groen & Zo Hoveniers")
    screen.employer_filter.setCurrentIndex(index)
    assert {t.summary.employer_name for t in screen.tiles()} == {"Groen & Zo Hoveniers"}


def test_a_tile_opens_the_overview_with_cards_per_core_task(qtbot, window):
    pick_person(qtbot, window)
    tile = next(t for t in window.candidates.tiles() if t.summary.candidate_name == "Şükrü Öztürk")
    click(qtbot, tile)
    overview = window.overview
    assert window.stack.currentWidget() is overview
    assert overview.name.text() == "Şükrü Öztürk"
    assert len(overview.cards) == 5 and all(c.progress.concluded for c in overview.cards)
    assert overview.declaration_button.isEnabled()
    click(qtbot, window.back_button)
    assert window.stack.currentWidget() is window.candidates


def test_an_empty_data_folder_offers_demo_data(qtbot, empty_window, desk):
    window = empty_window
    assert window.picker.empty.isVisible()
    click(qtbot, window.picker.demo_button)
    assert desk.trajectories.candidates()
    assert window.picker.tiles() and not window.picker.empty.isVisible()


def test_enter_opens_a_focused_tile(qtbot, window):
    pick_person(qtbot, window)
    tile = window.candidates.tiles()[0]
    tile.setFocus()
    qtbot.keyClick(tile, QtCore.Qt.Key.Key_Return)
    # A tile goes on at the next work process to do (or the overview when all are done).
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() in (window.overview, window.checklist), timeout=2000
    )
    assert window.overview.trajectory_id == tile.trajectory_id
