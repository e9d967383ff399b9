"""Names as people type them: normalised once at input so print, search and sort agree."""

from __future__ import annotations

import re
import unicodedata

from praktijkdesk.errors import InvalidInput

MAX_NAME_LENGTH = 120
# Bidi embeddings, overrides and isolates can make a printed name read differently from what
# was stored ("Trojan Source"); right-to-left names themselves need none of them.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, trimmed, inner white space collapsed to one space.

    NFC because a decomposed "Nguyễn" prints with misplaced accents and does not match a search.
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def clean_name(text: str, *, what: str = "De naam") -> str:
    """A name fit to store, or InvalidInput with a Dutch message."""
    if not isinstance(text, str):
        raise InvalidInput(f"{what} ontbreekt.")
    name = normalise(text)
    if not name:
        raise InvalidInput(f"{what} is leeg. Vul een naam in.")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(f"{what} is te lang (meer dan {MAX_NAME_LENGTH} tekens).")
    if any(
        unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch in _BIDI_CONTROLS for ch in name
    ):
        raise InvalidInput(f"{what} bevat onzichtbare of ongeldige tekens.")
    if not any(ch.isalpha() for ch in name):
        raise InvalidInput(f"{what} moet minstens één letter bevatten.")
    return name


def search_key(text: str) -> str:
    """Lower case without accents: "zoe" finds "Zoë", "sukru" finds "Şükrü"."""
    decomposed = unicodedata.normalize("NFKD", normalise(text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ı", "i").replace("ø", "o").replace("ł", "l").replace("đ", "d")


def initials(name: str) -> str:
    """Up to two initials for an avatar: first and last word, skipping Dutch infixes."""
    infixes = {"van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "in", "op", "la", "le"}
    words = [w for w in normalise(name).replace("-", " ").split(" ") if w]
    core = [w for w in words if w.casefold() not in infixes] or words
    if not core:
        return "?"
    letters = core[0][0] + (core[-1][0] if len(core) > 1 else "")
    return letters.upper()


# A search longer than any name is a paste by mistake: refused before it reaches SQL.
MAX_SEARCH = 200
