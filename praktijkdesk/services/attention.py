"""Who needs attention (issue #20): per trajectory the last mark and the reasons to look.

Qt-free, for the jobcoach's home screen and the command line alike:

- *no progress for N weeks*: no mark since N weeks (or since the start, when none yet);
- *ready for a declaration*: every chosen work process concluded as mastered;
- *an open conflict*: two devices set a behaviour differently (docs/exchange.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from praktijkdesk.storage import scope as store

QUIET_WEEKS = 4  # no mark for this long: the jobcoach should have a look


@dataclass(frozen=True)
class Attention:
    trajectory_id: str
    last_mark_at: str | None  # ISO timestamp of the latest mark, None when never marked
    quiet_weeks: int  # whole weeks without a mark (since the start when never marked)
    ready: bool
    conflicts: int

    @property
    def quiet(self) -> bool:
        return self.quiet_weeks >= QUIET_WEEKS

    @property
    def needed(self) -> bool:
        return self.quiet or self.ready or self.conflicts > 0

    def reasons(self) -> list[str]:
        """Short Dutch reasons, most urgent first."""
        result = []
        if self.conflicts:
            result.append(f"{self.conflicts} verschil" + ("len" if self.conflicts > 1 else ""))
        if self.ready:
            result.append("Klaar voor verklaring")
        if self.quiet:
            result.append(f"{self.quiet_weeks} weken geen voortgang")
        return result


def ago(moment: str | None, today: dt.date) -> str:
    """ "vandaag", "gisteren", "3 dagen geleden", "6 weken geleden", "4 maanden geleden"."""
    if not moment:
        return "nog niets afgevinkt"
    try:
        day = dt.datetime.fromisoformat(moment).astimezone().date()
    except ValueError:
        return ""
    days = (today - day).days
    if days <= 0:
        return "vandaag"
    if days == 1:
        return "gisteren"
    if days < 14:
        return f"{days} dagen geleden"
    if days < 61:
        return f"{days // 7} weken geleden"
    return f"{days // 30} maanden geleden"


def attention_for(desk, summaries: Iterable, *, today: dt.date | None = None) -> dict[str, Attention]:
    """trajectory id → Attention, for these TrajectorySummary objects (few queries in all)."""
    summaries = list(summaries)
    today = today or desk.clock.now_utc().astimezone().date()
    ids = [s.id for s in summaries]
    last = store.last_mark_at(desk.db, ids)
    several = store.marked_on_several_devices(desk.db, ids)
    result = {}
    for s in summaries:
        moment = last.get(s.id)
        try:
            since = dt.datetime.fromisoformat(moment).astimezone().date() if moment else \
                dt.date.fromisoformat(s.start_date)
        except ValueError:
            since = today
        active = s.status.value == "active"
        # A finished trajectory waits for its declaration, not for progress.
        weeks = max(0, (today - since).days // 7) if active and not s.progress.complete else 0
        conflicts = len(desk.exchange.conflicts(s.id)) if s.id in several else 0
        result[s.id] = Attention(s.id, moment, weeks, bool(active and s.progress.ready_for_declaration),
                                 conflicts)
    return result


def jobcoach_trajectories(desk, jobcoach_id: str) -> set[str]:
    """The trajectories where this person is the jobcoach (the jobcoach's own clients)."""
    return store.jobcoach_trajectory_ids(desk.db, jobcoach_id)


def client_counts(desk) -> dict[str, int]:
    """person id → how many active trajectories they guide (to tell two namesakes apart)."""
    return store.client_counts(desk.db)
