"""The rules every guide obeys, whichever file it came from (GUIDE-FORMAT.md).

The loaders clean each value as they read it (``clean_*``), so a message can name the JSON path
or the CSV line it came from; ``check_structure`` then checks the whole guide (unique codes,
nothing empty) and asks a locator where each part came from.

Limits keep a hostile file harmless: a guide is a few hundred short lines at most.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from praktijkdesk.domain.guide import LEVELS, Guide
from praktijkdesk.errors import InvalidGuide

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_BEHAVIOURS = 2_000
MAX_TEXT_LENGTH = 500  # a behaviour
MAX_TITLE_LENGTH = 200  # guide, qualification, core task and work process titles
MAX_SOURCE_LENGTH = 2_000
MAX_SHORT_TITLE_LENGTH = 40  # a work process's short title: one line on a tile

CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,39}")
# A default behaviour id is "<work process code>-<position>", so it may outgrow a code.
BEHAVIOUR_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,59}")
SLUG_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?")
# The version ends up in the key "<slug>@<version>" and in file names: keep it plain.
VERSION_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,39}")
CREBO_PATTERN = re.compile(r"[0-9]{1,10}")
# A pictogram's name: an OpenMoji code like "1F9F9" or "1F468-200D-1F373" (resources/pictures).
PICTURE_PATTERN = re.compile(r"[0-9A-F]{2,6}(?:-[0-9A-F]{2,6}){0,7}")

# Invisible characters that reorder text: they can make a printed line say something else.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_REFUSED_CATEGORIES = ("Cc", "Cs", "Co", "Cn")
_LINE_BREAKS_AND_TABS = frozenset("\t\n\r")
_WHITE_SPACE = re.compile(r"\s+")

# Where a part of the guide came from: (core task index[, work process index[, behaviour index]]).
Locator = Callable[[tuple[int, ...]], str | None]


def clean_text(
    value: object, *, what: str, where: str | None, max_length: int, required: bool = True
) -> str:
    """NFC, trimmed, tabs and line breaks turned into single spaces; refuses control characters.

    NFC because a decomposed "é" prints with a loose accent and does not compare equal.
    """
    if not isinstance(value, str):
        raise InvalidGuide(f"{what} moet tekst zijn.", where=where)
    for ch in value:
        if ch in _LINE_BREAKS_AND_TABS:
            continue
        if unicodedata.category(ch) in _REFUSED_CATEGORIES or ch in _BIDI_CONTROLS:
            raise InvalidGuide(
                f"{what} bevat een onzichtbaar stuurteken (U+{ord(ch):04X}). Haal het weg.",
                where=where,
            )
    text = _WHITE_SPACE.sub(" ", unicodedata.normalize("NFC", value)).strip()
    if required and not text:
        raise InvalidGuide(f"{what} is leeg. Vul het in.", where=where)
    if len(text) > max_length:
        raise InvalidGuide(
            f"{what} is te lang ({len(text)} tekens; hoogstens {max_length}). Maak het korter.",
            where=where,
        )
    return text


def clean_code(
    value: object, *, what: str, where: str | None, pattern: re.Pattern[str] = CODE_PATTERN
) -> str:
    code = clean_text(value, what=what, where=where, max_length=200)
    if not pattern.fullmatch(code):
        raise InvalidGuide(
            f"{what} '{code}' is geen geldige code. Gebruik letters, cijfers, punten en "
            "streepjes, zonder spaties, zoals B1-K1-W2.",
            where=where,
        )
    return code


def clean_behaviour_id(value: object, *, where: str | None) -> str:
    return clean_code(
        value, what="De id van het gedragsvoorbeeld", where=where, pattern=BEHAVIOUR_ID_PATTERN
    )


def clean_picture(value: object, *, where: str | None) -> str:
    """An optional pictogram name; an empty one means "no picture". A name this version does
    not ship is allowed (a newer guide may use one): the candidate screen then shows its
    general picture."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str) or not PICTURE_PATTERN.fullmatch(value.strip().upper()):
        raise InvalidGuide(
            'Het plaatje moet de code van een pictogram zijn, zoals "1F9F9" (OpenMoji).',
            where=where,
        )
    return value.strip().upper()


def clean_slug(value: object, *, where: str | None) -> str:
    slug = clean_text(value, what="De korte naam (slug)", where=where, max_length=200)
    if not SLUG_PATTERN.fullmatch(slug):
        raise InvalidGuide(
            f"De korte naam (slug) '{slug}' is niet geldig. Gebruik alleen kleine letters, "
            f"cijfers en streepjes, zoals '{slugify(slug) or 'assistent-logistiek'}'.",
            where=where,
        )
    return slug


def slug_from_title(title: str, *, where: str | None) -> str:
    slug = slugify(title)
    if not slug:
        raise InvalidGuide(
            f"Uit de titel '{title}' is geen korte naam (slug) te maken. Geef een slug op, "
            "met kleine letters, cijfers en streepjes.",
            where=where,
        )
    return slug


def clean_version(value: object, *, where: str | None) -> str:
    version = clean_text(value, what="De versie", where=where, max_length=200)
    if not VERSION_PATTERN.fullmatch(version):
        raise InvalidGuide(
            f"De versie '{version}' is niet geldig. Gebruik letters, cijfers, punten en "
            "streepjes, zonder spaties, zoals 2026-1.",
            where=where,
        )
    return version


def clean_crebo(value: object, *, where: str | None) -> str:
    # Spreadsheets and hand-made JSON often turn 25168 into a number; both mean the same.
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        value = str(value)
    crebo = clean_text(value, what="Het crebonummer", where=where, max_length=200, required=False)
    if crebo and not CREBO_PATTERN.fullmatch(crebo):
        raise InvalidGuide(
            f"Het crebonummer '{crebo}' is niet geldig. Gebruik alleen cijfers, of laat het leeg.",
            where=where,
        )
    return crebo


def clean_level(value: object, *, where: str | None) -> str:
    """One of domain.guide.LEVELS; "entree" and "niveau 2" are understood too."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    level = clean_text(value, what="Het niveau", where=where, max_length=200, required=False)
    if not level:
        return ""
    bare = re.sub(r"^niveau\s*", "", level, flags=re.IGNORECASE)
    for known in LEVELS:
        if bare.casefold() == known.casefold():
            return known
    raise InvalidGuide(
        f"Het niveau '{level}' bestaat niet. Kies uit: {', '.join(LEVELS)}.", where=where
    )


def clean_title(value: object, *, what: str, where: str | None) -> str:
    return clean_text(value, what=what, where=where, max_length=MAX_TITLE_LENGTH)


def clean_short_title(value: object, *, where: str | None, what: str = "van het werkproces") -> str:
    """Optional: "" when absent or empty; else at most MAX_SHORT_TITLE_LENGTH characters."""
    if value is None:
        return ""
    return clean_text(
        value,
        what=f"De korte titel {what}",
        where=where,
        max_length=MAX_SHORT_TITLE_LENGTH,
        required=False,
    )


def clean_behaviour_text(value: object, *, where: str | None) -> str:
    return clean_text(value, what="Het gedragsvoorbeeld", where=where, max_length=MAX_TEXT_LENGTH)


def clean_source(value: object, *, where: str | None) -> str:
    return clean_text(
        value, what="De bron", where=where, max_length=MAX_SOURCE_LENGTH, required=False
    )


def check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise InvalidGuide(
            f"Het bestand is te groot ({size / 1024 / 1024:.1f} MB; hoogstens "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB). Een begeleidingsdocument is veel kleiner: "
            "kies het goede bestand."
        )


def check_structure(guide: Guide, locate: Locator) -> Guide:
    """Nothing empty, codes and behaviour ids unique (ignoring case), not too many behaviours."""
    if not guide.core_tasks:
        raise InvalidGuide("Het begeleidingsdocument heeft geen kerntaken.", where=locate(()))
    core_task_codes: dict[str, str] = {}
    work_process_codes: dict[str, str] = {}
    behaviour_ids: dict[str, str] = {}
    count = 0
    for i, core_task in enumerate(guide.core_tasks):
        _unique(core_task_codes, core_task.code, "kerntaakcode", locate((i,)))
        if not core_task.work_processes:
            raise InvalidGuide(
                f"Kerntaak {core_task.code} heeft geen werkprocessen.", where=locate((i,))
            )
        for j, work_process in enumerate(core_task.work_processes):
            _unique(work_process_codes, work_process.code, "werkprocescode", locate((i, j)))
            if not work_process.behaviours:
                raise InvalidGuide(
                    f"Werkproces {work_process.code} heeft geen gedragsvoorbeelden. "
                    "Geef er minstens één.",
                    where=locate((i, j)),
                )
            for k, behaviour in enumerate(work_process.behaviours):
                _unique(
                    behaviour_ids, behaviour.id, "id van een gedragsvoorbeeld", locate((i, j, k))
                )
                count += 1
                if count > MAX_BEHAVIOURS:
                    raise InvalidGuide(
                        f"Het begeleidingsdocument heeft meer dan {MAX_BEHAVIOURS} "
                        "gedragsvoorbeelden; dat is te veel.",
                        where=locate((i, j, k)),
                    )
    return guide


def _unique(seen: dict[str, str], code: str, what: str, where: str | None) -> None:
    # Case is ignored: "b1-k1" and "B1-K1" on one declaration would only confuse.
    key = code.casefold()
    if key in seen:
        earlier = seen[key]
        also = f" (ook bij {earlier})" if earlier and earlier != where else ""
        raise InvalidGuide(
            f"De {what} {code} komt twee keer voor{also}. Elke code moet uniek zijn.", where=where
        )
    seen[key] = where or ""


_SPECIAL_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)


def slugify(title: str) -> str:
    """ASCII lower case with hyphens: "Assistent logistiek" → "assistent-logistiek"."""
    text = unicodedata.normalize("NFKD", str(title).casefold().translate(_SPECIAL_LETTERS))
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > 80:
        # Cut at a hyphen so the slug does not end in half a word.
        slug = slug[:81].rsplit("-", 1)[0] if "-" in slug[:81] else slug[:80]
        slug = slug.strip("-")
    return slug
