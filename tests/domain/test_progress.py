import pytest

from praktijkdesk.domain.declaration import choose_work_processes
from praktijkdesk.domain.guide import Behaviour, CoreTask, Guide, Qualification, WorkProcess
from praktijkdesk.domain.mark import Conclusion, ConclusionValue, Mark, MarkStatus
from praktijkdesk.domain.progress import needs_reason, trajectory_progress
from praktijkdesk.errors import InvalidInput, NothingMastered

GUIDE = Guide(
    slug="g",
    title="G",
    version="1",
    qualification=Qualification("Q"),
    source="",
    core_tasks=(
        CoreTask(
            "B1-K1",
            "K",
            (
                WorkProcess("B1-K1-W1", "W1", (Behaviour("b1", "x"), Behaviour("b2", "y"))),
                WorkProcess("B1-K1-W2", "W2", (Behaviour("b3", "z"),)),
            ),
        ),
    ),
)


def m(behaviour, status):
    return Mark(behaviour, "t", behaviour, status, "p", "2026", "d")


def concluded(code):
    return Conclusion("c", "t", code, ConclusionValue.MASTERED, "p", "2026", "d")


def test_all_mastered_proposes_a_conclusion():
    marks = {"b1": m("b1", MarkStatus.MASTERED), "b2": m("b2", MarkStatus.MASTERED)}
    progress = trajectory_progress(GUIDE, ("B1-K1-W1", "B1-K1-W2"), marks, {})
    wp1, wp2 = progress.work_processes
    assert wp1.ready_for_conclusion and not needs_reason(wp1)
    assert not wp2.ready_for_conclusion and needs_reason(wp2)
    assert (progress.behaviours_mastered, progress.behaviours_total) == (2, 3)


def test_only_chosen_work_processes_count():
    progress = trajectory_progress(GUIDE, ("B1-K1-W2",), {}, {})
    assert [wp.code for wp in progress.work_processes] == ["B1-K1-W2"]


def test_declaration_lists_only_concluded_work_processes():
    progress = trajectory_progress(
        GUIDE, ("B1-K1-W1", "B1-K1-W2"), {}, {"B1-K1-W2": concluded("B1-K1-W2")}
    )
    assert choose_work_processes(progress, None) == ["B1-K1-W2"]
    with pytest.raises(InvalidInput):
        choose_work_processes(progress, ["B1-K1-W1"])


def test_declaration_needs_at_least_one():
    progress = trajectory_progress(GUIDE, ("B1-K1-W1",), {}, {})
    with pytest.raises(NothingMastered):
        choose_work_processes(progress, None)
