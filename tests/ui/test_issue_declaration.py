""" "Verklaring maken": choose, preview, issue, hand-over signing, earlier declarations."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui.dialogs import issue_declaration as module
from praktijkdesk.ui.dialogs.issue_declaration import (
    CHOOSE,
    DONE,
    PREVIEW,
    SIGN,
    IssueDeclarationDialog,
    ReasonDialog,
)
from praktijkdesk.ui.widgets.signature_pad import SignaturePad
from tests.services.declaration_data import HARD_NAMES, add_candidate, master, pv, text_of

DECLARED = ["B1-K1-W1", "B1-K1-W2", "B1-K2-W1"]


@pytest.fixture
def ready(desk, trainer):
    t = add_candidate(desk, trainer, HARD_NAMES[4])
    master(desk, t, trainer, DECLARED)
    master(desk, t, trainer, ["B1-K1-W3"], conclude=False)
    return t


@pytest.fixture
def dialog(qtbot, desk, ready, trainer):
    d = IssueDeclarationDialog(desk, None, ready.id, trainer)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def draw(pad: SignaturePad, qtbot) -> None:
    """Sign with the mouse: press, a zigzag, release."""
    qtbot.mousePress(pad, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(40, 120))
    for x, y in ((80, 60), (120, 140), (160, 60), (200, 130), (260, 90)):
        qtbot.mouseMove(pad, QtCore.QPoint(x, y))
    qtbot.mouseRelease(pad, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(260, 90))


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)


def test_only_concluded_work_processes_can_be_picked_all_checked(dialog):
    assert list(dialog.boxes) == DECLARED
    assert "B1-K1-W3" not in dialog.boxes
    assert all(box.isChecked() for box in dialog.boxes.values())
    for box in dialog.boxes.values():
        assert box.minimumHeight() >= 48 and box.accessibleName()
    dialog.boxes["B1-K1-W2"].setChecked(False)
    assert dialog.chosen() == ["B1-K1-W1", "B1-K2-W1"]
    for box in dialog.boxes.values():
        box.setChecked(False)
    assert not dialog.next_button.isEnabled()


def test_pen_flow_preview_then_issue(qtbot, dialog, desk, ready):
    dialog.boxes["B1-K1-W2"].setChecked(False)
    dialog.sign_by_pen.setChecked(True)
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == PREVIEW
    assert dialog.draft_preview.page_count() >= 1
    assert desk.declarations.history(ready.id) == []  # a preview stores nothing
    issued = []
    dialog.issued.connect(issued.append)
    click(qtbot, dialog.issue_button)
    assert dialog.stack.currentIndex() == DONE
    declaration = desk.declarations.current(ready.id)
    assert issued == [declaration.id]
    assert declaration.snapshot.work_process_codes() == ["B1-K1-W1", "B1-K2-W1"]
    assert declaration.signatures == ()
    assert dialog.final_preview.page_count() == 1
    assert "met pen" in dialog.done_label.text()


def test_hand_over_signing_trainer_then_candidate(qtbot, dialog, desk, ready):
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.issue_button)
    assert dialog.stack.currentIndex() == SIGN
    assert dialog.isFullScreen()
    assert dialog.signer_label.text() == "Praktijkopleider: Fatma Yılmaz"
    # Only the pad, Opnieuw and a big Klaar: every other button is hidden.
    visible = [b for b in dialog.findChildren(QtWidgets.QPushButton) if b.isVisible()]
    assert set(visible) == {dialog.again_button, dialog.done_button}
    assert not dialog.done_button.isEnabled()  # nothing drawn yet
    draw(dialog.pad, qtbot)
    assert dialog.done_button.isEnabled()
    click(qtbot, dialog.again_button)
    assert dialog.pad.is_empty() and not dialog.done_button.isEnabled()
    draw(dialog.pad, qtbot)
    click(qtbot, dialog.done_button)
    assert dialog.signer_label.text() == f"Kandidaat: {HARD_NAMES[4]}"
    assert dialog.pad.is_empty()
    draw(dialog.pad, qtbot)
    click(qtbot, dialog.done_button)

    assert dialog.stack.currentIndex() == DONE and not dialog.isFullScreen()
    declaration = desk.declarations.current(ready.id)
    assert [s.role for s in declaration.valid_signatures] == ["trainer", "candidate"]
    assert [s.name for s in declaration.valid_signatures] == ["Fatma Yılmaz", HARD_NAMES[4]]
    assert "getekend" in dialog.done_label.text()
    text = text_of(dialog.current_pdf())
    assert "getekend op" in text and HARD_NAMES[4] in text


def test_escape_leaves_hand_over_and_keeps_what_was_signed(qtbot, dialog, desk, ready):
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.issue_button)
    draw(dialog.pad, qtbot)
    click(qtbot, dialog.done_button)
    qtbot.keyClick(dialog, QtCore.Qt.Key.Key_Escape)
    assert dialog.stack.currentIndex() == DONE and dialog.isVisible()
    declaration = desk.declarations.current(ready.id)
    assert declaration.unsigned_roles() == ["candidate"]
    # Signing later from the history continues with the candidate.
    dialog.start_signing(declaration.id)
    assert dialog.signer_label.text() == f"Kandidaat: {HARD_NAMES[4]}"


def test_withdraw_with_a_reason_and_reissue(qtbot, dialog, desk, ready, trainer):
    first = desk.declarations.issue(ready.id, trainer.id)
    dialog.refresh()
    assert first.id in dialog.history_rows
    dialog.ask_reason = lambda *args: None  # cancelled: nothing happens
    assert not dialog.withdraw(first.id)
    dialog.ask_reason = lambda *args: "Verkeerd werkproces gekozen"
    assert dialog.withdraw(first.id)
    assert desk.declarations.get(first.id).withdrawn
    row = dialog.history_rows[first.id]
    assert "ingetrokken" in " ".join(w.text() for w in row.findChildren(QtWidgets.QLabel))
    # A new one may be made; its preview and issue work as before.
    dialog.sign_by_pen.setChecked(True)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.issue_button)
    assert desk.declarations.current(ready.id).number == pv(desk, 2)


def test_issuing_again_asks_to_withdraw_the_current_one(qtbot, dialog, desk, ready, trainer):
    first = desk.declarations.issue(ready.id, trainer.id)
    dialog.refresh()
    dialog.sign_by_pen.setChecked(True)
    asked = []
    dialog.ask_reason = lambda parent, title, text, ok: asked.append(text) or None
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.issue_button)
    assert asked and first.number in asked[0]
    assert dialog.stack.currentIndex() == PREVIEW  # cancelled: nothing issued
    dialog.ask_reason = lambda *args: "Een werkproces erbij"
    click(qtbot, dialog.issue_button)
    assert desk.declarations.get(first.id).withdrawn
    assert desk.declarations.current(ready.id).number == pv(desk, 2)


def test_viewing_an_earlier_declaration_reprints_it(qtbot, dialog, desk, ready, trainer):
    first = desk.declarations.issue(ready.id, trainer.id)
    dialog.refresh()
    view = dialog.view_declaration(first.id)
    qtbot.addWidget(view)
    assert view.data == desk.declarations.reprint(first.id)
    assert view.file_name == f"{pv(desk, 1)} {HARD_NAMES[4]}.pdf"


def test_nothing_concluded_says_so(qtbot, desk, trainer):
    t = add_candidate(desk, trainer, HARD_NAMES[0])
    d = IssueDeclarationDialog(desk, None, t.id, trainer)
    qtbot.addWidget(d)
    assert d.boxes == {}
    assert d.findChild(QtWidgets.QLabel, "nothingMastered") is not None
    assert not d.next_button.isEnabled()


def test_no_printer_on_the_last_step(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(module, "printers_available", lambda: False)
    dialog.sign_by_pen.setChecked(True)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.issue_button)
    assert not dialog.print_button.isEnabled() and dialog.printer_note.isVisible()
    assert dialog.save_button.isEnabled() and dialog.open_button.isEnabled()


def test_touch_sizes_and_dutch_names_on_every_visible_control(qtbot, dialog):
    for step in (CHOOSE, PREVIEW, DONE):
        dialog.show_step(step)
        for widget in dialog.findChildren(QtWidgets.QAbstractButton):
            if widget.isVisible():
                assert widget.minimumHeight() >= 48 or widget.height() >= 48, widget.text()
                assert widget.accessibleName(), widget.objectName()


def test_the_signature_pad_captures_strokes_in_pad_pixels(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 300)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.minimumWidth() >= 48 and pad.minimumHeight() >= 48 and pad.accessibleName()
    draw(pad, qtbot)
    strokes = pad.strokes()
    assert len(strokes) == 1 and strokes[0][0] == (40.0, 120.0) and len(strokes[0]) >= 5
    pad.add_stroke([(1, 2)])
    assert len(pad.strokes()) == 2
    pad.clear()
    assert pad.is_empty()


def test_the_reason_dialog(qtbot):
    d = ReasonDialog(None, "Intrekken", "Waarom?", "Intrekken")
    qtbot.addWidget(d)
    qtbot.keyClicks(d.edit, "Fout gemaakt")
    assert d.reason() == "Fout gemaakt"
    assert d.ok_button.accessibleName() == "Intrekken"


def test_entry_point_signature(qtbot, desk, ready, trainer, monkeypatch):
    seen = []
    monkeypatch.setattr(IssueDeclarationDialog, "exec", lambda self: seen.append(self) or 0)
    assert module.open_issue_declaration(None, desk, object(), ready.id, trainer) == 0
    assert len(seen) == 1 and seen[0].trajectory_id == ready.id
    for d in seen:
        qtbot.addWidget(d)
