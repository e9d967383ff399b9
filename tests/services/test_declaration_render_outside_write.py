"""Issuing renders the PDF outside the write transaction: a second writer is never blocked by
the rendering, and one that writes in between never leads to a PDF that differs from its
stored snapshot (the issue starts over). The stored bytes are what the snapshot renders to."""

from __future__ import annotations

import json
import sqlite3

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.documents import declaration_pdf
from praktijkdesk.documents.declaration_pdf import render_declaration as real_render
from praktijkdesk.domain.declaration import DeclarationSnapshot
from praktijkdesk.storage import declarations as store
from tests.services.declaration_data import HARD_NAMES, add_candidate, master, pv, text_of

DECLARED = ["B1-K1-W1", "B1-K1-W3"]


@pytest.fixture
def renders(monkeypatch):
    """Every render_declaration call, with a hook run during it (the moment in between)."""
    real = declaration_pdf.render_declaration
    calls = []

    def render(snapshot, **kwargs):
        calls.append(snapshot)
        hook = renders_hook.pop(0) if renders_hook else None
        if hook:
            hook()
        return real(snapshot, **kwargs)

    renders_hook: list = []
    monkeypatch.setattr(declaration_pdf, "render_declaration", render)
    return calls, renders_hook


@pytest.fixture
def second(desk, clock):
    """Another connection to the same folder, as a second window or the command line has."""
    other = Desk.open(desk.data_dir, clock=clock, daily_backup=False)
    yield other
    other.close()


def _stored_matches_its_snapshot(desk, declaration_id):
    """The stored bytes are exactly what the stored snapshot renders to."""
    stored = store.get_declaration(desk.db, declaration_id)
    pdf = store.declaration_pdf(desk.db, declaration_id)
    text = store.snapshot_text(desk.db, declaration_id)
    assert stored.snapshot == DeclarationSnapshot.from_json(text)
    assert real_render(stored.snapshot, logo=desk.declarations.logo()) == pdf
    return pdf, json.loads(text)


def test_the_rendering_holds_no_write_lock(desk, trainer, renders):
    calls, hooks = renders
    t = add_candidate(desk, trainer, HARD_NAMES[1])
    master(desk, t, trainer, DECLARED)
    seen = []

    def another_writer_gets_the_lock():
        seen.append(desk.db.conn.in_transaction)
        other = sqlite3.connect(
            desk.data_dir / "praktijkdesk.sqlite", timeout=0, isolation_level=None
        )
        other.execute("BEGIN IMMEDIATE")  # fails at once if the issue held the write lock
        other.execute("ROLLBACK")
        other.close()

    hooks.append(another_writer_gets_the_lock)
    issued = desk.declarations.issue(t.id, trainer.id)
    assert seen == [False]
    assert len(calls) == 1  # no second rendering when nothing changed
    stored, snap = _stored_matches_its_snapshot(desk, issued.id)
    assert snap["number"] == issued.number == pv(desk, 1)


def test_a_number_taken_in_between_gives_the_next_number_on_the_page(
    desk, second, trainer, renders
):
    calls, hooks = renders
    first = add_candidate(desk, trainer, HARD_NAMES[0])
    other = add_candidate(desk, trainer, HARD_NAMES[4])
    master(desk, first, trainer, DECLARED)
    master(desk, other, trainer, DECLARED)
    hooks.append(lambda: second.declarations.issue(other.id, trainer.id))  # takes 0001
    issued = desk.declarations.issue(first.id, trainer.id)
    # Numbers carry the device's code (#14); both connections are the same device.
    assert pv(second, 1) == pv(desk, 1)
    assert issued.number == pv(desk, 2)
    assert [c.number for c in calls] == [pv(desk, 1), pv(desk, 1), pv(desk, 2)]
    stored, snap = _stored_matches_its_snapshot(desk, issued.id)
    assert snap["number"] == pv(desk, 2)
    assert pv(desk, 2) in text_of(stored) and pv(desk, 1) not in text_of(stored)
    assert store.declaration_pdf(desk.db, issued.id) == desk.declarations.reprint(issued.id)


def test_a_name_changed_in_between_is_the_name_printed_and_stored(desk, second, trainer, renders):
    calls, hooks = renders
    t = add_candidate(desk, trainer, HARD_NAMES[2])
    master(desk, t, trainer, DECLARED)
    hooks.append(
        lambda: second.trajectories.edit_candidate(
            t.candidate_id, name="Zoë Ĳsselmeer-D'Hondt", birth_date=None
        )
    )
    issued = desk.declarations.issue(t.id, trainer.id)
    stored, snap = _stored_matches_its_snapshot(desk, issued.id)
    assert snap["candidate_name"] == "Zoë Ĳsselmeer-D'Hondt"
    assert "Zoë Ĳsselmeer-D'Hondt" in text_of(stored)
    assert HARD_NAMES[2] not in text_of(stored)
    assert len(calls) == 2


def test_a_writer_every_time_still_issues_once(desk, second, trainer, renders):
    """Changed before each of the tries outside: the last try renders inside the transaction."""
    calls, hooks = renders
    t = add_candidate(desk, trainer, HARD_NAMES[3])
    master(desk, t, trainer, DECLARED)
    names = iter(["Naam Een", "Naam Twee"])
    for _ in range(2):
        hooks.append(
            lambda: second.trajectories.edit_candidate(
                t.candidate_id, name=next(names), birth_date=None
            )
        )
    issued = desk.declarations.issue(t.id, trainer.id)
    stored, snap = _stored_matches_its_snapshot(desk, issued.id)
    assert len(desk.declarations.history(t.id)) == 1 and len(calls) == 3
    assert snap["candidate_name"] == "Naam Twee" and "Naam Twee" in text_of(stored)
