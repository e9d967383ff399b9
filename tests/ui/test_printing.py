"""Preview, print (to a PDF file, as a headless printer), save, open, and the no-printer path."""

from __future__ import annotations

import pytest
from PySide6 import QtPrintSupport, QtWidgets

from praktijkdesk.ui import printing
from tests.services.declaration_data import HARD_NAMES, add_candidate, master, page_count


@pytest.fixture
def two_page_report(desk, trainer):
    t = add_candidate(desk, trainer, HARD_NAMES[0])
    master(desk, t, trainer, ["B1-K1-W1"])
    return desk.reports.progress_report([t.id]), t


def pdf_printer(path) -> QtPrintSupport.QPrinter:
    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_painter_loop_prints_every_page(qapp, two_page_report, tmp_path):
    data, _ = two_page_report
    out = tmp_path / "printed.pdf"
    pages = printing.paint_pdf(pdf_printer(out), data)
    assert pages == page_count(data) > 1
    assert page_count(out.read_bytes()) == pages


def test_print_pdf_without_the_dialog(qapp, two_page_report, tmp_path):
    data, _ = two_page_report
    out = tmp_path / "printed.pdf"
    assert printing.print_pdf(None, data, printer=pdf_printer(out), ask=False)
    assert page_count(out.read_bytes()) == page_count(data)


def test_the_preview_shows_every_page(qtbot, two_page_report):
    data, _ = two_page_report
    preview = printing.PdfPreview()
    qtbot.addWidget(preview)
    preview.set_data(data)
    assert preview.page_count() == page_count(data)
    assert preview.view.pageMode() is preview.view.PageMode.MultiPage
    assert preview.view.zoomMode() is preview.view.ZoomMode.FitToWidth
    preview.set_data(data)  # loading again replaces the document
    assert preview.page_count() == page_count(data)


def test_no_printer_disables_print_and_says_what_to_do(qtbot, desk, two_page_report, monkeypatch):
    data, _ = two_page_report
    monkeypatch.setattr(printing, "printers_available", lambda: False)
    dialog = printing.PdfDialog(
        None, title="Test", file_name="x.pdf", data_dir=desk.data_dir, data=data
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_button.isEnabled()
    assert dialog.printer_note.isVisible()
    assert dialog.printer_note.text() == (
        "Er is geen printer gevonden. Sla de verklaring op als PDF of open hem in de PDF-lezer."
    )
    assert dialog.save_button.isEnabled() and dialog.open_button.isEnabled()
    for button in (
        dialog.print_button,
        dialog.save_button,
        dialog.open_button,
        dialog.close_button,
    ):
        assert button.minimumHeight() >= 48 and button.accessibleName()


def test_with_a_printer_print_is_enabled(qtbot, desk, two_page_report, monkeypatch):
    data, _ = two_page_report
    monkeypatch.setattr(printing, "printers_available", lambda: True)
    dialog = printing.PdfDialog(None, title="Test", file_name="x.pdf", data=data)
    qtbot.addWidget(dialog)
    assert dialog.print_button.isEnabled() and dialog.printer_note.isHidden()


def test_save_writes_the_exact_bytes(qtbot, two_page_report, tmp_path, monkeypatch):
    data, _ = two_page_report
    target = tmp_path / "gekozen"
    monkeypatch.setattr(
        QtWidgets.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(printing, "confirm_saved", lambda *a, **k: "close")
    written = printing.save_pdf(None, data, "Voortgang Şükrü.pdf")
    assert written == tmp_path / "gekozen.pdf" and written.read_bytes() == data
    monkeypatch.setattr(
        QtWidgets.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", ""))
    )
    assert printing.save_pdf(None, data, "x.pdf") is None


def test_open_in_viewer_writes_into_the_data_folders_tmp(qapp, desk, two_page_report):
    data, _ = two_page_report
    path = printing.open_in_viewer(data, 'PV-2026-0001 Zoë/"x"', desk.data_dir, launch=False)
    assert path.parent == desk.data_dir / "tmp"
    assert path.name == "PV-2026-0001 Zoë x.pdf" and path.read_bytes() == data


def test_the_progress_report_dialog_renders_on_a_worker(qtbot, desk, two_page_report):
    _, t = two_page_report
    dialog = printing.progress_report_dialog(None, desk, [t.id], "Voortgang", "v.pdf")
    qtbot.addWidget(dialog)
    assert dialog.data is None and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=20000)
    assert dialog.preview.page_count() == page_count(dialog.data)


def test_open_progress_report_entry_point(qtbot, desk, two_page_report, monkeypatch):
    _, t = two_page_report
    shown = []
    monkeypatch.setattr(printing.PdfDialog, "exec", lambda self: shown.append(self) or 0)
    dialog = printing.open_progress_report(None, desk, t.id)
    qtbot.addWidget(dialog)
    assert shown == [dialog]
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=20000)
    assert dialog.windowTitle() == f"Voortgangsoverzicht van {HARD_NAMES[0]}"


def test_employer_report_dialog(qtbot, desk, trainer, monkeypatch):
    for name in HARD_NAMES[:3]:
        add_candidate(desk, trainer, name)
    monkeypatch.setattr(printing.PdfDialog, "exec", lambda self: 0)
    dialog = printing.open_employer_report(None, desk, trainer.employer_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=30000)
    assert dialog.preview.page_count() >= 3


def test_save_asks_before_replacing_a_file_the_dialog_did_not_ask_about(
    qtbot, two_page_report, tmp_path, monkeypatch
):
    """The save dialog confirmed "gekozen"; ".pdf" is added after it, so "gekozen.pdf" (which
    exists) is asked about here: Annuleren keeps it, Vervangen replaces it."""
    from tests.ui.conftest import answer_message

    data, _ = two_page_report
    existing = tmp_path / "gekozen.pdf"
    existing.write_bytes(b"oud")
    # After a save the app says where the PDF went (issue 10); a modal box here would wait.
    confirmed: list = []
    monkeypatch.setattr(
        printing, "confirm_saved", lambda parent, path, **k: confirmed.append(path) or "close"
    )
    monkeypatch.setattr(
        QtWidgets.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "gekozen"), "")),
    )
    asked = answer_message(qtbot, "Annuleren")
    assert printing.save_pdf(None, data, "x.pdf") is None
    assert asked and existing.read_bytes() == b"oud"
    assert confirmed == []  # nothing saved, nothing confirmed
    asked = answer_message(qtbot, "Vervangen")
    assert printing.save_pdf(None, data, "x.pdf") == existing
    assert asked and existing.read_bytes() == data
    assert confirmed == [existing]
    # Confirmed by the dialog itself (the exact name): no second question, replaced.
    monkeypatch.setattr(
        QtWidgets.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(existing), ""))
    )
    existing.write_bytes(b"weer oud")
    assert printing.save_pdf(None, data, "x.pdf") == existing and existing.read_bytes() == data
    assert confirmed == [existing, existing]
