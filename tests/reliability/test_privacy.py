"""AVG: erase a candidate and all of theirs in one go, export their data, retention, no BSN,
private files."""

from __future__ import annotations

import hashlib
import json
import os
import stat

import pytest

from praktijkdesk.domain.declaration import Declaration, Signature
from praktijkdesk.domain.people import Role
from praktijkdesk.errors import NotFound
from praktijkdesk.storage import declarations as declaration_store
from praktijkdesk.storage.database import write
from praktijkdesk.storage.migrations import SCHEMA_V1
from tests.cli.conftest import run_cli
from tests.documents import samples

RARE_NAME = "Zyxwąvę Qôrtlëbœk"  # a name that occurs nowhere else in the file
PDF = b"%PDF-1.7\n% een praktijkverklaring\n%%EOF\n"


def _candidate_with_everything(desk, name=RARE_NAME):
    employer = desk.people.employer_named("Bakkerij Van Dam", create=True)
    # A trainer of this employer (only they conclude, issue #13); the demo's Fatma works elsewhere.
    trainer = desk.people.person_named(
        "Bram van Dam", Role.TRAINER, create=True, employer_id=employer.id
    )
    candidate, trajectory = desk.trajectories.add_candidate(
        name=name,
        birth_date="1990-01-02",
        employer_id=employer.id,
        trainer_id=trainer.id,
        guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
    )
    guide = desk.guides.get(trajectory.guide_key)
    for behaviour in guide.behaviours()[:6]:
        desk.marking.record_mark(
            trajectory.id, behaviour.id, "mastered", trainer.id, f"{name} deed het goed"
        )
    desk.marking.undo_last(trainer.id)
    desk.marking.conclude(
        trajectory.id, trajectory.work_processes[0], trainer.id, "Doet dit al maanden zelfstandig"
    )
    number = f"PV-2026-{abs(hash(name)) % 10000:04d}"
    declaration = Declaration(
        id=f"d-{candidate.id}",
        number=number,
        trajectory_id=trajectory.id,
        issued_at="2026-03-02T09:00:00+00:00",
        issued_by=trainer.id,
        snapshot=samples.snapshot(name=name),
        sha256=hashlib.sha256(PDF).hexdigest(),
    )
    with write(desk.db):
        declaration_store.add_declaration(desk.db, declaration, PDF)
        declaration_store.add_signature(
            desk.db,
            f"s-{candidate.id}",
            declaration.id,
            Signature(
                role="kandidaat",
                name=name,
                signed_at="2026-03-02T09:01:00+00:00",
                strokes=(((0.0, 0.0), (10.0, 5.0)),),
                snapshot_sha256="x",
            ),
        )
    return candidate, trajectory


def _count(desk, table):
    return desk.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_erase_removes_the_candidate_and_everything_of_theirs(demo_desk):
    tables = [
        "candidates",
        "trajectories",
        "marks",
        "conclusions",
        "current_marks",
        "declarations",
        "signatures",
    ]
    before = {t: _count(demo_desk, t) for t in tables}
    candidate, trajectory = _candidate_with_everything(demo_desk)
    result = demo_desk.privacy.erase_candidate(candidate.id[:8])

    assert {t: _count(demo_desk, t) for t in tables} == before  # others untouched
    assert result.counts["marks"] == 7 and result.counts["declarations"] == 1
    assert result.counts["signatures"] == 1 and result.counts["conclusions"] == 1
    assert "reservekopie" in result.describe()  # which backups still hold them, or none
    # No switch in settings: the erasure record itself opened the logs (schema step 7).
    assert demo_desk.setting("erasing") is None
    assert (
        demo_desk.db.execute(
            "SELECT COUNT(*) FROM erasures WHERE candidate_id = ?", [candidate.id]
        ).fetchone()[0]
        == 1
    )
    assert demo_desk.db.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(NotFound):
        demo_desk.privacy.candidate(candidate.id)
    # The logs are append-only again right after.
    with pytest.raises(Exception, match="append-only"):
        demo_desk.db.execute("DELETE FROM marks WHERE rowid = (SELECT min(rowid) FROM marks)")
    # Gone from the files themselves, not just unlinked (secure_delete + an emptied WAL).
    for suffix in ("", "-wal"):
        path = demo_desk.database_path.with_name(demo_desk.database_path.name + suffix)
        if path.exists():
            assert RARE_NAME.encode() not in path.read_bytes()


def test_a_failed_erase_changes_nothing(demo_desk, monkeypatch):
    from praktijkdesk.storage import erasure

    candidate, _ = _candidate_with_everything(demo_desk)
    before = _count(demo_desk, "marks")
    real = erasure._table_exists

    def failing(db, name):  # asked after the logs are deleted, before the bookkeeping
        raise RuntimeError("stroomstoring halverwege")

    monkeypatch.setattr(erasure, "_table_exists", failing)
    with pytest.raises(RuntimeError):
        demo_desk.privacy.erase_candidate(candidate.id)
    monkeypatch.setattr(erasure, "_table_exists", real)
    assert _count(demo_desk, "marks") == before
    assert demo_desk.privacy.candidate(candidate.id)
    # The erasure record (the gate of the logs) went with the rest of the transaction:
    # the logs are append-only again for this candidate too.
    assert _count(demo_desk, "erasures") == 0
    with pytest.raises(Exception, match="append-only"):
        demo_desk.db.execute(
            "DELETE FROM marks WHERE trajectory_id IN "
            "(SELECT id FROM trajectories WHERE candidate_id = ?)",
            [candidate.id],
        )


def test_export_holds_all_their_data_and_the_pdfs(desk, tmp_path):
    candidate, trajectory = _candidate_with_everything(desk)
    folder = desk.privacy.export_candidate(candidate.id, tmp_path / "inzage")
    data = json.loads((folder / "gegevens.json").read_text(encoding="utf-8"))
    assert data["candidate"] == {"id": candidate.id, "name": RARE_NAME, "birth_date": "1990-01-02"}
    [t] = data["trajectories"]
    assert len(t["marks"]) == 7 and t["marks"][0]["behaviour_text"]
    assert t["conclusions"][0]["reason"] == "Doet dit al maanden zelfstandig"
    [declaration] = t["declarations"]
    assert (folder / declaration["pdf"]).read_bytes() == PDF
    assert declaration["signatures"][0]["name"] == RARE_NAME
    if os.name == "posix":
        assert stat.S_IMODE((folder / "gegevens.json").stat().st_mode) == 0o600
    # Another export does not overwrite the first.
    assert desk.privacy.export_candidate(candidate.id, tmp_path / "inzage") != folder


def test_closed_trajectories_past_the_retention_term_are_offered(desk, clock):
    old, old_t = _candidate_with_everything(desk, "Oud Afgerond")
    recent, recent_t = _candidate_with_everything(desk, "Net Afgerond")
    active, _ = _candidate_with_everything(desk, "Nog Bezig")
    import datetime as dt

    desk.trajectories.close(old_t.id)  # 2026-03-02
    clock.advance(dt.timedelta(days=365))
    desk.trajectories.close(recent_t.id)  # 2027-03-02
    clock.advance(dt.timedelta(days=480))  # mid 2028
    assert desk.privacy.retention_years() == 2
    assert [d.name for d in desk.privacy.due_for_erasure()] == ["Oud Afgerond"]
    desk.privacy.set_retention_years(5)
    assert desk.privacy.due_for_erasure() == []


def test_no_bsn_anywhere_in_the_schema():
    lowered = SCHEMA_V1.lower()
    assert "bsn" not in lowered and "burgerservice" not in lowered


def test_command_line_erase_needs_yes_and_export_writes_a_folder(data_dir, tmp_path):
    from praktijkdesk.desk import Desk

    with Desk.open(data_dir) as desk:
        candidate, _ = _candidate_with_everything(desk)
    refused = run_cli(data_dir, "erase-candidate", candidate.id)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    exported = run_cli(data_dir, "export-candidate", candidate.id[:8], "--out", str(tmp_path))
    assert exported.returncode == 0, exported.stderr
    assert list(tmp_path.glob("inzage-*/gegevens.json"))
    erased = run_cli(data_dir, "erase-candidate", candidate.id, "--yes")
    assert erased.returncode == 0 and "gewist" in erased.stdout
    assert run_cli(data_dir, "check").returncode == 0
