"""A text that fits one line is drawn with cell() instead of fpdf2's line breaker
(PraktijkPdf.multi_cell): the page, the position afterwards and the bytes must be what
fpdf2's own multi_cell makes, also right at the width limit and at the bottom of a page."""

from __future__ import annotations

import pytest
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from praktijkdesk.documents import base
from praktijkdesk.documents.base import FAMILY, PraktijkPdf
from praktijkdesk.documents.declaration_pdf import render_declaration
from praktijkdesk.documents.progress_report_pdf import render_progress_report
from tests.documents import samples

TEXTS = (
    "Zet de bestelling klaar volgens de picklijst",
    "Nguyễn Thị Ánh · Марія Шевченко · Zoë Ĳsselmeer-D'Hondt",
    "  leading and trailing spaces  ",
    "twee  spaties",
    "ab",
)


def page(one_line_path: bool, monkeypatch) -> tuple[bytes, list[tuple[float, float]]]:
    if not one_line_path:
        monkeypatch.setattr(PraktijkPdf, "_fits_one_line", lambda *args: False)
    pdf = PraktijkPdf(title="t", created_at="2026-03-12T09:00:00Z")
    pdf.add_page()
    pdf.set_font(FAMILY, "", 10)
    positions = []
    for text in TEXTS:
        width = FPDF.get_string_width(pdf, text.strip())
        # Wide room, the exact width, a hair more and a hair less than the text needs.
        for w in (120, width, width + 0.005, width + 0.02, width - 0.02):
            for align in (Align.L, Align.C, Align.R):
                for new_x, new_y in (
                    (XPos.RIGHT, YPos.NEXT),
                    (XPos.LMARGIN, YPos.NEXT),
                    (XPos.RIGHT, YPos.TOP),
                ):
                    pdf.set_x(pdf.l_margin + 3)
                    pdf.multi_cell(w, 4.2, text, align=align, new_x=new_x, new_y=new_y)
                    positions.append((round(pdf.get_x(), 6), round(pdf.get_y(), 6)))
                    if new_y == YPos.TOP:
                        pdf.ln(4.2)
                pdf.set_x(pdf.l_margin + 3)
                pdf.multi_cell(w, 4.2, text, align=align)  # multi_cell's own defaults
                positions.append((round(pdf.get_x(), 6), round(pdf.get_y(), 6)))
                pdf.set_x(pdf.l_margin)
        pdf.set_font(FAMILY, "B", 9)
    # Near the bottom: the one line must break to the next page exactly as fpdf2 does.
    pdf.set_y(pdf.h - base.MARGIN_BOTTOM - 3)
    before = pdf.page
    pdf.multi_cell(80, 5, "Past niet meer op deze pagina", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    positions.append((pdf.page - before, round(pdf.get_y(), 6)))
    monkeypatch.undo()
    return pdf.bytes(), positions


def test_the_one_line_path_draws_what_fpdf2_draws(monkeypatch):
    fast, fast_positions = page(True, monkeypatch)
    slow, slow_positions = page(False, monkeypatch)
    assert fast_positions == slow_positions
    assert fast_positions[-1][0] == 1  # the last line did move to a new page
    assert fast == slow


def test_the_one_line_path_is_taken(monkeypatch):
    """Else the test above would compare fpdf2 with itself."""
    calls = []
    original = FPDF.multi_cell

    def counting(self, *args, **kwargs):
        calls.append(kwargs.get("dry_run", False))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(FPDF, "multi_cell", counting)
    pdf = PraktijkPdf(title="t", created_at="2026-03-12T09:00:00Z")
    pdf.add_page()
    pdf.set_font(FAMILY, "", 10)
    pdf.multi_cell(120, 4.2, TEXTS[0])
    assert calls == []
    pdf.multi_cell(20, 4.2, TEXTS[0])  # two lines and more: fpdf2's own line breaking
    assert calls == [False]


@pytest.mark.parametrize("what", ["declaration", "report"])
def test_whole_documents_are_the_same_either_way(what, monkeypatch):
    if what == "declaration":
        snap = samples.snapshot(name=samples.NAMES[3], work_processes=13)

        def render():
            return render_declaration(snap, signatures=(samples.signature(snap),))
    else:
        reports = [samples.progress_report(name, small=False) for name in samples.NAMES]

        def render():
            return render_progress_report(
                reports,
                generated_at="2026-03-12T09:00:00Z",
                organisation_name="Stichting " + "lang " * 30,
            )

    fast = render()
    monkeypatch.setattr(PraktijkPdf, "_fits_one_line", lambda *args: False)
    assert render() == fast
