"""Progress per work process and per trajectory, and when to propose a conclusion."""

from __future__ import annotations

from dataclasses import dataclass

from praktijkdesk.domain.guide import Guide, WorkProcess
from praktijkdesk.domain.mark import Conclusion, Mark, MarkStatus

MIN_REASON_LENGTH = 5


@dataclass(frozen=True)
class WorkProcessProgress:
    code: str
    title: str
    core_task_code: str
    total: int
    mastered: int
    practising: int
    chosen: bool
    conclusion: Conclusion | None  # current conclusion *beheerst*, or None
    short_title: str = ""  # the guide's short title in shop-floor words, "" when it has none

    @property
    def plain_title(self) -> str:
        return self.short_title or self.title

    @property
    def concluded(self) -> bool:
        return self.conclusion is not None

    @property
    def all_mastered(self) -> bool:
        return self.total > 0 and self.mastered == self.total

    @property
    def ready_for_conclusion(self) -> bool:
        """Propose "Dit werkproces beheerst" when every behaviour is *Beheerst*."""
        return self.chosen and self.all_mastered and not self.concluded


@dataclass(frozen=True)
class TrajectoryProgress:
    work_processes: tuple[WorkProcessProgress, ...]  # chosen ones only, in guide order
    declared: tuple[str, ...] = ()  # work process codes on the current (valid) declaration
    declared_on: str | None = None  # the date (ISO) of that declaration, or None
    # The guide is one of the bundled examples (Guide.example): no real declaration is ever
    # issued from it, so it is never *Klaar voor verklaring* (see ready_on_example).
    example: bool = False

    @property
    def behaviours_total(self) -> int:
        return sum(wp.total for wp in self.work_processes)

    @property
    def behaviours_mastered(self) -> int:
        return sum(wp.mastered for wp in self.work_processes)

    @property
    def chosen_count(self) -> int:
        return len(self.work_processes)

    @property
    def concluded_count(self) -> int:
        return sum(1 for wp in self.work_processes if wp.concluded)

    @property
    def fraction(self) -> float:
        """Share of mastered behaviours, 0..1, for a progress ring."""
        return self.behaviours_mastered / self.behaviours_total if self.behaviours_total else 0.0

    @property
    def can_declare(self) -> bool:
        """At least one chosen work process is concluded *beheerst*: a declaration can list it."""
        return self.concluded_count > 0

    @property
    def undeclared_count(self) -> int:
        """Concluded work processes that the current declaration does not list (yet)."""
        declared = set(self.declared)
        return sum(1 for wp in self.work_processes if wp.concluded and wp.code not in declared)

    @property
    def ready_for_declaration(self) -> bool:
        """*Klaar voor verklaring*: concluded work processes not yet on the current declaration,
        on a real guide. The one rule for tile, overview, attention, filter and command line."""
        return self.undeclared_count > 0 and not self.example

    @property
    def ready_on_example(self) -> bool:
        """What would be *Klaar voor verklaring* on a real guide, on an example guide: the
        screens say "Voorbeeld-leerlijst: geen echte verklaring" instead."""
        return self.undeclared_count > 0 and self.example

    @property
    def fully_declared(self) -> bool:
        """*Verklaring gemaakt*: a valid declaration lists every concluded work process."""
        return self.declared_on is not None and self.can_declare and self.undeclared_count == 0

    @property
    def complete(self) -> bool:
        return self.chosen_count > 0 and self.concluded_count == self.chosen_count


def work_process_progress(
    guide: Guide,
    wp: WorkProcess,
    marks: dict[str, Mark],
    conclusion: Conclusion | None,
    chosen: bool,
) -> WorkProcessProgress:
    """``marks`` maps behaviour id → current mark of this trajectory."""
    statuses = [marks[b.id].status for b in wp.behaviours if b.id in marks]
    core_task = guide.core_task_of(wp.code)
    return WorkProcessProgress(
        code=wp.code,
        title=wp.title,
        core_task_code=core_task.code if core_task else "",
        total=len(wp.behaviours),
        mastered=sum(1 for s in statuses if s is MarkStatus.MASTERED),
        practising=sum(1 for s in statuses if s is MarkStatus.PRACTISING),
        chosen=chosen,
        conclusion=conclusion,
        short_title=wp.short_title,
    )


def trajectory_progress(
    guide: Guide,
    chosen: tuple[str, ...],
    marks: dict[str, Mark],
    conclusions: dict[str, Conclusion],
    declared: tuple[str, ...] = (),
    declared_on: str | None = None,
) -> TrajectoryProgress:
    """``conclusions`` maps work process code → current conclusion *beheerst*; ``declared``
    are the codes on the current declaration (of ``declared_on``)."""
    chosen_set = set(chosen)
    return TrajectoryProgress(
        tuple(
            work_process_progress(guide, wp, marks, conclusions.get(wp.code), True)
            for wp in guide.work_processes()
            if wp.code in chosen_set
        ),
        tuple(declared),
        declared_on,
        example=guide.example,
    )


def needs_reason(progress: WorkProcessProgress) -> bool:
    """Concluding before every behaviour is *Beheerst* asks for a short reason."""
    return not progress.all_mastered


class ProgressLayout:
    """A guide's work processes with what progress needs (core task code, behaviour ids),
    worked out once per guide: listing 50 trajectories of one guide then only counts statuses
    (the candidates list and its name search, issue #18). Gives what ``trajectory_progress``
    gives."""

    def __init__(self, guide: Guide) -> None:
        self.guide = guide
        self.work_processes = tuple(
            (
                wp,
                (guide.core_task_of(wp.code).code if guide.core_task_of(wp.code) else ""),
                tuple(b.id for b in wp.behaviours),
            )
            for wp in guide.work_processes()
        )

    def progress(
        self,
        chosen: tuple[str, ...],
        statuses: dict[str, str],
        conclusions: dict[str, Conclusion],
        declared: tuple[str, ...] = (),
        declared_on: str | None = None,
    ) -> TrajectoryProgress:
        """``statuses`` maps behaviour id → the current mark's status value ("mastered", …)."""
        chosen_set = set(chosen)
        mastered, practising = MarkStatus.MASTERED.value, MarkStatus.PRACTISING.value
        result = []
        for wp, core_task_code, behaviour_ids in self.work_processes:
            if wp.code not in chosen_set:
                continue
            found = [statuses[b] for b in behaviour_ids if b in statuses]
            result.append(
                WorkProcessProgress(
                    code=wp.code,
                    title=wp.title,
                    core_task_code=core_task_code,
                    total=len(behaviour_ids),
                    mastered=found.count(mastered),
                    practising=found.count(practising),
                    chosen=True,
                    conclusion=conclusions.get(wp.code),
                    short_title=wp.short_title,
                )
            )
        return TrajectoryProgress(
            tuple(result), tuple(declared), declared_on, example=self.guide.example
        )


_LAYOUTS: dict[int, ProgressLayout] = {}


def progress_layout(guide: Guide) -> ProgressLayout:
    """The layout of this guide object, kept while the same object is asked for (a guide
    loaded anew gets a new layout: nothing stale)."""
    layout = _LAYOUTS.get(id(guide))
    if layout is None or layout.guide is not guide:
        if len(_LAYOUTS) > 64:
            _LAYOUTS.clear()
        layout = _LAYOUTS[id(guide)] = ProgressLayout(guide)
    return layout
