"""The voortgangsoverzicht: what a candidate can do already and what they are practising.

Made for a conversation with the candidate at a site visit, so the tone is encouraging: no
grades, no red, "nog niet" in a neutral grey. Every candidate starts on a new page.
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
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.progress_report import (
    BehaviourLine,
    CoreTaskLine,
    ProgressReport,
    WorkProcessLine,
)

TITLE = "Voortgangsoverzicht"
INTRO = (
    "Dit overzicht laat zien wat al goed gaat en waar nog mee geoefend wordt. "
    "Het is bedoeld als begin van een gesprek, niet als cijferlijst."
)
CONCLUDED_MARK = "✓"

GREEN = (46, 125, 80)
TRACK = (233, 236, 239)
# Status pill: (fill or None for an outline, text colour)
PILL_STYLES = {
    MarkStatus.MASTERED: ((219, 238, 225), (30, 105, 60)),
    MarkStatus.PRACTISING: ((252, 239, 212), (135, 88, 10)),
    MarkStatus.NOT_YET: ((232, 236, 241), (78, 88, 99)),
    None: (None, MUTED),
}

LOGO_MAX_W = 36.0
LOGO_MAX_H = 13.0
LABEL_W = 42.0
PILL_W = 27.0
PILL_H = 5.2
CODE_W = 24.0  # the narrowest code column; wider when a guide's codes need it
TEXT_H = 4.6  # behaviour text line height
META_H = 4.0


class _ReportPdf(PraktijkPdf):
    def __init__(self, generated_at: str, organisation_name: str, logo: bytes | None):
        super().__init__(title=TITLE, created_at=generated_at, subject="Voortgang per kandidaat")
        self.organisation_name = organisation_name
        self.logo = logo
        self.generated_on = dutch_date(generated_at)
        self.candidate = ""
        self.candidate_first_page = 0
        self.code_w = CODE_W

    def fit_code_column(self, report: ProgressReport) -> None:
        """Widen the code column for long (example) codes such as X-ALOG-K1-W1, so a code
        never runs into its title."""
        codes = [ct.code for ct in report.core_tasks]
        codes += [wp.code for ct in report.core_tasks for wp in ct.work_processes]
        self.text_style(9, "B")
        widest = max((self.get_string_width(code) for code in codes), default=0.0)
        self.code_w = max(CODE_W, widest + 3.0)

    def header(self) -> None:
        if self.page > self.candidate_first_page:
            self.text_style(8.5, color=MUTED)
            self.set_xy(self.l_margin, self.t_margin - 6)
            self.cell(self.epw, 4, f"{TITLE} · {self.candidate} (vervolg)")
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        self.set_y(-MARGIN_BOTTOM + 6)
        self.text_style(7.5, color=MUTED)
        self.cell(self.epw, 4, f"Gemaakt met praktijkdesk op {self.generated_on}")
        if self.page_numbers_wanted():
            self.set_x(self.l_margin)
            self.cell(self.epw, 4, f"pagina {self.page_no()} van {{nb}}", align=Align.R)

    def start_candidate(self, name: str) -> None:
        self.candidate = name
        self.candidate_first_page = self.page + 1
        self.add_page()

    def lines_height(self, text: str, width: float, size: float, line_h: float, style="") -> float:
        if not text:
            return 0.0
        self.set_font(FAMILY, style, size)
        return self.text_height(text, width, line_h)

    def ensure_room(self, height: float) -> None:
        if self.will_page_break(height):
            self.add_page()


@with_fallback_fonts
def render_progress_report(
    reports: Sequence[ProgressReport],
    *,
    generated_at: str,
    organisation_name: str = "",
    logo: bytes | None = None,
) -> bytes:
    """One overview per trajectory, each starting on a new page; PDF/A-2U bytes."""
    pdf = _ReportPdf(generated_at, organisation_name, logo)
    for report in reports:
        pdf.start_candidate(report.candidate_name)
        pdf.fit_code_column(report)
        _letterhead(pdf)
        _heading(pdf, report)
        _facts(pdf, report)
        _summary(pdf, report)
        for core_task in report.core_tasks:
            _core_task(pdf, core_task)
    if not reports:
        pdf.add_page()
        pdf.text_style(11, color=MUTED)
        pdf.cell(pdf.epw, 6, "Er zijn geen trajecten gekozen voor dit overzicht.")
    return pdf.bytes()


# --------------------------------------------------------------------------- sections


def _letterhead(pdf: _ReportPdf) -> None:
    top = pdf.get_y()
    bottom = top
    if pdf.logo:
        bottom = pdf.place_logo(pdf.logo, top, LOGO_MAX_W, LOGO_MAX_H)
    if pdf.organisation_name:
        pdf.text_style(9, "B", MUTED)
        pdf.set_xy(pdf.l_margin, top)
        pdf.multi_cell(pdf.epw - LOGO_MAX_W - 6, 4.5, pdf.organisation_name)
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(pdf.l_margin, bottom + (4 if bottom > top else 0))


def _heading(pdf: _ReportPdf, report: ProgressReport) -> None:
    pdf.text_style(11, "B", ACCENT)
    pdf.set_x(pdf.l_margin)
    pdf.cell(pdf.epw, 6, TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.text_style(20, "B")
    pdf.multi_cell(pdf.epw, 9, report.candidate_name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.gap(3)


def _facts(pdf: _ReportPdf, report: ProgressReport) -> None:
    guide = report.guide_title
    if report.guide_version:
        guide += f" (versie {report.guide_version})"
    if report.period_start and not report.period_end:
        period = f"sinds {dutch_date(report.period_start)}"
    else:
        period = " tot en met ".join(
            dutch_date(d) for d in (report.period_start, report.period_end) if d
        )
    rows = [
        ("Leerbedrijf", report.employer_name),
        ("Begeleidingsdocument", guide),
        ("Praktijkopleider", report.trainer_name),
        ("Jobcoach", report.jobcoach_name),
        ("Periode", period),
    ]
    for label, value in rows:
        if not value:
            continue
        y = pdf.get_y()
        pdf.text_style(8.5, color=MUTED)
        pdf.set_xy(pdf.l_margin, y + 0.3)
        pdf.cell(LABEL_W, 4.8, label)
        pdf.text_style(10)
        pdf.set_xy(pdf.l_margin + LABEL_W, y)
        pdf.multi_cell(pdf.epw - LABEL_W, 4.8, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.gap(0.6)
    pdf.gap(3)
    pdf.text_style(9.5, color=MUTED)
    pdf.multi_cell(pdf.epw, 4.8, INTRO, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.gap(4)


def _summary(pdf: _ReportPdf, report: ProgressReport) -> None:
    work_processes = report.work_processes()
    parts = [
        f"{report.behaviours_mastered} van {report.behaviours_total} gedragsvoorbeelden beheerst"
    ]
    if work_processes:
        parts.append(f"{report.concluded_count} van {len(work_processes)} werkprocessen afgerond")
    pdf.text_style(11, "B")
    pdf.multi_cell(pdf.epw, 5.6, " · ".join(parts), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.gap(1.5)
    total = report.behaviours_total
    _bar(
        pdf,
        pdf.l_margin,
        pdf.get_y(),
        pdf.epw,
        3.2,
        report.behaviours_mastered / total if total else 0,
    )
    pdf.gap(10)


def _bar(pdf: _ReportPdf, x: float, y: float, w: float, h: float, fraction: float) -> None:
    """A rounded progress bar: light track, green fill for the mastered share."""
    with pdf.local_context(fill_color=TRACK, draw_color=TRACK, line_width=0.1):
        pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=h / 2)
    fraction = min(1.0, max(0.0, fraction))
    if fraction > 0:
        with pdf.local_context(fill_color=GREEN, draw_color=GREEN, line_width=0.1):
            pdf.rect(
                x, y, max(h, w * fraction), h, style="F", round_corners=True, corner_radius=h / 2
            )


def _core_task(pdf: _ReportPdf, core_task: CoreTaskLine) -> None:
    pdf.ensure_room(30)  # a core task heading with at least its first work process under it
    pdf.text_style(9, "B", ACCENT)
    pdf.cell(pdf.code_w, 5, core_task.code)
    pdf.multi_cell(
        pdf.epw - pdf.code_w, 5, core_task.title.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.gap(0.8)
    with pdf.local_context(draw_color=RULE, line_width=0.25):
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    pdf.gap(3.5)
    for wp in core_task.work_processes:
        _work_process(pdf, wp)


def _work_process(pdf: _ReportPdf, wp: WorkProcessLine) -> None:
    first = wp.behaviours[0] if wp.behaviours else None
    title_h = pdf.lines_height(wp.title, pdf.epw - pdf.code_w - 40, 10.5, 5.2, "B")
    pdf.ensure_room(title_h + 12 + (_behaviour_height(pdf, first) if first else 0))
    y = pdf.get_y()
    pdf.text_style(9, "B", MUTED)
    pdf.set_xy(pdf.l_margin, y + 0.3)
    pdf.cell(pdf.code_w, 5.2, wp.code)
    pdf.text_style(9, color=MUTED)
    pdf.set_xy(pdf.l_margin + pdf.epw - 40, y + 0.3)
    pdf.cell(40, 5.2, f"{wp.mastered} van {wp.total} beheerst", align=Align.R)
    pdf.text_style(10.5, "B")
    pdf.set_xy(pdf.l_margin + pdf.code_w, y)
    pdf.multi_cell(pdf.epw - pdf.code_w - 40, 5.2, wp.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.gap(1.2)
    _bar(pdf, pdf.l_margin + pdf.code_w, pdf.get_y(), pdf.epw - pdf.code_w, 2.2, wp.fraction)
    pdf.gap(4)
    if wp.concluded:
        who_when = ", ".join(p for p in (wp.concluded_by, dutch_date(wp.concluded_on)) if p)
        text = f"{CONCLUDED_MARK} Afgerond: dit werkproces is beheerst"
        pdf.text_style(9.5, "B", GREEN)
        pdf.set_x(pdf.l_margin + pdf.code_w)
        pdf.multi_cell(
            pdf.epw - pdf.code_w,
            4.8,
            f"{text} ({who_when})" if who_when else text,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.gap(2)
    for behaviour in wp.behaviours:
        _behaviour(pdf, behaviour)
    pdf.gap(4)


def _meta(behaviour: BehaviourLine) -> str:
    return " · ".join(p for p in (dutch_date(behaviour.date), behaviour.by) if p)


def _text_w(pdf: _ReportPdf) -> float:
    return pdf.epw - pdf.code_w - PILL_W - 3


def _behaviour_height(pdf: _ReportPdf, behaviour: BehaviourLine) -> float:
    width = _text_w(pdf)
    height = max(PILL_H, pdf.lines_height(behaviour.text, width, 9.5, TEXT_H))
    if _meta(behaviour):
        height += META_H
    if behaviour.note:
        height += pdf.lines_height(behaviour.note, width, 8.5, META_H)
    return height + 2.2


def _behaviour(pdf: _ReportPdf, behaviour: BehaviourLine) -> None:
    pdf.ensure_room(_behaviour_height(pdf, behaviour))
    y = pdf.get_y()
    pill_x = pdf.l_margin + pdf.code_w
    text_x = pill_x + PILL_W + 3
    _pill(pdf, pill_x, y, behaviour)
    pdf.text_style(9.5)
    pdf.set_xy(text_x, y + 0.3)
    pdf.multi_cell(_text_w(pdf), TEXT_H, behaviour.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    meta = _meta(behaviour)
    if meta:
        pdf.text_style(8, color=MUTED)
        pdf.set_x(text_x)
        pdf.cell(_text_w(pdf), META_H, meta, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if behaviour.note:
        pdf.text_style(8.5, color=(73, 80, 87))
        pdf.set_x(text_x)
        pdf.multi_cell(_text_w(pdf), META_H, behaviour.note, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(max(pdf.get_y(), y + PILL_H) + 2.2)


def _pill(pdf: _ReportPdf, x: float, y: float, behaviour: BehaviourLine) -> None:
    fill, color = PILL_STYLES[behaviour.status]
    radius = PILL_H / 2
    if fill is None:
        with pdf.local_context(draw_color=RULE, line_width=0.25):
            pdf.rect(x, y, PILL_W, PILL_H, style="D", round_corners=True, corner_radius=radius)
    else:
        with pdf.local_context(fill_color=fill):
            pdf.rect(x, y, PILL_W, PILL_H, style="F", round_corners=True, corner_radius=radius)
    pdf.text_style(7.8, "B" if fill is not None else "", color)
    pdf.set_xy(x, y)
    pdf.cell(PILL_W, PILL_H, behaviour.status_label, align=Align.C)
    pdf.set_text_color(*INK)
