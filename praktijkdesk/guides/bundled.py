"""The four example guides that ship with the app (resources/guides/*.json)."""

from __future__ import annotations

from functools import lru_cache

from praktijkdesk.domain.guide import Guide
from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides.json_format import load_json
from praktijkdesk.paths import resource


def bundled_guides() -> list[Guide]:
    """Every bundled guide, sorted by slug. A fresh list each call; the guides are frozen."""
    return list(_load())


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
UNVERIFIED_BUNDLED_KEYS = frozenset({
    "horeca-gastheer-gastvrouw@2026-1",
    "groene-ruimte-medewerker-hovenier@2026-1",
})
