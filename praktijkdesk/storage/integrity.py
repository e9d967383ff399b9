"""Health checks: SQLite's own, foreign keys, and current_marks against the event log."""

from __future__ import annotations

import functools
import sqlite3

from praktijkdesk.domain.mark import current_marks
from praktijkdesk.storage.database import Database
from praktijkdesk.storage.marks import _MARK_COLUMNS, UPSERT_CURRENT, _mark


def integrity_problems(db: Database, *, quick: bool = False) -> list[str]:
    """Empty when healthy; otherwise Dutch lines saying what is wrong.

    The full check: SQLite's integrity_check, the schema against what this version expects
    (tables, indexes, triggers, views), text that is not UTF-8, foreign keys, and
    current_marks against the log. A damaged file may make a check itself fail: that is
    reported as damage too, never raised.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        result = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return ["SQLite kan de database niet helemaal lezen (beschadigd)."]
    # SQLite's own lines are English and technical: counted, not shown.
    problems = (
        []
        if result == ["ok"]
        else [
            f"SQLite vond {len(result)}{'+' if len(result) >= 100 else ''} fout(en) in het bestand."
        ]
    )
    try:
        if not quick:
            problems += schema_problems(db.conn)
            problems += text_problems(db.conn)
        fk = db.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} verwijzing(en) naar gegevens die niet bestaan.")
        if not quick and not problems:
            problems += _current_marks_problems(db)
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError, KeyError):
        problems.append("Een deel van de gegevens kan niet worden gelezen (beschadigd).")
    return problems


def _current_marks_problems(db: Database) -> list[str]:
    """The derived table must equal the fold of the log (the domain's definition of truth)."""
    events = [_mark(r) for r in db.execute(f"SELECT {_MARK_COLUMNS} FROM marks")]
    expected = {key: m.uuid for key, m in current_marks(events).items()}
    actual = {
        (t, b): u
        for t, b, u in db.execute(
            "SELECT trajectory_id, behaviour_id, mark_uuid FROM current_marks"
        )
    }
    if expected != actual:
        wrong = len(set(expected.items()) ^ set(actual.items()))
        return [
            f"De huidige stand van {wrong} gedragsvoorbeeld(en) klopt niet met de geschiedenis."
        ]
    return []


def rebuild_current_marks(db: Database) -> None:
    """Repair: recompute current_marks from the log (inside the caller's transaction)."""
    events = [_mark(r) for r in db.execute(f"SELECT {_MARK_COLUMNS} FROM marks")]
    db.execute("DELETE FROM current_marks")
    for (trajectory_id, behaviour_id), mark in current_marks(events).items():
        db.execute(UPSERT_CURRENT, [trajectory_id, behaviour_id, mark.uuid])


# --- the schema this version expects --------------------------------------------------------
_KINDS = {"table": "tabel", "index": "index", "trigger": "trigger", "view": "view"}


@functools.lru_cache(maxsize=8)
def expected_schema(version: int | None = None) -> dict[tuple[str, str], str]:
    """(type, name) → normalised SQL of what this version's migrations create, up to
    ``version`` (all steps when None). Derived by migrating an empty in-memory database with
    the real STEPS, so a step added later is known without a list kept by hand."""
    from praktijkdesk.storage.migrations import STEPS, migrate

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        db = Database(conn)
        if version is None:
            migrate(db)
        else:
            for number, step in STEPS:
                if number > version:
                    break
                with db.atomic():
                    step(db)
                    db.execute(f"PRAGMA user_version = {int(number)}")
        return _schema_of(conn)
    finally:
        conn.close()


def _normalise(sql: str | None) -> str:
    return " ".join((sql or "").split()).lower()


def _schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    return {(kind, name): _normalise(sql) for kind, name, sql in rows}


def schema_problems(conn: sqlite3.Connection, version: int | None = None) -> list[str]:
    """Dutch lines for every table, index, trigger or view that differs from what this
    version's migrations make: missing, unknown (an extra trigger could swallow every write)
    or changed. Empty when the schema is exactly the expected one."""
    if version is None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    from praktijkdesk.storage.migrations import LATEST_VERSION

    if version > LATEST_VERSION:
        return [f"de database komt van een nieuwere versie (schema {version})"]
    expected = expected_schema(version if version < LATEST_VERSION else None)
    actual = _schema_of(conn)
    problems = []
    for kind, name in sorted(set(actual) - set(expected)):
        problems.append(f"onbekende {_KINDS.get(kind, kind)} '{name}' in de database")
    for kind, name in sorted(set(expected) - set(actual)):
        problems.append(f"{_KINDS.get(kind, kind)} '{name}' ontbreekt")
    for key in sorted(set(expected) & set(actual)):
        if expected[key] != actual[key]:
            problems.append(f"{_KINDS.get(key[0], key[0])} '{key[1]}' is anders dan verwacht")
    return problems


def text_problems(conn: sqlite3.Connection, limit: int = 10, chunk: int = 50_000) -> list[str]:
    """Text that is not valid UTF-8 (a changed byte inside a name): SQLite stores it, Python
    cannot read it back. Every text value is checked once: SQLite joins a chunk of rows per
    column (in C), Python decodes the joined bytes at once; only a chunk that fails is looked
    at row by row. (1M marks: a few seconds, not one Python call per value.)"""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    ]
    columns_of = {
        table: [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')] for table in tables
    }
    previous = conn.text_factory
    conn.text_factory = bytes
    bad: dict[str, int] = {}
    try:
        for table in tables:
            columns = columns_of[table]
            if not columns:
                continue
            texts = ", ".join(
                f'group_concat(CASE WHEN typeof("{c}") = \'text\' THEN "{c}" END, char(10))'
                for c in columns
            )
            # (A newline between values: two broken halves never join into one valid letter.)
            for rows in _chunks(conn, table, len(columns), chunk):
                joined = conn.execute(f"SELECT {texts} FROM ({rows})").fetchone()
                if all(_valid(value) for value in joined):
                    continue
                only_text = ", ".join(
                    f'CASE WHEN typeof("{c}") = \'text\' THEN "{c}" END' for c in columns
                )
                for row in conn.execute(f"SELECT {only_text} FROM ({rows})"):
                    if not all(_valid(value) for value in row):
                        bad[table] = bad.get(table, 0) + 1
    finally:
        conn.text_factory = previous
    return [
        f"{count} tekst(en) in '{table}' zijn geen geldige UTF-8"
        for table, count in list(bad.items())[:limit]
    ]


def _valid(value) -> bool:
    if not isinstance(value, bytes):
        return True
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _chunks(conn: sqlite3.Connection, table: str, width: int, size: int):
    """SELECT statements that together cover every row of ``table``, ``size`` rows each."""
    try:
        low, high = conn.execute(f'SELECT min(rowid), max(rowid) FROM "{table}"').fetchone()
    except sqlite3.OperationalError:  # WITHOUT ROWID: page through it in key order
        total = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for offset in range(0, total, size):
            order = ", ".join(str(i) for i in range(1, width + 1))  # every column: a total order
            yield f'SELECT * FROM "{table}" ORDER BY {order} LIMIT {size} OFFSET {offset}'
        return
    if low is None:
        return
    for start in range(low, high + 1, size):
        yield f'SELECT * FROM "{table}" WHERE rowid >= {start} AND rowid < {start + size}'


def file_problems(path) -> list[str]:
    """Everything ``check`` looks at, read straight from the file (read-only), for when the
    data could not be opened the normal way. A file SQLite cannot read at all is a problem too."""
    from pathlib import Path

    try:
        conn = sqlite3.connect(
            Path(path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
        )
    except (sqlite3.Error, UnicodeDecodeError):
        return ["de database kan niet worden geopend"]
    try:
        return integrity_problems(Database(conn))
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return ["SQLite kan de database niet lezen (beschadigd)"]
    finally:
        conn.close()
