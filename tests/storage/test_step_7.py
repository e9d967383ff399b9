"""Schema step 7: the bookkeeping triggers leave SQL (storage/changes.py), the switches leave
``settings``, and each declaration's logo moves into its own row.

The proof runs on tests/data/schema-v6.sqlite, written by the released step-6 code: marks
with parents (some imported from a second device, one open conflict), a change log, a
candidate edited here (revision 1), and a signed declaration whose logo lay in ``settings``.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.storage import migrations
from praktijkdesk.storage.integrity import integrity_problems

V6 = Path(__file__).resolve().parents[1] / "data" / "schema-v6.sqlite"
DECLARATION = "5658211f-6cea-49ad-b299-e339ed98f977"
# The signed reprint as the step-6 code rendered it (logo from settings): tests/data/README.md.
SIGNED_REPRINT_SHA256 = "353441b53297c3351dbbf6b3d78d535eb7c777d4ba3689fe08bf5014feb5b5fe"
GUARDS = {
    "marks_no_update",
    "marks_no_delete",
    "conclusions_no_update",
    "conclusions_no_delete",
    "declarations_issued_fixed",
    "self_views_no_update",
}  # step 8's guard: "Dit kan ik" is append-only too


# Opening also stores the bundled guides' newer versions (tracked, as every new guide); the
# comparison is about what step 7 moved, so the guides' change rows are left out of it.
_NOT_GUIDES = " WHERE kind <> 'guides'"


def _counts(conn) -> dict:
    return {
        t: conn.execute(
            f"SELECT COUNT(*) FROM {t}" + (_NOT_GUIDES if t == "record_changes" else "")
        ).fetchone()[0]
        for t in ("marks", "mark_parents", "record_changes", "conclusions", "declarations")
    }


@pytest.fixture
def v6(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(V6, folder / "praktijkdesk.sqlite")
    return folder


def _old(folder: Path):
    return sqlite3.connect(folder / "praktijkdesk.sqlite")


def test_the_fixture_is_a_step_6_file_with_everything_step_7_moves():
    conn = sqlite3.connect(f"file:{V6}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert {"marks_parents", "candidates_revision", "people_update_tracked"} <= names
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM settings WHERE key = ?", ["declaration_logo:" + DECLARATION]
            ).fetchone()[0]
            == 1
        )
        counts = _counts(conn)
        assert counts["mark_parents"] > 100 and counts["record_changes"] > 10
    finally:
        conn.close()


def test_a_step_6_file_migrates_and_keeps_parents_change_log_revisions_and_logo(v6):
    conn = _old(v6)
    before = _counts(conn)
    parents = conn.execute("SELECT * FROM mark_parents ORDER BY 1, 2").fetchall()
    changes = conn.execute(f"SELECT * FROM record_changes{_NOT_GUIDES} ORDER BY 3").fetchall()
    revisions = conn.execute("SELECT id, rev, rev_device FROM candidates ORDER BY id").fetchall()
    logo = conn.execute(
        "SELECT value FROM settings WHERE key = ?", ["declaration_logo:" + DECLARATION]
    ).fetchone()[0]
    conn.close()

    with Desk.open(v6) as desk:
        assert migrations.schema_version(desk.db) == migrations.LATEST_VERSION >= 7
        assert integrity_problems(desk.db) == []
        db = desk.db
        assert _counts(db) == before
        assert db.execute("SELECT * FROM mark_parents ORDER BY 1, 2").fetchall() == parents
        assert (
            db.execute(f"SELECT * FROM record_changes{_NOT_GUIDES} ORDER BY 3").fetchall()
            == changes
        )
        assert db.execute("SELECT id, rev, rev_device FROM candidates ORDER BY id").fetchall() == (
            revisions
        )
        # Only pure guards are left in SQL; no switch in settings, the logo beside its PDF.
        triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert triggers == GUARDS
        assert (
            db.execute(
                "SELECT COUNT(*) FROM settings WHERE key GLOB 'declaration_logo:*' "
                "OR key IN ('erasing', 'exchange_importing')"
            ).fetchone()[0]
            == 0
        )
        import base64

        stored = db.execute("SELECT logo FROM declarations WHERE id = ?", [DECLARATION]).fetchone()[
            0
        ]
        assert stored == base64.b64decode(logo) and stored.startswith(b"\x89PNG")
        # Rendered identically: the signed copy is re-rendered with the moved logo.
        pdf = desk.declarations.reprint(DECLARATION)
        assert hashlib.sha256(pdf).hexdigest() == SIGNED_REPRINT_SHA256


def test_after_migrating_local_writes_do_the_bookkeeping_the_triggers_did(v6):
    with Desk.open(v6) as desk:
        db = desk.db
        trajectory_id = db.execute(
            "SELECT trajectory_id FROM declarations WHERE id = ?", [DECLARATION]
        ).fetchone()[0]
        [conflict] = desk.exchange.conflicts(trajectory_id)
        heads = {side.mark_uuid for side in conflict.sides}
        trajectory = desk.trajectories.resolve(trajectory_id)
        last_change = db.execute("SELECT MAX(seq) FROM record_changes").fetchone()[0]

        # A new mark here is made on top of both heads: the conflict is settled.
        mark = desk.marking.record_mark(
            trajectory_id, conflict.behaviour_id, "mastered", trajectory.trainer_id
        )
        assert {
            r[0]
            for r in db.execute(
                "SELECT parent_uuid FROM mark_parents WHERE mark_uuid = ?", [mark.uuid]
            )
        } == heads
        assert desk.exchange.conflicts(trajectory_id) == []

        # A local edit raises the revision by this device and enters the change log.
        candidate_id = trajectory.candidate_id
        rev = db.execute("SELECT rev FROM candidates WHERE id = ?", [candidate_id]).fetchone()[0]
        desk.trajectories.edit_candidate(candidate_id, name="Şükrü Ødegård", birth_date=None)
        assert db.execute(
            "SELECT rev, rev_device FROM candidates WHERE id = ?", [candidate_id]
        ).fetchone() == (rev + 1, desk.device_id)
        assert (
            db.execute(
                "SELECT seq FROM record_changes WHERE kind = 'candidates' AND record_id = ?",
                [candidate_id],
            ).fetchone()[0]
            > last_change
        )
        # Saving the same name again changes no field: no new revision (as the trigger).
        desk.trajectories.edit_candidate(candidate_id, name="Şükrü Ødegård", birth_date=None)
        assert (
            db.execute("SELECT rev FROM candidates WHERE id = ?", [candidate_id]).fetchone()[0]
            == rev + 1
        )


def test_erasing_after_migrating_takes_the_declaration_and_its_logo(v6):
    with Desk.open(v6) as desk:
        candidate_id = desk.db.execute(
            "SELECT t.candidate_id FROM declarations d JOIN trajectories t ON t.id = d.trajectory_id "
            "WHERE d.id = ?",
            [DECLARATION],
        ).fetchone()[0]
        other = desk.db.execute(
            "SELECT COUNT(*) FROM marks m JOIN trajectories t ON "
            "t.id = m.trajectory_id WHERE t.candidate_id <> ?",
            [candidate_id],
        ).fetchone()[0]
        trainer = desk.db.execute(
            "SELECT t.trainer_id FROM declarations d JOIN trajectories t ON t.id = d.trajectory_id "
            "WHERE d.id = ?",
            [DECLARATION],
        ).fetchone()[0]
        # This fixture's device is a jobcoach's laptop: the employer's trainer erases (#20).
        desk.privacy.erase_candidate(candidate_id, person_id=trainer)
        assert (
            desk.db.execute(
                "SELECT COUNT(*) FROM declarations WHERE id = ?", [DECLARATION]
            ).fetchone()[0]
            == 0
        )
        assert desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == other
        # Another candidate's log stays append-only: no erasure record, no delete.
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            desk.db.execute("DELETE FROM marks WHERE rowid = (SELECT MIN(rowid) FROM marks)")
    data = (v6 / "praktijkdesk.sqlite").read_bytes()
    assert b"\x89PNG" not in data  # the logo bytes went with the declaration


def test_stale_switches_in_settings_are_removed_by_the_step(v6):
    conn = _old(v6)
    conn.execute("INSERT INTO settings VALUES ('exchange_importing', '1'), ('erasing', '1')")
    conn.execute("INSERT INTO settings VALUES ('declaration_logo:gone', 'bm90IGEgbG9nbw==')")
    conn.execute("INSERT INTO settings VALUES ('declaration_logo:broken', '!!!')")
    conn.commit()
    conn.close()
    with Desk.open(v6) as desk:
        assert desk.setting("exchange_importing") is None and desk.setting("erasing") is None
        # A logo of a declaration no longer here (erased under step 6) is not kept.
        assert (
            desk.db.execute(
                "SELECT COUNT(*) FROM settings WHERE key GLOB 'declaration_logo:*'"
            ).fetchone()[0]
            == 0
        )
        assert integrity_problems(desk.db) == []


def test_erasing_inside_an_old_step_6_backup_uses_its_own_guards(tmp_path):
    """A backup made before step 7 keeps its schema and its old guards; erasing in it opens
    them the old way inside the copy's transaction, and leaves no switch behind."""
    from praktijkdesk.storage.erasure import backup_holds, erase_from_backup_file

    backup = tmp_path / "praktijkdesk-oud.sqlite"
    shutil.copy(V6, backup)
    conn = sqlite3.connect(backup)
    candidate_id = conn.execute(
        "SELECT t.candidate_id FROM declarations d JOIN trajectories t ON t.id = d.trajectory_id "
        "WHERE d.id = ?",
        [DECLARATION],
    ).fetchone()[0]
    marks_before = conn.execute("SELECT COUNT(*) FROM marks").fetchone()[0]
    conn.close()
    assert erase_from_backup_file(backup, candidate_id)
    assert not backup_holds(backup, candidate_id)
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        assert 0 < conn.execute("SELECT COUNT(*) FROM marks").fetchone()[0] < marks_before
        assert (
            conn.execute("SELECT COUNT(*) FROM settings WHERE key = 'erasing'").fetchone()[0] == 0
        )
    finally:
        conn.close()


def test_erasing_inside_a_step_7_backup_records_the_erasure_there(v6, tmp_path):
    from praktijkdesk.storage.erasure import backup_holds, erase_from_backup_file

    with Desk.open(v6) as desk:  # migrated to step 7
        candidate_id = desk.db.execute(
            "SELECT t.candidate_id FROM declarations d JOIN trajectories t ON t.id = d.trajectory_id "
            "WHERE d.id = ?",
            [DECLARATION],
        ).fetchone()[0]
        backup = desk.backup("test")
    assert erase_from_backup_file(backup, candidate_id)
    assert not backup_holds(backup, candidate_id)
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 7
        # Restored, this backup keeps the candidate erased (the record travels on from it).
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM erasures WHERE candidate_id = ?", [candidate_id]
            ).fetchone()[0]
            == 1
        )
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM declarations WHERE id = ?", [DECLARATION]
            ).fetchone()[0]
            == 0
        )
    finally:
        conn.close()
