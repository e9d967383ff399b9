"""Who needs attention (issue #20): per trajectory the last mark and the reasons to look.

Qt-free, for the jobcoach's home screen and the command line alike; the rules themselves are
in domain/attention.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from praktijkdesk.domain.attention import Attention
from praktijkdesk.services.base import Notifier, Service
from praktijkdesk.storage import scope as store

if TYPE_CHECKING:
    from praktijkdesk.clock import Clock
    from praktijkdesk.services.exchange import ExchangeService
    from praktijkdesk.storage.database import Database


class AttentionService(Service):
    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        notify: Notifier,
        exchange: ExchangeService,
    ) -> None:
        super().__init__(db=db, clock=clock, notify=notify)
        self._exchange = exchange

    def for_summaries(
        self, summaries: Iterable, *, today: dt.date | None = None
    ) -> dict[str, Attention]:
        """trajectory id → Attention, for these TrajectorySummary objects (few queries in all)."""
        summaries = list(summaries)
        today = today or self.clock.now_utc().astimezone().date()
        ids = [s.id for s in summaries]
        last = store.last_mark_at(self.db, ids)
        several = store.marked_on_several_devices(self.db, ids)
        result = {}
        for s in summaries:
            moment = last.get(s.id)
            try:
                since = (
                    dt.datetime.fromisoformat(moment).astimezone().date()
                    if moment
                    else dt.date.fromisoformat(s.start_date)
                )
            except ValueError:
                since = today
            active = s.status.value == "active"
            # A finished trajectory waits for its declaration, not for progress.
            weeks = max(0, (today - since).days // 7) if active and not s.progress.complete else 0
            conflicts = len(self._exchange.conflicts(s.id)) if s.id in several else 0
            result[s.id] = Attention(
                s.id, moment, weeks, bool(active and s.progress.ready_for_declaration), conflicts
            )
        return result

    def jobcoach_trajectories(self, jobcoach_id: str) -> set[str]:
        """The trajectories where this person is the jobcoach (the jobcoach's own clients)."""
        return store.jobcoach_trajectory_ids(self.db, jobcoach_id)

    def client_counts(self) -> dict[str, int]:
        """person id → how many active trajectories they guide (to tell two namesakes apart)."""
        return store.client_counts(self.db)
