"""Each migration step runs in its own transaction; a failing step leaves the old version."""

import pytest

from praktijkdesk.storage import migrations
from praktijkdesk.storage.database import open_database


def test_fresh_file_reaches_the_latest_version(tmp_path):
    db = open_database(tmp_path / "x.sqlite")
    assert migrations.migrate(db) == [v for v, _ in migrations.STEPS]
    assert migrations.schema_version(db) == migrations.LATEST_VERSION
    assert migrations.migrate(db) == []


def test_a_failing_step_rolls_back_with_its_version(tmp_path, monkeypatch):
    db = open_database(tmp_path / "x.sqlite")
    migrations.migrate(db)

    def broken(database):
        database.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [(99, broken)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 99)
    with pytest.raises(RuntimeError):
        migrations.migrate(db)
    assert migrations.schema_version(db) == migrations.STEPS[-2][0]
    assert "half_done" not in db.table_names()
