"""Design tokens: touch sizes, spacing, type scale and colours, and the one application QSS.

Every size in the UI comes from here (logical px; Qt scales them on high-DPI screens).
resources/styles/app.qss is a template with ``$token`` placeholders that ``stylesheet()`` fills.
Colour pairs used for text are checked against WCAG AA by tests/ui/test_theme.py.
"""

from __future__ import annotations

from string import Template

from praktijkdesk.paths import resource

# Touch and layout ------------------------------------------------------------------------
TOUCH_MIN = 48  # every interactive control at least 48×48 logical px
ROW = 64  # a checklist row, a list row
BUTTON_HEIGHT = 56  # the big buttons
SPACING_S = 8
SPACING_M = 16
SPACING_L = 24
SPACING_XL = 32
RADIUS = 14
SCROLLBAR = 24  # thick enough to grab with a finger
TILE_WIDTH = 340
TILE_HEIGHT = 188
PERSON_TILE = (260, 120)

# Type scale (px at 100 %) ----------------------------------------------------------------
BODY = 18  # never below 16
SMALL = 16
HEADING = 24
TITLE = 32
TEXT_SCALES = (100, 125, 150)

# Colours ---------------------------------------------------------------------------------
# A warm, calm palette: off-white paper, deep teal for actions, clear status colours.
COLOURS = {
    "background": "#F6F2EA",  # warm paper
    "surface": "#FFFFFF",
    "surface_alt": "#FBF8F3",
    "border": "#D9D1C3",
    "border_strong": "#8A7F6E",
    "text": "#1E2A32",
    "text_muted": "#4C5963",
    "primary": "#0E6B66",  # deep teal: buttons, focus, selection
    "primary_dark": "#0A504C",
    "primary_soft": "#DCEFEC",
    "on_primary": "#FFFFFF",
    "header": "#123F3C",
    "on_header": "#FFFFFF",
    "not_yet": "#4B5A68",  # slate: not a "wrong", just not yet
    "not_yet_soft": "#E7EBEF",
    "practising": "#9A4D00",  # warm amber
    "practising_soft": "#FCEBD5",
    "mastered": "#1C6B35",  # green
    "mastered_soft": "#DDF0E2",
    "focus": "#C25E00",  # an orange ring that stands out on teal and on white
    "danger": "#A8322D",
    "attention": "#6B4A00",  # calm ochre: "let op, verschil" (two devices disagree)
    "attention_soft": "#FFF3C4",
    "avatar_1": "#0E6B66",
    "avatar_2": "#7A4B9A",
    "avatar_3": "#A1501B",
    "avatar_4": "#2F5E9E",
    "avatar_5": "#6B6B1F",
    "avatar_6": "#A23B5B",
}

# (text, background) pairs the app uses; each must reach WCAG AA (4.5:1).
TEXT_PAIRS = [
    ("text", "background"),
    ("text", "surface"),
    ("text_muted", "surface"),
    ("text_muted", "background"),
    ("on_primary", "primary"),
    ("on_primary", "primary_dark"),
    ("on_header", "header"),
    ("on_primary", "not_yet"),
    ("on_primary", "practising"),
    ("on_primary", "mastered"),
    ("not_yet", "not_yet_soft"),
    ("practising", "practising_soft"),
    ("mastered", "mastered_soft"),
    ("primary", "surface"),
    ("primary_dark", "primary_soft"),
    ("text", "primary_soft"),
    ("on_primary", "danger"),
    ("danger", "surface"),
    ("text", "surface_alt"),
    ("attention", "attention_soft"),
    ("text", "attention_soft"),
] + [("on_primary", f"avatar_{i}") for i in range(1, 7)]


def colour(name: str) -> str:
    return COLOURS[name]


def avatar_colour(key: str) -> str:
    """A stable avatar colour for a name or id."""
    total = sum(key.encode("utf-8"))
    return COLOURS[f"avatar_{total % 6 + 1}"]


def relative_luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def px(size: int, scale: int = 100) -> int:
    return round(size * scale / 100)


def tokens(scale: int = 100) -> dict[str, str]:
    values = {name: value for name, value in COLOURS.items()}
    values.update(
        touch=str(TOUCH_MIN),
        row=str(ROW),
        button=str(BUTTON_HEIGHT),
        radius=str(RADIUS),
        radius_s=str(RADIUS // 2),
        scrollbar=str(SCROLLBAR),
        handle=str(SCROLLBAR - 8),
        s=str(SPACING_S),
        m=str(SPACING_M),
        l=str(SPACING_L),
        xl=str(SPACING_XL),
        body=str(px(BODY, scale)),
        small=str(px(SMALL, scale)),
        heading=str(px(HEADING, scale)),
        title=str(px(TITLE, scale)),
    )
    return values


def stylesheet(scale: int = 100) -> str:
    template = Template(resource("styles", "app.qss").read_text(encoding="utf-8"))
    return template.substitute(tokens(scale))
