"""Privacy between employers (issue #20): after any sequence of bundle files and shared-folder
rounds between a hotel, a garden company and the jobcoach's laptop that visits both, no
employer's database file (nor its WAL) holds a byte of the other employer's candidates,
trainers or name — while everything that is theirs does arrive.
"""

from __future__ import annotations

import random

import pytest

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.names import search_key
from praktijkdesk.domain.people import Role

from .conftest import GUIDE, behaviours

HOTEL = "Hotel De Gouden Lepel"
GARDEN = "Groen & Zo Hoveniers"
HOTEL_PEOPLE = ["Şükrü Öztürk", "Nguyễn Văn An", "Марія Шевченко", "Jan-Willem van den Berg"]
GARDEN_PEOPLE = ["Zoë Brandsma", "Ngọc Trâm Lê", "Олег Петренко"]
HOTEL_TRAINER, GARDEN_TRAINER = "Fatma Yılmaz", "Kees Dijkgraaf"


def setup_employer(desk, employer_name, trainer_name, candidates, other_jobcoach=None):
    employer = desk.people.add_employer(employer_name)
    trainer = desk.people.add_person(trainer_name, Role.TRAINER, employer.id)
    marloes = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)  # this PC's own record
    peter = desk.people.add_person(other_jobcoach, Role.JOBCOACH) if other_jobcoach else None
    trajectories = []
    for i, name in enumerate(candidates):
        coach = peter if (peter and i == len(candidates) - 1) else marloes
        _, t = desk.trajectories.add_candidate(
            name=name,
            employer_id=employer.id,
            trainer_id=trainer.id,
            guide_key=desk.guides.latest(GUIDE).key,
            jobcoach_id=coach.id,
        )
        trajectories.append(t)
    return employer, trainer, trajectories


def raw_bytes(desk) -> bytes:
    path = desk.database_path
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def forbidden(names) -> list[bytes]:
    result = []
    for name in names:
        result += [name.encode("utf-8"), search_key(name).encode("utf-8")]
    return result


def leaks(desk, names) -> list[str]:
    data = raw_bytes(desk)
    return [n.decode() for n in forbidden(names) if n in data]


@pytest.fixture
def world(make_device, tmp_path):
    hotel = make_device("hotel")
    garden = make_device("garden", offset_minutes=1)
    laptop = make_device("laptop", offset_minutes=2)
    h = setup_employer(hotel, HOTEL, HOTEL_TRAINER, HOTEL_PEOPLE, other_jobcoach="Peter Smit")
    g = setup_employer(garden, GARDEN, GARDEN_TRAINER, GARDEN_PEOPLE)
    laptop.people.add_person("Marloes Bakker", Role.JOBCOACH)
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    return {
        "hotel": hotel,
        "garden": garden,
        "laptop": laptop,
        "h": h,
        "g": g,
        "folder": folder,
        "tmp": tmp_path,
    }


def _ops(w):
    hotel, garden, laptop, tmp, folder = w["hotel"], w["garden"], w["laptop"], w["tmp"], w["folder"]
    counter = iter(range(10_000))

    def f(name):
        return tmp / f"{next(counter)}-{name}.praktijk"

    def everything(src, dst):
        dst.exchange.import_file(src.exchange.export(f("alles"), everything=True).path)

    def employer_file(src, dst, employer_name):
        employer = next((e for e in src.people.employers() if e.name == employer_name), None)
        if employer is not None and src.exchange.scope().allows(employer.id):
            dst.exchange.import_file(src.exchange.export(f("lb"), employer_id=employer.id).path)

    def per_employer_files(dst):
        out = tmp / f"usb{next(counter)}"
        out.mkdir()
        for result in laptop.exchange.export_per_employer(out):
            dst.exchange.import_file(result.path)

    def trajectory_file(src, dst):
        for s in src.trajectories.summaries()[:2]:
            dst.exchange.import_file(src.exchange.export(f("t"), trajectory_id=s.id).path)

    def mark(desk, rng):
        who = {id(hotel): HOTEL_TRAINER, id(garden): GARDEN_TRAINER}.get(id(desk), "Marloes Bakker")
        person = next(p for p in desk.people.people() if p.name == who)
        for s in desk.trajectories.summaries():
            t = desk.trajectories.resolve(s.id)
            b = rng.choice(behaviours(desk, t, 6))
            desk.marking.record_mark(
                t.id,
                b,
                rng.choice(list(MarkStatus)),
                person.id,
                "Samen geoefend." if rng.random() < 0.3 else None,
            )

    def sync(desk):
        desk.exchange.sync(folder)
        # Whoever works here trusts every new device in the folder (issue #13): the worst
        # case for privacy, so the property still covers the folder fully.
        for device in desk.exchange.waiting_devices():
            desk.exchange.trust_device(device.device_id)

    return [
        lambda r: everything(hotel, laptop),
        lambda r: everything(garden, laptop),
        lambda r: everything(laptop, hotel),
        lambda r: everything(laptop, garden),
        lambda r: employer_file(laptop, hotel, GARDEN),
        lambda r: employer_file(laptop, garden, HOTEL),
        lambda r: employer_file(laptop, hotel, HOTEL),
        lambda r: per_employer_files(hotel),
        lambda r: per_employer_files(garden),
        lambda r: trajectory_file(laptop, hotel),
        lambda r: trajectory_file(laptop, garden),
        lambda r: trajectory_file(hotel, garden),
        lambda r: mark(laptop, r),
        lambda r: mark(hotel, r),
        lambda r: mark(garden, r),
        lambda r: sync(hotel),
        lambda r: sync(garden),
        lambda r: sync(laptop),
    ]


def check_no_leaks(w):
    hotel_names = [*HOTEL_PEOPLE, HOTEL_TRAINER, HOTEL, "Peter Smit"]
    garden_names = [*GARDEN_PEOPLE, GARDEN_TRAINER, GARDEN]
    assert leaks(w["hotel"], garden_names) == []
    assert leaks(w["garden"], hotel_names) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_employer_database_holds_a_byte_of_the_other_employers_candidates(world, seed):
    rng = random.Random(seed)
    ops = _ops(world)
    # Every exchange at least once (a random order), then a random tail.
    sequence = list(range(len(ops)))
    rng.shuffle(sequence)
    sequence += [rng.randrange(len(ops)) for _ in range(12)]
    for index in sequence:
        ops[index](rng)
        check_no_leaks(world)
    # And the exchange still works: a final round brings the laptop everything and each
    # employer what the laptop marked for them.
    hotel, garden, laptop = world["hotel"], world["garden"], world["laptop"]
    for _ in range(3):
        for desk in (hotel, garden, laptop):
            desk.exchange.sync(world["folder"])
            for device in desk.exchange.waiting_devices():  # the user trusts it (issue #13)
                desk.exchange.trust_device(device.device_id)
    check_no_leaks(world)
    assert {c.name for c in laptop.trajectories.candidates()} >= set(HOTEL_PEOPLE + GARDEN_PEOPLE)
    assert {c.name for c in hotel.trajectories.candidates()} == set(HOTEL_PEOPLE)
    assert {c.name for c in garden.trajectories.candidates()} == set(GARDEN_PEOPLE)
    laptop_marks_for_hotel = {
        r[0]
        for r in laptop.db.execute(
            "SELECT m.uuid FROM marks m JOIN trajectories t ON t.id = m.trajectory_id "
            "JOIN employers e ON e.id = t.employer_id WHERE e.name = ?",
            [HOTEL],
        )
    }
    hotel_marks = {r[0] for r in hotel.db.execute("SELECT uuid FROM marks")}
    assert laptop_marks_for_hotel == hotel_marks


def test_the_garden_pc_never_opens_the_hotel_stream(world):
    hotel, garden, laptop, folder = (
        world["hotel"],
        world["garden"],
        world["laptop"],
        world["folder"],
    )
    laptop.exchange.import_file(
        hotel.exchange.export(world["tmp"] / "h.praktijk", everything=True).path
    )
    laptop.exchange.sync(folder)
    hotel_id = world["h"][0].id
    assert (folder / "praktijkdesk-sync" / hotel_id / laptop.device_id).is_dir()
    result = garden.exchange.sync(folder)
    assert result.imported == () and result.waiting == ()
    assert {c.name for c in garden.trajectories.candidates()} == set(GARDEN_PEOPLE)
    # Each stream holds only its own employer's candidates.
    for path in (folder / "praktijkdesk-sync").glob("*/*/*.praktijk"):
        from praktijkdesk.bundles import read_bundle

        bundle = read_bundle(path)
        employer = path.parent.parent.name
        assert {t["employer_id"] for t in bundle["trajectories"]} <= {employer}
        assert bundle.scope["employers"] == [] or bundle.scope["employers"][0]["id"] == employer


def test_the_preview_names_the_refused_candidates_and_the_source(world):
    hotel, garden, laptop, tmp = world["hotel"], world["garden"], world["laptop"], world["tmp"]
    laptop.exchange.import_file(hotel.exchange.export(tmp / "h.praktijk", everything=True).path)
    laptop.exchange.import_file(garden.exchange.export(tmp / "g.praktijk", everything=True).path)
    both = laptop.exchange.export(tmp / "alles.praktijk", everything=True).path
    plan = hotel.exchange.preview(both)
    assert plan.source_employers == tuple(sorted([GARDEN, HOTEL]))
    assert {name for name, _ in plan.refused} == set(GARDEN_PEOPLE)
    assert all(employer == GARDEN for _, employer in plan.refused)
    text = "\n".join(plan.lines())
    assert "Zoë Brandsma (Groen & Zo Hoveniers)" in text and "niet ingelezen" in text.lower()
    hotel.exchange.import_file(both)
    assert leaks(hotel, [*GARDEN_PEOPLE, GARDEN_TRAINER, GARDEN]) == []
    # The garden's own file names its employer and candidates in the preview.
    plan = laptop.exchange.preview(
        garden.exchange.export(tmp / "g2.praktijk", everything=True).path
    )
    assert plan.source_employers == (GARDEN,)


def test_a_file_for_the_jobcoach_carries_only_her_clients(world):
    hotel, tmp = world["hotel"], world["tmp"]
    employer = world["h"][0]
    marloes = next(p for p in hotel.people.people() if p.name == "Marloes Bakker")
    result = hotel.exchange.export(
        tmp / "m.praktijk", employer_id=employer.id, jobcoach_id=marloes.id
    )
    from praktijkdesk.bundles import read_bundle

    bundle = read_bundle(result.path)
    names = {c["name"] for c in bundle["candidates"]}
    assert names == set(HOTEL_PEOPLE[:-1])  # the last one is Peter Smit's client
    assert bundle.scope["employers"] == [{"id": employer.id, "name": HOTEL}]


def test_files_per_employer_never_overwrite(world, tmp_path):
    hotel, garden, laptop = world["hotel"], world["garden"], world["laptop"]
    laptop.exchange.import_file(
        hotel.exchange.export(tmp_path / "h.praktijk", everything=True).path
    )
    laptop.exchange.import_file(
        garden.exchange.export(tmp_path / "g.praktijk", everything=True).path
    )
    usb = tmp_path / "USB"
    usb.mkdir()
    first = laptop.exchange.export_per_employer(usb, date="2026-11-28")
    second = laptop.exchange.export_per_employer(usb, date="2026-11-28")
    assert sorted(p.path.name for p in first) == [
        "Groen & Zo Hoveniers 2026-11-28.praktijk",
        "Hotel De Gouden Lepel 2026-11-28.praktijk",
    ]
    assert sorted(p.path.name for p in second) == [
        "Groen & Zo Hoveniers 2026-11-28 (2).praktijk",
        "Hotel De Gouden Lepel 2026-11-28 (2).praktijk",
    ]
    assert len(list(usb.iterdir())) == 4


def test_a_note_stays_when_the_trainer_settles_a_conflict(make_device, shop, tmp_path):
    canteen, trajectory, fatma, marloes = shop
    laptop = make_device("laptop", offset_minutes=1)
    laptop.exchange.import_file(canteen.exchange.export(tmp_path / "a", everything=True).path)
    b = behaviours(canteen, trajectory, 2)
    laptop.marking.record_mark(
        trajectory.id, b[0], MarkStatus.PRACTISING, marloes.id, "Samen geoefend tijdens de lunch."
    )
    canteen.marking.record_mark(trajectory.id, b[0], MarkStatus.MASTERED, fatma.id)
    canteen.exchange.import_file(laptop.exchange.export(tmp_path / "b", everything=True).path)
    assert len(canteen.exchange.conflicts(trajectory.id)) == 1
    settled = canteen.marking.record_mark(trajectory.id, b[0], MarkStatus.MASTERED, fatma.id)
    assert canteen.exchange.conflicts(trajectory.id) == []
    assert settled.note == "Samen geoefend tijdens de lunch."
    # Without a conflict a new mark starts without a note, as before.
    canteen.marking.record_mark(trajectory.id, b[1], MarkStatus.PRACTISING, fatma.id, "Let op.")
    assert (
        canteen.marking.record_mark(trajectory.id, b[1], MarkStatus.MASTERED, fatma.id).note == ""
    )
