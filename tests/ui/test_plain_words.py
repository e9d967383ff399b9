"""Plain words on the shop floor (issue 15): with the default setting, no code (B1-K1-W3) and
not the words *kerntaak* or *begeleidingsdocument* in any visible text of the trainer's
screens; with *Codes tonen* on, they are there. Walked at 1024×600 on the demo data."""

from __future__ import annotations

import re

from PySide6 import QtWidgets

CODE = re.compile(r"\b[A-Z][A-Z0-9]*-(?:[A-Z]+-)?K\d+(?:-W\d+)?\b")
SCHOOL_WORDS = re.compile(r"kerntaak|kerntaken|begeleidingsdocument", re.IGNORECASE)


def visible_texts(root: QtWidgets.QWidget) -> list[str]:
    """What a person sees or hears: label and button texts and accessible names of every
    visible widget (painted tiles say theirs in the accessible name). Tooltips are the
    details view and are left out."""
    widgets = [root] + root.findChildren(QtWidgets.QWidget)
    texts = []
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            texts.append(widget.text())
        texts.append(widget.accessibleName())
        texts.append(widget.accessibleDescription())
    return [t for t in texts if t]


def settle():
    for _ in range(3):
        QtWidgets.QApplication.processEvents()


def walk(window, desk) -> list[str]:
    """The trainer's screens: candidates, every trajectory's overview, every work process's
    checklist of one trajectory per guide, the wizard's guide and work process pages, the
    edit dialog, the declaration dialog and the settings."""
    from praktijkdesk.ui.dialogs.edit_trajectory import EditTrajectoryDialog
    from praktijkdesk.ui.dialogs.issue_declaration import IssueDeclarationDialog
    from praktijkdesk.ui.dialogs.new_candidate_wizard import NewCandidateWizard

    texts: list[str] = []
    window.show_candidates()
    settle()
    texts += visible_texts(window)
    summaries = desk.trajectories.summaries()
    seen_guides = set()
    for summary in summaries:
        window.open_trajectory(summary.id)
        settle()
        texts += visible_texts(window)
        trajectory = desk.trajectories.resolve(summary.id)
        if trajectory.guide_key in seen_guides:
            continue
        seen_guides.add(trajectory.guide_key)
        for code in trajectory.work_processes:
            window.open_checklist(summary.id, code)
            settle()
            texts += visible_texts(window)
    assert len(seen_guides) >= 3  # the walk saw most guides, not one
    # A trajectory with concluded work processes, so the declaration dialog lists them.
    declarable = next(s.id for s in summaries if desk.declarations.declarable(s.id))
    for dialog in (
        EditTrajectoryDialog(desk, declarable, window),
        IssueDeclarationDialog(desk, window.events, declarable, parent=window),
    ):
        dialog.show()
        settle()
        texts += visible_texts(dialog)
        if isinstance(dialog, IssueDeclarationDialog):
            assert dialog.boxes, "the walk must see work processes on the declaration dialog"
        dialog.close()
    wizard = NewCandidateWizard(desk, window)
    wizard.show()
    for page in (2, 3):
        wizard._go(page)
        settle()
        texts += visible_texts(wizard)
    wizard.close()
    window.show_settings()
    settle()
    texts += visible_texts(window)
    return texts


def test_no_codes_and_no_school_words_by_default(qtbot, window, gui_desk):
    texts = walk(window, gui_desk)
    assert len(texts) > 300
    codes = sorted({m.group() for t in texts for m in CODE.finditer(t)})
    words = sorted({m.group() for t in texts for m in SCHOOL_WORDS.finditer(t)})
    assert codes == [], codes
    assert words == [], words
    # The plain short titles are what the screens show instead.
    assert any("Gasten ontvangen" in t for t in texts)
    assert any("Goederen ontvangen" in t for t in texts)
    assert "Werken in de natuur" in texts  # a core task's short title as a heading
    assert not any("ten behoeve van" in t for t in texts)  # the school's core task title


def test_codes_and_school_words_with_codes_tonen(qtbot, window, gui_desk):
    gui_desk.set_setting("show_codes", "1")
    texts = walk(window, gui_desk)
    codes = {m.group() for t in texts for m in CODE.finditer(t)}
    assert {"B1-K1-W3", "X-ALOG-K1-W1", "P1-K1"} <= codes
    words = {m.group().casefold() for t in texts for m in SCHOOL_WORDS.finditer(t)}
    assert "kerntaak" in words
    assert any(w.startswith("begeleidingsdocument") for w in words)
    assert any("Ontvangt gasten" in t for t in texts)  # the school's title, with its code


def test_the_setting_is_a_checkbox_that_changes_open_screens(qtbot, window, gui_desk):
    from tests.ui.conftest import click

    summary = next(
        s
        for s in gui_desk.trajectories.summaries()
        if gui_desk.trajectories.resolve(s.id).guide_key.startswith("horeca")
    )
    trajectory = gui_desk.trajectories.resolve(summary.id)
    window.open_checklist(summary.id, trajectory.work_processes[0])
    settle()
    plain = window.checklist.title.text()
    assert not CODE.search(plain)
    window.show_settings()
    settle()
    box = window.settings.guides_section.codes_box
    assert not box.isChecked()
    click(qtbot, box)
    assert gui_desk.setting("show_codes") == "1"
    window.open_checklist(summary.id, trajectory.work_processes[0])
    settle()
    assert window.checklist.title.text().startswith(trajectory.work_processes[0] + "  ")
    window.show_settings()
    settle()
    assert box.isChecked()
    click(qtbot, box)
    assert gui_desk.setting("show_codes") is None


def test_the_details_view_shows_the_schools_code_and_title(qtbot, window, gui_desk):
    from tests.ui.conftest import answer_message, click

    summary = next(
        s
        for s in gui_desk.trajectories.summaries()
        if gui_desk.trajectories.resolve(s.id).guide_key.startswith("horeca")
    )
    trajectory = gui_desk.trajectories.resolve(summary.id)
    code = trajectory.work_processes[0]
    window.open_checklist(summary.id, code)
    settle()
    assert not CODE.search(window.checklist.title.text())
    answered = answer_message(qtbot)
    click(qtbot, window.checklist.details_button)
    qtbot.waitUntil(lambda: bool(answered))
    school_title = gui_desk.guides.get(trajectory.guide_key).work_process(code).title
    assert f"Code: {code}" in answered[0]
    assert f"Titel van de school: {school_title}" in answered[0]
    assert "Kerntaak: B1-K" in answered[0]
