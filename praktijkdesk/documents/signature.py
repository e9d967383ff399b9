"""A drawn signature: pen strokes → vector polylines, fitted into a box on the page.

Strokes are in pad pixels (see ``domain.declaration.Signature``). Only the shape matters, so
the strokes' bounding box is scaled uniformly to fit the box and centred in it; vector lines
stay crisp at any print size and cost a few hundred bytes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fpdf import FPDF

Point = tuple[float, float]
Stroke = Sequence[Point]

SIGNATURE_INK = (22, 44, 110)  # a ballpoint blue, so a drawn signature reads as signed
PEN_WIDTH_MM = 0.4
DOT_MM = 0.15  # a single tap is drawn as a tiny stroke, like the pen left it


def _clean(strokes: Sequence[Stroke]) -> list[list[Point]]:
    """Drop points that are not finite numbers and strokes left empty."""
    cleaned = []
    for stroke in strokes:
        points = [(float(x), float(y)) for x, y in stroke if math.isfinite(x) and math.isfinite(y)]
        if points:
            cleaned.append(points)
    return cleaned


def fit_strokes(
    strokes: Sequence[Stroke], x: float, y: float, w: float, h: float
) -> list[list[Point]]:
    """The strokes scaled uniformly into the box (x, y, w, h), centred; page units."""
    cleaned = _clean(strokes)
    if not cleaned:
        return []
    xs = [px for stroke in cleaned for px, _ in stroke]
    ys = [py for stroke in cleaned for _, py in stroke]
    left, top = min(xs), min(ys)
    span_x, span_y = max(xs) - left, max(ys) - top
    if span_x == 0 and span_y == 0:
        scale = 1.0
    else:
        scale = min(w / span_x if span_x else math.inf, h / span_y if span_y else math.inf)
    offset_x = x + (w - span_x * scale) / 2
    offset_y = y + (h - span_y * scale) / 2
    return [
        [(offset_x + (px - left) * scale, offset_y + (py - top) * scale) for px, py in stroke]
        for stroke in cleaned
    ]


def draw_strokes(
    pdf: FPDF, strokes: Sequence[Stroke], x: float, y: float, w: float, h: float
) -> int:
    """Draw the strokes into the box; returns how many polylines were drawn."""
    fitted = fit_strokes(strokes, x, y, w, h)
    if not fitted:
        return 0
    # Round joins and caps make sampled pen input look like ink instead of a plotter.
    with pdf.local_context(
        draw_color=SIGNATURE_INK,
        line_width=PEN_WIDTH_MM,
        stroke_cap_style="ROUND",
        stroke_join_style="ROUND",
    ):
        for points in fitted:
            if len(points) == 1:
                px, py = points[0]
                points = [(px, py), (px + DOT_MM, py)]
            pdf.polyline(points, style="D")
    return len(fitted)
