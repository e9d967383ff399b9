import pytest

from praktijkdesk.errors import InvalidInput


def test_search_finds_names_without_accents(demo_desk):
    found = demo_desk.trajectories.summaries(search="sukru")
    assert [s.candidate_name for s in found] == ["Şükrü Öztürk"]
    found = demo_desk.trajectories.summaries(search="odeg")
    assert [s.candidate_name for s in found] == ["Øyvind Ødegård"]


def test_ready_filter_lists_candidates_with_a_concluded_work_process(demo_desk, tmp_path):
    # The demo's guides are all examples: concluded, yet none is "Klaar voor verklaring".
    concluded = [s for s in demo_desk.trajectories.summaries() if s.progress.undeclared_count]
    assert "Şükrü Öztürk" in [s.candidate_name for s in concluded]
    assert demo_desk.trajectories.summaries(ready_only=True) == []
    # The same candidate on the school's own (non-example) copy of the guide is.
    from dataclasses import replace

    from praktijkdesk.guides.json_format import dump_json
    from tests.services.declaration_data import master

    [sukru] = [s for s in concluded if s.candidate_name == "Şükrü Öztürk"]
    o = demo_desk.trajectories.overview(sukru.id)
    path = tmp_path / "school-guide.json"
    path.write_text(dump_json(replace(o.guide, version="9-school", example=False)), "utf-8")
    key = demo_desk.guides.import_file(path).key
    t = o.trajectory
    copy = demo_desk.trajectories.add_trajectory(
        t.candidate_id,
        employer_id=t.employer_id,
        trainer_id=t.trainer_id,
        guide_key=key,
        work_processes=list(t.work_processes),
        start_date=t.start_date,
        school_id=t.school_id,
    )
    master(
        demo_desk, copy, o.trainer, [wp.code for wp in o.progress.work_processes if wp.concluded]
    )
    ready = demo_desk.trajectories.summaries(ready_only=True)
    assert [s.id for s in ready] == [copy.id]
    assert all(s.progress.concluded_count > 0 for s in ready)


def test_new_candidate_chooses_all_work_processes_by_default(desk, trainer):
    guide = desk.guides.latest("horeca-gastheer-gastvrouw")
    _, t = desk.trajectories.add_candidate(
        name="Øyvind Ødegård",
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
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
    base = dict(
        name="Aïcha Benali",
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
    )
    with pytest.raises(InvalidInput, match=message):
        desk.trajectories.add_candidate(**{**base, **kwargs})
    assert desk.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0
    assert desk.db.execute("SELECT COUNT(*) FROM trajectories").fetchone()[0] == 0
