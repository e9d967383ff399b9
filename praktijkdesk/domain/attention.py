"""Who needs attention (issue #20), the pure part: the reasons to look at a trajectory and
"6 weken geleden". The service (services/attention.py) gathers the facts from storage.

- *no progress for N weeks*: no mark since N weeks (or since the start, when none yet);
- *ready for a declaration*: concluded work processes not yet on the current declaration;
- *an open conflict*: two devices set a behaviour differently (docs/exchange.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
