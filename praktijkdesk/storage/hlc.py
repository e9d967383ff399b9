"""This device's hybrid logical clock, persisted in the settings table (schema step 5).

Every function runs inside the caller's transaction, so the clock moves together with the
event that used it: a crash never leaves an event with a stamp the clock has not passed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from praktijkdesk.domain import hlc
from praktijkdesk.storage.database import Database
from praktijkdesk.storage.settings import get_setting, set_setting

SETTING = "hlc"


def last(db: Database) -> hlc.Hlc:
    """The latest stamp this device made or saw."""
    text = get_setting(db, SETTING)
    try:
        return hlc.decode(text)
    except ValueError:  # a damaged setting: fall back on the logs themselves
        return latest_in_logs(db)


def latest_in_logs(db: Database) -> hlc.Hlc:
    stamps = [
        db.execute(f"SELECT MAX(hlc) FROM {table}").fetchone()[0]
        for table in ("marks", "conclusions")
    ]
    return max((hlc.decode(s) for s in stamps if s and hlc.is_valid(s)), default=hlc.ZERO)


def stamp(db: Database, at: str) -> str:
    """The stamp for a new local event made at wall time ``at`` (ISO); moves the clock."""
    new = hlc.tick(last(db), dt.datetime.fromisoformat(at))
    set_setting(db, SETTING, new.encode())
    return new.encode()


def observe(db: Database, stamps: Iterable[str]) -> None:
    """Imported events advance the clock: the next local event sorts after all of them."""
    seen = max((hlc.decode(s) for s in stamps if s), default=hlc.ZERO)
    current = last(db)
    if seen > current:
        set_setting(db, SETTING, hlc.receive(current, seen).encode())
