"""Every UI string goes through Qt's translation; the English file is complete and compiled."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtWidgets

from tests.ui.conftest import click, pick_person

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "praktijkdesk_en.ts"
QM = TS.with_suffix(".qm")


def _sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
        if m.find("translation").get("type") != "vanished"
    }


def test_no_unfinished_translations():
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert QM.exists() and QM.stat().st_size > 1000


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
def test_every_string_in_the_code_is_in_the_translation_file(tmp_path):
    files = sorted(str(p) for p in (ROOT / "praktijkdesk" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pyside6-lupdate", *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = _sources(fresh) - _sources(TS)
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:5]}"


def test_english_can_be_chosen_in_settings(qtbot, window, gui_desk):
    from praktijkdesk.ui import i18n

    pick_person(qtbot, window)
    window.show_settings()
    try:
        click(qtbot, window.settings.english)
        assert gui_desk.setting("language") == "en"
        qtbot.waitUntil(lambda: window.settings.title.text() == "Settings", timeout=2000)
        window.show_candidates()
        assert window.candidates.title.text() == "Candidates"
        assert window.candidates.new_button.text() == "+ New candidate"
    finally:
        i18n.set_language(QtWidgets.QApplication.instance(), "nl")
    qtbot.waitUntil(lambda: window.candidates.title.text() == "Kandidaten", timeout=2000)
