"""*Dit kan ik* (SelfView, issue #16): the candidate's own voice is its own append-only event,
never a mark, never progress, never on a declaration; erased with the candidate and part of
their data export; schema step 8 reaches old files."""

from __future__ import annotations

import json
import sqlite3

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.errors import InvalidInput, NotFound
from praktijkdesk.storage.migrations import LATEST_VERSION, schema_version
from tests.services.declaration_data import add_candidate


def _conclude_first(desk, trajectory, trainer) -> str:
    guide = desk.guides.get(trajectory.guide_key)
    wp = guide.work_process(trajectory.work_processes[0])
    for b in wp.behaviours:
        desk.marking.record_mark(trajectory.id, b.id, MarkStatus.MASTERED, trainer.id)
    desk.marking.conclude(trajectory.id, wp.code, trainer.id)
    return wp.code


def test_dit_kan_ik_changes_no_progress_conclusion_or_declaration(desk, trainer):
    # The school's own guide (an example guide cannot be declared).
    trajectory = add_candidate(desk, trainer, "Şükrü Öztürk")
    code = _conclude_first(desk, trajectory, trainer)
    issued = desk.declarations.issue(trajectory.id, trainer.id)
    guide = desk.guides.get(trajectory.guide_key)
    open_wps = [guide.work_process(c) for c in trajectory.work_processes if c != code]
    before = (
        desk.trajectories.progress(trajectory),
        desk.marking.checklist(trajectory.id, open_wps[0].code),
        desk.declarations.current(trajectory.id),
    )
    marks_before = desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0]
    for wp in open_wps:  # the candidate says "Dit kan ik" on everything still open
        for b in wp.behaviours:
            desk.candidate_view.record_self_view(trajectory.id, b.id)
    after = (
        desk.trajectories.progress(trajectory),
        desk.marking.checklist(trajectory.id, open_wps[0].code),
        desk.declarations.current(trajectory.id),
    )
    assert after == before
    assert desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == marks_before
    # Nothing is ready for a conclusion because of it, and the declaration lists only the
    # trainer's conclusion.
    assert not any(wp.ready_for_conclusion for wp in after[0].work_processes)
    assert issued.snapshot.work_process_codes() == [code]
    assert desk.declarations.current(trajectory.id) == before[2]
    said = desk.candidate_view.self_views(trajectory.id)
    assert len(said) == sum(len(wp.behaviours) for wp in open_wps)


def test_taking_it_back_and_the_latest_counts(desk, trajectory):
    behaviour = (
        desk.guides.get(trajectory.guide_key)
        .work_process(trajectory.work_processes[0])
        .behaviours[0]
        .id
    )
    desk.candidate_view.record_self_view(trajectory.id, behaviour, True)
    assert behaviour in desk.candidate_view.self_views(trajectory.id)
    desk.candidate_view.record_self_view(trajectory.id, behaviour, False)
    assert behaviour not in desk.candidate_view.self_views(trajectory.id)
    desk.candidate_view.record_self_view(trajectory.id, behaviour, True)
    assert behaviour in desk.candidate_view.self_views(trajectory.id)
    # Append-only: three events, none changed.
    assert desk.db.execute("SELECT COUNT(*) FROM self_views").fetchone()[0] == 3
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        desk.db.execute("UPDATE self_views SET can_do = 0")


def test_bad_input_is_refused_and_changes_nothing(desk, trajectory, trainer):
    guide = desk.guides.get(trajectory.guide_key)
    unchosen = (
        next(wp for wp in guide.work_processes() if wp.code not in trajectory.work_processes)
        if len(trajectory.work_processes) < len(guide.work_processes())
        else None
    )
    with pytest.raises(NotFound):
        desk.candidate_view.record_self_view(trajectory.id, "B9-K9-W9-9")
    with pytest.raises(NotFound):
        desk.candidate_view.record_self_view("geen-traject", guide.behaviours()[0].id)
    if unchosen is not None:
        with pytest.raises(InvalidInput):
            desk.candidate_view.record_self_view(trajectory.id, unchosen.behaviours[0].id)
    desk.trajectories.close(trajectory.id)
    with pytest.raises(InvalidInput, match="afgesloten"):
        desk.candidate_view.record_self_view(trajectory.id, guide.behaviours()[0].id)
    assert desk.db.execute("SELECT COUNT(*) FROM self_views").fetchone()[0] == 0


def test_erased_with_the_candidate_and_in_the_export(desk, trajectory, tmp_path):
    behaviour = desk.guides.get(trajectory.guide_key).behaviours()[0].id
    desk.candidate_view.record_self_view(trajectory.id, behaviour)
    data, _ = desk.privacy.export_data(trajectory.candidate_id)
    exported = data["trajectories"][0]["self_views"]
    assert [(e["behaviour"], e["can_do"]) for e in exported] == [(behaviour, True)]
    assert exported[0]["behaviour_text"]
    result = desk.privacy.erase_candidate(trajectory.candidate_id)
    assert result.counts.get("self_views") == 1
    assert desk.db.execute("SELECT COUNT(*) FROM self_views").fetchone()[0] == 0


def test_the_view_greets_by_first_name_with_plain_titles_and_stars(desk, trajectory, trainer):
    code = _conclude_first(desk, trajectory, trainer)
    view = desk.candidate_view.view(trajectory.id)
    assert view.first_name == "Şükrü" and view.name == "Şükrü Öztürk"
    assert [c.code for c in view.cards] == list(trajectory.work_processes)
    done = next(c for c in view.cards if c.code == code)
    assert done.stars == 5 and done.concluded and all(b.mastered for b in done.behaviours)
    other = next(c for c in view.cards if c.code != code)
    assert other.stars == 0 and other.mastered == 0
    b = other.behaviours[0]
    desk.marking.record_mark(trajectory.id, b.id, MarkStatus.MASTERED, trainer.id)
    grown = next(c for c in desk.candidate_view.view(trajectory.id).cards if c.code == other.code)
    assert 1 <= grown.stars < 5  # a first success shows as a star, never all of them
    assert all(c.picture for c in view.cards)


def test_a_folder_that_stored_the_guide_before_pictures_still_shows_them(desk, trajectory):
    """A stored guide version never changes: pictures come from the bundled guide of the same
    slug, by code (they are presentation only)."""
    from praktijkdesk.guides.json_format import dump_json, load_json

    key = trajectory.guide_key
    content = desk.db.execute("SELECT content FROM guides WHERE id = ?", [key]).fetchone()[0]
    without = json.loads(content)
    for ct in without["core_tasks"]:
        for wp in ct["work_processes"]:
            wp.pop("picture", None)
            for b in wp["behaviours"]:
                b.pop("picture", None)
    stripped = dump_json(load_json(json.dumps(without)))
    assert '"picture"' not in stripped
    desk.db.execute("UPDATE guides SET content = ? WHERE id = ?", [stripped, key])
    desk.guides._cache.clear()
    view = desk.candidate_view.view(trajectory.id)
    assert all(c.picture for c in view.cards)


def test_schema_step_8_reaches_a_file_from_the_first_release(tmp_path):
    import shutil
    from pathlib import Path

    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copyfile(
        Path(__file__).parents[1] / "data" / "schema-v1.sqlite", folder / "praktijkdesk.sqlite"
    )
    with Desk.open(folder) as desk:
        assert schema_version(desk.db) == LATEST_VERSION >= 8
        tables = {r[0] for r in desk.db.execute("SELECT name FROM sqlite_master")}
        assert "self_views" in tables


def test_a_clock_set_back_a_day_does_not_undo_a_take_back(data_dir):
    import datetime as dt

    from praktijkdesk.clock import FixedClock

    start = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.timezone.utc)
    with Desk.open(data_dir, clock=FixedClock(start, step=dt.timedelta(seconds=1))) as desk:
        employer = desk.people.add_employer("Bakkerij Van Dam", "Zoetermeer")
        from praktijkdesk.domain.people import Role

        trainer = desk.people.add_person("Fatma Yılmaz", Role.TRAINER, employer.id)
        _, t = desk.trajectories.add_candidate(
            name="Şükrü Öztürk",
            employer_id=employer.id,
            trainer_id=trainer.id,
            guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
        )
        behaviour = desk.guides.get(t.guide_key).work_process(t.work_processes[0]).behaviours[0].id
        desk.candidate_view.record_self_view(t.id, behaviour, True)
        desk.clock = FixedClock(start - dt.timedelta(days=1), step=dt.timedelta(seconds=1))
        desk.candidate_view.record_self_view(t.id, behaviour, False)  # taken back, "yesterday"
        assert behaviour not in desk.candidate_view.self_views(t.id)
