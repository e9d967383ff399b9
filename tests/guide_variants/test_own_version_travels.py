"""A trajectory started on an employer's own version exchanges like any other: the guide
version (with its hidden behaviours and where it came from) travels whole in the bundle."""

from __future__ import annotations

import datetime as dt

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.people import Role

from .conftest import GUIDE, WP, edit


def _device(path, minutes):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=minutes)
    return Desk.open(path, clock=FixedClock(start, step=dt.timedelta(milliseconds=1)))


def test_a_trajectory_on_an_own_version_travels_with_its_guide(tmp_path):
    shop, laptop = _device(tmp_path / "shop", 0), _device(tmp_path / "laptop", 1)
    try:
        employer = shop.people.add_employer("Hotel De Gouden Lepel", "Den Haag")
        trainer = shop.people.add_person("Fatma Yılmaz", Role.TRAINER, employer.id)
        guide = shop.guide_variants.for_editing(GUIDE, employer.id)
        hidden = guide.work_process(WP).behaviours[1].id
        own = shop.guide_variants.save(
            edit(shop, guide, hide=[hidden], add=["Zet de koffie klaar."])
        )
        _, trajectory = shop.trajectories.add_candidate(
            name="Şükrü Öztürk",
            birth_date=None,
            employer_id=employer.id,
            trainer_id=trainer.id,
            guide_key=own.key,
        )
        shop.marking.record_mark(trajectory.id, f"{WP}-E1", "oefent", trainer.id)
        shop.exchange.export(tmp_path / "t.praktijk", trajectory_id=trajectory.id)
        plan = laptop.exchange.import_file(tmp_path / "t.praktijk")
        assert plan.applied
        arrived = laptop.guides.get(own.key)
        assert arrived == own and arrived.variant.hidden[0].id == hidden
        assert laptop.guide_variants.current(GUIDE, employer.id) == own
        [item] = [
            i
            for i in laptop.marking.checklist(trajectory.id, WP).items
            if i.behaviour.id == f"{WP}-E1"
        ]
        assert item.mark.status.value == "practising"
        assert laptop.integrity_problems() == []
    finally:
        shop.close()
        laptop.close()
