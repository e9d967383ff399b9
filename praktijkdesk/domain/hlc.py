"""A hybrid logical clock (Kulkarni et al., 2014): the order of events when wall clocks lie.

A timestamp is ``(physical, counter)``: ``physical`` follows the wall clock where the wall
clock is right, ``counter`` takes over where it is not. Two rules, both pure:

- ``tick(last, wall)`` — a new local event: ``physical = max(last.physical, wall)``; the
  counter goes up when the physical part did not move. So a new event always sorts after
  every event this device has made *or seen*, whatever the wall clock says (a clock that was
  a day ahead and was put right does not make the next mark lose).
- ``receive(last, seen)`` — an imported event advances the clock to at least its stamp.

Encoded as one fixed-width string ``"<physical µs since 1970, 18 digits>-<counter, 6 digits>"``,
so string order is clock order (SQLite ``ORDER BY`` and Python agree). The counter is bounded:
at its maximum the physical part moves on by one microsecond instead (still monotonic, never an
overflow). How far in the future an imported stamp may be is decided by the importer
(``FUTURE_MARGIN``); this module only measures it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

MAX_COUNTER = 999_999
MAX_PHYSICAL = 10**18 - 1
FUTURE_MARGIN = dt.timedelta(hours=24)  # an imported time further ahead than this is refused
CLOCK_WARNING = dt.timedelta(minutes=10)  # a difference worth telling the user about
_PATTERN = re.compile(r"^(\d{18})-(\d{6})$")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


class Hlc(NamedTuple):
    physical: int  # microseconds since 1970-01-01 UTC
    counter: int = 0

    def encode(self) -> str:
        return f"{self.physical:018d}-{self.counter:06d}"

    @property
    def moment(self) -> dt.datetime:
        return _EPOCH + dt.timedelta(microseconds=self.physical)


ZERO = Hlc(0, 0)


def is_valid(text) -> bool:
    return isinstance(text, str) and bool(_PATTERN.match(text))


def decode(text: str | None) -> Hlc:
    if not text:
        return ZERO
    match = _PATTERN.match(text)
    if not match:
        raise ValueError(f"not a clock stamp: {text!r}")
    return Hlc(int(match.group(1)), int(match.group(2)))


def micros(moment: dt.datetime) -> int:
    delta = moment.astimezone(dt.timezone.utc) - _EPOCH
    return max(0, min(MAX_PHYSICAL, delta // dt.timedelta(microseconds=1)))


def from_iso(text: str) -> Hlc:
    """The stamp an event made before this clock existed gets: its wall time, counter 0.
    Ties are then settled by (device, uuid) exactly as before, so old data keeps its order."""
    return Hlc(micros(dt.datetime.fromisoformat(text)), 0)


def tick(last: Hlc, wall: dt.datetime) -> Hlc:
    """The stamp of a new local event."""
    physical = micros(wall)
    if physical > last.physical:
        return Hlc(physical, 0)
    if last.counter < MAX_COUNTER:
        return Hlc(last.physical, last.counter + 1)
    return Hlc(min(MAX_PHYSICAL, last.physical + 1), 0)


def receive(last: Hlc, seen: Hlc) -> Hlc:
    """The clock after seeing an imported event's stamp (the next ``tick`` sorts after it)."""
    return max(last, seen)


def ahead_of(stamp: Hlc, wall: dt.datetime) -> dt.timedelta:
    """How far a stamp's physical part lies after the wall clock (negative: before)."""
    return dt.timedelta(microseconds=stamp.physical - micros(wall))


def describe_duration(delta: dt.timedelta) -> str:
    """'1 dag', '3 dagen', '5 uur', '20 minuten' — for "De klok … loopt 1 dag voor"."""
    seconds = abs(delta.total_seconds())
    days = round(seconds / 86400)
    if days > 366:
        return "meer dan een jaar"
    if seconds >= 86400 * 0.95:
        return "1 dag" if days <= 1 else f"{days} dagen"
    hours = round(seconds / 3600)
    if seconds >= 3600 * 0.95:
        return f"{max(1, hours)} uur"
    minutes = max(1, round(seconds / 60))
    return "1 minuut" if minutes == 1 else f"{minutes} minuten"
