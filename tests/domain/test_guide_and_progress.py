"""Guides, progress counts and the printed overview's data, as a trainer reads them.

Written to kill the mutants of domain/ that survived (docs/mutation.md): every count is checked
at its edges (nothing, one, all) and every lookup in both directions.
"""

from __future__ import annotations

from praktijkdesk.domain.guide import (
    LEVELS,
    Behaviour,
    CoreTask,
    Guide,
    Qualification,
    WorkProcess,
    default_behaviour_id,
    guide_key,
)
from praktijkdesk.domain.mark import Conclusion, ConclusionValue, Mark, MarkStatus
from praktijkdesk.domain.people import Candidate, Employer, Person, Role
from praktijkdesk.domain.progress import (
    needs_reason,
    trajectory_progress,
    work_process_progress,
)
from praktijkdesk.domain.progress_report import (
    UNMARKED_LABEL,
    BehaviourLine,
    CoreTaskLine,
    ProgressReport,
    WorkProcessLine,
)
from praktijkdesk.domain.trajectory import TrajectoryStatus

W1 = WorkProcess("B1-K1-W1", "Voorbereiden", (Behaviour("b1", "x"), Behaviour("b2", "y")))
W2 = WorkProcess("B1-K1-W2", "Reserveren", (Behaviour("b3", "z"),))
W3 = WorkProcess(
    "B1-K2-W1", "Voorraad", (Behaviour("b4", "v"), Behaviour("b5", "w"), Behaviour("b6", "u"))
)
EMPTY = WorkProcess("B1-K2-W2", "Nog zonder gedrag", ())
GUIDE = Guide(
    slug="horeca",
    title="Horeca",
    version="2.1",
    qualification=Qualification("Gastheer"),
    source="school",
    core_tasks=(
        CoreTask("B1-K1", "Bediening", (W1, W2)),
        CoreTask("B1-K2", "Voorraad", (W3, EMPTY)),
    ),
)
ALL = ("B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "B1-K2-W2")


def m(behaviour, status):
    return Mark(f"m-{behaviour}", "t", behaviour, status, "p", "2026-03-01", "d")


def concluded(code):
    return Conclusion(f"c-{code}", "t", code, ConclusionValue.MASTERED, "p", "2026-03-01", "d")


# --- guide ----------------------------------------------------------------------------------
def test_a_guide_finds_work_processes_core_tasks_and_behaviours_by_code():
    assert GUIDE.key == "horeca@2.1" == guide_key("horeca", "2.1")
    assert GUIDE.work_processes() == [W1, W2, W3, EMPTY]
    assert GUIDE.work_process("B1-K1-W2") is W2
    assert GUIDE.work_process("B9-K9-W9") is None
    assert GUIDE.core_task_of("B1-K2-W1").code == "B1-K2"
    assert GUIDE.core_task_of("B1-K1-W2").code == "B1-K1"
    assert GUIDE.core_task_of("nope") is None
    assert GUIDE.work_process_of("b5") is W3
    assert GUIDE.work_process_of("b1") is W1
    assert GUIDE.work_process_of("b9") is None
    assert [b.id for b in GUIDE.behaviours()] == ["b1", "b2", "b3", "b4", "b5", "b6"]


def test_a_code_used_twice_finds_its_first_place():
    twice = WorkProcess("B1-K1-W1", "Tweede keer", (Behaviour("b1", "dubbel"),))
    guide = Guide(
        "g",
        "G",
        "1",
        Qualification("Q"),
        "",
        (
            CoreTask("K1", "Eerste", (W1,)),
            CoreTask("K2", "Tweede", (twice,)),
        ),
    )
    assert guide.work_process("B1-K1-W1") is W1
    assert guide.core_task_of("B1-K1-W1").code == "K1"
    assert guide.work_process_of("b1") is W1


def test_guide_defaults_and_metadata_that_does_not_make_it_different():
    plain = Guide("g", "G", "1", Qualification("Q"), "", ())
    assert plain.example is False and plain.extra == {}
    assert (plain.qualification.crebo, plain.qualification.level) == ("", "")
    with_extra = Guide("g", "G", "1", Qualification("Q"), "", (), extra={"logo": "x.png"})
    assert with_extra == plain
    assert hash(with_extra) == hash(plain)
    assert "x.png" not in repr(with_extra)


def test_levels_and_behaviour_ids():
    assert LEVELS == ("Entree", "1", "2", "3", "4")
    assert default_behaviour_id("B1-K1-W2", 3) == "B1-K1-W2-3"


# --- progress -------------------------------------------------------------------------------
def test_counts_per_work_process():
    marks = {
        "b4": m("b4", MarkStatus.MASTERED),
        "b5": m("b5", MarkStatus.PRACTISING),
        "b6": m("b6", MarkStatus.NOT_YET),
        "b1": m("b1", MarkStatus.MASTERED),
    }
    wp = work_process_progress(GUIDE, W3, marks, None, True)
    assert (wp.code, wp.title, wp.core_task_code) == ("B1-K2-W1", "Voorraad", "B1-K2")
    assert (wp.total, wp.mastered, wp.practising) == (3, 1, 1)
    assert wp.chosen and not wp.concluded and not wp.all_mastered
    assert not wp.ready_for_conclusion and needs_reason(wp)


def test_a_work_process_outside_the_guide_has_no_core_task():
    wp = work_process_progress(GUIDE, WorkProcess("X-1", "Vreemd", ()), {}, None, True)
    assert wp.core_task_code == ""


def test_all_mastered_proposes_a_conclusion_until_it_is_concluded():
    marks = {"b3": m("b3", MarkStatus.MASTERED)}
    wp = work_process_progress(GUIDE, W2, marks, None, True)
    assert wp.all_mastered and wp.ready_for_conclusion and not needs_reason(wp)
    not_chosen = work_process_progress(GUIDE, W2, marks, None, False)
    assert not not_chosen.ready_for_conclusion
    done = work_process_progress(GUIDE, W2, marks, concluded("B1-K1-W2"), True)
    assert done.concluded and not done.ready_for_conclusion


def test_a_work_process_without_behaviours_is_never_all_mastered():
    wp = work_process_progress(GUIDE, EMPTY, {}, None, True)
    assert wp.total == 0 and not wp.all_mastered and not wp.ready_for_conclusion
    assert needs_reason(wp)


def test_trajectory_totals_fraction_and_completion():
    marks = {b: m(b, MarkStatus.MASTERED) for b in ("b1", "b2", "b3")}
    progress = trajectory_progress(GUIDE, ALL, marks, {"B1-K1-W1": concluded("B1-K1-W1")})
    assert [wp.code for wp in progress.work_processes] == list(ALL)
    assert all(wp.chosen for wp in progress.work_processes)
    assert (progress.behaviours_mastered, progress.behaviours_total) == (3, 6)
    assert progress.fraction == 0.5
    assert (progress.chosen_count, progress.concluded_count) == (4, 1)
    assert progress.ready_for_declaration and not progress.complete
    assert progress.work_processes[0].conclusion.uuid == "c-B1-K1-W1"
    assert progress.work_processes[1].conclusion is None


def test_nothing_concluded_nothing_chosen():
    none = trajectory_progress(GUIDE, (), {}, {})
    assert (none.chosen_count, none.concluded_count, none.fraction) == (0, 0, 0.0)
    assert not none.ready_for_declaration and not none.complete
    open_ = trajectory_progress(GUIDE, ("B1-K1-W2",), {}, {})
    assert not open_.ready_for_declaration and not open_.complete and open_.fraction == 0.0


def test_every_chosen_work_process_concluded_is_complete():
    two = trajectory_progress(
        GUIDE, ("B1-K1-W2", "B1-K2-W1"), {}, {c: concluded(c) for c in ("B1-K1-W2", "B1-K2-W1")}
    )
    assert two.complete and two.concluded_count == 2 and two.ready_for_declaration
    one = trajectory_progress(GUIDE, ("B1-K1-W2",), {}, {"B1-K1-W2": concluded("B1-K1-W2")})
    assert one.complete and one.chosen_count == 1


# --- progress report (voortgangsoverzicht) ----------------------------------------------------
def test_an_unmarked_behaviour_says_nog_niet_bekeken():
    line = BehaviourLine("Begroet gasten")
    assert UNMARKED_LABEL == "nog niet bekeken"
    assert line.status_label == "nog niet bekeken"
    assert (line.date, line.by, line.note) == ("", "", "")
    assert BehaviourLine("x", MarkStatus.PRACTISING).status_label == "Oefent"


def test_report_counts():
    wp1 = WorkProcessLine(
        "W1",
        "Een",
        (
            BehaviourLine("a", MarkStatus.MASTERED),
            BehaviourLine("b", MarkStatus.PRACTISING),
            BehaviourLine("c"),
            BehaviourLine("d", MarkStatus.MASTERED),
        ),
        concluded=True,
        concluded_by="Jan",
        concluded_on="2026-03-10",
    )
    wp2 = WorkProcessLine("W2", "Twee", (BehaviourLine("e", MarkStatus.MASTERED),))
    empty = WorkProcessLine("W3", "Leeg")
    assert (wp1.total, wp1.mastered, wp1.fraction) == (4, 2, 0.5)
    assert (empty.total, empty.mastered, empty.fraction) == (0, 0, 0.0)
    assert (empty.concluded, empty.concluded_by, empty.concluded_on) == (False, "", "")
    report = ProgressReport(
        "Ana",
        "Hotel",
        "Horeca",
        "1",
        "Jan",
        "",
        "2026-01-01",
        "",
        "2026-03-12T09:00:00Z",
        (CoreTaskLine("K1", "Eén", (wp1, empty)), CoreTaskLine("K2", "Twee", (wp2,))),
    )
    assert [wp.code for wp in report.work_processes()] == ["W1", "W3", "W2"]
    assert (report.behaviours_total, report.behaviours_mastered) == (5, 3)
    assert report.concluded_count == 1
    assert ProgressReport("A", "", "", "", "", "", "", "", "").core_tasks == ()


# --- stored words of people and trajectories ----------------------------------------------------
def test_stored_words_for_roles_and_trajectory_status():
    assert Role("trainer") is Role.TRAINER and Role("jobcoach") is Role.JOBCOACH
    assert [r.value for r in Role] == ["trainer", "jobcoach"]
    assert [s.value for s in TrajectoryStatus] == ["active", "closed"]


def test_optional_details_default_to_empty():
    employer = Employer("e1", "Hotel")
    assert (employer.place, employer.sbb_number) == ("", "")
    assert Person("p1", "Jan", Role.TRAINER).employer_id is None
    assert Candidate("c1", "Ana").birth_date is None
