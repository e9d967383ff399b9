"""An employer's own version of a school's guide (*eigen versie*): pure rules, no storage.

The employer sets the norm: it may reword a behaviour, add one, hide one and reorder them,
per work process. Core tasks and work processes stay the school's (codes, titles, order),
so a declaration still names the school's work processes.

Ids — what marks refer to:
- a reworded or moved behaviour keeps its id, so its marks stay with it;
- a behaviour is never deleted, only hidden (``GuideVariant.hidden``): its marks stay in the
  history and its text stays readable;
- a new behaviour gets ``<work process code>-E<n>`` (E for *eigen*), n one more than any
  E-number that work process ever had in the school's guide or in any earlier own version.
  A school's default ids are ``<code>-<position>`` (digits only), so the two never meet.

Versions: the own version of guide ``slug`` for employer ``E`` has slug
``<slug>-eigen-<first 8 characters of E's id>`` and version ``<school version>.e<n>``, n one
more for every save (``variant_number``). The highest n is the current one — counted, not
timed, so a computer whose clock is a day off still finds the right one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from praktijkdesk.domain.guide import (
    Behaviour,
    CoreTask,
    Guide,
    GuideVariant,
    HiddenBehaviour,
    WorkProcess,
    guide_key,
)
from praktijkdesk.errors import InvalidGuide

_VERSION_NUMBER = re.compile(r"\.e([0-9]+)$")
_OWN_ID = re.compile(r"-E([0-9]+)$")
_SLUG_PART = re.compile(r"[^a-z0-9]+")
TITLE_SUFFIX = " (eigen versie)"


def variant_slug(base_slug: str, employer_id: str) -> str:
    short = _SLUG_PART.sub("", employer_id.casefold())[:8] or "x"
    return f"{base_slug[:60].rstrip('-')}-eigen-{short}"


def variant_version(base_version: str, number: int) -> str:
    return f"{base_version[:30]}.e{number}"


def variant_number(version: str) -> int:
    """The save number in an own version's version (``2025-1.e3`` → 3); 0 if there is none."""
    match = _VERSION_NUMBER.search(version)
    return int(match.group(1)) if match else 0


def start_variant(base: Guide, employer_id: str) -> Guide:
    """The start of an own version: the school's text, unchanged, numbered 0 (not stored;
    saving it stores number 1)."""
    if base.variant is not None:
        raise InvalidGuide("Dit is al een eigen versie; begin bij de versie van de school.")
    return replace(
        base,
        slug=variant_slug(base.slug, employer_id),
        version=variant_version(base.version, 0),  # .e0: not saved yet; the first save is .e1
        title=base.title + TITLE_SUFFIX if not base.title.endswith(TITLE_SUFFIX) else base.title,
        variant=GuideVariant(base_key=base.key, employer_id=employer_id),
    )


def new_behaviour_id(work_process_code: str, taken: set[str]) -> str:
    """``<code>-E<n>``: one more than any E-number of this work process in ``taken``."""
    prefix = f"{work_process_code}-E".casefold()
    highest = 0
    for behaviour_id in taken:
        if behaviour_id.casefold().startswith(prefix):
            match = _OWN_ID.search(behaviour_id.upper())
            if match:
                highest = max(highest, int(match.group(1)))
    return f"{work_process_code}-E{highest + 1}"


def all_ids(guide: Guide) -> set[str]:
    """Shown and hidden behaviour ids of a guide."""
    ids = {b.id for b in guide.behaviours()}
    if guide.variant:
        ids |= {h.id for h in guide.variant.hidden}
    return ids


def hidden_of(guide: Guide, work_process_code: str) -> list[HiddenBehaviour]:
    if guide.variant is None:
        return []
    return [h for h in guide.variant.hidden if h.work_process_code == work_process_code]


# --- editing (the screen builds a new Guide with these; each save is a new version) --------


def with_work_process(
    guide: Guide, code: str, behaviours: list[Behaviour], hidden: list[HiddenBehaviour]
) -> Guide:
    """The guide with one work process's shown behaviours and hidden ones replaced."""
    core_tasks = tuple(
        replace(
            ct,
            work_processes=tuple(
                replace(wp, behaviours=tuple(behaviours)) if wp.code == code else wp
                for wp in ct.work_processes
            ),
        )
        for ct in guide.core_tasks
    )
    others = [h for h in guide.variant.hidden if h.work_process_code != code]
    variant = replace(guide.variant, hidden=tuple(others + list(hidden)))
    return replace(guide, core_tasks=core_tasks, variant=variant)


def renumber_added(edited: Guide, started_from: set[str], taken: dict[str, str]) -> Guide:
    """Behaviours added in this edit (ids not in the version it ``started_from``) whose id
    someone else gave out meanwhile for another text (a second program saved first) get a
    fresh id: an id never changes meaning, and the other save's behaviour is not taken over.
    ``taken``: every id given out so far → its latest text."""
    started = {i.casefold() for i in started_from}
    given = {i.casefold(): text for i, text in taken.items()}
    used = set(given) | {i.casefold() for i in all_ids(edited)}
    changed = False
    core_tasks = []
    for ct in edited.core_tasks:
        work_processes = []
        for wp in ct.work_processes:
            behaviours = []
            for b in wp.behaviours:
                key = b.id.casefold()
                if key not in started and key in given and given[key] != b.text:
                    fresh = new_behaviour_id(wp.code, used)
                    used.add(fresh.casefold())
                    b = Behaviour(fresh, b.text)
                    changed = True
                behaviours.append(b)
            work_processes.append(replace(wp, behaviours=tuple(behaviours)))
        core_tasks.append(replace(ct, work_processes=tuple(work_processes)))
    return replace(edited, core_tasks=tuple(core_tasks)) if changed else edited


def texts_of(guide: Guide) -> dict[str, str]:
    """Shown and hidden behaviour ids of a guide → their text."""
    texts = {b.id: b.text for b in guide.behaviours()}
    if guide.variant:
        texts.update({h.id: h.text for h in guide.variant.hidden})
    return texts


def check_variant(base: Guide, previous: Guide | None, edited: Guide, employer_id: str) -> Guide:
    """The edited own version, checked against the school's guide and the previous own version.

    Refused (InvalidGuide naming the JSON path): another qualification, core task or work
    process than the school's; a school behaviour moved to another work process; an id that
    neither the school nor an earlier own version gave out. A behaviour the previous version
    had that the edit left out entirely is hidden, never deleted.
    """
    if base.variant is not None:
        raise InvalidGuide(
            "Een eigen versie begint bij de versie van de school, niet bij een andere eigen versie."
        )
    if edited.qualification != base.qualification:
        raise InvalidGuide(
            "De kwalificatie is die van de school en kan niet veranderen.", where="qualification"
        )
    if len(edited.core_tasks) != len(base.core_tasks):
        raise InvalidGuide(
            f"Een eigen versie heeft dezelfde {len(base.core_tasks)} kerntaken als de versie van "
            f"de school (nu {len(edited.core_tasks)}).",
            where="core_tasks",
        )
    base_home = {b.id.casefold(): wp.code for wp in base.work_processes() for b in wp.behaviours}
    previous_home = dict(base_home)
    previous_text: dict[str, tuple[str, str]] = {}
    if previous is not None:
        for wp in previous.work_processes():
            for b in wp.behaviours:
                previous_home[b.id.casefold()] = wp.code
                previous_text[b.id.casefold()] = (wp.code, b.text)
        for h in previous.variant.hidden if previous.variant else ():
            previous_home[h.id.casefold()] = h.work_process_code
            previous_text[h.id.casefold()] = (h.work_process_code, h.text)
    for wp in base.work_processes():
        for b in wp.behaviours:
            previous_text.setdefault(b.id.casefold(), (wp.code, b.text))
    for i, (mine, school) in enumerate(zip(edited.core_tasks, base.core_tasks, strict=True)):
        where = f"core_tasks[{i}]"
        if (mine.code, mine.title) != (school.code, school.title):
            raise InvalidGuide(
                f"Kerntaak {school.code} '{school.title}' is die van de school en blijft "
                "hetzelfde (code en titel).",
                where=where,
            )
        if len(mine.work_processes) != len(school.work_processes):
            raise InvalidGuide(
                f"Kerntaak {school.code} heeft dezelfde werkprocessen als bij de school.",
                where=f"{where}.work_processes",
            )
        for j, (own_wp, school_wp) in enumerate(
            zip(mine.work_processes, school.work_processes, strict=True)
        ):
            wp_where = f"{where}.work_processes[{j}]"
            if (own_wp.code, own_wp.title) != (school_wp.code, school_wp.title):
                raise InvalidGuide(
                    f"Werkproces {school_wp.code} '{school_wp.title}' is dat van de school en "
                    "blijft hetzelfde (code en titel).",
                    where=wp_where,
                )
            for k, b in enumerate(own_wp.behaviours):
                home = previous_home.get(b.id.casefold())
                if home is None and _is_own_id(b.id, own_wp.code):
                    continue  # a behaviour the employer added in this edit
                if home is None:
                    raise InvalidGuide(
                        f"De id {b.id} is onbekend. Een nieuw gedragsvoorbeeld krijgt zelf een "
                        'id: laat "id" weg.',
                        where=f"{wp_where}.behaviours[{k}]",
                    )
                if home != own_wp.code:
                    raise InvalidGuide(
                        f"Gedragsvoorbeeld {b.id} hoort bij werkproces {home} en kan niet naar "
                        f"{own_wp.code}. Voeg bij {own_wp.code} een nieuw gedragsvoorbeeld toe.",
                        where=f"{wp_where}.behaviours[{k}]",
                    )
    for h in edited.variant.hidden if edited.variant else ():
        if previous_home.get(h.id.casefold()) != h.work_process_code:
            raise InvalidGuide(
                f"Het verborgen gedragsvoorbeeld {h.id} is onbekend in werkproces "
                f"{h.work_process_code}."
            )
    # Left out entirely: hidden (with the last text it had), never lost.
    present = {i.casefold() for i in all_ids(edited)}
    left_out = [
        HiddenBehaviour(code, original_id, text)
        for original_id, (code, text) in _original_ids(previous, base, previous_text).items()
        if original_id.casefold() not in present
    ]
    variant = GuideVariant(
        base_key=base.key,
        employer_id=employer_id,
        hidden=tuple((edited.variant.hidden if edited.variant else ()) + tuple(left_out)),
    )
    return replace(
        edited,
        slug=variant_slug(base.slug, employer_id),
        variant=variant,
        qualification=base.qualification,
    )


def _is_own_id(behaviour_id: str, work_process_code: str) -> bool:
    prefix = f"{work_process_code}-E".casefold()
    rest = behaviour_id.casefold().removeprefix(prefix)
    return behaviour_id.casefold().startswith(prefix) and rest.isdigit() and rest.isascii()


def _original_ids(previous: Guide | None, base: Guide, texts: dict) -> dict[str, tuple[str, str]]:
    """The ids (original spelling) the edit must still hold, with work process and last text."""
    ids = {b.id: texts[b.id.casefold()] for b in base.behaviours()}
    if previous is not None:
        for i in sorted(all_ids(previous)):
            ids[i] = texts[i.casefold()]
    return ids


# --- what differs from the school's text ---------------------------------------------------


@dataclass(frozen=True)
class Difference:
    """One way the own version differs from the school's text, in one work process."""

    kind: str  # "reworded", "added", "hidden" or "moved"
    work_process_code: str
    behaviour_id: str
    school_text: str  # "" for an added behaviour
    own_text: str  # the own version's text (for hidden: the last text it had)
    school_position: int = 0  # from 1; 0 when added
    own_position: int = 0  # from 1; 0 when hidden

    KINDS = {
        "reworded": "anders gezegd",
        "added": "toegevoegd",
        "hidden": "verborgen",
        "moved": "verplaatst",
    }

    @property
    def label(self) -> str:
        return self.KINDS[self.kind]

    def describe(self) -> str:
        """One Dutch line, for the command line and the screen."""
        if self.kind == "reworded":
            return f"{self.behaviour_id} anders gezegd: '{self.school_text}' → '{self.own_text}'"
        if self.kind == "added":
            return f"{self.behaviour_id} toegevoegd: '{self.own_text}'"
        if self.kind == "hidden":
            return f"{self.behaviour_id} verborgen: '{self.own_text}'"
        return (
            f"{self.behaviour_id} verplaatst van plaats {self.school_position} naar "
            f"{self.own_position}: '{self.own_text}'"
        )


def diff_from_school(base: Guide, own: Guide) -> list[Difference]:
    """Reworded, added, hidden and moved behaviours, per work process in guide order.

    "Moved" means: the behaviour's place among the school's behaviours that are still shown
    changed (so hiding one does not make all after it count as moved)."""
    differences: list[Difference] = []
    for school_wp in base.work_processes():
        own_wp = own.work_process(school_wp.code)
        own_behaviours = own_wp.behaviours if own_wp else ()
        school = {b.id: (i + 1, b.text) for i, b in enumerate(school_wp.behaviours)}
        own_pos = {b.id: (i + 1, b.text) for i, b in enumerate(own_behaviours)}
        # The fewest moves: the school behaviours outside the longest run that kept its order.
        staying = _longest_in_order([school[b.id][0] for b in own_behaviours if b.id in school])
        for b in own_behaviours:
            position, text = own_pos[b.id]
            if b.id not in school:
                differences.append(Difference("added", school_wp.code, b.id, "", text, 0, position))
                continue
            school_position, school_text = school[b.id]
            if text != school_text:
                differences.append(
                    Difference(
                        "reworded",
                        school_wp.code,
                        b.id,
                        school_text,
                        text,
                        school_position,
                        position,
                    )
                )
            if school_position not in staying:
                differences.append(
                    Difference(
                        "moved", school_wp.code, b.id, school_text, text, school_position, position
                    )
                )
        for h in hidden_of(own, school_wp.code):
            school_position, school_text = school.get(h.id, (0, ""))
            differences.append(
                Difference("hidden", school_wp.code, h.id, school_text, h.text, school_position, 0)
            )
    return differences


def _longest_in_order(positions: list[int]) -> set[int]:
    """The longest increasing subsequence of ``positions`` (patience sorting), as a set."""
    tails: list[int] = []  # index into positions of the last item of each run length
    previous: list[int] = [-1] * len(positions)
    for i, value in enumerate(positions):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if positions[tails[middle]] < value:
                low = middle + 1
            else:
                high = middle
        previous[i] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(i)
        else:
            tails[low] = i
    result: set[int] = set()
    i = tails[-1] if tails else -1
    while i >= 0:
        result.add(positions[i])
        i = previous[i]
    return result


def variant_key(base: Guide, employer_id: str, number: int) -> str:
    return guide_key(variant_slug(base.slug, employer_id), variant_version(base.version, number))


__all__ = [
    "Behaviour",
    "CoreTask",
    "Difference",
    "WorkProcess",
    "all_ids",
    "check_variant",
    "diff_from_school",
    "hidden_of",
    "new_behaviour_id",
    "start_variant",
    "variant_key",
    "variant_number",
    "variant_slug",
    "variant_version",
    "with_work_process",
]
