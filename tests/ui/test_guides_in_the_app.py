"""Instellingen → Leerlijsten: the list, import with a preview before anything is stored,
a broken file refused with its line and nothing stored, and export that never replaces a file
without asking."""

from __future__ import annotations

import json

from PySide6 import QtCore, QtWidgets

from praktijkdesk.guides.json_format import dump_json
from tests.ui.conftest import answer_message

GUIDE = {
    "format": "praktijkdesk-guide/1",
    "slug": "bakkerij-medewerker",
    "title": "Bakkerij",
    "version": "2026-1",
    "qualification": {"name": "Medewerker bakkerij", "level": "2"},
    "source": "ROC Proef, kwalificatiedossier Bakkerij. Tweede zin.",
    "core_tasks": [
        {
            "code": "B1-K1",
            "title": "Bakt brood",
            "work_processes": [
                {
                    "code": "B1-K1-W1",
                    "title": "Bereidt deeg voor",
                    "short_title": "Deeg maken",
                    "behaviours": [
                        "Hij/zij weegt het meel af.",
                        "Het deeg wordt door hem gekneed.",
                    ],
                },
                {
                    "code": "B1-K1-W2",
                    "title": "Bakt producten af",
                    "behaviours": ["Hij/zij zet de oven aan."],
                },
            ],
        }
    ],
}


def section_for(qtbot, desk):
    from praktijkdesk.ui.screens.guides_section import GuidesSection

    section = GuidesSection(desk)
    qtbot.addWidget(section)
    section.refresh()
    return section


def on_dialog(cls, act):
    def run():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QtCore.QTimer.singleShot(20, run)
            return
        act(dialog)

    QtCore.QTimer.singleShot(0, run)


def test_the_list_shows_source_version_example_and_trajectories(qtbot, app, gui_desk):
    section = section_for(qtbot, gui_desk)
    counts = gui_desk.guides.trajectory_counts()
    assert set(section.rows) == {s.key for s in gui_desk.guides.summaries()}
    for key, row in section.rows.items():
        texts = " | ".join(w.text() for w in row.findChildren(QtWidgets.QLabel))
        guide = gui_desk.guides.get(key)
        assert f"Versie {guide.version}" in texts
        assert f"{counts.get(key, 0)} traject(en)" in texts
        assert ("(voorbeeld)" in texts) == guide.example
        assert "Bron: VOORBEELD" in texts
    total = gui_desk.db.execute("SELECT COUNT(*) FROM trajectories").fetchone()[0]
    assert sum(counts.values()) == total > 0
    # A trajectory started on an older version counts there, not on the newest.
    assert all(key in {s.key for s in gui_desk.guides.summaries()} for key in counts)


def test_import_shows_a_preview_and_stores_only_after_inlezen(qtbot, app, gui_desk, tmp_path):
    from praktijkdesk.ui.screens.guides_section import GuidePreviewDialog

    path = tmp_path / "bakkerij.json"
    path.write_text(json.dumps(GUIDE), encoding="utf-8")
    section = section_for(qtbot, gui_desk)
    section.open_path = str(path)
    seen = {}

    def look_then_import(dialog):
        # While the preview is open, nothing is stored.
        seen["stored"] = any(s.slug == "bakkerij-medewerker" for s in gui_desk.guides.summaries())
        seen["texts"] = [w.text() for w in dialog.findChildren(QtWidgets.QLabel)]
        # The file changes after the preview: what was shown is what gets stored.
        path.write_text(json.dumps({**GUIDE, "title": "Iets anders"}), encoding="utf-8")
        answer_message(qtbot)  # the "Ingelezen" message after the import
        dialog.import_button.click()

    on_dialog(GuidePreviewDialog, look_then_import)
    assert section.import_from_file()
    assert seen["stored"] is False
    texts = " | ".join(seen["texts"])
    assert "Bakkerij" in texts and "Versie 2026-1" in texts and "bakkerij.json" in texts
    assert "1 hoofdtaken, 2 werkprocessen, 3 gedragsvoorbeelden" in texts
    assert "Eenvoudige taal (B1): 1 punt(en)" in texts  # "wordt … gekneed"
    assert "Bron: ROC Proef, kwalificatiedossier Bakkerij" in texts
    stored = gui_desk.guides.get("bakkerij-medewerker@2026-1")
    assert stored.title == "Bakkerij"
    assert stored.work_process("B1-K1-W1").short_title == "Deeg maken"
    qtbot.waitUntil(lambda: "bakkerij-medewerker@2026-1" in section_for(qtbot, gui_desk).rows)


def test_cancelling_the_preview_stores_nothing(qtbot, app, gui_desk, tmp_path):
    from praktijkdesk.ui.screens.guides_section import GuidePreviewDialog

    path = tmp_path / "bakkerij.json"
    path.write_text(json.dumps(GUIDE), encoding="utf-8")
    section = section_for(qtbot, gui_desk)
    section.open_path = str(path)
    before = [s.key for s in gui_desk.guides.summaries()]
    on_dialog(GuidePreviewDialog, lambda dialog: dialog.cancel_button.click())
    assert not section.import_from_file()
    assert [s.key for s in gui_desk.guides.summaries()] == before


def test_a_broken_csv_is_refused_with_its_line_and_nothing_is_stored(
    qtbot, app, gui_desk, tmp_path
):
    path = tmp_path / "kapot.csv"
    header = (
        "kwalificatie;crebo;niveau;kerntaak_code;kerntaak;werkproces_code;werkproces;"
        "gedragsvoorbeeld"
    )
    path.write_text(
        header + "\nBakkerij;;2;B1-K1;Bakt;B1-K1-W1;Deeg;Weegt af.\n"
        "Bakkerij;;2;B1-K1;Bakt;B1 K1 W2;Oven;Zet aan.\n",
        encoding="utf-8",
    )
    section = section_for(qtbot, gui_desk)
    section.open_path = str(path)
    before = [s.key for s in gui_desk.guides.summaries()]
    answered = answer_message(qtbot)
    assert not section.import_from_file()
    qtbot.waitUntil(lambda: bool(answered))
    assert "regel 3" in answered[0]
    assert "geen geldige code" in answered[0]
    assert section.last_preview is None  # no preview for a file that does not fit
    assert [s.key for s in gui_desk.guides.summaries()] == before


def test_a_different_file_under_a_stored_version_is_refused(qtbot, app, gui_desk, tmp_path):
    stored = gui_desk.guides.summaries()[0]
    guide = gui_desk.guides.get(stored.key)
    text = dump_json(guide).replace(guide.behaviours()[0].text, "Hij/zij doet iets anders.")
    path = tmp_path / "zelfde-versie.json"
    path.write_text(text, encoding="utf-8")
    section = section_for(qtbot, gui_desk)
    section.open_path = str(path)
    answered = answer_message(qtbot)
    assert not section.import_from_file()
    qtbot.waitUntil(lambda: bool(answered))
    assert "bestaat al met een andere inhoud" in answered[0]
    assert gui_desk.guides.get(stored.key) == guide


def test_export_writes_the_file_and_asks_before_replacing_one(qtbot, app, gui_desk, tmp_path):
    key = next(s.key for s in gui_desk.guides.summaries() if s.slug.startswith("horeca"))
    section = section_for(qtbot, gui_desk)
    section.save_path = str(tmp_path / "horeca")  # ".json" is added
    answer_message(qtbot)  # "Opgeslagen"
    assert section.export_to_file(key) == tmp_path / "horeca.json"
    written = (tmp_path / "horeca.json").read_text(encoding="utf-8")
    assert written == dump_json(gui_desk.guides.get(key))
    (tmp_path / "horeca.json").write_text("van iemand anders", encoding="utf-8")
    answered = answer_message(qtbot, "Annuleren")  # "Bestand vervangen?" → no
    assert section.export_to_file(key) is None
    assert "Wilt u het vervangen?" in answered[0]
    assert (tmp_path / "horeca.json").read_text(encoding="utf-8") == "van iemand anders"
    # CSV for Excel, when the name says so.
    section.save_path = str(tmp_path / "horeca.csv")
    answer_message(qtbot)
    assert section.export_to_file(key) == tmp_path / "horeca.csv"
    assert (tmp_path / "horeca.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_section_fits_at_1024x600_and_every_control_is_touch_sized(qtbot, window):
    from praktijkdesk.ui import theme

    window.show_settings()
    section = window.settings.guides_section
    for _ in range(3):
        QtWidgets.QApplication.processEvents()
    scroll = window.settings.findChild(QtWidgets.QScrollArea, "settingsScroll")
    assert section.width() <= scroll.viewport().width()
    controls = [section.import_button, section.codes_box, *section.export_buttons.values()]
    for control in controls:
        assert control.height() >= theme.TOUCH_MIN and control.width() >= theme.TOUCH_MIN, control
        assert control.accessibleName()
