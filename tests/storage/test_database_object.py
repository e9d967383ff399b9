"""storage.database.Database: the transaction rules the app relies on, without sqlite-utils."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from praktijkdesk.storage.database import open_database


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "t.sqlite")
    db.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")
    yield db
    db.close()


def rows(db):
    return [r[0] for r in db.execute("SELECT x FROM t ORDER BY x")]


def test_an_error_rolls_back_the_whole_action(db):
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("boom")
    assert rows(db) == []
    assert not db.conn.in_transaction


def test_a_nested_block_rolls_back_alone(db):
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlite3.IntegrityError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            db.execute("INSERT INTO t VALUES (1)")  # duplicate key
        db.execute("INSERT INTO t VALUES (3)")
    assert rows(db) == [1, 3]


def test_a_trigger_that_rolls_back_everything_keeps_its_own_error(db):
    db.execute(
        "CREATE TRIGGER no_seven BEFORE INSERT ON t WHEN NEW.x = 7 "
        "BEGIN SELECT RAISE(ROLLBACK, 'zeven mag niet'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="zeven mag niet"), db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with db.atomic():
            db.execute("INSERT INTO t VALUES (7)")
    assert rows(db) == []
    assert not db.conn.in_transaction


def test_a_second_connection_sees_nothing_before_the_commit(db, tmp_path):
    other = sqlite3.connect(tmp_path / "t.sqlite")
    with db.atomic():
        db.execute("INSERT INTO t VALUES (5)")
        assert other.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 0
    assert other.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 1
    other.close()


def test_recursive_triggers_are_on_as_with_sqlite_utils(db):
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1


def test_other_sqlite_utils_calls_still_work_on_the_same_connection(db):
    db["t"].insert({"x": 9})
    assert rows(db) == [9]
    assert "t" in db.table_names()
    with pytest.raises(AttributeError):
        db.no_such_thing_anywhere  # noqa: B018


def test_opening_a_desk_does_not_import_sqlite_utils(tmp_path):
    # sqlite-utils (with click, pluggy, dateutil and maybe numpy) costs 150–600 ms at start.
    code = (
        "import sys; from praktijkdesk.desk import Desk;"
        f"d = Desk.open({str(tmp_path)!r}); d.people.people(); d.close();"
        "bad = [m for m in ('sqlite_utils', 'numpy', 'click') if m in sys.modules];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
