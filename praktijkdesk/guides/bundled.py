"""The four example guides that ship with the app (resources/guides/*.json)."""

from __future__ import annotations

import json
from functools import lru_cache

from praktijkdesk.domain.guide import Guide, guide_key
from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides.json_format import load_json
from praktijkdesk.paths import resource


def bundled_guides() -> list[Guide]:
    """Every bundled guide, sorted by slug. A fresh list each call; the guides are frozen."""
    return list(_load())


def bundled_keys() -> list[str] | None:
    """The stored ids the bundled guides would get, read without parsing the whole guides
    (the app checks these at every start). A file whose slug or version is missing or
    not plain text gives None, so the caller falls back to the full, checked parse."""
    keys = []
    for path in sorted(resource("guides").glob("*.json")):
        try:
            top = json.loads(path.read_bytes())
            slug, version = top["slug"], top["version"]
        except (ValueError, TypeError, KeyError, OSError):
            return None
        if not (isinstance(slug, str) and isinstance(version, str)):
            return None
        keys.append(guide_key(slug, version))
    return keys


@lru_cache(maxsize=1)
def _load() -> tuple[Guide, ...]:
    # Parsed once per process: they cannot change while the app runs.
    folder = resource("guides")
    guides = []
    for path in sorted(folder.glob("*.json")):
        try:
            guides.append(load_json(path.read_bytes()))
        except InvalidGuide as exc:
            # A broken bundled file is our packaging mistake: say which file.
            raise InvalidGuide(f"{path.name}: {exc.message}") from exc
    return tuple(sorted(guides, key=lambda g: g.slug))


# Bundled versions shipped before their codes were known to be unverified: they said
# ``"example": false``. A data folder may still hold them; they count as examples too.
UNVERIFIED_BUNDLED_KEYS = frozenset(
    {
        "horeca-gastheer-gastvrouw@2026-1",
        "groene-ruimte-medewerker-hovenier@2026-1",
    }
)
