"""Each attack from issue #13, as a crafted bundle (tests/exchange/forge.py) against a real
device. The bundles pass every structural check (their checksums are right); what stops
them is the one set of rules for local and imported events. A refusal changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from praktijkdesk.bundles import InvalidBundle
from praktijkdesk.domain.people import Role
from praktijkdesk.storage.integrity import integrity_problems
from tests.services.declaration_data import master, school_guide_key, signature_strokes

from .conftest import behaviours, whole_state
from .forge import FAR_FUTURE, forge, stamp_at


def issued(desk, trajectory, trainer, *, signed: bool = False):
    """A trajectory at the shop's employer with its first work process concluded and a
    declaration issued. It follows the school's own guide: the bundled guides are examples
    since #14 and never issue a declaration."""
    _, trajectory = desk.trajectories.add_candidate(
        name="Dragoș Popescu",
        employer_id=trajectory.employer_id,
        trainer_id=trainer.id,
        guide_key=school_guide_key(desk),
    )
    master(desk, trajectory, trainer, [trajectory.work_processes[0]])
    declaration = desk.declarations.issue(trajectory.id, trainer.id)
    if signed:
        desk.declarations.sign(declaration.id, "trainer", None, signature_strokes())
    return declaration


@pytest.fixture
def world(tmp_path, make_device, shop):
    """The canteen PC (victim) with a trajectory, a mark and a conclusion; an export of it
    that the forger starts from."""
    canteen, trajectory, fatma, marloes = shop
    b = behaviours(canteen, trajectory, 3)
    canteen.marking.record_mark(trajectory.id, b[0], "mastered", fatma.id)
    export = canteen.exchange.export(tmp_path / "real.praktijk", everything=True).path
    return canteen, trajectory, fatma, marloes, b, export


def refused(desk, path, *words) -> str:
    before = whole_state(desk)
    with pytest.raises(InvalidBundle) as info:
        desk.exchange.preview(path)
    with pytest.raises(InvalidBundle):
        desk.exchange.import_file(path)
    assert whole_state(desk) == before, "a refused bundle changed something"
    for word in words:
        assert word in info.value.message, info.value.message
    assert "Er is niets ingelezen" in info.value.message
    return info.value.message


def new_mark(records, like: dict, **changes) -> dict:
    row = {**like, "uuid": f"forged-{len(records['marks'])}", "parents": [], **changes}
    records["marks"].append(row)
    return row


def other_device(records, device="f0rged-device"):
    for kind in ("marks", "conclusions"):
        for row in records[kind]:
            row["device_id"] = device


# --- order that survives wrong clocks ------------------------------------------------------
def test_a_mark_in_year_9999_is_refused_and_the_clock_is_named(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world

    def attack(r):
        other_device(r)
        new_mark(
            r,
            r["marks"][0],
            behaviour_id=b[1],
            at=FAR_FUTURE,
            hlc=stamp_at(FAR_FUTURE),
            device_id="f0rged-device",
        )

    message = refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "klok", "24 uur")
    assert "voor" in message and "achter" in message


def test_a_conclusion_from_a_year_ahead_cannot_overrule_a_later_revoke(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world
    code = trajectory.work_processes[0]
    year_ahead = (dt.datetime(2027, 3, 2, 9, 0, tzinfo=dt.timezone.utc)).isoformat(
        timespec="microseconds"
    )

    def attack(r):
        r["conclusions"].append(
            {
                "uuid": "forged-conclusion",
                "trajectory_id": trajectory.id,
                "work_process_code": code,
                "value": "revoked",
                "person_id": fatma.id,
                "at": year_ahead,
                "device_id": "f0rged",
                "reason": "",
                "undoes_uuid": None,
                "hlc": stamp_at(year_ahead),
            }
        )

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "klok")


def test_an_event_within_the_margin_moves_the_clock_so_the_next_local_action_wins(
    tmp_path, make_device, shop
):
    """A laptop 20 h ahead concludes; the canteen's trainer revokes afterwards: the revoke
    is the current state on both, and a declaration can no longer be issued for it."""
    canteen, trajectory, fatma, _ = shop
    code = trajectory.work_processes[0]
    setup = canteen.exchange.export(tmp_path / "setup.praktijk", trajectory_id=trajectory.id).path
    laptop = make_device("laptop", offset_minutes=20 * 60)
    laptop.exchange.import_file(setup)
    laptop.marking.conclude(
        trajectory.id, code, fatma.id, "Laat zien dat het goed gaat op de vloer."
    )
    canteen.exchange.import_file(
        laptop.exchange.export(tmp_path / "l.praktijk", everything=True).path
    )
    assert code in canteen.trajectories.mastered_conclusions(trajectory.id)

    revoke = canteen.marking.revoke_conclusion(trajectory.id, code, fatma.id, "Toch nog niet.")
    assert code not in canteen.trajectories.mastered_conclusions(trajectory.id)
    laptop.exchange.import_file(
        canteen.exchange.export(tmp_path / "c.praktijk", everything=True).path
    )
    assert code not in laptop.trajectories.mastered_conclusions(trajectory.id)
    assert revoke.uuid  # the revoke is what both show


def test_a_day_ahead_clock_put_right_does_not_hide_the_next_mark(make_device, shop):
    """The issue's first finding: a mark made while the clock ran a day ahead, then the clock
    is put right; the trainer's next mark on the same behaviour is what the checklist shows."""
    desk, trajectory, fatma, _ = shop
    b = behaviours(desk, trajectory, 1)[0]
    desk.clock.advance(dt.timedelta(days=1))
    desk.marking.record_mark(trajectory.id, b, "mastered", fatma.id)
    desk.clock.advance(dt.timedelta(days=-1))
    assert desk.exchange.clock_warning() is None or "1 dag achter" in desk.exchange.clock_warning()
    assert "De klok van deze computer loopt 1 dag achter" in desk.exchange.clock_warning()
    desk.marking.record_mark(trajectory.id, b, "not_yet", fatma.id)
    item = next(i for i in desk.marking.checklist(trajectory.id).items if i.behaviour.id == b)
    assert item.mark.status.value == "not_yet"
    assert integrity_problems(desk.db) == []
    undone = desk.marking.undo_last(fatma.id)  # Ctrl+Z takes back the newest, not the "future" one
    assert undone is not None
    item = next(i for i in desk.marking.checklist(trajectory.id).items if i.behaviour.id == b)
    assert item.mark.status.value == "mastered"


# --- a signature can never be replaced ------------------------------------------------------
def test_a_later_signature_does_not_replace_the_trainers_and_year_9999_is_refused(
    tmp_path, make_device, shop
):
    canteen, trajectory, fatma, _ = shop
    declaration = issued(canteen, trajectory, fatma, signed=True)
    export = canteen.exchange.export(tmp_path / "d.praktijk", everything=True).path
    original = [
        (s.role, s.name, s.signed_at) for s in canteen.declarations.get(declaration.id).signatures
    ]
    assert original

    def later(moment):
        def attack(r):
            signature = dict(r["signatures"][0])
            signature.update(id="forged-signature", name="Iemand Anders", signed_at=moment)
            r["signatures"].append(signature)

        return attack

    soon = (canteen.clock.now_utc() + dt.timedelta(hours=2)).isoformat()
    plan = canteen.exchange.import_file(forge(export, tmp_path / "s1.praktijk", later(soon)))
    assert any("al ondertekend" in w for w in plan.warnings)
    assert [
        (s.role, s.name, s.signed_at) for s in canteen.declarations.get(declaration.id).signatures
    ] == original
    refused(canteen, forge(export, tmp_path / "s2.praktijk", later(FAR_FUTURE)), "klok")


# --- behaviours and work processes of the guide, chosen ----------------------------------
def test_a_mark_for_a_behaviour_not_in_the_guide_is_refused(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world
    refused(
        canteen,
        forge(
            export,
            tmp_path / "x.praktijk",
            lambda r: new_mark(r, r["marks"][0], behaviour_id="B9-K9-W9-G9", device_id="f0rged"),
        ),
        "niet in het begeleidingsdocument",
    )


def test_a_conclusion_for_a_work_process_not_chosen_is_refused(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    guide = canteen.guides.get(trajectory.guide_key)
    canteen.trajectories.edit(trajectory.id, work_processes=[trajectory.work_processes[0]])
    other = next(
        wp.code for wp in guide.work_processes() if wp.code != trajectory.work_processes[0]
    )
    export = canteen.exchange.export(tmp_path / "real.praktijk", everything=True).path

    def attack(r):
        r["conclusions"].append(
            {
                "uuid": "forged-conclusion",
                "trajectory_id": trajectory.id,
                "work_process_code": other,
                "value": "mastered",
                "person_id": fatma.id,
                "at": r["trajectories"][0]["created_at"],
                "device_id": "f0rged",
                "reason": "",
                "undoes_uuid": None,
                "hlc": stamp_at(r["trajectories"][0]["created_at"]),
            }
        )

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "niet gekozen")


def test_chosen_work_processes_outside_the_guide_are_refused(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world

    def attack(r):
        t = r["trajectories"][0]
        t.update(
            work_processes=[*t["work_processes"], "X9-K9-W9"], rev=t["rev"] + 1, rev_device="f0rged"
        )

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "werkprocessen die niet in")


# --- who may judge ---------------------------------------------------------------------------
def test_a_jobcoach_cannot_conclude_through_a_bundle_nor_here(tmp_path, world):
    canteen, trajectory, fatma, marloes, b, export = world
    code = trajectory.work_processes[0]

    def attack(r):
        r["conclusions"].append(
            {
                "uuid": "forged-conclusion",
                "trajectory_id": trajectory.id,
                "work_process_code": code,
                "value": "mastered",
                "person_id": marloes.id,
                "at": r["marks"][0]["at"],
                "device_id": "f0rged",
                "reason": "",
                "undoes_uuid": None,
                "hlc": r["marks"][0]["hlc"],
            }
        )

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "praktijkopleider")
    with pytest.raises(Exception, match="praktijkopleider"):
        canteen.marking.conclude(trajectory.id, code, marloes.id, "Kan het echt al heel goed.")


def test_a_trainer_of_another_employer_cannot_conclude(tmp_path, world):
    canteen, trajectory, fatma, marloes, b, export = world
    other = canteen.people.add_employer("Ander Bedrijf", "Delft")
    stranger = canteen.people.add_person("Piet Vreemd", Role.TRAINER, other.id)
    with pytest.raises(Exception, match="praktijkopleider van het leerbedrijf"):
        canteen.marking.conclude(
            trajectory.id, trajectory.work_processes[0], stranger.id, "Kan het echt al heel goed."
        )


def test_a_declaration_issued_or_withdrawn_by_a_jobcoach_is_refused(tmp_path, make_device, shop):
    canteen, trajectory, fatma, jobcoach = shop
    declaration = issued(canteen, trajectory, fatma)
    export = canteen.exchange.export(tmp_path / "d.praktijk", everything=True).path

    def withdraw(r):
        r["declarations"][0].update(
            withdrawn_at=r["declarations"][0]["issued_at"],
            withdrawn_by=jobcoach.id,
            withdrawn_reason="Zomaar.",
        )

    refused(canteen, forge(export, tmp_path / "w.praktijk", withdraw), "ingetrokken door iemand")
    assert not canteen.declarations.get(declaration.id).withdrawn

    fresh = make_device("fresh")

    def issued_by_jobcoach(r):
        r["declarations"][0]["issued_by"] = jobcoach.id

    refused(
        fresh, forge(export, tmp_path / "i.praktijk", issued_by_jobcoach), "niet uitgegeven door"
    )


def test_an_issued_declaration_cannot_be_changed(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    issued(canteen, trajectory, fatma)
    export = canteen.exchange.export(tmp_path / "d.praktijk", everything=True).path

    def renumber(r):
        r["declarations"][0]["issued_at"] = r["declarations"][0]["issued_at"].replace(
            "2026", "2025"
        )

    refused(canteen, forge(export, tmp_path / "x.praktijk", renumber), "verandert nooit")


# --- what a trajectory and a person are never change through an import ----------------------
def test_a_trajectory_cannot_move_to_another_candidate(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world
    other, _ = canteen.trajectories.add_candidate(
        name="Ander Persoon",
        employer_id=trajectory.employer_id,
        trainer_id=fatma.id,
        guide_key=trajectory.guide_key,
    )
    export = canteen.exchange.export(tmp_path / "real2.praktijk", everything=True).path

    def attack(r):
        t = next(t for t in r["trajectories"] if t["id"] == trajectory.id)
        t.update(candidate_id=other.id, rev=t["rev"] + 5, rev_device="f0rged")

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "andere kandidaat")


def test_a_trainer_cannot_be_made_a_jobcoach(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world

    def attack(r):
        p = next(p for p in r["people"] if p["id"] == fatma.id)
        p.update(
            name="Fatma Anders",
            role="jobcoach",
            employer_id=None,
            rev=p["rev"] + 1,
            rev_device="f0rged",
        )

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "andere rol")
    assert canteen.people.person(fatma.id).role is Role.TRAINER


def test_a_candidate_cannot_be_merged_away_into_someone_else(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world
    other, _ = canteen.trajectories.add_candidate(
        name="Ander Persoon",
        employer_id=trajectory.employer_id,
        trainer_id=fatma.id,
        guide_key=trajectory.guide_key,
    )
    export = canteen.exchange.export(tmp_path / "real2.praktijk", everything=True).path
    victim = canteen.trajectories.candidate(trajectory.candidate_id)

    def attack(r):
        r["candidate_merges"].append(
            {
                "drop_id": victim.id,
                "keep_id": other.id,
                "name": victim.name,
                "birth_date": victim.birth_date,
                "merged_at": r["candidates"][0]["created_at"],
                "device_id": "f0rged",
            }
        )

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "samenvoeging")
    assert canteen.trajectories.candidate(victim.id)


# --- this device's id, undo, names, bounds ----------------------------------------------------
def test_a_bundle_cannot_use_this_devices_id_to_take_over_ctrl_z(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world

    def attack(r):
        new_mark(
            r,
            r["marks"][0],
            behaviour_id=b[2],
            status="not_yet",
            at=r["marks"][0]["at"],
            hlc=stamp_at(r["marks"][0]["at"], 5),
        )

    refused(
        canteen, forge(export, tmp_path / "x.praktijk", attack), "apparaatnummer van deze computer"
    )
    undone = canteen.marking.undo_last(fatma.id)
    assert undone.target == b[0]


def test_an_undo_aimed_at_another_trajectorys_mark_is_refused(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world
    _, second = canteen.trajectories.add_candidate(
        name="Ander Persoon",
        employer_id=trajectory.employer_id,
        trainer_id=fatma.id,
        guide_key=trajectory.guide_key,
    )
    canteen.marking.record_mark(second.id, b[0], "practising", fatma.id)
    target = canteen.marking.history(second.id, b[0])[-1]
    export = canteen.exchange.export(tmp_path / "real2.praktijk", everything=True).path

    def attack(r):
        like = next(m for m in r["marks"] if m["trajectory_id"] == trajectory.id)
        new_mark(
            r,
            like,
            status=None,
            undoes_uuid=target.uuid,
            device_id=target.device_id,
            hlc=stamp_at(like["at"], 9),
        )

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "ongedaan")
    assert integrity_problems(canteen.db) == []


def test_an_undo_of_a_mark_made_on_another_device_is_refused(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world

    def attack(r):
        like = r["marks"][0]
        new_mark(
            r,
            like,
            status=None,
            undoes_uuid=like["uuid"],
            device_id="f0rged",
            hlc=stamp_at(like["at"], 9),
        )

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "ander apparaat")


@pytest.mark.parametrize("name", ["Fatma\u202eYılmaz", "Fatma \u2066Yılmaz\u2069"])
def test_names_with_direction_overrides_are_refused(tmp_path, world, name):
    canteen, trajectory, fatma, _, b, export = world

    def attack(r):
        p = next(p for p in r["people"] if p["id"] == fatma.id)
        p.update(name=name, rev=p["rev"] + 1, rev_device="f0rged")

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "leesrichting")


def test_a_name_with_a_newline_is_refused(tmp_path, world):
    canteen, trajectory, fatma, _, b, export = world

    def attack(r):
        r["candidates"][0]["name"] = "Şükrü\nÖztürk"

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack))


@pytest.mark.parametrize("rev", [2**62 - 1, 10**9 + 1])
def test_a_revision_near_overflow_is_refused(tmp_path, world, rev):
    canteen, trajectory, fatma, _, b, export = world

    def attack(r):
        r["candidates"][0].update(name="Şükrü Öztürk-Anders", rev=rev, rev_device="f0rged")

    refused(canteen, forge(export, tmp_path / "x.praktijk", attack), "rev")
    canteen.trajectories.edit_candidate(
        trajectory.candidate_id, name="Şükrü Öztürk", birth_date=None
    )
    again = canteen.exchange.export(tmp_path / "later.praktijk", everything=True).path
    assert canteen.exchange.preview(again).nothing_new  # later exports still read everywhere
