"""No character silently dropped: a fallback font from the computer's own fonts for what the
bundled DejaVu cannot draw (Chinese, Japanese, Korean, many scripts), or a refusal that names
the characters.

Every Windows has CJK fonts (msyh.ttc, simsun.ttc, YuGothM.ttc, malgun.ttf), macOS has
PingFang/Hiragino, and Linux desktops usually Noto CJK or WenQuanYi. The search looks in the
platform's font folders, known good names first, and parses a font's character map only when
it is needed (fontTools, lazily); what it found is remembered for the process.
"""

from __future__ import annotations

import contextvars
import functools
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from praktijkdesk.errors import UserError

FALLBACK_FAMILY = "praktijkfallback"
_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
# Tried first, in this order (case-insensitive prefixes of file names).
_PREFERRED = (
    "notosanscjk",
    "notoserifcjk",
    "msyh",
    "simsun",
    "simhei",
    "yugoth",
    "meiryo",
    "msgothic",
    "malgun",
    "pingfang",
    "hiragino",
    "wqy-microhei",
    "wqy-zenhei",
    "droidsansfallback",
    "notosans-",
    "notoserif-",
    "arialuni",
    "seguisym",
    "segoeui",
    "notosanssymbols",
    "freeserif",
    "freesans",
    "unifont",
)
_MAX_FONT_FILES = 600  # a machine with thousands of fonts: stop looking, then refuse
_MAX_FONT_BYTES = 64 * 1024 * 1024


class MissingGlyphs(Exception):
    """Raised by a document whose text has characters none of its fonts can draw."""

    def __init__(self, codepoints: Iterable[int]):
        self.codepoints = tuple(sorted(set(codepoints)))
        super().__init__(", ".join(f"U+{c:04X}" for c in self.codepoints))


def font_folders() -> list[Path]:
    """Where this platform keeps fonts. PRAKTIJKDESK_FONT_DIRS (os.pathsep-separated) replaces
    the list: for tests, and for a machine whose fonts live elsewhere."""
    override = os.environ.get("PRAKTIJKDESK_FONT_DIRS")
    if override is not None:
        return [Path(p) for p in override.split(os.pathsep) if p]
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [
            Path("/System/Library/Fonts"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
            Path("/System/Library/Fonts/Supplemental"),
        ]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [
        data_home / "fonts",
        home / ".fonts",
        Path("/usr/local/share/fonts"),
        Path("/usr/share/fonts"),
    ]


@functools.lru_cache(maxsize=4)
def _font_files(folders: tuple[Path, ...]) -> tuple[Path, ...]:
    found: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith(_SUFFIXES):
                    found.append(Path(root) / name)
            if len(found) > _MAX_FONT_FILES * 4:
                break

    def rank(path: Path) -> tuple[int, str]:
        lower = path.name.lower()
        for index, prefix in enumerate(_PREFERRED):
            if lower.startswith(prefix):
                return index, lower
        return len(_PREFERRED), lower

    return tuple(sorted(found, key=rank)[:_MAX_FONT_FILES])


@functools.lru_cache(maxsize=2048)
def _faces(path: Path) -> tuple[tuple[int, frozenset[int]], ...]:
    """(face number, code points) for every face in a font file; () when unusable."""
    try:
        if path.stat().st_size > _MAX_FONT_BYTES:
            return ()
        from fontTools.ttLib import TTCollection, TTFont

        if path.suffix.lower() in (".ttc", ".otc"):
            collection = TTCollection(str(path), lazy=True)
            try:
                return tuple(
                    (number, frozenset((font.getBestCmap() or {}).keys()))
                    for number, font in enumerate(collection.fonts)
                )
            finally:
                collection.close()
        font = TTFont(str(path), lazy=True)
        try:
            return ((0, frozenset((font.getBestCmap() or {}).keys())),)
        finally:
            font.close()
    except Exception:  # a broken or exotic font file is simply not a candidate
        return ()


def fallback_candidates(codepoints: Iterable[int]) -> list[tuple[Path, int]]:
    """Font faces on this computer that can draw every one of ``codepoints``, best first."""
    wanted = frozenset(codepoints)
    result = []
    for path in _font_files(tuple(font_folders())):
        for number, cmap in _faces(path):
            if wanted <= cmap:
                result.append((path, number))
        if len(result) >= 3:
            break
    return result


def describe(codepoints: Iterable[int]) -> str:
    """'陈 (U+9648), 伟 (U+4F1F)': the character itself and its number (in case the
    reader's screen cannot show it either)."""
    parts = []
    for code in sorted(set(codepoints)):
        char = chr(code)
        shown = char if unicodedata.category(char)[0] not in "CZ" else ""
        parts.append(f"{shown} (U+{code:04X})".strip())
    return ", ".join(parts[:12]) + (f" en nog {len(parts) - 12}" if len(parts) > 12 else "")


def refusal(codepoints: Iterable[int]) -> UserError:
    return UserError(
        f"Deze tekens kunnen niet in de PDF worden gezet: {describe(codepoints)}. Geen "
        "lettertype op deze computer heeft ze. Installeer een lettertype dat ze heeft "
        "(bijvoorbeeld Noto Sans CJK voor Chinees, Japans of Koreaans), of schrijf de tekst "
        "anders. Er is niets gemaakt.",
        code="missing_glyphs",
    )


# The fallback face the document being rendered may use (set by with_fallback_fonts).
current_fallback: contextvars.ContextVar[tuple[Path, int] | None] = contextvars.ContextVar(
    "praktijkdesk_pdf_fallback", default=None
)


def with_fallback_fonts(render: Callable[..., bytes]) -> Callable[..., bytes]:
    """Render; when characters are missing from the bundled font, render again with a system
    font that has them as fallback; when no font has them, refuse (UserError) naming them.
    A document without such characters is rendered once, exactly as before."""

    @functools.wraps(render)
    def rendered(*args, **kwargs) -> bytes:
        if current_fallback.get() is not None:  # nested: the outer call decides
            return render(*args, **kwargs)
        try:
            return render(*args, **kwargs)
        except MissingGlyphs as missing:
            codepoints = missing.codepoints
        for face in fallback_candidates(codepoints):
            token = current_fallback.set(face)
            try:
                return render(*args, **kwargs)
            except MissingGlyphs as still:
                codepoints = still.codepoints
            except UserError:
                raise
            except Exception:  # a font fpdf2 cannot embed: try the next one
                continue
            finally:
                current_fallback.reset(token)
        raise refusal(codepoints)

    return rendered
