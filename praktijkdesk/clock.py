"""Time, injectable: services ask a Clock, tests pass a FixedClock instead of patching time."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now_utc(self) -> dt.datetime: ...


class SystemClock:
    def now_utc(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)


class FixedClock:
    """A clock that stands still unless told to move; each ``tick`` advances it."""

    def __init__(self, start: dt.datetime | None = None, step: dt.timedelta | None = None):
        self._now = start or dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
        self._step = step or dt.timedelta(0)

    def now_utc(self) -> dt.datetime:
        now = self._now
        self._now = now + self._step
        return now

    def advance(self, delta: dt.timedelta) -> None:
        self._now += delta


def to_iso(moment: dt.datetime) -> str:
    """UTC ISO-8601 with microseconds, so string order is time order."""
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def from_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)
