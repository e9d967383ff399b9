"""The shared PDF base: A4, calm margins, the bundled DejaVu Sans family, metadata, PDF/A-2U.

Fonts are parsed once per process. fpdf2 parses a TTF on every ``add_font`` (about 20–25 ms a
face). We let fpdf2 parse each face once, keep what it derived from the file (widths, cmap,
glyph ids, descriptor values — read-only during rendering) and give every new document its own
``TTFFont`` with those values plus a *fresh* fontTools ``TTFont`` read from the cached file
bytes. The fresh ``TTFont`` matters: at output fpdf2 subsets ``font.ttfont`` in place and
closes it, and it mutates ``font.desc``, so neither may be shared between documents. The
result is byte-identical to fpdf2's own ``add_font`` path (tests/documents check this).

Faces are registered on first use (``set_font``), because fpdf2 subsets and embeds every
registered face at output, used or not; each embedded face costs ~25 ms.

Subsetting was most of a declaration's time. Two things make it cheaper without changing a byte
(fpdf2 still runs its own subsetter on what we hand it, with its own options):

- *a smaller source*: the glyphs of the scripts names here use (Latin, Greek, Cyrillic,
  punctuation, arrows, ticks) are cut out of DejaVu once per process. A document whose glyphs are
  all in there is subset from that ~2,500-glyph font instead of the 6,000-glyph file; anything
  else (a Georgian or Armenian name) from the whole file, as before;
- *a subset remembered per exact glyph set*: the subset fpdf2 wrote for a set of glyphs is kept
  (a few dozen, least recently used out). The next document with exactly that set (a reprint copy,
  the same trajectory again, a batch with the same letters) hands fpdf2 that subset, opened
  without recalculating bounds, so fpdf2's subsetter keeps every glyph as it is and writes the
  same bytes without decoding outlines again.

tests/documents/test_font_subset_cache.py compares both with fpdf2's own path.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone
from html import escape
from io import BytesIO
from pathlib import Path

from fpdf import FPDF
from fpdf import __version__ as fpdf_version
from fpdf.enums import Align, TextEmphasis, XPos, YPos
from fpdf.fonts import PDFFontDescriptor, SubsetMap, TTFFont
from fpdf.image_parsing import preload_image
from fpdf.output import OutputProducer

from praktijkdesk.documents.fonts import FALLBACK_FAMILY, MissingGlyphs, current_fallback
from praktijkdesk.errors import InvalidInput
from praktijkdesk.paths import resource

FAMILY = "dejavusans"
FONT_FILES = {
    "": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "I": "DejaVuSans-Oblique.ttf",
    "BI": "DejaVuSans-BoldOblique.ttf",
}
COMPLIANCE = "PDF/A-2U"
_ONE_LINE_SLACK = 0.01  # mm: a text this close to the width is measured the slow, exact way
_ONE_LINE_ALIGNS = (Align.L, Align.C, Align.R)
# multi_cell arguments cell() lacks or treats differently: such calls keep fpdf2's own path.
_MULTI_CELL_ONLY = {
    "max_line_height", "print_sh", "wrapmode", "dry_run", "output", "split_only", "padding",
    "markdown", "center", "ln", "txt",
}  # fmt: skip
CREATOR = "praktijkdesk"

# Layout tokens (mm, pt, RGB): one place, so both documents share one calm look.
MARGIN_X = 24.0
MARGIN_TOP = 22.0
MARGIN_BOTTOM = 18.0
INK = (33, 37, 41)
MUTED = (108, 117, 125)
RULE = (206, 212, 218)
ACCENT = (31, 78, 121)

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


# --------------------------------------------------------------------------- font cache


@dataclass(frozen=True)
class _FaceTemplate:
    """What fpdf2 derived from one TTF file, kept for the life of the process."""

    data: bytes  # the file with its glyph names left out (see _without_glyph_names)
    glyph_order: tuple[str, ...]  # the names, given to each document's fresh TTFont
    parsed: TTFFont  # never handed to a document; only its read-only attributes are copied
    desc_args: tuple


# Attributes of TTFFont that belong to one document and must never be shared.
_PER_DOCUMENT = {
    "i", "fontkey", "ttfont", "cw", "desc", "subset",
    "missing_glyphs", "biggest_size_pt", "_hbfont", "color_font",
}  # fmt: skip

# Code points whose glyphs make up the smaller subsetting source (see the module docstring):
# Basic Latin to Cyrillic Supplement, Latin Extended Additional (Vietnamese), general punctuation
# and currency, letterlike symbols and number forms, arrows, box drawing and shapes, dingbats.
_COMMON_RANGES = (
    (0x0020, 0x052F), (0x1E00, 0x1EFF), (0x2000, 0x20CF), (0x2100, 0x218F),
    (0x2190, 0x21FF), (0x2500, 0x25FF), (0x2600, 0x27BF),
)  # fmt: skip
# fpdf2's subsetting options (fpdf/output.py, _add_fonts); the source font is cut with the same,
# so what fpdf2 makes from it is what it would make from the whole file.
_FPDF_DROPPED_TABLES = (
    "FFTM", "GDEF", "GPOS", "GSUB", "MATH", "hdmx", "meta", "sbix", "CBDT", "CBLC", "EBDT",
    "EBLC", "EBSC", "SVG ", "CPAL", "COLR",
)  # fmt: skip
_SUBSETS_KEPT = 48  # exact glyph sets remembered (each ~15–40 kB)


@dataclass(frozen=True)
class _SubsetSource:
    """A font file (bytes) and its glyph names, to hand to fpdf2's subsetter."""

    data: bytes
    glyph_order: tuple[str, ...]


_common_sources: dict[str, _SubsetSource | None] = {}
_faces_subset: set[str] = set()  # styles subset at least once in this process
_subsets: OrderedDict[tuple[str, frozenset[str]], _SubsetSource] = OrderedDict()
_subsets_lock = threading.Lock()

_templates: dict[str, _FaceTemplate] = {}
_templates_lock = threading.Lock()  # PDFs are rendered on a worker thread in the GUI
_font_cache_enabled = True


def set_font_cache(enabled: bool) -> None:
    """Switch the per-process font cache off (tests compare against fpdf2's own path)."""
    global _font_cache_enabled
    _font_cache_enabled = enabled


def font_path(style: str) -> Path:
    return resource("fonts", FONT_FILES[style])


def _parse_face(style: str) -> _FaceTemplate:
    path = font_path(style)
    scratch = FPDF()
    scratch.add_font(FAMILY, style, str(path))
    parsed = scratch.fonts[FAMILY + style]
    # The cache only understands plain TrueType faces (DejaVu is one); anything fancier
    # would carry state we do not copy.
    if parsed.color_font is not None or parsed.is_cff or parsed.is_compressed:
        raise RuntimeError(f"{path.name}: only plain TrueType fonts can be cached")
    d = parsed.desc
    desc_args = (
        d.ascent, d.descent, d.cap_height, d.flags,
        d.font_b_box, d.italic_angle, d.stem_v, d.missing_width,
    )  # fmt: skip
    glyph_order = tuple(parsed.ttfont.getGlyphOrder())
    return _FaceTemplate(
        _without_glyph_names(parsed.ttfont, path.read_bytes()), glyph_order, parsed, desc_args
    )


def _without_glyph_names(parsed_ttfont, data: bytes) -> bytes:
    """The font file with a format-3 'post' table (no glyph names).

    Each document subsets a fresh copy of the font, and decoding DejaVu's ~6,000 glyph names
    from 'post' was about a sixth of that. The names are handed to the copy instead
    (``setGlyphOrder``), and fpdf2's subset writes a format-3 'post' anyway, so the embedded
    subset is byte for byte the same (tests/documents compare with fpdf2's own path)."""
    font = type(parsed_ttfont)(BytesIO(data), recalcTimestamp=False, lazy=True, fontNumber=0)
    font["post"].formatType = 3.0
    out = BytesIO()
    font.save(out)
    font.close()
    return out.getvalue()


def _face_template(style: str) -> _FaceTemplate:
    with _templates_lock:
        template = _templates.get(style)
        if template is None:
            template = _templates[style] = _parse_face(style)
        return template


def _instantiate(pdf: FPDF, fontkey: str, template: _FaceTemplate) -> TTFFont:
    """A new TTFFont for ``pdf``, equal to what ``add_font`` would build, without parsing."""
    parsed = template.parsed
    font = TTFFont.__new__(TTFFont)
    for slot in TTFFont.__slots__:
        if slot not in _PER_DOCUMENT and hasattr(parsed, slot):
            setattr(font, slot, getattr(parsed, slot))
    font.i = len(pdf.fonts) + 1
    font.fontkey = fontkey
    # The same fontTools class and options fpdf2's TTFFont uses; fontTools is reached through
    # fpdf2 on purpose (documents import fpdf, never its dependencies directly).
    font.ttfont = type(parsed.ttfont)(
        BytesIO(template.data), recalcTimestamp=False, lazy=True, fontNumber=0
    )
    font.ttfont.setGlyphOrder(list(template.glyph_order))
    # cw is a defaultdict: a lookup of a missing character inserts into it, so copy.
    font.cw = defaultdict(parsed.cw.default_factory, parsed.cw)
    font.desc = PDFFontDescriptor(*template.desc_args)
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.color_font = None
    font.subset = SubsetMap(font)
    return font


def warm_font_cache(styles: tuple[str, ...] = ("", "B")) -> None:
    """Parse the usual faces now (e.g. on a worker thread) so the first PDF is quick."""
    for style in styles:
        _face_template(style)
        _common_source(style)


def _fpdf_subsetter_options():
    from fontTools import subset as ftsubset  # what fpdf2 itself uses; imported by fpdf.output

    options = ftsubset.Options(notdef_outline=True, recommended_glyphs=True)
    options.drop_tables += list(_FPDF_DROPPED_TABLES)
    return ftsubset, options


def _open(template: _FaceTemplate, source: _SubsetSource, font_class=None, **options):
    font = (font_class or type(template.parsed.ttfont))(
        BytesIO(source.data), recalcTimestamp=False, lazy=True, fontNumber=0, **options
    )
    font.setGlyphOrder(list(source.glyph_order))
    return font


def _common_source(style: str) -> _SubsetSource | None:
    """The face cut down to the glyphs of _COMMON_RANGES, made once per process."""
    with _subsets_lock:
        if style in _common_sources:
            return _common_sources[style]
    template = _face_template(style)
    names = {
        name
        for code, name in template.parsed.cmap.items()
        if any(low <= code <= high for low, high in _COMMON_RANGES)
    }
    ftsubset, options = _fpdf_subsetter_options()
    # Bounds are not recalculated here (that would decode 2,500 outlines): the glyphs keep
    # their bytes, and fpdf2 recalculates bounds when it subsets this for a document.
    font = _open(template, _SubsetSource(template.data, template.glyph_order), recalcBBoxes=False)
    try:
        subsetter = ftsubset.Subsetter(options)
        subsetter.populate(glyphs=names)
        subsetter.subset(font)
        order = tuple(font.getGlyphOrder())
        font["post"].formatType = 3.0  # names travel in glyph_order (see _without_glyph_names)
        out = BytesIO()
        font.save(out)
        source = _SubsetSource(out.getvalue(), order)
    except Exception:  # never worse than before: subset from the whole file
        source = None
    finally:
        font.close()
    with _subsets_lock:
        _common_sources[style] = source
    return source


def _remember_subset(key: tuple[str, frozenset[str]], source: _SubsetSource) -> None:
    with _subsets_lock:
        _subsets[key] = source
        _subsets.move_to_end(key)
        while len(_subsets) > _SUBSETS_KEPT:
            _subsets.popitem(last=False)


def _subset_input(style: str, template: _FaceTemplate, glyph_names: frozenset[str]):
    """The fontTools font fpdf2 should subset for a document using ``glyph_names``."""
    key = (style, glyph_names)
    with _subsets_lock:
        known = _subsets.get(key)
        if known is not None:
            _subsets.move_to_end(key)
    if known is not None:
        # Already this exact subset: with bounds not recalculated, fpdf2's subsetter keeps
        # every glyph's bytes as they are, and the font it writes is this one again.
        return _open(template, known, recalcBBoxes=False)
    # The cut costs about as much to make as one subset from the whole file saves, so a
    # process's first document (the command line makes one) goes without; the second makes it.
    with _subsets_lock:
        first_use = style not in _faces_subset
        _faces_subset.add(style)
    common = None if first_use else _common_source(style)
    source = (
        common
        if common is not None and glyph_names <= set(common.glyph_order)
        else (_SubsetSource(template.data, template.glyph_order))
    )
    font = _open(template, source, font_class=_recording_class(type(template.parsed.ttfont)))
    font._praktijk_subset_key = key
    return font


_recording_classes: dict[type, type] = {}


def _recording_class(base_class: type) -> type:
    """A subclass of fontTools' TTFont that remembers what fpdf2 saves from it."""
    found = _recording_classes.get(base_class)
    if found is None:

        class RecordingFont(base_class):
            def save(self, file, *args, **kwargs):
                result = super().save(file, *args, **kwargs)
                if isinstance(file, BytesIO):
                    _remember_subset(
                        self._praktijk_subset_key,
                        _SubsetSource(file.getvalue(), tuple(self.getGlyphOrder())),
                    )
                return result

        found = _recording_classes[base_class] = RecordingFont
    return found


class _SubsetCachingProducer(OutputProducer):
    """fpdf2's own output, with each cached face's subsetting source chosen just before the
    fonts are written (only then is every glyph of the document known)."""

    def _add_fonts(self, *args, **kwargs):
        for style, fontkey in getattr(self.fpdf, "_cached_faces", {}).items():
            font = self.fpdf.fonts.get(fontkey)
            if font is None:
                continue
            template = _face_template(style)
            names = frozenset(font.subset.get_all_glyph_names())
            font.ttfont.close()
            font.ttfont = _subset_input(style, template, names)
        return super()._add_fonts(*args, **kwargs)


# --------------------------------------------------------------------------- dates


def parse_instant(value: str | datetime) -> datetime:
    """A UTC-aware datetime from ISO-8601 text ('…Z' allowed) or a datetime."""
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def dutch_date(value: str | date | None) -> str:
    """'2026-03-12' → '12 maart 2026'; text that is not a date is printed as it is."""
    if not value:
        return ""
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value
    return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"


# --------------------------------------------------------------------------- the base class


class PraktijkPdf(FPDF):
    """A4 portrait with the bundled fonts, deterministic metadata and PDF/A-2U."""

    def __init__(
        self,
        *,
        title: str,
        created_at: str | datetime,
        subject: str = "",
        compliance: str | None = COMPLIANCE,
    ):
        super().__init__(orientation="P", unit="mm", format="A4", enforce_compliance=compliance)
        self._created_at = parse_instant(created_at)
        self._closing = False
        self._cached_faces: dict[str, str] = {}  # style → fontkey of faces from the font cache
        self.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
        self.set_auto_page_break(True, margin=MARGIN_BOTTOM)
        self.c_margin = 0  # text starts exactly at the margin; we set spacing ourselves
        self.set_creation_date(self._created_at)
        self.set_title(title)
        if subject:
            self.set_subject(subject)
        self.set_author(CREATOR)
        self.set_creator(CREATOR)
        self.set_producer(f"fpdf2 {fpdf_version}")
        self.set_lang("nl")
        self.set_display_mode("fullpage")
        # fpdf2's own XMP stamps ModifyDate with "now", which would make every reprint
        # differ; we write the same packet with the fixed creation date instead.
        if compliance:
            self.set_xmp_metadata(self._xmp(title, subject))
        self.set_text_color(*INK)
        self.set_draw_color(*RULE)
        fallback = current_fallback.get()
        if fallback is not None:  # characters DejaVu lacks, drawn with a system font
            path, number = fallback
            self.add_font(FALLBACK_FAMILY, "", str(path), collection_font_number=number)
            self.set_fallback_fonts([FALLBACK_FAMILY], exact_match=False)

    # ---- fonts

    def set_font(self, family=None, style="", size=0):
        wanted = (family or self.font_family or "").lower()
        if wanted == FAMILY:
            letters = style.style if isinstance(style, TextEmphasis) else str(style)
            self._ensure_face("".join(sorted(c for c in letters.upper() if c in "BI")))
        super().set_font(family, style, size)

    def _ensure_face(self, style: str) -> None:
        fontkey = FAMILY + style
        if fontkey in self.fonts:
            return
        if _font_cache_enabled:
            self.fonts[fontkey] = _instantiate(self, fontkey, _face_template(style))
            self._cached_faces[style] = fontkey
        else:
            self.add_font(FAMILY, style, str(font_path(style)))

    def multi_cell(self, w, h=None, text="", **kwargs):
        # fpdf2 justifies by default; ragged-right text is calmer and easier for poor readers
        # (justified short lines open wide gaps between words).
        kwargs.setdefault("align", "L")
        if (
            not kwargs.keys() & _MULTI_CELL_ONLY
            and h is not None
            and self._fits_one_line(text, w, kwargs["align"])
        ):
            # One line: fpdf2's line breaker re-adds the line's width at every character (90 %
            # of a progress report); cell() draws the same line from one width sum. Same
            # position afterwards (multi_cell's defaults), same page break, same bytes
            # (tests/documents/test_one_line_cells.py).
            kwargs.setdefault("new_x", XPos.RIGHT)
            kwargs.setdefault("new_y", YPos.NEXT)
            return self.cell(w, h, text, **kwargs)
        return super().multi_cell(w, h, text, **kwargs)

    def _fits_one_line(self, text, w, align) -> bool:
        """True when ``text`` certainly takes one line of width ``w`` in the current font:
        plain printable text without outer spaces (which the line breaker would drop), left,
        centred or right aligned, narrower than the width with a margin for rounding."""
        if not isinstance(text, str) or not text or not w or not text.isprintable():
            return False
        if text != text.strip() or Align.coerce(align) not in _ONE_LINE_ALIGNS:
            return False
        room = w - 2 * self.c_margin - _ONE_LINE_SLACK
        return self.get_string_width(text) < room

    def text_height(self, text: str, width: float, line_h: float) -> float:
        """The height ``multi_cell(width, line_h, text)`` will take in the current font.

        Most texts here (a behaviour, a work process title) fit on one line; that is known
        from one width sum, where fpdf2's dry run costs a full line-breaking pass (it re-adds
        the line's width at every character). Anything else — a longer text, a newline, a
        soft hyphen or other special character — still takes the dry run."""
        if text.isprintable() and self.get_string_width(text) < width - _ONE_LINE_SLACK:
            return line_h
        return line_h * max(
            1, len(self.multi_cell(width, line_h, text, dry_run=True, output="LINES"))
        )

    def text_style(self, size: float, style: str = "", color=INK) -> None:
        self.set_font(FAMILY, style, size)
        self.set_text_color(*color)

    # ---- page furniture

    def output(self, *args, **kwargs):
        # Lets footer() tell the last page of the document from a page that is followed.
        self._closing = True
        kwargs.setdefault("output_producer_class", _SubsetCachingProducer)
        return super().output(*args, **kwargs)

    def _render_footer(self, *args, **kwargs):
        super()._render_footer(*args, **kwargs)
        if self._closing:  # the last footer, drawn inside output(): all text is set now
            self._refuse_missing_glyphs()

    def _refuse_missing_glyphs(self) -> None:
        """A character no font could draw would silently vanish from the page (fpdf2 only
        logs an English warning): never. with_fallback_fonts tries a system font, or refuses."""
        missing = {
            code for font in self.fonts.values() for code in getattr(font, "missing_glyphs", ())
        }
        if missing:
            raise MissingGlyphs(missing)

    def page_numbers_wanted(self) -> bool:
        """Number pages only when there is more than one."""
        return self.page > 1 or not self._closing

    def bytes(self) -> bytes:
        return bytes(self.output())

    # ---- small layout helpers

    def gap(self, mm: float) -> None:
        self.set_y(self.get_y() + mm)

    def place_logo(self, logo: bytes, top: float, max_w: float, max_h: float) -> float:
        """The logo top right, as large as fits max_w × max_h; returns its bottom edge."""
        try:
            _, _, info = preload_image(self.image_cache, BytesIO(logo))
            ratio = float(info["w"]) / float(info["h"])
        except Exception as exc:  # fpdf2 and Pillow raise many kinds for a broken image
            raise InvalidInput(
                "Het logo kan niet worden gelezen. Kies in de instellingen een PNG- of "
                "JPEG-bestand als logo."
            ) from exc
        w = min(max_w, max_h * ratio)
        h = w / ratio
        self.image(BytesIO(logo), x=self.l_margin + self.epw - w, y=top, w=w, h=h)
        return top + h

    # ---- metadata

    def _xmp(self, title: str, subject: str) -> str:
        compliance = self._compliance
        stamp = self._created_at.isoformat(timespec="seconds")
        lines = [
            '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="praktijkdesk">',
            '  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
            '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
            '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
            '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
            '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
            '    <rdf:Description rdf:about=""',
            f'        xmp:CreatorTool="{CREATOR}"',
            f'        xmp:CreateDate="{stamp}"',
            f'        xmp:ModifyDate="{stamp}"',
            f'        xmp:MetadataDate="{stamp}"',
            f'        pdf:Producer="{_xml(self.producer)}"',
            "      >",
            f"      <pdfaid:part>{compliance.part}</pdfaid:part>",
            f"      <pdfaid:conformance>{compliance.conformance}</pdfaid:conformance>",
            "      <dc:title><rdf:Alt>",
            f'        <rdf:li xml:lang="x-default">{_xml(title)}</rdf:li>',
            "      </rdf:Alt></dc:title>",
        ]
        if subject:
            lines += [
                "      <dc:description><rdf:Alt>",
                f'        <rdf:li xml:lang="x-default">{_xml(subject)}</rdf:li>',
                "      </rdf:Alt></dc:description>",
            ]
        lines += [
            f"      <dc:creator><rdf:Seq><rdf:li>{CREATOR}</rdf:li></rdf:Seq></dc:creator>",
            "    </rdf:Description>",
            "  </rdf:RDF>",
            "</x:xmpmeta>",
        ]
        return "\n".join(lines)


def _xml(text: str) -> str:
    return escape(text or "", quote=True).replace("'", "&apos;")
