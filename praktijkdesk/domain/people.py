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


def follow_merges(merges: dict[str, str], person_id: str) -> str:
    """The person a (possibly merged-away) person id stands for now (issue #20): follow
    drop → keep to the end. Two devices that merged a pair each way make a cycle; then the
    smallest id of the cycle stays, on every device alike. A merged-away record stays in the
    database (marks and declarations name it; they never change), but it is shown as the
    person it was merged into."""
    chain = [person_id]
    seen = {person_id}
    while chain[-1] in merges and merges[chain[-1]] not in seen:
        chain.append(merges[chain[-1]])
        seen.add(chain[-1])
    last = chain[-1]
    if last in merges:  # a cycle: the smallest id in it stays
        return min(chain[chain.index(merges[last]) :])
    return last


def same_person(a_name_key: str, a: Person, b_name_key: str, b: Person) -> bool:
    """Two records that may be merged into one person: the same name (as a search key), the
    same role and the same employer or organisation. A trainer is never one person with a
    jobcoach, nor with another employer's trainer."""
    return a_name_key == b_name_key and a.role is b.role and a.employer_id == b.employer_id
