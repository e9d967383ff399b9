"""The praktijkverklaring as a PDF: one calm A4 page, framed-certificate quality.

Input is the immutable ``DeclarationSnapshot`` (what the page shows) plus signatures; output is
PDF/A-2U bytes, identical for identical input, so an issued declaration can be reprinted.
"""

from __future__ import annotations

from collections.abc import Sequence

from fpdf.enums import Align, XPos, YPos

from praktijkdesk.documents.base import (
    ACCENT,
    FAMILY,
    INK,
    MARGIN_BOTTOM,
    MUTED,
    RULE,
    PraktijkPdf,
    dutch_date,
)
from praktijkdesk.documents.fonts import with_fallback_fonts
from praktijkdesk.documents.signature import draw_strokes
from praktijkdesk.domain.declaration import (
    SIGNATURE_ROLE_LABELS,
    DeclarationSnapshot,
    DeclaredCoreTask,
    Signature,
    SignatureLine,
)
from praktijkdesk.domain.school import issued_by_sentence, one_full_stop

TITLE = "Praktijkverklaring"
SUBTITLE = "mbo-praktijkverklaring"
DRAFT_MARK = "CONCEPT"
DRAFT_BANNER = "CONCEPT — niet geldig"
EXAMPLE_MARK = "VOORBEELD"
EXAMPLE_BANNER = (
    "VOORBEELD — gemaakt met een voorbeeld-begeleidingsdocument; de codes zijn niet officieel"
)
WITHDRAWN_MARK = "INGETROKKEN"
STALE_SIGNATURE_NOTE = "handtekening verlopen: gegevens gewijzigd"
# Layout 1 (declarations issued before the school): kept word for word for their reprints.
FOOTER_TEXT_V1 = (
    "Gemaakt met praktijkdesk. De verklaring berust op het oordeel van de praktijkopleider."
)
# No product name on the formal page (the PDF metadata names the creator).
JUDGEMENT_TEXT = "Deze verklaring berust op het oordeel van de praktijkopleider van {employer}."

STAMP_RED = (178, 34, 34)
WATERMARK_DRAFT = (236, 226, 226)  # light enough to read the text through
WATERMARK_WITHDRAWN = (244, 214, 214)

LOGO_MAX_W = 42.0
LOGO_MAX_H = 16.0
LABEL_W = 44.0  # the label column of the details list
CODE_W = 26.0  # the code column of the work process list
WP_LINE_H = 5.0
SIGNATURE_INK_H = 17.0  # room above the line for a pen or a drawn signature
SIGNATURE_GAP = 10.0


class _DeclarationPdf(PraktijkPdf):
    def __init__(self, snapshot: DeclarationSnapshot, withdrawn_text: str | None):
        super().__init__(
            title=f"{TITLE} {snapshot.number} – {snapshot.candidate_name}",
            subject=f"{SUBTITLE} {snapshot.qualification_name}",
            created_at=snapshot.issued_at,
        )
        self.snapshot = snapshot
        self.withdrawn_text = withdrawn_text

    # ---- page furniture (fpdf2 calls these for every page)

    def header(self) -> None:
        # The watermark goes first, so everything printed afterwards lies on top of it.
        if self.withdrawn_text is not None:
            self._watermark(WITHDRAWN_MARK, WATERMARK_WITHDRAWN, 64)
            self._banner(f"{WITHDRAWN_MARK} — {self.withdrawn_text}".rstrip(" —"))
        elif self.snapshot.example:
            self._watermark(EXAMPLE_MARK, WATERMARK_DRAFT, 78)
            self._banner(EXAMPLE_BANNER)
        elif self.snapshot.draft:
            self._watermark(DRAFT_MARK, WATERMARK_DRAFT, 96)
            self._banner(DRAFT_BANNER)
        if self.page > 1:
            self.text_style(8.5, color=MUTED)
            self.set_xy(self.l_margin, self.t_margin - 6)
            self.cell(
                self.epw, 4, f"{TITLE} {self.snapshot.number} · {self.snapshot.candidate_name}"
            )
        self.set_xy(self.l_margin, self.t_margin)  # content always starts at the top margin

    def footer(self) -> None:
        self.set_y(-MARGIN_BOTTOM + 6)
        self.text_style(7.5, color=MUTED)
        if self.snapshot.layout < 2:
            self.cell(self.epw, 4, FOOTER_TEXT_V1, align=Align.C)
        else:
            self.cell(self.epw, 4, f"{TITLE} {self.snapshot.number}", align=Align.L)
        if self.page_numbers_wanted():
            self.set_x(self.l_margin)
            self.cell(self.epw, 4, f"{self.page_no()}/{{nb}}", align=Align.R)

    def _watermark(self, word: str, color: tuple[int, int, int], size: float) -> None:
        with self.local_context():
            self.text_style(size, "B", color)
            cx, cy = self.w / 2, self.h / 2
            with self.rotation(angle=54.7, x=cx, y=cy):  # along the A4 diagonal
                width = self.get_string_width(word)
                self.text(cx - width / 2, cy + self.font_size * 0.35, word)

    def _banner(self, text: str) -> None:
        self.text_style(9, "B", STAMP_RED)
        self.set_xy(self.l_margin, 6)
        # At most two lines: the band above the top margin is all there is.
        self.multi_cell(self.epw, 4.2, _shorten(self, text, 2 * self.epw - 10), align=Align.C)
        self.set_text_color(*INK)

    # ---- building blocks

    def line_text(self, text: str, size: float, style: str = "", color=INK, h: float | None = None):
        self.text_style(size, style, color)
        self.set_x(self.l_margin)
        self.multi_cell(
            self.epw, h or size * 0.5, text, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )

    def rule(self, color=RULE, width: float = 0.25) -> None:
        with self.local_context(draw_color=color, line_width=width):
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + self.epw, y)


@with_fallback_fonts
def render_declaration(
    snapshot: DeclarationSnapshot,
    *,
    signatures: Sequence[Signature] = (),
    logo: bytes | None = None,
    withdrawn_text: str | None = None,
) -> bytes:
    """The declaration as PDF/A-2U bytes.

    ``signatures`` are matched to ``snapshot.signature_lines`` by role; one given on other data
    (stale ``snapshot_sha256``) is not drawn. ``withdrawn_text`` (even "") marks the
    declaration INGETROKKEN, with the text as the reason.
    """
    pdf = _DeclarationPdf(snapshot, withdrawn_text)
    pdf.add_page()
    _letterhead(pdf, snapshot, logo)
    _title(pdf, snapshot)
    _candidate(pdf, snapshot)
    _details(pdf, snapshot)
    _work_processes(pdf, snapshot.core_tasks)
    _closing(pdf, snapshot, signatures)
    return pdf.bytes()


def _shorten(pdf: PraktijkPdf, text: str, width: float) -> str:
    """Cut the text with an ellipsis so it stays within ``width`` mm."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


# --------------------------------------------------------------------------- sections


def _letterhead(pdf: _DeclarationPdf, snapshot: DeclarationSnapshot, logo: bytes | None) -> None:
    top = pdf.get_y()
    bottom = top
    if logo:
        bottom = max(bottom, pdf.place_logo(logo, top, LOGO_MAX_W, LOGO_MAX_H))
    # The letterhead: the school that issues (or the organisation from the settings).
    heading = snapshot.school_name or snapshot.organisation_name
    if heading:
        pdf.set_xy(pdf.l_margin, top)
        pdf.text_style(9.5, "B", MUTED)
        pdf.multi_cell(pdf.epw - LOGO_MAX_W - 6, 4.5, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        below = (
            ", ".join(
                p
                for p in (
                    snapshot.school_place,
                    f"BRIN {snapshot.school_brin}" if snapshot.school_brin else "",
                )
                if p
            )
            if snapshot.school_name
            else ""
        )
        if below:
            pdf.text_style(8.5, color=MUTED)
            pdf.multi_cell(
                pdf.epw - LOGO_MAX_W - 6, 4.2, below, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(pdf.l_margin, bottom + (4 if bottom > top else 0))


def _title(pdf: _DeclarationPdf, snapshot: DeclarationSnapshot) -> None:
    pdf.text_style(27, "B", ACCENT)
    pdf.set_x(pdf.l_margin)
    pdf.cell(pdf.epw, 11, TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.text_style(11, color=MUTED)
    y = pdf.get_y()
    pdf.cell(pdf.epw / 2, 6, SUBTITLE)
    pdf.text_style(9, color=MUTED)
    pdf.set_xy(pdf.l_margin + pdf.epw / 2, y)
    pdf.cell(pdf.epw / 2, 6, f"Nummer {snapshot.number}", align=Align.R)
    pdf.set_xy(pdf.l_margin, y + 8)
    with pdf.local_context(fill_color=ACCENT):
        pdf.rect(pdf.l_margin, pdf.get_y(), 18, 1.1, style="F")
    pdf.gap(9)


def _candidate(pdf: _DeclarationPdf, snapshot: DeclarationSnapshot) -> None:
    pdf.line_text(snapshot.candidate_name, 21, "B", INK, h=10)
    if snapshot.candidate_birth_date:
        pdf.line_text(f"geboren op {dutch_date(snapshot.candidate_birth_date)}", 10, color=MUTED)
    pdf.gap(2.5)
    pdf.line_text(_statement(snapshot), 11, h=5.6)
    pdf.gap(5)


def _statement(snapshot: DeclarationSnapshot) -> str:
    employer = snapshot.employer_name
    if snapshot.employer_place:
        employer += f" in {snapshot.employer_place}"
    if snapshot.layout < 2:
        return (
            f"heeft in de praktijk bij {employer} laten zien de werkprocessen hieronder te "
            "beheersen, naar het oordeel van de praktijkopleider."
        )
    return (
        f"heeft in de praktijk bij {employer} laten zien dat hij/zij de werkprocessen "
        "hieronder beheerst."
    )


def _issued_by(snapshot: DeclarationSnapshot) -> str:
    """Who issues on whose judgement: the school's chosen wording, or the judgement alone."""
    if snapshot.school_name:
        return issued_by_sentence(
            snapshot.school_wording, snapshot.school_name, snapshot.employer_name
        )
    return one_full_stop(JUDGEMENT_TEXT.format(employer=snapshot.employer_name))


def _details(pdf: _DeclarationPdf, snapshot: DeclarationSnapshot) -> None:
    for label, value, extra in _detail_rows(snapshot):
        _detail_row(pdf, label, value, extra)
    pdf.gap(6)


def _detail_rows(snapshot: DeclarationSnapshot) -> list[tuple[str, str, str]]:
    qualification_extra = " · ".join(
        part
        for part in (
            f"crebo {snapshot.qualification_crebo}" if snapshot.qualification_crebo else "",
            _level(snapshot.qualification_level),
        )
        if part
    )
    employer = ", ".join(p for p in (snapshot.employer_name, snapshot.employer_place) if p)
    employer_extra = (
        f"erkenningsnummer SBB {snapshot.employer_sbb_number}"
        if snapshot.employer_sbb_number
        else ""
    )
    qualification_file = snapshot.qualification_file
    if qualification_file and snapshot.qualification_file_version:
        qualification_file += f", versie {snapshot.qualification_file_version}"
    school = ", ".join(p for p in (snapshot.school_name, snapshot.school_place) if p)
    rows = [
        ("Kwalificatie", snapshot.qualification_name, qualification_extra),
        ("Kwalificatiedossier", qualification_file, ""),
        ("Leerbedrijf", employer, employer_extra),
        ("Praktijkopleider", snapshot.trainer_name, ""),
        ("Periode", _period(snapshot.period_start, snapshot.period_end), ""),
        ("Mbo-instelling", school, f"BRIN {snapshot.school_brin}" if snapshot.school_brin else ""),
    ]
    return [row for row in rows if row[1]]


def _level(level: str) -> str:
    level = (level or "").strip()
    if not level:
        return ""
    if level.casefold() in ("entree", "1"):
        return "Entree (niveau 1)"
    return f"niveau {level}" if level.isdigit() else level


def _period(start: str, end: str) -> str:
    if start and end:
        return f"{dutch_date(start)} tot en met {dutch_date(end)}"
    if start:
        return f"vanaf {dutch_date(start)}"
    return f"tot en met {dutch_date(end)}" if end else ""


def _detail_row(pdf: _DeclarationPdf, label: str, value: str, extra: str) -> None:
    y = pdf.get_y()
    value_x = pdf.l_margin + LABEL_W
    pdf.text_style(9, color=MUTED)
    pdf.set_xy(pdf.l_margin, y + 0.4)
    pdf.cell(LABEL_W, 5, label)
    pdf.text_style(10.5)
    pdf.set_xy(value_x, y)
    pdf.multi_cell(pdf.epw - LABEL_W, 5.4, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if extra:
        pdf.text_style(9, color=MUTED)
        pdf.set_x(value_x)
        pdf.multi_cell(pdf.epw - LABEL_W, 4.6, extra, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.gap(1.1)


def _work_processes(pdf: _DeclarationPdf, core_tasks: Sequence[DeclaredCoreTask]) -> None:
    _section_heading(pdf, "Werkprocessen")
    for index, core_task in enumerate(core_tasks):
        if index:
            pdf.gap(2.2)
        first_title = core_task.work_processes[0].title if core_task.work_processes else ""
        # Never leave a core task heading alone at the bottom of a page.
        needed = 7 + _text_height(pdf, first_title, pdf.epw - CODE_W, 10.5, WP_LINE_H)
        if pdf.will_page_break(needed):
            pdf.add_page()
        _code_and_text(pdf, core_task.code, core_task.title, "B", 10.5)
        pdf.gap(0.8)
        for wp in core_task.work_processes:
            if pdf.will_page_break(_text_height(pdf, wp.title, pdf.epw - CODE_W, 10.5, WP_LINE_H)):
                pdf.add_page()
            _code_and_text(pdf, wp.code, wp.title, "", 10.5)
            pdf.gap(0.4)
    pdf.gap(6)


def _section_heading(pdf: _DeclarationPdf, text: str) -> None:
    pdf.text_style(9, "B", ACCENT)
    pdf.set_x(pdf.l_margin)
    pdf.cell(pdf.epw, 5, text.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.gap(0.8)
    pdf.rule()
    pdf.gap(2.5)


def _text_height(
    pdf: _DeclarationPdf, text: str, width: float, size: float, line_h: float
) -> float:
    pdf.set_font(FAMILY, "", size)
    return pdf.text_height(text, width, line_h)


def _code_and_text(pdf: _DeclarationPdf, code: str, text: str, style: str, size: float) -> None:
    y = pdf.get_y()
    pdf.text_style(size - 1.5, style, MUTED if not style else ACCENT)
    pdf.set_xy(pdf.l_margin, y + 0.35)
    pdf.cell(CODE_W, WP_LINE_H, code)
    pdf.text_style(size, style)
    pdf.set_xy(pdf.l_margin + CODE_W, y)
    pdf.multi_cell(pdf.epw - CODE_W, WP_LINE_H, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _closing(
    pdf: _DeclarationPdf, snapshot: DeclarationSnapshot, signatures: Sequence[Signature]
) -> None:
    lines = snapshot.signature_lines
    per_row = _signatures_per_row(len(lines))
    rows = -(-len(lines) // per_row) if lines else 0
    block_h = 5 + SIGNATURE_INK_H + 12
    # Place, date and signatures belong together: move them to a new page as one piece.
    issued_by = _issued_by(snapshot) if snapshot.layout >= 2 else ""
    issued_by_h = _text_height(pdf, issued_by, pdf.epw, 10.5, 5.4) + 4 if issued_by else 0
    if pdf.will_page_break(8 + issued_by_h + rows * (block_h + 4)):
        pdf.add_page()
    if issued_by:
        pdf.line_text(issued_by, 10.5, h=5.4)
        pdf.gap(4)
    place_date = ", ".join(p for p in (snapshot.place, dutch_date(snapshot.date)) if p)
    if place_date:
        pdf.line_text(place_date, 10.5, h=5.4)
        pdf.gap(5)
    width = (pdf.epw - SIGNATURE_GAP * (per_row - 1)) / per_row
    for row in range(rows):
        top = pdf.get_y()
        for column, line in enumerate(lines[row * per_row : (row + 1) * per_row]):
            x = pdf.l_margin + column * (width + SIGNATURE_GAP)
            _signature_block(pdf, snapshot, line, _signature_for(line, signatures), x, top, width)
        pdf.set_xy(pdf.l_margin, top + block_h + 4)


def _signatures_per_row(count: int) -> int:
    return 3 if count == 3 or count > 4 else 2


def _signature_for(line: SignatureLine, signatures: Sequence[Signature]) -> Signature | None:
    return next((s for s in signatures if s.role == line.role), None)


def _signature_block(
    pdf: _DeclarationPdf,
    snapshot: DeclarationSnapshot,
    line: SignatureLine,
    signature: Signature | None,
    x: float,
    top: float,
    width: float,
) -> None:
    pdf.text_style(8.5, color=MUTED)
    pdf.set_xy(x, top)
    # The school is named in the sentence just above; "Namens ROC …" would not fit a column.
    pdf.cell(width, 4.5, SIGNATURE_ROLE_LABELS.get(line.role, line.role))
    ink_top = top + 5
    line_y = ink_top + SIGNATURE_INK_H
    note = ""
    if signature is not None:
        if signature.is_for(snapshot):
            draw_strokes(pdf, signature.strokes, x + 1, ink_top + 1, width - 2, SIGNATURE_INK_H - 2)
        else:
            note = STALE_SIGNATURE_NOTE  # given on other data: never print it as valid
    with pdf.local_context(draw_color=MUTED, line_width=0.3):
        pdf.line(x, line_y, x + width, line_y)
    name = line.name or (signature.name if signature and not note else "")
    pdf.text_style(10)
    pdf.set_xy(x, line_y + 1.2)
    pdf.cell(width, 5, name)
    if note:
        pdf.text_style(7.5, color=STAMP_RED)
        pdf.set_xy(x, line_y + 6)
        pdf.cell(width, 4, note)
    elif signature is not None:
        pdf.text_style(7.5, color=MUTED)
        pdf.set_xy(x, line_y + 6)
        pdf.cell(width, 4, f"getekend op {dutch_date(signature.signed_at)}")
