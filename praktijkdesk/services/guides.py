"""Guides in the database: the bundled ones, imports, exports, and a parsed-guide cache."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from praktijkdesk.domain.guide import Guide
from praktijkdesk.errors import InvalidGuide, NotFound
from praktijkdesk.guides import export_guide, load_guide_file
from praktijkdesk.guides.bundled import UNVERIFIED_BUNDLED_KEYS, bundled_guides, bundled_keys
from praktijkdesk.guides.json_format import dump_json, load_json
from praktijkdesk.guides.plain_language import Finding, GuideFinding, check_guide, check_text
from praktijkdesk.services.base import Notifier, Service
from praktijkdesk.services.changes import Changes
from praktijkdesk.storage import guides as store

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.services.backups import BackupService
    from praktijkdesk.storage.database import Database


@dataclass(frozen=True)
class GuideSummary:
    key: str
    slug: str
    version: str
    title: str
    qualification: str
    crebo: str
    level: str
    example: bool
    core_task_count: int
    work_process_count: int
    behaviour_count: int

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def summarise(guide: Guide) -> GuideSummary:
    return GuideSummary(
        key=guide.key,
        slug=guide.slug,
        version=guide.version,
        title=guide.title,
        qualification=guide.qualification.name,
        crebo=guide.qualification.crebo,
        level=guide.qualification.level,
        example=guide.example,
        core_task_count=len(guide.core_tasks),
        work_process_count=len(guide.work_processes()),
        behaviour_count=len(guide.behaviours()),
    )


@dataclass(frozen=True)
class GuidePreview:
    """A guide read from a file and checked, before anything is stored (import_preview)."""

    guide: Guide
    file_name: str
    plain_language_findings: int  # the B1 check's findings on its texts (a help, not a rule)
    already_stored: bool  # this exact version is stored already, with the same content

    @property
    def work_process_count(self) -> int:
        return len(self.guide.work_processes())

    @property
    def behaviour_count(self) -> int:
        return len(self.guide.behaviours())


class GuideService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        data_dir: Path,
        backups: BackupService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._data_dir = data_dir
        self._backups = backups
        # A stored guide version never changes, so a parsed copy is safe to keep.
        self._cache: dict[str, Guide] = {}

    def get(self, key: str) -> Guide:
        guide = self._cache.get(key)
        if guide is None:
            content = store.guide_content(self.db, key)
            if content is None:
                raise NotFound(f"Begeleidingsdocument {key} bestaat niet.")
            try:
                guide = load_json(content)
            except InvalidGuide as exc:
                # It was valid when it was stored: a changed byte in the file.
                from praktijkdesk.services.backups import damaged_in_place

                raise damaged_in_place(
                    self._data_dir, [f"het opgeslagen begeleidingsdocument {key} is onleesbaar"]
                ) from exc
            if key in UNVERIFIED_BUNDLED_KEYS and not guide.example:
                guide = replace(
                    guide, example=True
                )  # shipped unflagged; its codes are not verified
            self._cache[key] = guide
        return guide

    def summaries(self) -> list[GuideSummary]:
        return [summarise(self.get(s.key)) for s in store.list_stored_guides(self.db)]

    def latest(self, slug_or_key: str) -> Guide:
        """A guide by exact key, or the newest imported version of a slug."""
        if "@" in slug_or_key:
            return self.get(slug_or_key)
        keys = store.guide_keys_for_slug(self.db, slug_or_key)
        if not keys:
            known = ", ".join(sorted({s.slug for s in store.list_stored_guides(self.db)}))
            raise NotFound(f"Er is geen begeleidingsdocument '{slug_or_key}'. Bekend: {known}.")
        return self.get(keys[-1])

    def newer_version(self, key: str) -> Guide | None:
        """A newer version of the same guide, to offer (never force) to a trajectory."""
        current = self.get(key)
        newest = self.latest(current.slug)
        return newest if newest.key != key else None

    def ensure_bundled(self) -> int:
        """Store any bundled guide version not yet stored; returns how many were added."""
        # At every start: when every bundled version is already stored (the usual case),
        # that is known from the files' slug and version, without parsing the guides.
        keys = bundled_keys()
        if keys is not None and all(store.guide_content(self.db, k) is not None for k in keys):
            return 0
        missing = [g for g in bundled_guides() if store.guide_content(self.db, g.key) is None]
        if missing:
            with self.action(Changes(guides=True)):
                for guide in missing:
                    self._store(guide)
        return len(missing)

    def check_text(self, text: str) -> list[Finding]:
        """The plain-language check (B1) of one text, for screens (which may not import
        guides/): the same as guides.plain_language.check_text."""
        return check_text(text)

    def plain_language(self, file_or_key: str | Path) -> tuple[Guide, list[GuideFinding]]:
        """The B1 check of a guide file (read and checked as import_file reads it; nothing
        stored) or of a stored guide (a key or the newest version of a slug)."""
        target = Path(file_or_key)
        if target.suffix.casefold() in (".json", ".csv") or target.exists():
            guide = load_guide_file(target)
        else:
            guide = self.latest(str(file_or_key))
        return guide, check_guide(guide)

    def trajectory_counts(self) -> dict[str, int]:
        """Per stored guide key: how many trajectories use that version."""
        return store.trajectory_counts_by_guide(self.db)

    def preview_file(self, path: str | Path) -> GuidePreview:
        """Read and check a file as import_file does, and store nothing: what the app shows
        before the user says "Inlezen". The same Dutch errors (with the line) as the CLI."""
        guide = load_guide_file(path)
        return GuidePreview(
            guide=guide,
            file_name=Path(path).name,
            plain_language_findings=len(check_guide(guide)),
            already_stored=self._stored_same(guide),
        )

    def import_preview(self, preview: GuidePreview) -> Guide:
        """Store the guide that was shown, not the file read again (it may have changed)."""
        return self._import(preview.guide)

    def import_file(self, path: str | Path) -> Guide:
        return self._import(load_guide_file(path))

    def _stored_same(self, guide: Guide) -> bool:
        """True when this version is stored with the same content; refuses a different one."""
        existing = store.guide_content(self.db, guide.key)
        if existing is None:
            return False
        if load_json(existing) == guide:
            return True
        raise InvalidGuide(
            f"Versie {guide.version} van '{guide.title}' bestaat al met een andere inhoud. "
            "Geef het bestand een nieuw versienummer."
        )

    def _import(self, guide: Guide) -> Guide:
        if self._stored_same(guide):
            return self.get(guide.key)
        self._backups.backup_before("guide-import")
        with self.action(Changes(guides=True)):
            self._store(guide)
        return guide

    def export(self, slug_or_key: str, path: str | Path, *, overwrite: bool = False) -> Guide:
        guide = self.latest(slug_or_key)
        export_guide(guide, Path(path), overwrite=overwrite)
        return guide

    def _store(self, guide: Guide) -> None:
        store.add_guide(
            self.db, guide.key, guide.slug, guide.version, guide.title, dump_json(guide), self.now()
        )
        self._cache[guide.key] = guide
