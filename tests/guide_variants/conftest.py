"""An employer with a trainer and a trajectory on the horeca guide, and helpers to edit an
employer's own version (eigen versie) the way the editor does."""

from __future__ import annotations

import pytest

from praktijkdesk.domain.guide import Behaviour, HiddenBehaviour
from praktijkdesk.domain.guide_variant import hidden_of, with_work_process
from praktijkdesk.domain.people import Role

GUIDE = "horeca-gastheer-gastvrouw"
WP = "B1-K1-W1"


@pytest.fixture
def shop(desk):
    # The longest employer name of the demo data: names must never break anything.
    employer = desk.people.add_employer(
        "Stichting Hoveniers- en Groenvoorzieningsbedrijf De Groene Vallei Midden-Nederland",
        "Nieuwegein",
    )
    trainer = desk.people.add_person("Fatma Yılmaz", Role.TRAINER, employer.id)
    _, trajectory = desk.trajectories.add_candidate(
        name="Anne-Maria Gonçalves dos Santos van Heeckeren tot Wassenaer",
        birth_date="1991-04-17",
        employer_id=employer.id,
        trainer_id=trainer.id,
        guide_key=desk.guides.latest(GUIDE).key,
    )
    return employer, trainer, trajectory


def edit(desk, guide, code=WP, *, reword=None, hide=(), add=(), order=None):
    """The guide with one work process edited: ``reword`` {id: text}, ``hide`` ids, ``add``
    texts (new ids), ``order`` the shown ids in their new order."""
    wp = guide.work_process(code)
    shown = [
        Behaviour(b.id, (reword or {}).get(b.id, b.text)) for b in wp.behaviours if b.id not in hide
    ]
    hidden = hidden_of(guide, code) + [
        HiddenBehaviour(code, b.id, b.text) for b in wp.behaviours if b.id in hide
    ]
    taken: set[str] = set()
    for text in add:
        new_id = desk.guide_variants.new_id(guide, code, taken)
        taken.add(new_id)
        shown.append(Behaviour(new_id, text))
    if order is not None:
        by_id = {b.id: b for b in shown}
        shown = [by_id[i] for i in order] + [b for b in shown if b.id not in order]
    return with_work_process(guide, code, shown, hidden)
