"""Two trainers and a jobcoach, each on their own device, marking the same trajectories.

They exchange bundle files in different orders and then go through a shared folder. All
three end with the same state, no event is lost, and a behaviour that two of them set
differently without seeing each other's mark shows as a conflict until someone settles it.
"""

from __future__ import annotations

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.storage.integrity import integrity_problems

from .conftest import GUIDE, behaviours, shared_state

M, N, P = MarkStatus.MASTERED, MarkStatus.NOT_YET, MarkStatus.PRACTISING


def exchange_all(tmp_path, devices, orders, tag):
    """Each device writes a bundle of everything; each imports the others in its own order."""
    files = {}
    for name, desk in devices.items():
        files[name] = desk.exchange.export(
            tmp_path / f"{tag}-{name}.praktijk", everything=True
        ).path
    for name, order in orders.items():
        for other in order:
            devices[name].exchange.import_file(files[other])


def test_three_devices_converge_through_bundles_and_a_shared_folder(tmp_path, make_device, shop):
    canteen, trajectory, fatma, marloes = shop
    office = make_device("office", offset_minutes=1)
    laptop = make_device("laptop", offset_minutes=2)
    devices = {"canteen": canteen, "office": office, "laptop": laptop}
    made: set[str] = set()  # every event uuid made anywhere

    def mark(desk, behaviour, status, person, note=None):
        made.add(desk.marking.record_mark(trajectory.id, behaviour, status, person.id, note).uuid)

    # The canteen PC set things up; the office and the laptop get it by bundle.
    setup = canteen.exchange.export(tmp_path / "setup.praktijk", trajectory_id=trajectory.id).path
    office.exchange.import_file(setup)
    laptop.exchange.import_file(setup)
    jan = office.people.add_person("Jan de Vries", Role.TRAINER, trajectory.employer_id)
    # The jobcoach also follows a second candidate, made on the laptop.
    _, second = laptop.trajectories.add_candidate(
        name="Aïcha Benali",
        birth_date=None,
        employer_id=trajectory.employer_id,
        trainer_id=fatma.id,
        guide_key=laptop.guides.latest(GUIDE).key,
        jobcoach_id=marloes.id,
    )
    b = behaviours(canteen, trajectory, 12)

    # Round 1, everyone offline: conflicting and non-conflicting marks.
    mark(canteen, b[0], M, fatma)  # conflict: Fatma beheerst …
    mark(office, b[0], N, jan)  # … Jan nog niet, neither saw the other
    mark(canteen, b[1], P, fatma)  # only one side marks: no conflict
    mark(office, b[2], M, jan)  # same status on both sides: no conflict
    mark(canteen, b[2], M, fatma)
    mark(laptop, b[3], P, marloes, "Samen geoefend tijdens de lunch.")
    mark(canteen, b[4], N, fatma)
    canteen.marking.undo_last(fatma.id)  # an undo travels as an event too
    made.add(canteen.marking.history(trajectory.id, b[4])[-1].uuid)
    made.add(
        laptop.marking.record_mark(second.id, behaviours(laptop, second, 1)[0], P, marloes.id).uuid
    )
    # A record edited on two devices: the higher revision wins everywhere.
    canteen.trajectories.edit_candidate(
        trajectory.candidate_id, name="Şükrü Öztürk", birth_date="1991-04-18"
    )
    laptop.trajectories.edit(trajectory.id, end_date="2026-12-31")

    exchange_all(
        tmp_path,
        devices,
        {
            "canteen": ["office", "laptop"],
            "office": ["laptop", "canteen"],
            "laptop": ["canteen", "office"],
        },
        "r1",
    )
    states = [shared_state(d) for d in devices.values()]
    assert states[0] == states[1] == states[2]

    for desk in devices.values():
        conflicts = desk.exchange.conflicts(trajectory.id)
        assert [c.behaviour_id for c in conflicts] == [b[0]]
        names = {s.person_name for s in conflicts[0].sides}
        assert names == {"Fatma Yılmaz", "Jan de Vries"}
        assert "zette dit op" in conflicts[0].message
        assert {s.status for s in conflicts[0].sides} == {M, N}
        # The current state is still the latest event (order (at, device_id, uuid)).
        current = desk.marking.checklist(trajectory.id).items[0].mark
        assert current.uuid == conflicts[0].sides[0].mark_uuid
    assert canteen.trajectories.candidate(trajectory.candidate_id).birth_date == "1991-04-18"
    assert laptop.trajectories.resolve(trajectory.id).end_date == "2026-12-31"

    # Round 2 through a shared folder: Jan settles b[0], a new conflict on b[5], sequential
    # marks on b[6] (the laptop saw the canteen's mark first: no conflict).
    folder = tmp_path / "OneDrive - Gouden Lepel"
    folder.mkdir()
    mark(office, b[0], M, jan)
    mark(canteen, b[5], M, fatma)
    mark(laptop, b[5], P, marloes)
    mark(canteen, b[6], P, fatma)
    canteen.exchange.sync(folder)
    laptop.exchange.sync(folder)
    mark(laptop, b[6], M, marloes)
    for _ in range(2):  # the first to sync in a round sees the others' files in the next
        for desk in devices.values():
            desk.exchange.sync(folder)

    states = [shared_state(d) for d in devices.values()]
    assert states[0] == states[1] == states[2]
    for desk in devices.values():
        assert {r[0] for r in desk.db.execute("SELECT uuid FROM marks")} >= made  # nothing lost
        conflicts = desk.exchange.conflicts(trajectory.id)
        assert [c.behaviour_id for c in conflicts] == [b[5]]
        assert conflicts[0].message in (
            "Fatma Yılmaz zette dit op beheerst, Marloes Bakker op oefent",
            "Marloes Bakker zette dit op oefent, Fatma Yılmaz op beheerst",
        )
        assert desk.exchange.conflicts(second.id) == []
        assert integrity_problems(desk.db) == []

    # History is never thrown away: the settled conflict keeps both old marks.
    history = office.marking.history(trajectory.id, b[0])
    assert sorted((m.person_id, m.status.value) for m in history) == sorted(
        [(fatma.id, "mastered"), (jan.id, "not_yet"), (jan.id, "mastered")]
    )

    # Nothing new: another round writes and imports nothing.
    for desk in devices.values():
        result = desk.exchange.sync(folder)
        assert result.written is None and not result.changed


def test_a_new_mark_settles_a_conflict_on_the_device_that_makes_it(tmp_path, make_device, shop):
    canteen, trajectory, fatma, marloes = shop
    laptop = make_device("laptop", offset_minutes=1)
    laptop.exchange.import_file(
        canteen.exchange.export(tmp_path / "a", trajectory_id=trajectory.id).path
    )
    b = behaviours(canteen, trajectory, 1)[0]
    canteen.marking.record_mark(trajectory.id, b, M, fatma.id)
    laptop.marking.record_mark(trajectory.id, b, N, marloes.id)
    canteen.exchange.import_file(laptop.exchange.export(tmp_path / "b", everything=True).path)
    assert len(canteen.exchange.conflicts(trajectory.id)) == 1
    canteen.marking.record_mark(trajectory.id, b, M, fatma.id)
    assert canteen.exchange.conflicts(trajectory.id) == []
    # Undoing the settling mark brings the conflict back: both earlier marks are still there.
    canteen.marking.undo_last(fatma.id)
    assert len(canteen.exchange.conflicts(trajectory.id)) == 1
