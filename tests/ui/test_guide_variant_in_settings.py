"""Instellingen → Leerlijsten opens the employer's own version (eigen versie): straight for the
employer of an employer's PC, after a touch list of employers on a jobcoach's laptop; the
editor shows the B1 check while a behaviour is typed and keeps every behaviour's picture."""

from __future__ import annotations

from dataclasses import replace

from PySide6 import QtCore, QtWidgets

from praktijkdesk.domain.guide_variant import start_variant, with_work_process
from praktijkdesk.guides.json_format import dump_json, load_json
from praktijkdesk.storage import guides as guide_store
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.guide_variant_editor import GuideVariantEditor
from praktijkdesk.ui.screens.guides_section import EmployerChoiceDialog
from tests.ui.conftest import answer_message, click
from tests.ui.test_guides_in_the_app import on_dialog, section_for

HORECA = "horeca-gastheer-gastvrouw"


def _settle():
    for _ in range(3):
        QtWidgets.QApplication.processEvents()


def _employer(desk, name):
    return next(e for e in desk.people.employers() if e.name == name)


def _reword_first_and_save(text):
    def act(editor):
        edit = editor.findChildren(QtWidgets.QLineEdit, "variantBehaviourText")[0]
        edit.setFocus()
        edit.selectAll()
        edit.insert(text)
        edit.textEdited.emit(edit.text())
        editor.save_button.click()

    return act


def test_a_jobcoach_chooses_the_employer_by_touch_then_edits_its_own_version(
    qtbot, app, gui_desk, tmp_path
):
    assert gui_desk.exchange.scope().allowed is None  # the demo is a jobcoach's laptop
    # A newer version of the horeca guide arrives: own versions start from that one.
    older = gui_desk.guides.latest(HORECA)
    path = tmp_path / "horeca-nieuw.json"
    path.write_text(dump_json(replace(older, version="2026-4")), encoding="utf-8")
    gui_desk.guides.import_file(path)
    section = section_for(qtbot, gui_desk)
    newest = {gui_desk.guides.latest(s.slug).key for s in gui_desk.guides.summaries()}
    # Only the newest version of each school guide has the button; an older one does not.
    assert set(section.variant_buttons) == newest
    assert older.key in section.rows and older.key not in section.variant_buttons
    key = gui_desk.guides.latest(HORECA).key
    button = section.variant_buttons[key]
    assert button.text() == "Eigen versie…" and "Horeca" in button.accessibleName()
    employers = gui_desk.people.employers()
    assert len(employers) > 1
    groen = _employer(gui_desk, "Groen & Zo Hoveniers")
    chose = []

    def choose(dialog):
        chose.append({e: b.text() for e, b in dialog.choices.items()})
        assert all(
            b.height() >= theme.TOUCH_MIN and b.width() >= theme.TOUCH_MIN
            for b in dialog.choices.values()
        )
        dialog.choices[groen.id].click()

    on_dialog(EmployerChoiceDialog, choose)
    on_dialog(GuideVariantEditor, _reword_first_and_save("Begroet de gast bij de deur."))
    section.show()
    click(qtbot, button)
    assert set(chose[0]) == {e.id for e in employers}
    assert all(text.endswith("\neigen versie maken") for text in chose[0].values())
    saved = section.last_variant_editor.result_guide
    assert saved is not None and saved.variant.employer_id == groen.id
    assert saved.variant.base_key == key and key.endswith("@2026-4")
    assert gui_desk.guide_variants.current(key, groen.id) == saved
    assert saved.work_processes()[0].behaviours[0].text == "Begroet de gast bij de deur."
    # The own version is listed (a jobcoach sees every employer's) without a button of its own.
    section.refresh()
    assert saved.key in section.rows and saved.key not in section.variant_buttons
    # Next time the list says which employer already has one.
    section.employer_answer = groen.id  # the tap, as above
    on_dialog(GuideVariantEditor, lambda editor: editor.reject())
    section.variant_buttons[key].click()
    assert section.last_variant_editor.guide == saved  # "aanpassen" edits the saved one
    texts = {e: b.accessibleName() for e, b in section.last_employer_choice.choices.items()}
    assert texts[groen.id].endswith("eigen versie aanpassen")
    assert sum(t.endswith("aanpassen") for t in texts.values()) == 1


def test_on_an_employers_pc_the_editor_opens_for_that_employer_and_others_stay_out(
    qtbot, app, gui_desk, monkeypatch
):
    groen = _employer(gui_desk, "Groen & Zo Hoveniers")
    other = next(e for e in gui_desk.people.employers() if e.id != groen.id)
    key = gui_desk.guides.latest(HORECA).key
    school = gui_desk.guides.get(key)
    # Another employer's own version, in this database (from before the scope was chosen).
    theirs = start_variant(school, other.id)
    wp = school.work_processes()[0]
    theirs = with_work_process(theirs, wp.code, [replace(wp.behaviours[0], text="Anders.")], [])
    theirs = gui_desk.guide_variants.save(theirs)
    gui_desk.exchange.set_scope("employer", [groen.id])
    section = section_for(qtbot, gui_desk)
    assert theirs.key not in section.rows  # another employer's: not on this PC's list
    button = section.variant_buttons[key]
    assert button.text() == "Eigen versie maken"
    opened = []
    monkeypatch.setattr(EmployerChoiceDialog, "exec", lambda self: opened.append("choice"))
    on_dialog(GuideVariantEditor, _reword_first_and_save("Zegt goedendag tegen de gast."))
    section.show()
    click(qtbot, button)
    assert opened == []  # no list to choose from: this PC has one employer
    saved = section.last_variant_editor.result_guide
    assert saved.variant.employer_id == groen.id
    assert section.last_variant_editor.employer.id == groen.id
    section.refresh()
    assert section.variant_buttons[key].text() == "Eigen versie aanpassen"
    assert saved.key in section.rows and theirs.key not in section.rows


def test_an_employer_gone_meanwhile_gets_a_dutch_message_and_nothing_changes(qtbot, app, gui_desk):
    section = section_for(qtbot, gui_desk)
    key = gui_desk.guides.latest(HORECA).key
    before = len(gui_desk.guides.summaries())
    section.employer_answer = "0000-no-such-employer"
    answered = answer_message(qtbot)
    assert section.open_variant_editor(key) is False
    qtbot.waitUntil(lambda: bool(answered), timeout=3000)
    assert "bestaat niet" in answered[0]
    assert len(gui_desk.guides.summaries()) == before


def test_the_editor_shows_b1_hints_while_typing_and_still_saves(qtbot, app, gui_desk):
    groen = _employer(gui_desk, "Groen & Zo Hoveniers")
    key = gui_desk.guides.latest(HORECA).key
    editor = GuideVariantEditor(gui_desk, key, groen.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    edits = editor.findChildren(QtWidgets.QLineEdit, "variantBehaviourText")
    second = edits[1]
    second.setFocus()
    second.selectAll()
    qtbot.keyClicks(second, "Hij implementeert de procedure conform de richtlijnen.")
    _settle()
    hint = editor.plain_hint
    assert hint.isVisible()
    text = hint.text()
    assert "gedragsvoorbeeld 2" in text
    expected = gui_desk.guides.check_text(second.text())
    assert expected and expected[0].message in text and expected[0].suggestion in text
    assert "implementeert" in text
    # Plain again: the hint goes.
    second.selectAll()
    qtbot.keyClicks(second, "Zet de tafels klaar.")
    _settle()
    assert not hint.isVisible()
    # The focus on another behaviour shows that one's hints (keyboard users too).
    first = edits[0]
    first.setText("Hij implementeert de procedure.")
    first.setFocus()
    _settle()
    assert not hint.isVisible()  # one hint at a time, under the row being edited
    assert editor.plain_hint.isVisible() and "gedragsvoorbeeld 1" in editor.plain_hint.text()
    # Never blocking: a text with findings saves.
    editor.save_button.click()
    saved = editor.result_guide
    assert saved is not None
    assert saved.work_processes()[0].behaviours[0].text == "Hij implementeert de procedure."


def test_rewording_keeps_each_behaviours_picture_and_a_hidden_one_gets_it_back(
    qtbot, app, gui_desk
):
    groen = _employer(gui_desk, "Groen & Zo Hoveniers")
    key = gui_desk.guides.latest(HORECA).key
    school = gui_desk.guides.get(key)
    wp = next(
        w
        for w in school.work_processes()
        if w.behaviours[0].picture
        and w.behaviours[-1].picture
        and len(w.behaviours) >= 3
        and len({b.picture for b in w.behaviours if b.picture}) >= 2
    )
    pictures = {b.id: b.picture for b in wp.behaviours}
    assert len(set(p for p in pictures.values() if p)) >= 2  # different pictures: no mix-up
    editor = GuideVariantEditor(gui_desk, key, groen.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.wp_combo.setCurrentIndex(editor.wp_combo.findData(wp.code))
    _settle()
    edits = editor.findChildren(QtWidgets.QLineEdit, "variantBehaviourText")
    edits[0].setText("Nieuwe woorden voor de eerste.")
    # Moving changes the order, never which picture goes with which behaviour.
    editor.findChildren(QtWidgets.QPushButton, "variantDown")[0].click()
    _settle()
    # Hide the last, save, then show it again in a second edit: its picture comes back.
    hidden_id = wp.behaviours[-1].id
    editor.findChildren(QtWidgets.QPushButton, "variantHide")[-1].click()
    _settle()
    editor.save_button.click()
    first = editor.result_guide
    stored = first.work_process(wp.code)
    assert hidden_id not in {b.id for b in stored.behaviours}
    for b in stored.behaviours:
        assert b.picture == pictures[b.id], b.id
    reworded = next(b for b in stored.behaviours if b.id == wp.behaviours[0].id)
    assert reworded.text == "Nieuwe woorden voor de eerste." and reworded.picture
    # As stored (read back from the database, not the editor's memory).
    raw = guide_store.guide_content(gui_desk.db, first.key)
    again = load_json(raw).work_process(wp.code)
    assert {b.id: b.picture for b in again.behaviours} == {
        b.id: pictures[b.id] for b in stored.behaviours
    }

    second = GuideVariantEditor(gui_desk, key, groen.id)
    qtbot.addWidget(second)
    second.show()
    second.wp_combo.setCurrentIndex(second.wp_combo.findData(wp.code))
    _settle()
    second.findChildren(QtWidgets.QPushButton, "variantShow")[0].click()
    _settle()
    second.findChildren(QtWidgets.QLineEdit, "variantBehaviourText")[0].setText("Weer anders.")
    second.save_button.click()
    back = second.result_guide.work_process(wp.code)
    assert {b.id: b.picture for b in back.behaviours} == pictures


def test_the_employer_list_fits_1024x600_with_the_longest_names(qtbot, app, gui_desk):
    employers = gui_desk.people.employers()
    dialog = EmployerChoiceDialog(employers, set())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = QtWidgets.QApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    for employer in employers:
        button = dialog.choices[employer.id]
        assert button.height() >= theme.TOUCH_MIN
        assert button.accessibleName().startswith(employer.name)  # whole, even when cut short
        assert button.text().startswith(employer.name[:10].replace("&", "&&"))
        # The text fits the button (a long name is cut with …, not by the edge).
        lines = button.text().replace("&&", "&").split("\n")
        widest = max(button.fontMetrics().horizontalAdvance(line) for line in lines)
        assert widest <= button.width() - 12, employer.name
    # Keyboard only: Tab reaches a choice, Space chooses it.
    first = next(iter(dialog.choices.values()))
    first.setFocus()
    qtbot.keyClick(first, QtCore.Qt.Key.Key_Space)
    assert dialog.chosen == next(iter(dialog.choices))
