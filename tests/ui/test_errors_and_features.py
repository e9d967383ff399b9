"""User errors become a calm Dutch message; crashes are logged, never shown as a traceback;
a feature module that fails to import is an error, not "coming soon"."""

from __future__ import annotations

import sys

from PySide6 import QtWidgets

from praktijkdesk.errors import InvalidInput
from praktijkdesk.ui.dialogs import message
from tests.ui.conftest import answer_message, click, open_candidate, pick_person


def test_run_op_shows_the_dutch_message_and_changes_nothing(qtbot, window):
    from praktijkdesk.ui.ops import run_op

    def refuse():
        raise InvalidInput("De naam is leeg. Vul een naam in.")

    said = answer_message(qtbot)
    result = run_op(window, refuse)
    assert not result.ok and said == ["De naam is leeg. Vul een naam in."]


def test_the_excepthook_logs_and_shows_a_calm_message(qtbot, window, gui_desk, monkeypatch):
    from praktijkdesk.ui.application import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(gui_desk.data_dir)
    said = answer_message(qtbot)
    try:
        raise RuntimeError("kapot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "Er ging iets mis" in said[0] and "Traceback" not in said[0]
    log = (gui_desk.data_dir / "logs" / "praktijkdesk-fout.log").read_text(encoding="utf-8")
    assert "RuntimeError: kapot" in log


def test_a_broken_feature_module_is_an_error_not_coming_soon(qtbot, window, monkeypatch):
    """The declaration and report dialogs are plain imports: a module that fails to import is
    a real ImportError (logged, calm message), never hidden as "komt in een volgende versie"."""
    monkeypatch.setitem(sys.modules, "praktijkdesk.ui.dialogs.issue_declaration", None)
    monkeypatch.setitem(sys.modules, "praktijkdesk.ui.printing", None)
    pick_person(qtbot, window)
    open_candidate(qtbot, window, "sukru")
    said = []
    monkeypatch.setattr(message, "inform", lambda parent, title, text, **kw: said.append(text))
    for button in (
        window.overview.declaration_button,
        window.overview.progress_report_button
        if hasattr(window.overview, "progress_report_button")
        else window.overview.report_button,
    ):
        with qtbot.capture_exceptions() as raised:
            click(qtbot, button)
        assert [kind for kind, _value, _tb in raised] == [ModuleNotFoundError]
    assert not any("volgende versie" in text for text in said)
    assert isinstance(window.overview, QtWidgets.QWidget)
