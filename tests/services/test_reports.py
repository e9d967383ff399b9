"""The voortgangsoverzicht built from real marks: who, when, notes, conclusions."""

from __future__ import annotations

import pytest

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.errors import InvalidInput, NotFound
from tests.services.declaration_data import (
    HARD_NAMES,
    add_candidate,
    master,
    page_count,
    text_of,
)


def test_the_report_data_carries_marks_names_dates_notes_and_conclusions(desk, trainer):
    t = add_candidate(desk, trainer, HARD_NAMES[2])
    coach = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
    master(desk, t, trainer, ["B1-K1-W1"], note="Doet dit nu zelfstandig.")
    guide = desk.guides.get(t.guide_key)
    first = guide.work_process("B1-K1-W2").behaviours[0]
    desk.marking.record_mark(t.id, first.id, MarkStatus.PRACTISING, coach.id, note="Samen geoefend")

    report = desk.reports.report(t.id)
    assert report.candidate_name == HARD_NAMES[2]
    assert report.employer_name == "Bakkerij Van Dam" and report.trainer_name == "Fatma Yılmaz"
    assert [wp.code for wp in report.work_processes()] == list(t.work_processes)
    w1 = report.work_processes()[0]
    assert w1.concluded and w1.concluded_by == "Fatma Yılmaz" and w1.concluded_on
    assert w1.mastered == w1.total and w1.fraction == 1.0
    assert all(
        b.by == "Fatma Yılmaz" and b.note == "Doet dit nu zelfstandig." and b.date
        for b in w1.behaviours
    )
    w2 = report.work_processes()[1]
    assert not w2.concluded
    assert (
        w2.behaviours[0].status is MarkStatus.PRACTISING and w2.behaviours[0].by == "Marloes Bakker"
    )
    assert w2.behaviours[1].status is None


def test_the_pdf_shows_the_candidate_and_the_work(desk, trainer):
    t = add_candidate(desk, trainer, HARD_NAMES[4])
    master(desk, t, trainer, ["B1-K1-W1"], note="Samen geoefend tijdens de lunchdienst.")
    text = text_of(desk.reports.progress_report([t.id]))
    assert HARD_NAMES[4] in text
    assert "Voortgangsoverzicht" in text and "B1-K1-W1" in text
    assert "Samen geoefend tijdens de lunchdienst." in text and "Fatma Yılmaz" in text


def test_one_file_for_all_candidates_of_an_employer_one_per_page(desk, trainer):
    ids = []
    for name in HARD_NAMES:
        t = add_candidate(desk, trainer, name)
        ids.append(t.id)
    desk.trajectories.close(ids[-1])
    # Another employer's candidate never shows up.
    other = desk.people.add_employer("Groen & Zo", "Delft")
    other_trainer = desk.people.add_person("Jan de Vries", Role.TRAINER, other.id)
    add_candidate(desk, other_trainer, "Dragoș Popescu")

    active = desk.reports.employer_trajectory_ids(trainer.employer_id)
    assert set(active) == set(ids[:-1])
    data = desk.reports.for_employer(trainer.employer_id)
    text = text_of(data)
    for name in HARD_NAMES[:-1]:
        assert name in text
    assert HARD_NAMES[-1] not in text and "Dragoș Popescu" not in text
    # Every candidate starts on a new page; a horeca overview fills several pages each.
    assert page_count(data) >= len(active)
    assert len(desk.reports.employer_trajectory_ids(trainer.employer_id, include_closed=True)) == 5
    # By name too (the command line accepts either).
    assert desk.reports.employer("Bakkerij Van Dam").id == trainer.employer_id


def test_unknown_or_empty_employer_and_unknown_trajectory(desk, trainer):
    with pytest.raises(NotFound, match="bestaat niet"):
        desk.reports.for_employer("nope")
    empty = desk.people.add_employer("Leeg BV")
    with pytest.raises(InvalidInput, match="geen lopende trajecten"):
        desk.reports.for_employer(empty.id)
    with pytest.raises(NotFound):
        desk.reports.progress_report(["nope"])
    with pytest.raises(InvalidInput):
        desk.reports.progress_report([])
