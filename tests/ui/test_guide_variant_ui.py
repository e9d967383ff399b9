"""The employer's own version editor and the overstap assistant, on real widgets at 1024×600
with the demo data's longest names."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.guide_variant_editor import GuideVariantEditor
from praktijkdesk.ui.dialogs.migration_assistant import MigrationAssistant
from tests.ui.conftest import click, open_candidate, pick_person
from tests.ui.test_touch_audit import problems

CANDIDATE = "Anne-Maria Gonçalves dos Santos van Heeckeren tot Wassenaer"


def _trajectory(desk):
    [row] = [s for s in desk.trajectories.summaries() if s.candidate_name == CANDIDATE]
    return desk.trajectories.overview(row.id)


def _editor(qtbot, desk, overview):
    dialog = GuideVariantEditor(desk, overview.guide.key, overview.employer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _buttons(dialog, name):
    return [b for b in dialog.findChildren(QtWidgets.QPushButton, name) if b.isVisible()]


def _settle():
    for _ in range(3):
        QtWidgets.QApplication.processEvents()


def test_the_editor_rewords_hides_adds_and_moves_and_saves_a_version(qtbot, app, gui_desk):
    o = _trajectory(gui_desk)
    dialog = _editor(qtbot, gui_desk, o)
    school = gui_desk.guides.get(o.guide.key)
    first_wp = school.work_processes()[0]
    ids = [b.id for b in first_wp.behaviours]
    edit = dialog.findChildren(QtWidgets.QLineEdit, "variantBehaviourText")[0]
    edit.selectAll()
    qtbot.keyClicks(edit, "Loop niet door de borders.")
    click(qtbot, _buttons(dialog, "variantHide")[1])
    _settle()
    click(qtbot, dialog.add_button_row)
    _settle()
    qtbot.keyClicks(
        dialog.findChildren(QtWidgets.QLineEdit, "variantBehaviourText")[-1],
        "Ruimt de kruiwagen op.",
    )
    click(qtbot, _buttons(dialog, "variantUp")[-1])  # the new one one place up
    _settle()
    assert "verschil" in dialog.differences_label.text()
    click(qtbot, dialog.save_button)
    saved = dialog.result_guide
    assert saved is not None and saved.version.endswith(".e1")
    assert gui_desk.guide_variants.current(o.guide.key, o.employer.id) == saved
    kinds = {(d.kind, d.behaviour_id) for d in gui_desk.guide_variants.differences(saved)}
    assert ("reworded", ids[0]) in kinds and ("hidden", ids[1]) in kinds
    assert ("added", f"{first_wp.code}-E1") in kinds
    assert saved.work_process(first_wp.code).behaviours[0].text == "Loop niet door de borders."


def test_typed_text_survives_switching_work_process(qtbot, app, gui_desk):
    o = _trajectory(gui_desk)
    dialog = _editor(qtbot, gui_desk, o)
    edit = dialog.findChildren(QtWidgets.QLineEdit, "variantBehaviourText")[0]
    edit.selectAll()
    qtbot.keyClicks(edit, "Eigen woorden.")
    dialog.wp_combo.setCurrentIndex(1)
    _settle()
    dialog.wp_combo.setCurrentIndex(0)
    _settle()
    assert (
        dialog.findChildren(QtWidgets.QLineEdit, "variantBehaviourText")[0].text()
        == "Eigen woorden."
    )


def test_an_empty_behaviour_is_refused_and_nothing_stored(qtbot, app, gui_desk, monkeypatch):
    said = []
    monkeypatch.setattr(message, "inform", lambda parent, title, text, **kw: said.append(text))
    o = _trajectory(gui_desk)
    dialog = _editor(qtbot, gui_desk, o)
    click(qtbot, dialog.add_button_row)
    _settle()
    click(qtbot, dialog.save_button)
    assert said and "is leeg" in said[0]
    assert dialog.result_guide is None
    assert gui_desk.guide_variants.current(o.guide.key, o.employer.id) is None


def test_the_assistant_moves_only_after_the_trainer_confirms(qtbot, app, gui_desk, monkeypatch):
    o = _trajectory(gui_desk)
    editor = _editor(qtbot, gui_desk, o)
    click(qtbot, _buttons(editor, "variantHide")[0])
    _settle()
    click(qtbot, editor.save_button)
    own = editor.result_guide
    answers = [False]
    monkeypatch.setattr(message, "ask", lambda *a, **kw: answers.pop(0))
    dialog = MigrationAssistant(gui_desk, o.trajectory.id, o.trainer)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(own.key))
    _settle()
    assert (
        "1 vallen weg" in dialog.summary.text() and "uit een vorige versie" in dialog.details.text()
    )
    click(qtbot, dialog.move_button)  # "Niet overstappen"
    assert gui_desk.trajectories.resolve(o.trajectory.id).guide_key == o.guide.key
    answers.append(True)
    click(qtbot, dialog.move_button)
    assert dialog.moved
    assert gui_desk.trajectories.resolve(o.trajectory.id).guide_key == own.key
    undone = gui_desk.marking.undo_last(o.trainer.id)  # what Ctrl+Z calls
    assert undone.kind == "migration"
    assert gui_desk.trajectories.resolve(o.trajectory.id).guide_key == o.guide.key


def test_both_dialogs_fit_1024x600_with_touch_targets(qtbot, app, gui_desk):
    o = _trajectory(gui_desk)
    editor = _editor(qtbot, gui_desk, o)
    click(qtbot, _buttons(editor, "variantHide")[0])
    _settle()
    assert problems(editor) == []
    assert editor.width() <= 1024 and editor.height() <= 600
    click(qtbot, editor.save_button)
    assistant = MigrationAssistant(gui_desk, o.trajectory.id, o.trainer)
    qtbot.addWidget(assistant)
    assistant.show()
    qtbot.waitExposed(assistant)
    _settle()
    assert problems(assistant) == []
    assert assistant.width() <= 1024 and assistant.height() <= 600


def test_the_overview_opens_both(qtbot, window, gui_desk, monkeypatch):
    opened = []
    monkeypatch.setattr(GuideVariantEditor, "exec", lambda self: opened.append(type(self).__name__))
    monkeypatch.setattr(MigrationAssistant, "exec", lambda self: opened.append(type(self).__name__))
    pick_person(qtbot, window, "Wilhelmina van Oosterhout-Vandenberghe")
    open_candidate(qtbot, window, "Anne-Maria")
    click(qtbot, window.overview.variant_button)
    click(qtbot, window.overview.migrate_button)
    assert opened == ["GuideVariantEditor", "MigrationAssistant"]
    assert QtCore.QSize(48, 48).width() <= window.overview.migrate_button.height()


def test_the_overview_shows_marks_from_an_earlier_version(qtbot, window, gui_desk):
    o = _trajectory(gui_desk)
    guide = gui_desk.guide_variants.for_editing(o.guide.key, o.employer.id)
    from tests.guide_variants.conftest import edit

    wp = o.guide.work_processes()[0]
    marked = wp.behaviours[0]
    own = gui_desk.guide_variants.save(edit(gui_desk, guide, wp.code, hide=[marked.id]))
    gui_desk.migrations.apply(o.trajectory.id, own.key, o.trainer.id)
    pick_person(qtbot, window, "Wilhelmina van Oosterhout-Vandenberghe")
    open_candidate(qtbot, window, "Anne-Maria")
    _settle()
    text = window.overview.earlier_label.text()
    assert window.overview.earlier_label.isVisibleTo(window) and marked.text in text
    assert "Uit een vorige versie" in text


def test_ctrl_z_on_the_overview_takes_the_overstap_back(qtbot, window, gui_desk, monkeypatch):
    o = _trajectory(gui_desk)
    guide = gui_desk.guide_variants.for_editing(o.guide.key, o.employer.id)
    from tests.guide_variants.conftest import edit

    own = gui_desk.guide_variants.save(
        edit(gui_desk, guide, o.guide.work_processes()[0].code, add=["Zet de koffie klaar."])
    )
    person = gui_desk.people.person_named("Wilhelmina van Oosterhout-Vandenberghe")
    gui_desk.migrations.apply(o.trajectory.id, own.key, person.id)
    said = []
    monkeypatch.setattr(window.toast, "show_message", lambda text, *a: said.append(text))
    pick_person(qtbot, window, "Wilhelmina van Oosterhout-Vandenberghe")
    open_candidate(qtbot, window, "Anne-Maria")
    window.undo()
    assert (
        said and said[-1].startswith("De overstap is teruggedraaid") and o.guide.version in said[-1]
    )
    assert gui_desk.trajectories.resolve(o.trajectory.id).guide_key == o.guide.key
