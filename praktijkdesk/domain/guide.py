"""A guide (begeleidingsdocument): core tasks → work processes → behaviours.

Plain immutable data. ``slug`` + ``version`` identify a guide; behaviour ids are what marks
refer to, so a corrected behaviour text keeps its marks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

LEVELS = ("Entree", "1", "2", "3", "4")


# A picture is the name of a pictogram shipped in resources/pictures (an OpenMoji code such
# as "1F9F9"). It is presentation only, for the candidate's screen: two copies of a guide that
# differ only in pictures are the same guide (compare=False), so exchange never calls them
# different and marks never depend on them.
@dataclass(frozen=True)
class Behaviour:
    id: str
    text: str
    picture: str = field(default="", compare=False)


@dataclass(frozen=True)
class WorkProcess:
    code: str
    title: str
    behaviours: tuple[Behaviour, ...]
    picture: str = field(default="", compare=False)
    # A short title in shop-floor words ("Gasten ontvangen"); optional, "" when the guide has none.
    short_title: str = ""

    @property
    def plain_title(self) -> str:
        """What the trainer's screens show: the short title, or else the title."""
        return self.short_title or self.title


@dataclass(frozen=True)
class CoreTask:
    code: str
    title: str
    work_processes: tuple[WorkProcess, ...]
    short_title: str = ""  # like a work process's: shop-floor words, "" when the guide has none

    @property
    def plain_title(self) -> str:
        return self.short_title or self.title


@dataclass(frozen=True)
class Qualification:
    name: str
    crebo: str = ""
    level: str = ""
    file: str = ""  # the kwalificatiedossier, when the guide names it ("Bediening (crebo 23081)")
    file_version: str = ""  # its version or year of validity ("2024")


@dataclass(frozen=True)
class HiddenBehaviour:
    """A behaviour an employer's own version hides: never deleted, so its marks stay readable."""

    work_process_code: str
    id: str
    text: str


@dataclass(frozen=True)
class GuideVariant:
    """What makes a guide an employer's own version (*eigen versie*, domain/guide_variant.py):
    the school's guide version it was built from, the employer, and the hidden behaviours."""

    base_key: str
    employer_id: str
    hidden: tuple[HiddenBehaviour, ...] = ()


@dataclass(frozen=True)
class Guide:
    slug: str
    title: str
    version: str
    qualification: Qualification
    source: str
    core_tasks: tuple[CoreTask, ...]
    # True for the bundled examples whose codes are not the official ones; the UI shows "voorbeeld".
    example: bool = False
    extra: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # Set on an employer's own version only; a school's guide has None.
    variant: GuideVariant | None = None

    @property
    def key(self) -> str:
        """The stored id of this exact version."""
        return guide_key(self.slug, self.version)

    def work_processes(self) -> list[WorkProcess]:
        return list(self._work_processes)

    def work_process(self, code: str) -> WorkProcess | None:
        return self._index[0].get(code)

    def core_task_of(self, work_process_code: str) -> CoreTask | None:
        return self._index[1].get(work_process_code)

    def behaviours(self) -> list[Behaviour]:
        return [b for wp in self._work_processes for b in wp.behaviours]

    def work_process_of(self, behaviour_id: str) -> WorkProcess | None:
        return self._index[2].get(behaviour_id)

    # Lookups by code, built once per guide: lists and checklists ask them for every row.
    # (cached_property writes the instance __dict__ directly, so it works on a frozen class.)
    @cached_property
    def _work_processes(self) -> tuple[WorkProcess, ...]:
        return tuple(wp for ct in self.core_tasks for wp in ct.work_processes)

    @cached_property
    def _index(self) -> tuple[dict, dict, dict]:
        by_code, core_task_of, by_behaviour = {}, {}, {}
        for ct in self.core_tasks:
            for wp in ct.work_processes:
                by_code.setdefault(wp.code, wp)
                core_task_of.setdefault(wp.code, ct)
                for b in wp.behaviours:
                    by_behaviour.setdefault(b.id, wp)
        return by_code, core_task_of, by_behaviour


def guide_key(slug: str, version: str) -> str:
    return f"{slug}@{version}"


def default_behaviour_id(work_process_code: str, position: int) -> str:
    """A plain-string behaviour's id: ``<work process code>-<position from 1>``."""
    return f"{work_process_code}-{position}"
