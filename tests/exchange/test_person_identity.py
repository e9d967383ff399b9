"""One identity per person (issue #20): three devices each with their own "Marloes Bakker".

Each device's own record of the jobcoach travels; importing a record with the same name, role
and employer (or organisation) under another id is offered for merging in the preview; a merge
travels as a ``person_merges`` record, so every device ends with one Marloes, whatever the
order of merges and exchanges, also when two devices merged a pair each way (a cycle).
A trainer is never offered for merging with a jobcoach, and a forged merge of a trainer into
another employer's person refuses the whole file.
"""

from __future__ import annotations

import itertools

import pytest

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.errors import InvalidInput
from praktijkdesk.storage.integrity import integrity_problems
from praktijkdesk.storage.people import names_of

from .conftest import behaviours, shared_state
from .forge import forge

NAME = "Marloes Bakker"


def everything(tmp_path, src, dst, tag):
    path = src.exchange.export(tmp_path / f"{tag}.praktijk", everything=True, overwrite=True).path
    return dst.exchange.import_file(path)


def all_to_all(tmp_path, devices, tag):
    names = list(devices)
    for round_ in range(2):  # twice: what one device learnt from another reaches the third
        for a, b in itertools.permutations(names, 2):
            everything(tmp_path, devices[a], devices[b], f"{tag}-{round_}-{a}-{b}")


def marloeses(desk):
    return [p for p in desk.people.people() if p.name == NAME and p.role is Role.JOBCOACH]


@pytest.fixture
def three(tmp_path, make_device, shop):
    """The canteen (its Marloes guides the trajectory), the office and the laptop, each with
    its own record of Marloes, each having marked once in her name."""
    canteen, trajectory, fatma, marloes = shop
    office = make_device("office", offset_minutes=1)
    laptop = make_device("laptop", offset_minutes=2)
    setup = canteen.exchange.export(tmp_path / "setup.praktijk", everything=True).path
    own = {"canteen": marloes}
    for name, desk in (("office", office), ("laptop", laptop)):
        own[name] = desk.people.add_person(NAME, Role.JOBCOACH)
        desk.exchange.import_file(setup)
    devices = {"canteen": canteen, "office": office, "laptop": laptop}
    [b1, b2, b3] = behaviours(canteen, trajectory, 3)
    for (name, desk), behaviour in zip(devices.items(), (b1, b2, b3), strict=True):
        desk.marking.record_mark(trajectory.id, behaviour, MarkStatus.PRACTISING, own[name].id)
    all_to_all(tmp_path, devices, "before")
    return devices, own, trajectory, fatma


def test_each_device_shows_three_marloeses_before_and_the_import_offers_the_merge(tmp_path, three):
    devices, own, trajectory, _ = three
    for desk in devices.values():
        assert len(marloeses(desk)) == 3
        assert len(desk.exchange.likely_duplicate_people()) == 2
    # A fresh device that already has its own Marloes is offered the merge in the preview.
    canteen = devices["canteen"]
    path = devices["office"].exchange.export(tmp_path / "o.praktijk", everything=True).path
    fresh_dir = tmp_path / "fresh"
    from praktijkdesk.desk import Desk

    fresh = Desk.open(fresh_dir, clock=canteen.clock)
    try:
        mine = fresh.people.add_person(NAME, Role.JOBCOACH)
        fresh.people.add_person("Fatma Yılmaz", Role.JOBCOACH)  # same name, other role
        plan = fresh.exchange.preview(path)
        offered = {(d.keep.id, d.drop.id) for d in plan.person_duplicates}
        assert offered == {(mine.id, p.id) for p in own.values()}
        assert (
            f"Mogelijk dezelfde persoon: {NAME} (jobcoach) staat er twee keer in. Samenvoegen?"
            in plan.lines()
        )
        # The trainer Fatma and the jobcoach Fatma: two people, never offered.
        assert not any(d.keep.name == "Fatma Yılmaz" for d in plan.person_duplicates)
    finally:
        fresh.close()


@pytest.mark.parametrize("order", list(itertools.permutations(["canteen", "office", "laptop"])))
def test_three_marloeses_converge_to_one_whatever_the_order_of_merges(tmp_path, three, order):
    devices, own, trajectory, _ = three
    # Without seeing each other, every device merges every Marloes into its OWN record (the
    # worst case: three different choices, which make a cycle), then each passes everything
    # to the next in ``order``; the third also merges what it still sees before passing on.
    for name, desk in devices.items():
        for other in marloeses(desk):
            if other.id != own[name].id:
                desk.exchange.merge_people(own[name].id, other.id)
        assert [p.id for p in marloeses(desk)] == [own[name].id]
    for a, b in zip(order, order[1:], strict=False):
        everything(tmp_path, devices[a], devices[b], f"m-{a}-{b}")
    assert len(marloeses(devices[order[-1]])) == 1  # already one, before everyone has everything
    all_to_all(tmp_path, devices, "after")

    states = [shared_state(d) for d in devices.values()]
    assert states[0] == states[1] == states[2]
    kept = {tuple(p.id for p in marloeses(d)) for d in devices.values()}
    assert len(kept) == 1 and len(next(iter(kept))) == 1, kept
    [[kept_id]] = kept
    for desk in devices.values():
        assert desk.exchange.likely_duplicate_people() == []
        assert desk.trajectories.resolve(trajectory.id).jobcoach_id == kept_id
        # Every mark any Marloes made shows the kept person's name; none is lost.
        for behaviour in behaviours(desk, trajectory, 3):
            [mark] = desk.marking.history(trajectory.id, behaviour)
            assert mark.person_id in {p.id for p in own.values()}
        names = names_of(desk.db, [p.id for p in own.values()])
        assert set(names.values()) == {NAME} and len(names) == 3
        assert integrity_problems(desk.db) == []


def test_a_merge_cycle_settles_on_the_same_person_everywhere(tmp_path, three):
    devices, own, trajectory, _ = three
    canteen, office = devices["canteen"], devices["office"]
    a, b = own["canteen"].id, own["office"].id
    # Without seeing each other: the canteen keeps a, the office keeps b.
    canteen.exchange.merge_people(a, b)
    office.exchange.merge_people(b, a)
    all_to_all(tmp_path, devices, "cycle")
    states = [shared_state(d) for d in devices.values()]
    assert states[0] == states[1] == states[2]
    visible = {frozenset(p.id for p in marloeses(d)) & {a, b} for d in devices.values()}
    assert visible == {frozenset({min(a, b)})}
    assert {tuple(sorted(p.id for p in marloeses(d))) for d in devices.values()} == {
        tuple(sorted({min(a, b), own["laptop"].id}))
    }


def test_a_mark_of_the_merged_away_record_shows_the_kept_name(tmp_path, three):
    devices, own, trajectory, _ = three
    canteen = devices["canteen"]
    canteen.people.edit_person(
        own["canteen"].__class__(own["canteen"].id, "Marloes Bakker-de Vries", Role.JOBCOACH, None)
    )
    with pytest.raises(InvalidInput, match="dezelfde naam"):  # not the same name any more
        canteen.exchange.merge_people(own["canteen"].id, own["office"].id)
    canteen.exchange.merge_people(own["office"].id, own["laptop"].id)
    behaviour = behaviours(canteen, trajectory, 3)[2]  # marked on the laptop by its Marloes
    [mark] = canteen.marking.history(trajectory.id, behaviour)
    assert mark.person_id == own["laptop"].id  # the event never changes
    assert names_of(canteen.db, [own["laptop"].id]) == {own["laptop"].id: NAME}
    assert own["laptop"].id not in {p.id for p in canteen.people.people()}
    assert canteen.people.person_named(NAME, Role.JOBCOACH).id == own["office"].id


def test_a_trainer_and_a_jobcoach_with_one_name_are_never_merged(three):
    devices, own, _, fatma = three
    canteen = devices["canteen"]
    coach = canteen.people.add_person(fatma.name, Role.JOBCOACH)
    assert not any(
        {d.keep.id, d.drop.id} == {fatma.id, coach.id}
        for d in canteen.exchange.likely_duplicate_people()
    )
    with pytest.raises(InvalidInput, match="dezelfde rol"):
        canteen.exchange.merge_people(fatma.id, coach.id)
    other = canteen.people.add_employer("Groen & Zo", "Delft")
    namesake = canteen.people.add_person(fatma.name, Role.TRAINER, other.id)
    with pytest.raises(InvalidInput, match="hetzelfde leerbedrijf"):
        canteen.exchange.merge_people(fatma.id, namesake.id)


def test_a_forged_merge_of_a_trainer_into_another_employers_person_is_refused(tmp_path, three):
    devices, own, trajectory, fatma = three
    canteen, laptop = devices["canteen"], devices["laptop"]
    other = laptop.people.add_employer("Groen & Zo", "Delft")
    namesake = laptop.people.add_person(fatma.name, Role.TRAINER, other.id)
    export = laptop.exchange.export(tmp_path / "l.praktijk", everything=True).path

    def attack(records):
        records["person_merges"] = [
            {
                "drop_id": fatma.id,
                "keep_id": namesake.id,
                "name": fatma.name,
                "role": "trainer",
                "merged_at": records["marks"][0]["at"],
                "device_id": "f0rged-device",
            }
        ]

    before = shared_state(canteen)
    forged = forge(export, tmp_path / "x.praktijk", attack)
    with pytest.raises(InvalidInput) as caught:
        canteen.exchange.import_file(forged)
    assert "ander leerbedrijf" in caught.value.message and "niets ingelezen" in caught.value.message
    assert shared_state(canteen) == before
    # Also a merge of the trainer into the jobcoach Marloes (another role) is refused.

    def role_attack(records):
        records["person_merges"] = [
            {
                "drop_id": fatma.id,
                "keep_id": own["laptop"].id,
                "name": fatma.name,
                "role": "trainer",
                "merged_at": records["marks"][0]["at"],
                "device_id": "f0rged-device",
            }
        ]

    with pytest.raises(InvalidInput, match="andere rol"):
        canteen.exchange.import_file(forge(export, tmp_path / "y.praktijk", role_attack))
    assert shared_state(canteen) == before


def test_a_file_without_person_merges_has_only_the_entries_older_versions_know(tmp_path, three):
    import zipfile

    devices, own, _, _ = three
    canteen = devices["canteen"]
    plain = canteen.exchange.export(tmp_path / "p.praktijk", everything=True).path
    assert "person_merges.json" not in zipfile.ZipFile(plain).namelist()
    canteen.exchange.merge_people(own["canteen"].id, own["office"].id)
    merged = canteen.exchange.export(tmp_path / "m.praktijk", everything=True).path
    assert "person_merges.json" in zipfile.ZipFile(merged).namelist()
