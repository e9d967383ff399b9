"""Health checks: SQLite's own, foreign keys, and current_marks against the event log."""

from __future__ import annotations

from praktijkdesk.domain.mark import current_marks
from praktijkdesk.storage.database import Database
from praktijkdesk.storage.marks import _MARK_COLUMNS, UPSERT_CURRENT, _mark


def integrity_problems(db: Database, *, quick: bool = False) -> list[str]:
    """Empty when healthy; otherwise Dutch lines saying what is wrong."""
    pragma = "quick_check" if quick else "integrity_check"
    result = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    problems = [] if result == ["ok"] else [f"SQLite meldt: {line}" for line in result[:10]]
    fk = db.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(f"{len(fk)} verwijzing(en) naar gegevens die niet bestaan.")
    if not quick and not problems:
        problems += _current_marks_problems(db)
    return problems


def _current_marks_problems(db: Database) -> list[str]:
    """The derived table must equal the fold of the log (the domain's definition of truth)."""
    events = [_mark(r) for r in db.execute(f"SELECT {_MARK_COLUMNS} FROM marks")]
    expected = {key: m.uuid for key, m in current_marks(events).items()}
    actual = {
        (t, b): u
        for t, b, u in db.execute("SELECT trajectory_id, behaviour_id, mark_uuid FROM current_marks")
    }
    if expected != actual:
        wrong = len(set(expected.items()) ^ set(actual.items()))
        return [f"De huidige stand van {wrong} gedragsvoorbeeld(en) klopt niet met de geschiedenis."]
    return []


def rebuild_current_marks(db: Database) -> None:
    """Repair: recompute current_marks from the log (inside the caller's transaction)."""
    events = [_mark(r) for r in db.execute(f"SELECT {_MARK_COLUMNS} FROM marks")]
    db.execute("DELETE FROM current_marks")
    for (trajectory_id, behaviour_id), mark in current_marks(events).items():
        db.execute(UPSERT_CURRENT, [trajectory_id, behaviour_id, mark.uuid])
