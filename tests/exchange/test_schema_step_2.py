"""Schema step 2 upgrades a v1 file without loss, and its marks get a linear history."""

from __future__ import annotations

import datetime as dt
import json

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Candidate, Person, Role
from praktijkdesk.storage import migrations
from praktijkdesk.storage import people as people_store
from praktijkdesk.storage.integrity import integrity_problems

from .conftest import GUIDE, shared_state


def test_a_v1_file_upgrades_without_loss(tmp_path, monkeypatch, make_device):
    clock = FixedClock(dt.datetime(2026, 1, 5, 8, tzinfo=dt.timezone.utc), dt.timedelta(seconds=1))
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    with Desk.open(tmp_path / "v1", clock=clock) as old:
        # Written the way v1 wrote them, with v1's columns only: the services of today know
        # columns that later steps add, so they cannot write a v1 file.
        now = "2026-01-05T08:00:00Z"
        guide = old.guides.get(old.guides.latest(GUIDE).key)
        employer, jan, candidate, tid = "e-1", "p-jan", "c-1", "t-1"
        with old.db.atomic():
            old.db.execute(
                "INSERT INTO employers (id, name, place, sbb_number, created_at) "
                "VALUES (?, 'Groen & Zo', 'Delft', '', ?)",
                [employer, now],
            )
            people_store.add_person(
                old.db, Person(jan, "Jan de Vries", Role.TRAINER, employer), now
            )
            people_store.add_candidate(
                old.db, Candidate(candidate, "Øyvind Ødegård", "1979-02-08"), now
            )
            codes = [wp.code for wp in guide.work_processes()]
            old.db.execute(
                "INSERT INTO trajectories (id, candidate_id, guide_id, employer_id, trainer_id, "
                "jobcoach_id, work_processes, start_date, end_date, status, created_at) VALUES "
                "(?, ?, ?, ?, ?, NULL, ?, '2026-01-05', '2026-06-30', 'closed', ?)",
                [tid, candidate, guide.key, employer, jan, json.dumps(codes), now],
            )
            b = [x.id for x in guide.behaviours()][:2]
            # Marks as v1 stored them (v1's columns: no clock stamp), three on b[0] and one
            # on b[1] that was undone.
            rows = [
                (b[0], s.value, None)
                for s in (MarkStatus.NOT_YET, MarkStatus.PRACTISING, MarkStatus.MASTERED)
            ]
            rows += [(b[1], "mastered", None), (b[1], None, "m-3")]
            for n, (behaviour, status, undoes) in enumerate(rows):
                old.db.execute(
                    "INSERT INTO marks (uuid, seq, trajectory_id, behaviour_id, status, person_id, "
                    "at, device_id, note, undoes_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?)",
                    [
                        f"m-{n}" if undoes is None else "m-undo",
                        n + 1,
                        tid,
                        behaviour,
                        status,
                        jan,
                        f"2026-01-05T08:00:0{n}.000000+00:00",
                        old.device_id,
                        undoes,
                    ],
                )
            old.db.execute("INSERT INTO current_marks VALUES (?, ?, 'm-2')", [tid, b[0]])
        counts = {
            x: old.db.execute(f"SELECT COUNT(*) FROM {x}").fetchone()[0]
            for x in ("employers", "people", "candidates", "trajectories", "marks", "current_marks")
        }
        assert migrations.schema_version(old.db) == 1
    monkeypatch.undo()

    with Desk.open(tmp_path / "v1", clock=clock) as desk:
        t = desk.trajectories.resolve(tid)
        assert migrations.schema_version(desk.db) == migrations.LATEST_VERSION >= 2
        for table, count in counts.items():
            assert desk.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == count
        assert integrity_problems(desk.db) == []
        # Each v1 mark has the one before it (by local order) as parent: no false conflicts.
        assert desk.db.execute("SELECT COUNT(*) FROM mark_parents").fetchone()[0] == 2
        assert desk.exchange.conflicts(t.id) == []
        assert desk.db.execute("SELECT DISTINCT rev FROM trajectories").fetchall() == [(0,)]
        # A local edit after the upgrade raises the record's revision.
        desk.trajectories.reopen(t.id)
        assert desk.db.execute("SELECT rev, rev_device FROM trajectories").fetchone() == (
            1,
            desk.device_id,
        )
        # And the upgraded file exchanges like any other.
        other = make_device("other")
        other.exchange.import_file(desk.exchange.export(tmp_path / "x", everything=True).path)
        assert shared_state(other)["marks"] == shared_state(desk)["marks"]
        assert shared_state(other)["trajectories"] == shared_state(desk)["trajectories"]


def test_the_released_v1_file_upgrades_shows_no_false_conflicts_and_exchanges(
    tmp_path, make_device
):
    import shutil
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "data" / "schema-v1.sqlite"
    (tmp_path / "old").mkdir()
    shutil.copy(fixture, tmp_path / "old" / "praktijkdesk.sqlite")
    with Desk.open(tmp_path / "old") as desk:
        ids = [r[0] for r in desk.db.execute("SELECT id FROM trajectories")]
        assert ids and all(desk.exchange.conflicts(i) == [] for i in ids)
        with Desk.open(tmp_path / "other") as other:  # the same (real) clock as the upgraded file
            other.exchange.set_scope("jobcoach")  # a file of several employers: a jobcoach's laptop
            plan = other.exchange.import_file(
                desk.exchange.export(tmp_path / "x", everything=True).path
            )
            assert plan.new_marks == 306 and plan.new_declarations == 1
            for table in (
                "marks",
                "conclusions",
                "current_marks",
                "declarations",
                "signatures",
                "trajectories",
                "mark_parents",
            ):
                assert shared_state(other)[table] == shared_state(desk)[table]
