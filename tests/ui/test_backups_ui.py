"""Backups while the app runs: on a timer and on close when something changed; a failure is
told in a notice, never a crash. Instellingen opens the backups dialog and Over praktijkdesk."""

from __future__ import annotations

from PySide6 import QtWidgets

from tests.ui.conftest import answer_message, click, pick_person
from tests.ui.test_app_start import when_modal


def test_the_timer_backs_up_when_something_changed(qtbot, window, gui_desk):
    before = len(gui_desk.backups.list())
    window.start_backups(interval_ms=50)
    try:
        gui_desk.people.add_employer("Bakkerij Na Het Halfuur")
        qtbot.waitUntil(lambda: len(gui_desk.backups.list()) == before + 1, timeout=10000)
        newest = gui_desk.backups.list()[0]
        assert newest.reason == "automatisch"
        # Nothing changed since: the next rounds make no new copy.
        qtbot.wait(300)
        assert len(gui_desk.backups.list()) == before + 1
    finally:
        window.stop_backups()


def test_closing_the_window_backs_up_what_changed(qtbot, window, gui_desk):
    window.start_backups()
    gui_desk.people.add_employer("Bakkerij Bij Het Sluiten")
    before = len(gui_desk.backups.list())
    window.close()
    entries = gui_desk.backups.list()
    assert len(entries) == before + 1 and entries[0].reason == "afsluiten"


def test_a_failing_backup_is_a_notice_not_a_crash(qtbot, window, gui_desk):
    folder = gui_desk.backup_dir
    for old in folder.glob("*"):
        old.unlink()
    folder.rmdir()
    folder.write_text("geen map")  # the backups folder cannot be made
    gui_desk.people.add_employer("Bakkerij Zonder Kopie")
    assert window.backup_if_changed() is None
    assert "reservekopie is niet gelukt" in window.toast.text()
    assert window.isVisible()


def test_settings_opens_the_backups_dialog(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.backups import BackupsDialog

    pick_person(qtbot, window)
    window.show_settings()
    listed = []

    def look(dialog):
        listed.append(dialog.list.count())
        dialog.close_button.click()

    seen = when_modal(BackupsDialog, look)
    click(qtbot, window.settings.backups_button)
    assert seen and listed == [len(gui_desk.backups.list())]


def test_settings_opens_about_praktijkdesk(qtbot, window, gui_desk):
    from praktijkdesk.ui.dialogs.about import AboutDialog

    pick_person(qtbot, window)
    window.show_settings()
    seen = when_modal(AboutDialog, lambda d: d.close_button.click())
    click(qtbot, window.settings.about_button)
    assert seen and str(gui_desk.data_dir) in seen[0].folder.text()


def test_a_backup_failure_on_close_is_said_and_the_window_still_closes(qtbot, window, gui_desk):
    window.start_backups()
    folder = gui_desk.backup_dir
    for old in folder.glob("*"):
        old.unlink()
    folder.rmdir()
    folder.write_text("geen map")
    gui_desk.people.add_employer("Bakkerij Vol")
    said = answer_message(qtbot)
    window.close()
    assert said and "Uw gegevens zelf zijn wel opgeslagen" in said[0]
    assert not window.isVisible()
    assert isinstance(QtWidgets.QApplication.instance(), QtWidgets.QApplication)
