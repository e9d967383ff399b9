"""Schema step 2 upgrades a v1 file without loss, and its marks get a linear history."""

from __future__ import annotations

import datetime as dt

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.storage import migrations
from praktijkdesk.storage.integrity import integrity_problems

from .conftest import GUIDE, behaviours, shared_state


def test_a_v1_file_upgrades_without_loss(tmp_path, monkeypatch, make_device):
    clock = FixedClock(dt.datetime(2026, 1, 5, 8, tzinfo=dt.timezone.utc), dt.timedelta(seconds=1))
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    with Desk.open(tmp_path / "v1", clock=clock) as old:
        employer = old.people.add_employer("Groen & Zo", "Delft")
        jan = old.people.add_person("Jan de Vries", Role.TRAINER, employer.id)
        _, t = old.trajectories.add_candidate(
            name="Øyvind Ødegård", birth_date="1979-02-08", employer_id=employer.id,
            trainer_id=jan.id, guide_key=old.guides.latest(GUIDE).key,
        )
        b = behaviours(old, t, 2)
        # Marks as v1 stored them (today's code writes columns of later steps, so by hand):
        # three on b[0], one on b[1] that was undone.
        rows = [(b[0], s.value, None) for s in (MarkStatus.NOT_YET, MarkStatus.PRACTISING, MarkStatus.MASTERED)]
        rows += [(b[1], "mastered", None), (b[1], None, "m4")]
        with old.db.conn:
            for seq, (behaviour, status, undoes) in enumerate(rows, start=1):
                old.db.execute(
                    "INSERT INTO marks (uuid, seq, trajectory_id, behaviour_id, status, person_id, at, "
                    "device_id, note, undoes_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?)",
                    [f"m{seq}", seq, t.id, behaviour, status, jan.id,
                     f"2026-01-05T08:00:0{seq}.000000+00:00", old.device_id, undoes],
                )
            old.db.execute("INSERT INTO current_marks VALUES (?, ?, 'm3')", [t.id, b[0]])
        old.trajectories.close(t.id, "2026-06-30")
        counts = {x: old.db.execute(f"SELECT COUNT(*) FROM {x}").fetchone()[0]
                  for x in ("employers", "people", "candidates", "trajectories", "marks", "current_marks")}
        assert migrations.schema_version(old.db) == 1
    monkeypatch.undo()

    with Desk.open(tmp_path / "v1", clock=clock) as desk:
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
            1, desk.device_id,
        )
        # And the upgraded file exchanges like any other.
        other = make_device("other")
        other.exchange.import_file(desk.exchange.export(tmp_path / "x", everything=True).path)
        assert shared_state(other)["marks"] == shared_state(desk)["marks"]
        assert shared_state(other)["trajectories"] == shared_state(desk)["trajectories"]


def test_the_released_v1_file_upgrades_shows_no_false_conflicts_and_exchanges(tmp_path, make_device):
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
            plan = other.exchange.import_file(desk.exchange.export(tmp_path / "x", everything=True).path)
            assert plan.new_marks == 306 and plan.new_declarations == 1
            for table in ("marks", "conclusions", "current_marks", "declarations", "signatures",
                          "trajectories", "mark_parents"):
                assert shared_state(other)[table] == shared_state(desk)[table]
