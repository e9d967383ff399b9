"""Moving a trajectory to another version of its guide (*overstap*): the plan, pure.

Marks refer to behaviour ids, so a move changes no mark. Per chosen work process:
- **kept**: the id is in both versions; its marks stay (the text may be reworded);
- **new**: only in the new version; not marked yet;
- **gone**: only in the old version; its marks stay in the history, shown as
  "uit een vorige versie", and no longer count for progress.

Conclusions (the trainer's *beheerst* per work process): **a conclusion stays** whenever its
work process is still in the new version. The trainer judged the work process, not the list
of examples under it; the employer sets the norm and its trainer's judgement is the authority,
so a changed list is never a reason for the program to take a judgement back. The plan names
each concluded work process whose behaviours changed, so the trainer can look again and
revoke the conclusion themselves if they want to.

A move is refused (``problems``) when a chosen work process is missing from the new version:
a trajectory's chosen work processes must be in its guide, and dropping one would drop what
the trainer chose (and maybe concluded). An employer's own version keeps the school's work
processes, so moving to or from one never meets this.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from praktijkdesk.domain import hlc as hlc_clock
from praktijkdesk.domain.guide import Guide
from praktijkdesk.domain.mark import MarkStatus

EARLIER_VERSION = "uit een vorige versie"


@dataclass(frozen=True)
class PlannedBehaviour:
    work_process_code: str
    behaviour_id: str
    text: str  # the text in the version it is shown in (new for kept/new, old for gone)
    old_text: str = ""  # kept: the old text when it was reworded, else ""
    status: MarkStatus | None = None  # the current mark


@dataclass(frozen=True)
class MigrationPlan:
    from_key: str
    to_key: str
    kept: tuple[PlannedBehaviour, ...] = ()
    new: tuple[PlannedBehaviour, ...] = ()
    gone: tuple[PlannedBehaviour, ...] = ()
    conclusions_kept: tuple[str, ...] = ()  # work process codes
    conclusions_to_check: tuple[str, ...] = ()  # kept, but its behaviours changed
    problems: tuple[str, ...] = field(default=())  # Dutch; a plan with problems is not applied

    @property
    def possible(self) -> bool:
        return not self.problems

    @property
    def marked_gone(self) -> tuple[PlannedBehaviour, ...]:
        return tuple(b for b in self.gone if b.status is not None)

    def counts(self) -> dict[str, int]:
        return {
            "kept": len(self.kept),
            "reworded": sum(1 for b in self.kept if b.old_text),
            "new": len(self.new),
            "gone": len(self.gone),
            "gone_marked": len(self.marked_gone),
            "conclusions_kept": len(self.conclusions_kept),
        }

    def summary(self) -> str:
        """One Dutch sentence with the numbers."""
        c = self.counts()
        return (
            f"{c['kept']} gedragsvoorbeelden blijven ({c['reworded']} anders gezegd), "
            f"{c['new']} zijn nieuw, {c['gone']} vervallen ({c['gone_marked']} met een "
            f"beoordeling, die in de geschiedenis blijft); {c['conclusions_kept']} "
            "afrondingen blijven staan."
        )


def plan_migration(
    old: Guide,
    new: Guide,
    chosen: tuple[str, ...] | list[str],
    current: dict[str, MarkStatus],
    concluded: set[str] | frozenset[str],
) -> MigrationPlan:
    """What moving from ``old`` to ``new`` does for the chosen work processes, given the
    current mark per behaviour id and the concluded work process codes."""
    problems = []
    if old.key == new.key:
        problems.append("Het traject gebruikt deze versie al.")
    missing = [code for code in chosen if new.work_process(code) is None]
    if missing:
        problems.append(
            f"Werkproces {', '.join(missing)} staat niet in de nieuwe versie. Een overstap houdt "
            "alle gekozen werkprocessen; kies eerst andere werkprocessen voor dit traject."
        )
    kept, fresh, gone, to_check = [], [], [], []
    for code in chosen:
        before = old.work_process(code)
        after = new.work_process(code)
        old_behaviours = {b.id: b.text for b in before.behaviours} if before else {}
        new_behaviours = {b.id: b.text for b in after.behaviours} if after else {}
        changed = False
        for behaviour_id, text in new_behaviours.items():
            if behaviour_id in old_behaviours:
                old_text = old_behaviours[behaviour_id]
                kept.append(
                    PlannedBehaviour(
                        code,
                        behaviour_id,
                        text,
                        old_text if old_text != text else "",
                        current.get(behaviour_id),
                    )
                )
            else:
                changed = True
                fresh.append(
                    PlannedBehaviour(code, behaviour_id, text, status=current.get(behaviour_id))
                )
        for behaviour_id, text in old_behaviours.items():
            if behaviour_id not in new_behaviours:
                changed = True
                gone.append(
                    PlannedBehaviour(code, behaviour_id, text, status=current.get(behaviour_id))
                )
        if code in concluded and after is not None and changed:
            to_check.append(code)
    return MigrationPlan(
        from_key=old.key,
        to_key=new.key,
        kept=tuple(kept),
        new=tuple(fresh),
        gone=tuple(gone),
        conclusions_kept=tuple(c for c in chosen if c in concluded and new.work_process(c)),
        conclusions_to_check=tuple(to_check),
        problems=tuple(problems),
    )


def related(old: Guide, new: Guide, employer_id: str) -> str | None:
    """Why a trajectory of ``employer_id`` on ``old`` cannot move to ``new`` (Dutch), or None.

    Allowed: another version of the same school guide, or an own version of this employer
    built from any version of it — and back."""

    def school_slug(guide: Guide) -> str:
        if guide.variant is None:
            return guide.slug
        return guide.variant.base_key.split("@", 1)[0]

    if school_slug(old) != school_slug(new):
        return (
            f"'{new.title}' is een ander begeleidingsdocument dan '{old.title}'. Een overstap "
            "gaat alleen naar een andere versie van hetzelfde document."
        )
    if new.variant is not None and new.variant.employer_id != employer_id:
        return f"'{new.title}' is de eigen versie van een ander leerbedrijf."
    return None


@dataclass(frozen=True)
class Migration:
    """A trajectory moved from one guide version to another (or, with ``undoes``, the undo
    of such a move: it moves back). An event like a mark: never changed, never removed."""

    uuid: str
    trajectory_id: str
    from_key: str
    to_key: str
    person_id: str
    at: str
    device_id: str
    undoes: str | None = None
    hlc: str = ""

    @property
    def order_key(self) -> tuple[str, str, str]:
        return (self.hlc or hlc_clock.from_iso(self.at).encode(), self.device_id, self.uuid)
