"""Marks and conclusions as append-only events, and the current state derived from them.

An event is never changed or removed. Undo is a new event that names the event it cancels
(``undoes``). The current state of a behaviour is its latest effective event, where
"latest" is ordered by (hlc, device_id, uuid): a total order that every device computes the
same way, so two devices that hold the same events agree, whatever order they arrived in.
``hlc`` is the hybrid logical clock stamp (domain/hlc.py), not the wall clock: a PC whose
clock is wrong cannot put its events before or after what it has already seen. An event
without a stamp (made before the clock existed) sorts by its wall time ``at``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from praktijkdesk.domain import hlc as hlc_clock


class MarkStatus(str, enum.Enum):
    NOT_YET = "not_yet"
    PRACTISING = "practising"
    MASTERED = "mastered"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


# The longest note (and reason) a mark or conclusion may carry, in characters after tidying:
# the screen and the service use this one number, so the screen never cuts what is refused.
MAX_NOTE = 500


def too_long_message(what: str = "De notitie") -> str:
    """The one Dutch refusal for a note or reason over MAX_NOTE (service, CLI and screens)."""
    return f"{what} is te lang (meer dan {MAX_NOTE} tekens)."


STATUS_LABELS = {
    MarkStatus.NOT_YET: "Nog niet",
    MarkStatus.PRACTISING: "Oefent",
    MarkStatus.MASTERED: "Beheerst",
}

# Words the command line (and bundles from people) may use for a status, beside the values.
_STATUS_WORDS = {
    "not_yet": MarkStatus.NOT_YET,
    "nog-niet": MarkStatus.NOT_YET,
    "nog niet": MarkStatus.NOT_YET,
    "nog_niet": MarkStatus.NOT_YET,
    "nogniet": MarkStatus.NOT_YET,
    "practising": MarkStatus.PRACTISING,
    "oefent": MarkStatus.PRACTISING,
    "mastered": MarkStatus.MASTERED,
    "beheerst": MarkStatus.MASTERED,
}


def parse_status(text: MarkStatus | str) -> MarkStatus:
    """``mastered`` or ``beheerst``, ``practising`` or ``oefent``, ``not_yet`` or ``nog-niet``
    (any case); ValueError for anything else."""
    if isinstance(text, MarkStatus):
        return text
    status = _STATUS_WORDS.get(" ".join(str(text).strip().lower().split()))
    if status is None:
        raise ValueError(text)
    return status


class ConclusionValue(str, enum.Enum):
    MASTERED = "mastered"  # the trainer concludes: this work process is mastered
    REVOKED = "revoked"  # the trainer takes an earlier conclusion back


@dataclass(frozen=True)
class Mark:
    """The judgement of one behaviour at one moment (or, with ``undoes``, the undo of one)."""

    uuid: str
    trajectory_id: str
    behaviour_id: str
    status: MarkStatus | None  # None only on an undo event
    person_id: str
    at: str  # UTC ISO-8601
    device_id: str
    note: str = ""
    undoes: str | None = None
    hlc: str = ""  # the clock stamp, set when the event is stored (domain/hlc.py)

    @property
    def order_key(self) -> tuple[str, str, str]:
        return (self.hlc or hlc_clock.from_iso(self.at).encode(), self.device_id, self.uuid)


@dataclass(frozen=True)
class Conclusion:
    """The trainer's conclusion on a work process (or, with ``undoes``, the undo of one)."""

    uuid: str
    trajectory_id: str
    work_process_code: str
    value: ConclusionValue | None  # None only on an undo event
    person_id: str
    at: str
    device_id: str
    reason: str = ""
    undoes: str | None = None
    hlc: str = ""  # the clock stamp, set when the event is stored (domain/hlc.py)

    @property
    def order_key(self) -> tuple[str, str, str]:
        return (self.hlc or hlc_clock.from_iso(self.at).encode(), self.device_id, self.uuid)


def _effective(events: Iterable) -> list:
    events = list(events)
    undone = {e.undoes for e in events if e.undoes}
    return [e for e in events if e.undoes is None and e.uuid not in undone]


def current_marks(events: Iterable[Mark]) -> dict[tuple[str, str], Mark]:
    """(trajectory_id, behaviour_id) → the latest effective mark. The definition of truth."""
    current: dict[tuple[str, str], Mark] = {}
    for mark in _effective(events):
        key = (mark.trajectory_id, mark.behaviour_id)
        if key not in current or mark.order_key > current[key].order_key:
            current[key] = mark
    return current


def current_conclusions(events: Iterable[Conclusion]) -> dict[tuple[str, str], Conclusion]:
    """(trajectory_id, work_process_code) → the latest effective conclusion event."""
    current: dict[tuple[str, str], Conclusion] = {}
    for event in _effective(events):
        key = (event.trajectory_id, event.work_process_code)
        if key not in current or event.order_key > current[key].order_key:
            current[key] = event
    return current


def concluded_mastered(events: Iterable[Conclusion]) -> dict[tuple[str, str], Conclusion]:
    """Only the work processes whose current conclusion is *beheerst*."""
    return {
        key: event
        for key, event in current_conclusions(events).items()
        if event.value is ConclusionValue.MASTERED
    }
