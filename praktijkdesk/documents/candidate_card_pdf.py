"""*Wat ik al kan*: the candidate's card to take home (issue #16). One A4 page.

Pictures (OpenMoji SVGs from resources/pictures), the candidate's name, stars per work process,
what they master with a check, and one warm sentence. No grades, no red, no "nog niet".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from praktijkdesk.documents.base import ACCENT, INK, MUTED, PraktijkPdf, dutch_date
from praktijkdesk.documents.fonts import with_fallback_fonts
from praktijkdesk.domain.self_view import candidate_text
from praktijkdesk.paths import resource

TITLE = "Wat ik al kan"
STARS = 5
GOLD = (232, 170, 20)
STAR_TRACK = (214, 218, 222)
GREEN = (30, 105, 60)
PICTURE = 20.0  # mm, a work process's picture
SMALL_PICTURE = 7.0  # mm, a behaviour's picture
PAGE_BOTTOM = 280.0  # mm: the page ends here for our content (one page, always)


@dataclass(frozen=True)
class CardData:
    name: str
    first_name: str
    # (plain title, picture code, stars 0..STARS, concluded)
    work_processes: tuple[tuple[str, str, int, bool], ...]
    mastered: tuple[tuple[str, str], ...]  # (behaviour text, picture code)
    made_on: str  # ISO date


def warm_sentence(first_name: str, mastered_count: int) -> str:
    if mastered_count:
        return (
            f"Knap gedaan, {first_name}! Dit heb je geleerd door het te doen. "
            "Je kunt trots zijn op jezelf."
        )
    return f"Je bent goed begonnen, {first_name}. Elke dag leer je iets nieuws."


def picture_path(code: str) -> Path | None:
    if not code:
        return None
    path = resource("pictures", f"{code}.svg")
    return path if path.is_file() else None


@with_fallback_fonts
def render_card(data: CardData) -> bytes:
    pdf = PraktijkPdf(
        title=f"{TITLE} – {data.name}",
        created_at=f"{data.made_on}T12:00:00+00:00",
        subject="Wat de kandidaat al kan",
    )
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _heading(pdf, data)
    _work_processes(pdf, data)
    _mastered(pdf, data)
    pdf.set_y(PAGE_BOTTOM)
    pdf.text_style(9, color=MUTED)
    pdf.cell(pdf.epw, 5, f"{dutch_date(data.made_on)}  ·  pictogrammen: OpenMoji (CC BY-SA 4.0)")
    return pdf.bytes()


def _heading(pdf: PraktijkPdf, data: CardData) -> None:
    pdf.text_style(30, "B", ACCENT)
    pdf.cell(pdf.epw, 14, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.text_style(22, "B", INK)
    pdf.multi_cell(pdf.epw, 10, data.name, new_x="LMARGIN", new_y="NEXT")
    pdf.gap(2)
    pdf.text_style(14, color=INK)
    pdf.multi_cell(
        pdf.epw,
        7,
        warm_sentence(data.first_name, len(data.mastered)),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.gap(5)


def _work_processes(pdf: PraktijkPdf, data: CardData) -> None:
    """Two columns of picture + title + stars."""
    column = (pdf.epw - 6) / 2
    row_h = PICTURE + 4
    rows = (len(data.work_processes) + 1) // 2
    # Many work processes: smaller rows, so the page still holds the list of what they can.
    if rows * row_h > 110:
        row_h = max(12.0, 110 / max(rows, 1))
    size = min(PICTURE, row_h - 4)
    top = pdf.get_y()
    for i, (title, picture, stars, _concluded) in enumerate(data.work_processes):
        x = pdf.l_margin + (i % 2) * (column + 6)
        y = top + (i // 2) * row_h
        path = picture_path(picture)
        if path is not None:
            pdf.image(str(path), x=x, y=y, w=size, h=size)
        text_x = x + size + 3
        pdf.set_xy(text_x, y)
        pdf.text_style(12 if size >= 16 else 9.5, "B", INK)
        pdf.multi_cell(
            column - size - 3,
            5 if size >= 16 else 4,
            title,
            max_line_height=5,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        _stars(pdf, text_x, min(pdf.get_y() + 1, y + size - 5), stars, 2.4 if size >= 16 else 1.8)
    pdf.set_y(top + rows * row_h + 2)


def _stars(pdf: PraktijkPdf, x: float, y: float, lit: int, radius: float) -> None:
    for k in range(STARS):
        colour = GOLD if k < lit else STAR_TRACK
        pdf.set_fill_color(*colour)
        pdf.set_draw_color(*colour)
        pdf.star(
            x + radius + k * (radius * 2.4),
            y + radius,
            radius * 0.45,
            radius,
            5,
            rotate_degrees=-90,
            style="F",
        )


def _mastered(pdf: PraktijkPdf, data: CardData) -> None:
    if not data.mastered:
        return
    pdf.set_draw_color(214, 218, 222)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    pdf.gap(3)
    pdf.text_style(16, "B", ACCENT)
    pdf.cell(pdf.epw, 9, "Dit kan ik al", new_x="LMARGIN", new_y="NEXT")
    room = PAGE_BOTTOM - 4 - pdf.get_y()
    texts = [(candidate_text(t), p) for t, p in data.mastered]
    # The largest text that fits the one page; the last resort names how many more there are.
    for size, line_h in ((13, 6.4), (11.5, 5.6), (10, 4.9), (9, 4.4)):
        pdf.text_style(size)
        width = pdf.epw - 8 - SMALL_PICTURE - 2
        heights = [max(pdf.text_height(t, width, line_h), line_h) + 1.2 for t, _ in texts]
        if sum(heights) <= room:
            break
    shown = len(texts)
    while shown and sum(heights[:shown]) > room - (line_h + 1.2):
        shown -= 1
    if shown == len(texts) or sum(heights) <= room:
        shown = len(texts)
    for text, picture in texts[:shown]:
        y = pdf.get_y()
        pdf.set_text_color(*GREEN)
        pdf.set_font(style="B")
        pdf.cell(7, line_h, "✓")
        path = picture_path(picture)
        if path is not None:
            pdf.image(
                str(path),
                x=pdf.l_margin + 7,
                y=y - 0.6,
                w=SMALL_PICTURE * line_h / 6.4,
                h=SMALL_PICTURE * line_h / 6.4,
            )
        pdf.set_xy(pdf.l_margin + 8 + SMALL_PICTURE, y)
        pdf.set_text_color(*INK)
        pdf.set_font(style="")
        pdf.multi_cell(width, line_h, text, new_x="LMARGIN", new_y="NEXT")
        pdf.gap(1.2)
    if shown < len(texts):
        pdf.set_text_color(*MUTED)
        pdf.cell(
            pdf.epw,
            line_h,
            f"… en nog {len(texts) - shown} dingen meer.",
            new_x="LMARGIN",
            new_y="NEXT",
        )
