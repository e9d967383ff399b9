"""The candidates list and its name search got cheaper (issue #18): the current marks'
statuses come from the covering index ``marks_current`` (schema step 11) and progress from a
per-guide layout. The results must be exactly what the old way gave: the old query (through
the marks' uuid key) and ``trajectory_progress`` row by row, compared here on the demo data
(its longest names and diacritics), awkward extra names, undone marks and a second writer."""

from __future__ import annotations

import copy
import random
from types import SimpleNamespace

from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus, concluded_mastered
from praktijkdesk.domain.names import search_key
from praktijkdesk.domain.people import Role
from praktijkdesk.domain.progress import ProgressLayout, progress_layout, trajectory_progress
from praktijkdesk.storage import declarations as declaration_store
from praktijkdesk.storage import marks as mark_store
from praktijkdesk.storage.trajectories import list_trajectory_rows

NAMES = [
    "Anne-Maria Gonçalves dos Santos van Heeckeren tot Wassenaer",
    "Zoë Ĳsselmeer-D'Hondt",
    "Şükrü Öztürk-Ödegård",
    "Nguyễn Thị Ánh",
    "Марія Шевченко",
    "a_b 100%",
    "Jan",
    "jan",
    "Ĳsbrand de Jong",
    "Ödön Ödegård",
]
QUERIES = [
    "",
    "jan",
    "de",
    "sukru",
    "zoe",
    "ij",
    "марія",
    "van heeckeren tot",
    "a_b",
    "100%",
    "%",
    "o",
    "d'h",
    "niemand",
]


def _old_statuses(db, ids):
    """The query as it was before step 11: each current mark's row through its uuid."""
    result = {tid: {} for tid in ids}
    if ids:
        rows = db.execute(
            "SELECT c.trajectory_id, c.behaviour_id, m.status FROM current_marks c "
            f"JOIN marks m ON m.uuid = c.mark_uuid WHERE c.trajectory_id IN ({', '.join('?' * len(ids))})",
            ids,
        )
        for tid, behaviour_id, status in rows:
            result[tid][behaviour_id] = status
    return result


def _old_progress(desk, ids):
    statuses = _old_statuses(desk.db, ids)
    mastered = {tid: {} for tid in ids}
    for (tid, code), event in concluded_mastered(mark_store.conclusions_for(desk.db, ids)).items():
        mastered[tid][code] = event
    declared = declaration_store.current_declared(desk.db, ids)
    result = {}
    for tid in ids:
        t = desk.trajectories.resolve(tid)
        marks = {b: SimpleNamespace(status=MarkStatus(s)) for b, s in statuses[tid].items()}
        codes, on = declared.get(tid, ((), None))
        result[tid] = trajectory_progress(
            desk.guides.get(t.guide_key), t.work_processes, marks, mastered[tid], codes, on
        )
    return result


def _fill(desk):
    desk.demo.load()
    rng = random.Random(18)
    employer = desk.people.add_employer(
        "Stichting Hoveniers- en Groenvoorzieningsbedrijf De Groene Vallei Midden-Nederland Zuid"
    )
    trainer = desk.people.add_person(
        "Wilhelmina van Oosterhout-Vandenberghe", Role.TRAINER, employer.id
    )
    guides = [g.key for g in desk.guides.summaries()]
    for i, name in enumerate(NAMES * 2):
        desk.trajectories.add_candidate(
            name=name,
            birth_date=f"19{80 + i % 20}-01-01",
            employer_id=employer.id,
            trainer_id=trainer.id,
            guide_key=guides[i % len(guides)],
            start_date=f"2025-{rng.randrange(1, 13):02d}-01",
        )
    for summary in desk.trajectories.summaries(employer_id=employer.id):
        t = desk.trajectories.resolve(summary.id)
        guide = desk.guides.get(t.guide_key)
        behaviours = [
            b for wp in guide.work_processes() if wp.code in t.work_processes for b in wp.behaviours
        ]
        for b in rng.sample(behaviours, min(len(behaviours), rng.randrange(0, 25))):
            for _ in range(rng.randrange(1, 4)):  # marked again: only the current one counts
                desk.marking.record_mark(t.id, b.id, rng.choice(list(MarkStatus)), trainer.id)
            if rng.random() < 0.2:
                desk.marking.undo_last(trainer.id, t.id)
    return employer


def _check(desk, **kwargs):
    found = desk.trajectories.summaries(**kwargs)
    kwargs.pop("ready_only", None)
    search = kwargs.pop("search", None)
    rows = list_trajectory_rows(desk.db, search=search_key(search) if search else None, **kwargs)
    old = _old_progress(desk, [r.trajectory.id for r in rows])
    assert [s.id for s in found if s.progress == old[s.id]] == [s.id for s in found]
    return found, rows, old


def test_every_search_gives_the_old_progress_in_the_old_order(desk):
    employer = _fill(desk)
    assert any(
        s.progress.behaviours_mastered and s.progress.concluded_count
        for s in desk.trajectories.summaries()
    )  # the data is not all zeros
    for query in QUERIES:
        for limit in (None, 1, 50):
            found, rows, old = _check(desk, search=query or None, limit=limit)
            assert [s.id for s in found] == [r.trajectory.id for r in rows], (query, limit)
    found, rows, old = _check(desk, employer_id=employer.id)
    assert len(found) == 2 * len(NAMES)
    found, rows, old = _check(desk, ready_only=True)
    assert [s.id for s in found] == [
        r.trajectory.id for r in rows if old[r.trajectory.id].ready_for_declaration
    ]
    # The demo's guides are examples: none is ready for a real declaration, but both ways
    # agree on those that would be (ready_on_example).
    found, rows, old = _check(desk)
    assert [s.id for s in found if s.progress.ready_on_example] == [
        r.trajectory.id for r in rows if old[r.trajectory.id].ready_on_example
    ]
    assert any(s.progress.ready_on_example for s in found)


def test_a_second_writer_mark_shows_in_the_next_search(data_dir, clock):
    first = Desk.open(data_dir, clock=clock)
    second = Desk.open(data_dir, clock=clock)
    try:
        first.demo.load()
        [summary] = first.trajectories.summaries(search="Zoë Ĳsselmeer")
        t = first.trajectories.resolve(summary.id)
        guide = first.guides.get(t.guide_key)
        trainer = second.people.person_named("Bas Jansen", Role.TRAINER)
        before = summary.progress.behaviours_mastered
        target = None
        for wp in guide.work_processes():
            if wp.code not in t.work_processes:
                continue
            for b in wp.behaviours:
                status = _old_statuses(second.db, [t.id])[t.id].get(b.id)
                if status != MarkStatus.MASTERED.value:
                    target = b
                    break
            if target:
                break
        assert target is not None
        second.marking.record_mark(t.id, target.id, MarkStatus.MASTERED, trainer.id)
        [after] = first.trajectories.summaries(search="Zoë Ĳsselmeer")
        assert after.progress.behaviours_mastered == before + 1
        assert after.progress == _old_progress(first, [t.id])[t.id]
    finally:
        second.close()
        first.close()


def test_the_status_read_uses_the_covering_index_not_the_marks_table(desk):
    desk.demo.load()
    ids = [s.id for s in desk.trajectories.summaries()]
    seen = []
    desk.db.conn.set_trace_callback(seen.append)
    mark_store.mark_counts(desk.db, ids)
    desk.db.conn.set_trace_callback(None)
    [sql] = [s for s in seen if "current_marks" in s]
    plan = [r[3] for r in desk.db.execute("EXPLAIN QUERY PLAN " + sql)]
    assert any("SEARCH c USING PRIMARY KEY" in p for p in plan), plan
    assert any(p.startswith("SEARCH m USING COVERING INDEX marks_current") for p in plan), plan
    assert not any("sqlite_autoindex_marks" in p for p in plan), plan
    assert mark_store.mark_counts(desk.db, ids) == _old_statuses(desk.db, ids)


def test_step_11_replaces_marks_behaviour(desk):
    indexes = {
        r[0]
        for r in desk.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'marks'"
        )
    }
    assert "marks_current" in indexes
    assert "marks_behaviour" not in indexes  # replaced: a mark still writes as many entries


def test_the_layout_gives_trajectory_progress_for_any_marks(desk):
    rng = random.Random(7)
    for summary in desk.guides.summaries():
        guide = desk.guides.get(summary.key)
        codes = [wp.code for wp in guide.work_processes()]
        behaviours = [b.id for b in guide.behaviours()]
        for _ in range(20):
            chosen = tuple(rng.sample(codes, rng.randrange(0, len(codes) + 1)))
            statuses = {
                b: rng.choice(list(MarkStatus)).value
                for b in rng.sample(behaviours, rng.randrange(0, len(behaviours) + 1))
            }
            statuses["not-a-behaviour"] = "mastered"  # a mark of a behaviour the guide lost
            conclusions = {c: object() for c in rng.sample(codes, rng.randrange(0, 3))}
            marks = {b: SimpleNamespace(status=MarkStatus(s)) for b, s in statuses.items()}
            assert progress_layout(guide).progress(
                chosen, statuses, conclusions, ("x",), "2026-01-01"
            ) == trajectory_progress(guide, chosen, marks, conclusions, ("x",), "2026-01-01")


def test_a_guide_loaded_anew_gets_its_own_layout(desk):
    guide = desk.guides.get(desk.guides.summaries()[0].key)
    layout = progress_layout(guide)
    assert progress_layout(guide) is layout
    changed = copy.deepcopy(guide)
    assert progress_layout(changed) is not layout
    assert isinstance(progress_layout(changed), ProgressLayout)
    assert progress_layout(changed).guide is changed


def test_a_step_6_file_reads_the_same_statuses_after_step_11(tmp_path):
    import shutil
    import sqlite3
    from pathlib import Path

    v6 = Path(__file__).resolve().parents[1] / "data" / "schema-v6.sqlite"
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(v6, folder / "praktijkdesk.sqlite")
    old = sqlite3.connect(folder / "praktijkdesk.sqlite")
    ids = [r[0] for r in old.execute("SELECT id FROM trajectories")]
    before = _old_statuses(old, ids)
    old.close()
    assert any(before.values())  # the file has current marks
    desk = Desk.open(folder)
    try:
        assert desk.db.execute("PRAGMA user_version").fetchone()[0] >= 11
        assert mark_store.mark_counts(desk.db, ids) == before
    finally:
        desk.close()
