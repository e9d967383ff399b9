"""The school's registration list (registratielijst) as a printable PDF: one block per issued
or withdrawn declaration, A4 portrait, so it prints without a spreadsheet."""

from __future__ import annotations

from collections.abc import Sequence

from fpdf.enums import XPos, YPos

from praktijkdesk.documents.base import ACCENT, INK, MUTED, PraktijkPdf, dutch_date

TITLE = "Registratielijst praktijkverklaringen"


class _RegistrationsPdf(PraktijkPdf):
    def footer(self) -> None:
        self.set_y(-12)
        self.text_style(7.5, color=MUTED)
        if self.page_numbers_wanted():
            self.cell(self.epw, 4, f"{self.page_no()}/{{nb}}", align="R")


def render_registrations(rows: Sequence, *, created_at: str, heading: str = "") -> bytes:
    """``rows`` are services.declarations.Registration; ``heading`` names the school/period."""
    pdf = _RegistrationsPdf(title=TITLE, subject=heading, created_at=created_at)
    pdf.add_page()
    pdf.text_style(18, "B", ACCENT)
    pdf.cell(pdf.epw, 9, TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.text_style(10, color=MUTED)
    summary = f"{len(rows)} praktijkverklaring(en)"
    pdf.multi_cell(
        pdf.epw,
        5,
        f"{heading} · {summary}" if heading else summary,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.gap(4)
    for row in rows:
        if pdf.will_page_break(26):
            pdf.add_page()
        with pdf.local_context(draw_color=(206, 212, 218)):
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
        pdf.gap(1.5)
        status = f"uitgereikt op {dutch_date(row.issued_on)}"
        if row.withdrawn_on:
            status += f"  ·  ingetrokken op {dutch_date(row.withdrawn_on)}"
        _line(pdf, f"{row.number}  ·  {status}", 10, "B")
        born = (
            f" (geboren {dutch_date(row.candidate_birth_date)})" if row.candidate_birth_date else ""
        )
        qualification = ", ".join(
            p
            for p in (
                row.qualification,
                row.crebo and f"crebo {row.crebo}",
                row.level and f"niveau {row.level}",
            )
            if p
        )
        _line(pdf, f"{row.candidate_name}{born} — {qualification}", 10)
        _line(pdf, f"Werkprocessen: {row.work_processes}", 9, color=MUTED)
        employer = ", ".join(
            p
            for p in (
                row.employer,
                row.employer_place,
                row.employer_sbb_number and f"SBB {row.employer_sbb_number}",
            )
            if p
        )
        school = ", ".join(
            p for p in (row.school, row.school_brin and f"BRIN {row.school_brin}") if p
        )
        _line(
            pdf,
            "  ·  ".join(p for p in (employer, f"praktijkopleider {row.trainer}", school) if p),
            9,
            color=MUTED,
        )
        pdf.gap(2.5)
    return pdf.bytes()


def _line(pdf: PraktijkPdf, text: str, size: float, style: str = "", color=INK) -> None:
    pdf.text_style(size, style, color)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(pdf.epw, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
