"""The people around a trajectory. No BSN, no special categories: only what gets printed."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(str, enum.Enum):
    TRAINER = "trainer"
    JOBCOACH = "jobcoach"


@dataclass(frozen=True)
class Employer:
    id: str
    name: str
    place: str = ""
    sbb_number: str = ""  # SBB erkenningsnummer; empty while the employer has none
    manager_name: str = ""  # leidinggevende, for the optional signature line
    school_id: str | None = None  # the school of its last new trajectory, offered next time


@dataclass(frozen=True)
class Person:
    """A trainer or a jobcoach: whoever is working and makes marks."""

    id: str
    name: str
    role: Role
    employer_id: str | None = None


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    birth_date: str | None = None  # ISO date; stored only when the school asks for it


JUDGES_ONLY = (
    "Alleen een praktijkopleider van het leerbedrijf van dit traject kan dit doen: "
    "werkprocessen afronden of terugdraaien, en praktijkverklaringen uitgeven of intrekken."
)


def judges_for(person: Person, employer_id: str) -> bool:
    """The employer sets the norm and its trainer judges: only a trainer (praktijkopleider)
    of the trajectory's employer concludes, revokes, issues and withdraws. The same rule
    holds for an import (services/exchange_rules.py)."""
    return person.role is Role.TRAINER and person.employer_id == employer_id
