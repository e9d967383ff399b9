"""The employer's own version: pure rules (ids, differences, what an edit may change) and the
guide file that carries hidden behaviours."""

from __future__ import annotations

from dataclasses import replace

import pytest

from praktijkdesk.domain.guide import Behaviour, HiddenBehaviour
from praktijkdesk.domain.guide_variant import (
    check_variant,
    diff_from_school,
    new_behaviour_id,
    start_variant,
    variant_number,
    with_work_process,
)
from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides.json_format import dump_json, load_json

from .conftest import GUIDE, WP, edit


@pytest.fixture
def school(desk):
    return desk.guides.latest(GUIDE)


def test_new_ids_never_meet_a_school_id_or_an_earlier_own_one():
    taken = {"B1-K1-W1-1", "B1-K1-W1-E1", "b1-k1-w1-e7", "B1-K1-W2-E9"}
    assert new_behaviour_id("B1-K1-W1", taken) == "B1-K1-W1-E8"
    assert new_behaviour_id("B1-K1-W3", taken) == "B1-K1-W3-E1"


def test_versions_count_saves_not_time():
    assert variant_number("2026-2.e12") == 12
    assert variant_number("2026-2") == 0


def test_each_kind_of_difference_is_named(desk, school):
    own = start_variant(school, "emp-1")
    ids = [b.id for b in school.work_process(WP).behaviours]
    own = edit(
        desk,
        own,
        reword={ids[0]: "Dek de tafels zoals wij dat doen."},
        hide=[ids[1]],
        add=["Zet de koffie klaar."],
        order=[ids[3], ids[0], ids[2]],
    )
    kinds = {(d.kind, d.behaviour_id) for d in diff_from_school(school, own)}
    assert ("reworded", ids[0]) in kinds
    assert ("hidden", ids[1]) in kinds
    assert ("added", f"{WP}-E1") in kinds
    # One behaviour moved to the front: only that one counts as moved, not all it passed.
    assert [k for k in kinds if k[0] == "moved"] == [("moved", ids[3])]
    # Nothing else in the guide differs.
    assert {d.work_process_code for d in diff_from_school(school, own)} == {WP}


def test_hiding_one_does_not_make_the_rest_moved(desk, school):
    own = start_variant(school, "emp-1")
    first = school.work_process(WP).behaviours[0].id
    own = edit(desk, own, hide=[first])
    assert [d.kind for d in diff_from_school(school, own)] == ["hidden"]


def test_the_file_keeps_hidden_behaviours_and_where_it_came_from(desk, school):
    own = edit(desk, start_variant(school, "emp-1"), hide=[f"{WP}-2"], add=["Nieuw: één ding"])
    text = dump_json(own)
    assert '"hidden": true' in text and '"variant": {"of": ' in text
    assert load_json(text) == own
    assert load_json(text).variant.hidden == (
        HiddenBehaviour(WP, f"{WP}-2", school.work_process(WP).behaviours[1].text),
    )
    # A school's guide keeps its canonical bytes: no variant block, no hidden flag.
    assert "variant" not in dump_json(school) and "hidden" not in dump_json(school)


def test_a_school_guide_cannot_hide(school):
    text = dump_json(school).replace(
        f'"id": "{WP}-1", "text": ', f'"id": "{WP}-1", "hidden": true, "text": ', 1
    )
    with pytest.raises(InvalidGuide, match="Alleen een eigen versie"):
        load_json(text)


def test_the_school_work_processes_stay(desk, school):
    own = start_variant(school, "emp-1")
    renamed = replace(
        own,
        core_tasks=(
            replace(
                own.core_tasks[0],
                work_processes=(
                    replace(own.core_tasks[0].work_processes[0], title="Klaarzetten"),
                    *own.core_tasks[0].work_processes[1:],
                ),
            ),
            *own.core_tasks[1:],
        ),
    )
    with pytest.raises(InvalidGuide, match="is dat van de school"):
        check_variant(school, None, renamed, "emp-1")


def test_a_behaviour_cannot_move_to_another_work_process(desk, school):
    own = start_variant(school, "emp-1")
    stolen = school.work_process("B1-K1-W2").behaviours[0]
    wp = own.work_process(WP)
    moved = with_work_process(own, WP, [*wp.behaviours, Behaviour(stolen.id, stolen.text)], [])
    with pytest.raises(InvalidGuide, match="hoort bij werkproces B1-K1-W2"):
        check_variant(school, None, moved, "emp-1")


def test_an_invented_id_is_refused(desk, school):
    own = start_variant(school, "emp-1")
    wp = own.work_process(WP)
    invented = with_work_process(own, WP, [*wp.behaviours, Behaviour("X-1", "Iets")], [])
    with pytest.raises(InvalidGuide, match="onbekend"):
        check_variant(school, None, invented, "emp-1")


def test_left_out_is_hidden_never_deleted(desk, school):
    own = start_variant(school, "emp-1")
    wp = own.work_process(WP)
    dropped = with_work_process(own, WP, list(wp.behaviours[1:]), [])
    checked = check_variant(school, None, dropped, "emp-1")
    assert [h.id for h in checked.variant.hidden] == [wp.behaviours[0].id]
    assert checked.variant.hidden[0].text == wp.behaviours[0].text
