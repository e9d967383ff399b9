"""The same candidate made on two devices: offered for merging; the merge travels."""

from __future__ import annotations

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role

from .conftest import GUIDE, behaviours, shared_state


def test_a_candidate_made_on_two_devices_is_offered_and_merged_everywhere(
    tmp_path, make_device, shop
):
    canteen, trajectory, fatma, marloes = shop
    laptop = make_device("laptop", offset_minutes=1)
    laptop.exchange.import_file(canteen.exchange.export(tmp_path / "a", everything=True).path)

    # Both make "Zoë Jansen", born 2001-06-23, each with a trajectory and a mark.
    made = {}
    for desk, person in ((canteen, fatma), (laptop, marloes)):
        _, t = desk.trajectories.add_candidate(
            name="Zoë  Jansen" if desk is laptop else "Zoë Jansen",
            birth_date="2001-06-23",
            employer_id=trajectory.employer_id,
            trainer_id=fatma.id,
            guide_key=desk.guides.latest(GUIDE).key,
        )
        desk.marking.record_mark(t.id, behaviours(desk, t, 1)[0], MarkStatus.PRACTISING, person.id)
        made[desk] = t

    bundle = laptop.exchange.export(tmp_path / "b", everything=True).path
    plan = canteen.exchange.preview(bundle)
    assert [(d.keep.name, d.drop.name) for d in plan.duplicates] == [("Zoë Jansen", "Zoë Jansen")]
    assert (
        "Mogelijk dubbel: Zoë Jansen, geboren 2001-06-23 staat er twee keer in. Samenvoegen?"
        in plan.lines()
    )
    canteen.exchange.import_file(bundle)

    [duplicate] = canteen.exchange.likely_duplicates()
    keep = canteen.exchange.merge_candidates(duplicate.keep.id, duplicate.drop.id)
    assert canteen.exchange.likely_duplicates() == []
    mine = canteen.trajectories.of_candidate(keep.id)
    assert {t.id for t in mine} == {made[canteen].id, made[laptop].id}
    for t in mine:  # marks are untouched: they belong to the trajectory
        assert len(canteen.marking.history(t.id, behaviours(canteen, t, 1)[0])) == 1

    # The merge travels: the laptop does the same, and both end up equal.
    laptop.exchange.import_file(canteen.exchange.export(tmp_path / "c", everything=True).path)
    assert laptop.exchange.likely_duplicates() == []
    assert {t.id for t in laptop.trajectories.of_candidate(keep.id)} == {t.id for t in mine}
    canteen.exchange.import_file(laptop.exchange.export(tmp_path / "d", everything=True).path)
    assert shared_state(canteen) == shared_state(laptop)
    # An old bundle still naming the dropped candidate does not bring it back.
    assert canteen.exchange.import_file(bundle).nothing_new
    assert laptop.exchange.import_file(bundle).nothing_new
    assert canteen.exchange.likely_duplicates() == laptop.exchange.likely_duplicates() == []


def test_people_and_employers_are_matched_by_id_not_by_name(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    laptop = make_device("laptop")
    laptop.people.add_person("Fatma Yılmaz", Role.TRAINER)  # another Fatma, another id
    laptop.exchange.import_file(canteen.exchange.export(tmp_path / "a", everything=True).path)
    assert len([p for p in laptop.people.people() if p.name == "Fatma Yılmaz"]) == 2
    assert laptop.trajectories.resolve(trajectory.id).trainer_id == fatma.id
