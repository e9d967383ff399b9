"""A declarations row maps to the domain ``Declaration`` and back without changing a byte of
the stored snapshot (the encoding is pinned by tests/data/declaration-snapshot-v1.json) or
of the PDF; signatures map to the domain ``Signature``."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from praktijkdesk.domain.declaration import Declaration, pdf_file_name
from praktijkdesk.storage import declarations as store
from praktijkdesk.storage.database import write
from tests.documents import samples

STORED = Path(__file__).resolve().parents[1] / "data" / "declaration-snapshot-v1.json"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 bytes that are not text\n%%EOF\n"


@pytest.fixture
def trajectory_id(demo_desk):
    return demo_desk.db.execute("SELECT id FROM trajectories ORDER BY id LIMIT 1").fetchone()[0]


def _declaration(trajectory_id: str, snapshot, db=None) -> Declaration:
    trainer = "p-1"
    if db is not None:
        trainer = db.execute(
            "SELECT trainer_id FROM trajectories WHERE id = ?", [trajectory_id]
        ).fetchone()[0]
    return Declaration(
        id="d-1",
        number=snapshot.number,
        trajectory_id=trajectory_id,
        issued_at=snapshot.issued_at,
        issued_by=trainer,
        snapshot=snapshot,
        sha256=hashlib.sha256(PDF).hexdigest(),
    )


def test_the_pinned_snapshot_goes_in_and_comes_out_byte_for_byte(demo_desk, trajectory_id):
    from praktijkdesk.domain.declaration import DeclarationSnapshot

    pinned = STORED.read_text(encoding="utf-8")
    declaration = _declaration(trajectory_id, DeclarationSnapshot.from_json(pinned), demo_desk.db)
    with write(demo_desk.db):
        store.add_declaration(demo_desk.db, declaration, PDF)
    assert store.snapshot_text(demo_desk.db, "d-1").encode("utf-8") == pinned.encode("utf-8")
    assert store.declaration_pdf(demo_desk.db, "d-1") == PDF
    read = store.get_declaration(demo_desk.db, "d-1")
    assert read == declaration  # every field, the parsed snapshot included
    assert read.snapshot.sha256() == hashlib.sha256(pinned.encode("utf-8")).hexdigest()
    assert store.declarations_of(demo_desk.db, trajectory_id)[-1] == declaration
    assert declaration in store.all_declarations(demo_desk.db)


def test_signatures_come_back_as_given_and_one_per_role(demo_desk, trajectory_id):
    snapshot = samples.snapshot()
    with write(demo_desk.db):
        store.add_declaration(
            demo_desk.db, _declaration(trajectory_id, snapshot, demo_desk.db), PDF
        )
        first = samples.signature(snapshot)
        store.add_signature(demo_desk.db, "s-1", "d-1", first)
        again = replace(first, signed_at="2026-03-12T09:40:00Z", strokes=(((1.5, 2.25),),))
        store.add_signature(demo_desk.db, "s-2", "d-1", again)  # the trainer signs again
        stale = samples.signature(snapshot, role="candidate", stale=True)
        store.add_signature(demo_desk.db, "s-3", "d-1", stale)
    assert store.signatures_of(demo_desk.db, "d-1") == (stale, again)  # by signed_at
    declaration = replace(
        store.get_declaration(demo_desk.db, "d-1"),
        signatures=store.signatures_of(demo_desk.db, "d-1"),
    )
    assert declaration.valid_signatures == (again,)
    assert declaration.stale_signatures == (stale,)
    assert declaration.unsigned_roles() == ["candidate", "school"]


def test_a_missing_declaration_is_none_not_an_error(demo_desk):
    assert store.get_declaration(demo_desk.db, "nope") is None
    assert store.declaration_pdf(demo_desk.db, "nope") is None
    assert store.signatures_of(demo_desk.db, "nope") == ()


def test_the_domain_declaration_knows_its_state_without_storage():
    snapshot = samples.snapshot(name="Zoë Ĳsselmeer-D'Hondt")
    declaration = _declaration("t-1", snapshot)
    assert not declaration.withdrawn and not declaration.signed
    assert declaration.file_name() == "PV-2026-0007 Zoë Ĳsselmeer-D'Hondt.pdf"
    withdrawn = replace(
        declaration,
        withdrawn_at="2026-04-01T10:00:00Z",
        withdrawn_by="p-1",
        withdrawn_reason="verkeerde kwalificatie",
    )
    assert withdrawn.withdrawn
    assert pdf_file_name("PV/1", 'a:b*"c') == "PV 1 a b c.pdf"
