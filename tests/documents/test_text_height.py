"""PraktijkPdf.text_height: the one-line shortcut gives exactly the height fpdf2's own dry run
gives, for texts around the width limit and for the characters that need the slow way."""

from __future__ import annotations

import random

import pytest

from praktijkdesk.documents.base import FAMILY, PraktijkPdf
from tests.documents import samples


def _pdf() -> PraktijkPdf:
    pdf = PraktijkPdf(title="t", created_at="2026-03-12T09:00:00Z", compliance=None)
    pdf.add_page()
    return pdf


def _dry_run(pdf: PraktijkPdf, text: str, width: float, line_h: float) -> float:
    return line_h * max(1, len(pdf.multi_cell(width, line_h, text, dry_run=True, output="LINES")))


WORDS = [
    "Zet",
    "de",
    "bestelling",
    "klaar",
    "volgens",
    "de",
    "picklijst",
    "Şükrü",
    "Nguyễn",
    "Марія",
    "Ødegård",
    "W-W-W",
    "ﬁ",
    "ßtraße",
] + list(samples.NAMES)


@pytest.mark.parametrize("size", [8.5, 9.5, 10.5])
def test_the_shortcut_agrees_with_the_dry_run_around_the_limit(size):
    pdf = _pdf()
    pdf.set_font(FAMILY, "", size)
    rng = random.Random(size)
    for _ in range(40):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 14)))
        # widths from well below to just above the text's own width, including exact fits
        natural = pdf.get_string_width(text)
        for width in (
            natural * 0.5,
            natural - 0.02,
            natural - 0.005,
            natural,
            natural + 0.005,
            natural + 0.02,
            natural * 1.5,
        ):
            if width <= 3:
                continue
            assert pdf.text_height(text, width, 5.0) == _dry_run(pdf, text, width, 5.0), (
                text,
                width,
            )


@pytest.mark.parametrize(
    "text",
    [
        "regel een\nregel twee",  # a newline: two lines, however short
        "zelf\u00adstandig",  # a soft hyphen
        "tab\there",
        "",
    ],
)
def test_special_characters_take_the_exact_way(text):
    pdf = _pdf()
    pdf.set_font(FAMILY, "", 10)
    assert pdf.text_height(text, 150, 5.0) == _dry_run(pdf, text, 150, 5.0)
