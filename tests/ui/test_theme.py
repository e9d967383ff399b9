"""Design tokens: WCAG AA contrast for every text colour pair, sizes from the brief."""

from __future__ import annotations

import pytest

from praktijkdesk.ui import theme


@pytest.mark.parametrize("text, background", theme.TEXT_PAIRS)
def test_text_pairs_reach_wcag_aa(text, background):
    ratio = theme.contrast_ratio(theme.colour(text), theme.colour(background))
    assert ratio >= 4.5, f"{text} on {background}: {ratio:.2f}"


def test_touch_and_type_tokens():
    assert theme.TOUCH_MIN == 48 and theme.ROW >= 64
    assert theme.BODY == 18 and theme.SMALL >= 16
    assert (theme.HEADING, theme.TITLE) == (24, 32)


def test_the_stylesheet_fills_every_token():
    qss = theme.stylesheet(150)
    assert "$" not in qss
    assert f"font-size: {theme.px(theme.BODY, 150)}px" in qss
