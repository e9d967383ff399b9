"""An employer's own version of a school's guide (*eigen versie*): start, edit, save, compare.

The rules are in domain/guide_variant.py; this service finds the school's guide and the
current own version, checks an edit, and stores every save as a new guide version (one
transaction). It reaches the stored guides through the GuideService it is given.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from praktijkdesk.domain.guide import Guide, guide_key
from praktijkdesk.domain.guide_variant import (
    Difference,
    all_ids,
    check_variant,
    diff_from_school,
    hidden_of,
    new_behaviour_id,
    renumber_added,
    start_variant,
    texts_of,
    variant_number,
    variant_slug,
    variant_version,
)
from praktijkdesk.domain.people import Employer
from praktijkdesk.errors import InvalidGuide, NotFound
from praktijkdesk.guides import _read_limited, export_guide
from praktijkdesk.guides.json_format import dump_json, guide_from_object, load_json, parse_text
from praktijkdesk.guides.json_lines import with_line
from praktijkdesk.guides.validation import check_size
from praktijkdesk.services.base import Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import guides as store
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage.database import write

if TYPE_CHECKING:
    from praktijkdesk.services.guides import GuideService


class GuideVariantService(Service):
    def __init__(self, *, guides: GuideService, **basics) -> None:
        super().__init__(**basics)
        self.guides = guides  # the GuideService: stored guides and their parsed cache

    # Reading -----------------------------------------------------------------------------
    def employer(self, id_or_name: str) -> Employer:
        text = str(id_or_name).strip()
        found = people_store.get_employer(self.db, text) if text else None
        if found is None and text:
            found = people_store.find_employer_by_name(self.db, text)
        if found is None:
            raise NotFound(f"Leerbedrijf '{text}' bestaat niet.")
        return found

    def school_guide(self, slug_or_key: str) -> Guide:
        """The school's guide a reference names: itself, or the base of an own version."""
        guide = self.guides.latest(slug_or_key)
        if guide.variant is not None:
            return self.guides.get(guide.variant.base_key)
        return guide

    def current(self, slug_or_key: str, employer_id: str) -> Guide | None:
        """The employer's newest saved own version of this school guide, or None."""
        base = self.school_guide(slug_or_key)
        keys = store.guide_keys_for_slug(self.db, variant_slug(base.slug, employer_id))
        if not keys:
            return None
        # The highest save number, not the latest import time: a clock put back stays right.
        newest = max(keys, key=lambda k: variant_number(k.split("@", 1)[1]))
        return self.guides.get(newest)

    def for_editing(self, slug_or_key: str, employer_id: str) -> Guide:
        """The current own version, or a fresh one with the school's text (not stored)."""
        employer = self.employer(employer_id)
        current = self.current(slug_or_key, employer.id)
        if current is not None:
            return current
        return start_variant(self.school_guide(slug_or_key), employer.id)

    def variants_of_employer(self, employer_id: str) -> list[Guide]:
        """Every own version the employer has (the newest of each school guide)."""
        newest: dict[str, Guide] = {}
        for stored in store.list_stored_guides(self.db):
            guide = self.guides.get(stored.key)
            if guide.variant is None or guide.variant.employer_id != employer_id:
                continue
            known = newest.get(guide.slug)
            if known is None or variant_number(guide.version) > variant_number(known.version):
                newest[guide.slug] = guide
        return sorted(newest.values(), key=lambda g: g.title)

    def differences(self, guide: Guide) -> list[Difference]:
        """What the own version says differently from the school's text ([] for a school guide)."""
        if guide.variant is None:
            return []
        return diff_from_school(self.guides.get(guide.variant.base_key), guide)

    def new_id(
        self, guide: Guide, work_process_code: str, also_taken: set[str] = frozenset()
    ) -> str:
        """An id for a behaviour added to ``work_process_code``: never one given out before."""
        return new_behaviour_id(work_process_code, self._taken(guide) | set(also_taken))

    # Saving ------------------------------------------------------------------------------
    def save(self, edited: Guide) -> Guide:
        """Store the edit as the employer's next own version. An edit that changes nothing
        stores nothing and returns the current version."""
        if edited.variant is None:
            raise InvalidGuide(
                'Dit is geen eigen versie van een leerbedrijf ("variant" ontbreekt).'
            )
        # Through the file rules once: texts cleaned (NFC, spaces) and checked (length,
        # invisible characters) exactly as an imported file's would be.
        edited = load_json(dump_json(edited))
        employer = self.employer(edited.variant.employer_id)
        base = self._base(edited.variant.base_key)
        # One write transaction from reading the current version to storing the next: a second
        # program saving at the same moment waits, then builds on this save (nothing is lost).
        with write(self.db):
            previous = self.current(base.key, employer.id)
            if previous is not None and previous.version != edited.version:
                # Saved meanwhile by someone else: what this edit added keeps no taken id.
                started_key = guide_key(previous.slug, edited.version)
                started = (
                    self.guides.get(started_key)
                    if store.guide_content(self.db, started_key) is not None
                    else base
                )
                given: dict[str, str] = {}
                for key in store.guide_keys_for_slug(self.db, previous.slug):
                    given.update(texts_of(self.guides.get(key)))
                given.update(texts_of(previous))
                edited = renumber_added(edited, all_ids(started), given)
            checked = check_variant(base, previous, edited, employer.id)
            if previous is not None and _same_content(previous, checked):
                return previous
            number = variant_number(previous.version) + 1 if previous is not None else 1
            stored = _with_version(checked, variant_version(base.version, number))
            while store.guide_content(self.db, stored.key) is not None:  # never overwrite one
                number += 1
                stored = _with_version(checked, variant_version(base.version, number))
            store.add_guide(
                self.db,
                stored.key,
                stored.slug,
                stored.version,
                stored.title,
                dump_json(stored),
                self.now(),
            )
        self._notify(Changes(guides=True))
        return stored

    def import_file(self, path: str | Path) -> Guide:
        """An own-version file (``guide-variant --out``, edited): stored as the next version.
        A behaviour without an id gets a new one; an error names the line."""
        data = _read(Path(path))
        return self.import_bytes(data)

    def import_bytes(self, data: bytes) -> Guide:
        raw = parse_text(data)  # syntax errors already name the line
        text = data.decode("utf-8", "replace")
        try:
            if not isinstance(raw, dict) or not isinstance(raw.get("variant"), dict):
                raise InvalidGuide(
                    "Dit is geen eigen versie van een leerbedrijf: het blok "
                    '"variant" ontbreekt. Lees een gewoon begeleidingsdocument '
                    "in met guide-import.",
                    where="variant",
                )
            self._give_new_ids(raw)
            edited = guide_from_object(raw)
            return self.save(edited)
        except InvalidGuide as exc:
            raise with_line(exc, text) from None

    @staticmethod
    def is_variant_file(path: str | Path) -> bool:
        """Does this .json file hold an employer's own version (a "variant" block)?"""
        path = Path(path)
        if path.suffix.casefold() != ".json":
            return False
        try:
            raw = parse_text(_read(path))
        except InvalidGuide:
            return False
        return isinstance(raw, dict) and "variant" in raw

    def write_file(
        self, slug_or_key: str, employer_id: str, path: str | Path, *, overwrite: bool = False
    ) -> Guide:
        guide = self.for_editing(slug_or_key, employer_id)
        if Path(path).suffix.casefold() != ".json":
            raise InvalidGuide(
                "Een eigen versie wordt opgeslagen als .json (met de verborgen "
                "gedragsvoorbeelden erin); kies een naam die eindigt op .json."
            )
        export_guide(guide, Path(path), overwrite=overwrite)
        return guide

    # Helpers -----------------------------------------------------------------------------
    def _base(self, base_key: str) -> Guide:
        try:
            base = self.guides.get(base_key)
        except NotFound:
            raise InvalidGuide(
                f"De versie van de school ({base_key}) staat niet op dit apparaat. "
                "Lees die eerst in.",
                where="variant.of",
            ) from None
        if base.variant is not None:
            raise InvalidGuide(
                "Een eigen versie begint bij de versie van de school.", where="variant.of"
            )
        return base

    def _taken(self, guide: Guide) -> set[str]:
        """Every id the school's guide and any own version of this employer ever gave out."""
        taken = all_ids(guide)
        if guide.variant is not None:
            taken |= all_ids(self._base(guide.variant.base_key))
            for key in store.guide_keys_for_slug(self.db, guide.slug):
                taken |= all_ids(self.guides.get(key))
        return taken

    def _give_new_ids(self, raw: dict) -> None:
        """Behaviours in the file without an id (a plain text, or a block without "id") get
        ``<code>-E<n>``, before the loader would number them by position."""
        variant = raw["variant"]
        base_key, employer_id = variant.get("of"), variant.get("employer")
        if not isinstance(base_key, str) or not isinstance(employer_id, str):
            return  # the loader says what is wrong
        base = self._base(base_key)
        taken = all_ids(base)
        # Text → id per work process, of every behaviour the school or an earlier own version
        # had: an id-less line with exactly such a text is that behaviour (importing the same
        # file twice adds nothing; a hidden one typed in again is shown again).
        known_texts: dict[tuple[str, str], str] = {}
        earlier = [base] + [
            self.guides.get(key)
            for key in store.guide_keys_for_slug(self.db, variant_slug(base.slug, employer_id))
        ]
        for guide in earlier:
            taken |= all_ids(guide)
            for wp in guide.work_processes():
                for b in (*wp.behaviours, *hidden_of(guide, wp.code)):
                    known_texts[(wp.code, _plain(b.text))] = b.id
        core_tasks = raw.get("core_tasks")
        for core_task in core_tasks if isinstance(core_tasks, list) else ():
            work_processes = (
                core_task.get("work_processes") if isinstance(core_task, dict) else None
            )
            for wp in work_processes if isinstance(work_processes, list) else ():
                if not isinstance(wp, dict) or not isinstance(wp.get("code"), str):
                    continue
                behaviours = wp.get("behaviours")
                if not isinstance(behaviours, list):
                    continue
                code = wp["code"].strip()
                in_file = {
                    b["id"].strip().casefold()
                    for b in behaviours
                    if isinstance(b, dict) and isinstance(b.get("id"), str)
                }
                for k, item in enumerate(behaviours):
                    if isinstance(item, str):
                        item = behaviours[k] = {"text": item}
                    if not isinstance(item, dict) or "id" in item:
                        continue
                    same = known_texts.get((code, _plain(item.get("text"))))
                    if same is not None and same.casefold() not in in_file:
                        item["id"] = same
                    else:
                        item["id"] = new_behaviour_id(code, taken | in_file)
                    in_file.add(item["id"].casefold())
                    taken.add(item["id"])


def _plain(text: object) -> str:
    """A text as the loader will clean it (NFC, single spaces), for comparing."""
    if not isinstance(text, str):
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _same_content(a: Guide, b: Guide) -> bool:
    return _with_version(a, "x") == _with_version(b, "x")


def _with_version(guide: Guide, version: str) -> Guide:
    return replace(guide, version=version)


def _read(path: Path) -> bytes:
    data = _read_limited(path)
    check_size(len(data))
    return data
