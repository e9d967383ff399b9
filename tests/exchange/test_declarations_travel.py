"""Issued declarations travel whole (snapshot, PDF bytes, signatures); withdrawal travels."""

from __future__ import annotations

from tests.services.declaration_data import master, signature_strokes

from .conftest import GUIDE


def test_an_issued_declaration_arrives_byte_identical_and_its_withdrawal_follows(
    tmp_path, make_device, shop
):
    canteen, trajectory, fatma, marloes = shop
    laptop = make_device("laptop", offset_minutes=1)
    master(canteen, trajectory, fatma, ["B1-K1-W1"])
    issued = canteen.declarations.issue(trajectory.id, fatma.id, ["B1-K1-W1"], "Den Haag")
    canteen.declarations.sign(issued.id, "trainer", None, signature_strokes())
    original = canteen.declarations.reprint(issued.id)

    plan = laptop.exchange.import_file(
        canteen.exchange.export(tmp_path / "a", trajectory_id=trajectory.id).path
    )
    assert plan.new_declarations == 1 and plan.added["signatures"] == 1
    arrived = laptop.declarations.get(issued.id)
    assert arrived.number == issued.number and arrived.signed
    assert laptop.declarations.reprint(issued.id) == original

    laptop.declarations.withdraw(issued.id, fatma.id, "Verkeerde werkprocessen gekozen.")
    again = canteen.exchange.import_file(laptop.exchange.export(tmp_path / "b", everything=True).path)
    assert again.changed == {"declarations": 1}
    assert canteen.declarations.get(issued.id).withdrawn


def test_a_declaration_number_taken_here_is_not_imported_but_said(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    laptop = make_device("laptop", offset_minutes=1)
    laptop.exchange.import_file(canteen.exchange.export(tmp_path / "a", everything=True).path)
    _, other = laptop.trajectories.add_candidate(
        name="Dragoș Popescu", employer_id=trajectory.employer_id, trainer_id=fatma.id,
        guide_key=laptop.guides.latest(GUIDE).key,
    )
    master(canteen, trajectory, fatma, ["B1-K1-W1"])
    master(laptop, other, fatma, ["B1-K1-W1"])
    mine = canteen.declarations.issue(trajectory.id, fatma.id, ["B1-K1-W1"])
    theirs = laptop.declarations.issue(other.id, fatma.id, ["B1-K1-W1"])
    assert mine.number == theirs.number  # numbers are counted per device

    plan = canteen.exchange.import_file(laptop.exchange.export(tmp_path / "b", everything=True).path)
    assert plan.added.get("declarations", 0) == 0
    assert any(theirs.number in w for w in plan.warnings)
    assert canteen.declarations.get(mine.id).trajectory_id == trajectory.id
    assert plan.added["marks"] > 0  # the rest of the file is still imported
