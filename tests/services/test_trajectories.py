import pytest

from praktijkdesk.errors import InvalidInput


def test_search_finds_names_without_accents(demo_desk):
    found = demo_desk.trajectories.summaries(search="sukru")
    assert [s.candidate_name for s in found] == ["Şükrü Öztürk"]
    found = demo_desk.trajectories.summaries(search="odeg")
    assert [s.candidate_name for s in found] == ["Øyvind Ødegård"]


def test_ready_filter_lists_candidates_with_a_concluded_work_process(demo_desk):
    ready = demo_desk.trajectories.summaries(ready_only=True)
    assert ready and all(s.progress.concluded_count > 0 for s in ready)
    assert "Şükrü Öztürk" in [s.candidate_name for s in ready]


def test_new_candidate_chooses_all_work_processes_by_default(desk, trainer):
    guide = desk.guides.latest("horeca-gastheer-gastvrouw")
    _, t = desk.trajectories.add_candidate(
        name="Øyvind Ødegård", employer_id=trainer.employer_id, trainer_id=trainer.id,
        guide_key=guide.key,
    )
    assert list(t.work_processes) == [wp.code for wp in guide.work_processes()]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"name": "   "}, "leeg"),
        ({"birth_date": "31-02-1991"}, "bestaat niet"),  # 17-04-1991 is fine (issue 10)
        ({"birth_date": "2199-01-01"}, "toekomst"),
        ({"work_processes": ["X-1"]}, "niet in"),
        ({"start_date": "2026-05-01", "end_date": "2026-01-01"}, "vóór"),
    ],
)
def test_bad_candidate_input_is_refused_and_nothing_stored(desk, trainer, kwargs, message):
    base = dict(name="Aïcha Benali", employer_id=trainer.employer_id, trainer_id=trainer.id,
                guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key)
    with pytest.raises(InvalidInput, match=message):
        desk.trajectories.add_candidate(**{**base, **kwargs})
    assert desk.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0
    assert desk.db.execute("SELECT COUNT(*) FROM trajectories").fetchone()[0] == 0
