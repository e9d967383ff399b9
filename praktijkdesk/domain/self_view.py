"""The candidate's own voice: "Dit kan ik" on a behaviour (SelfView, issue #16).

An append-only event like a mark, but never a mark: it is not the trainer's judgement, never
counts towards progress or a conclusion, and never appears on a declaration. The trainer sees
it on the checklist ("Sanne denkt: dit kan ik") as a start for a conversation. A second tap
takes it back (an event with ``can_do`` False); the latest event per behaviour counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class SelfView:
    uuid: str
    trajectory_id: str
    behaviour_id: str
    can_do: bool  # True: "Dit kan ik"; False: the candidate took it back
    at: str  # UTC ISO-8601
    device_id: str


def current_self_views(events: Iterable[SelfView]) -> dict[str, SelfView]:
    """Behaviour id → the candidate's latest "Dit kan ik" that still stands. ``events`` come
    in the order they were stored on this device (never re-sorted by a clock)."""
    latest: dict[str, SelfView] = {}
    for event in events:
        latest[event.behaviour_id] = event
    return {bid: e for bid, e in latest.items() if e.can_do}


def first_name(name: str) -> str:
    """What the candidate's screen greets: the first word of the name ("Zoë" of
    "Zoë Ĳsselmeer-D'Hondt"); the whole name when it has one word."""
    parts = name.split()
    return parts[0] if parts else name


def candidate_text(text: str) -> str:
    """A behaviour as the candidate reads it (their screen, their card): without the guide's
    "Hij/zij" at the start ("Hij/zij begroet gasten." → "Begroet gasten.")."""
    for prefix in ("Hij/zij ", "Hij of zij ", "Zij/hij "):
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            return rest[:1].upper() + rest[1:]
    return text
