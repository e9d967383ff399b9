"""What a user action changed, so screens refresh only what they show (Anki's OpChanges, small)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    marks: bool = False
    trajectories: bool = False
    people: bool = False
    guides: bool = False
    declarations: bool = False
    settings: bool = False
    trajectory_ids: frozenset[str] = field(default_factory=frozenset)
    self_views: bool = False  # the candidate's "Dit kan ik" (never a mark)

    @classmethod
    def everything(cls) -> Changes:
        return cls(True, True, True, True, True, True, self_views=True)
