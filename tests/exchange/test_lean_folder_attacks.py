"""Attacks on the lean synced folder (issue #18, commits 7c38a2f and 7bf4339): format 3 files,
later files holding only the trajectories and candidates that changed, first files and
snapshots leaving out what another writer in the employer folder made. Each test is a
scenario where that could lose data, keep devices apart, leak across employers or leave a
file waiting forever."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.services.exchange import COMPACT_AT, COMPACTION_GRACE
from praktijkdesk.storage.integrity import integrity_problems

from .conftest import GUIDE, STATUSES, behaviours, own_files, shared_state, write_rounds

pytestmark = pytest.mark.usefixtures("trust_every_device_on_sight")


def count(desk, table, where="1", args=()):
    return desk.db.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", args).fetchone()[0]


def test_a_jobcoach_known_only_from_another_stream_reaches_the_employers_pc(region, make_device):
    canteen, laptop, trajectory, fatma, marloes, folder = region
    guide = laptop.guides.latest(GUIDE).key
    # Laptop A: a second employer with its own jobcoach Ilse; and a mark at the canteen, so
    # A writes in the canteen's stream too (its files there hold no Ilse: nothing refers to her).
    bakery = laptop.people.add_employer("Bakkerij Het Korenaar", "Delft")
    kees = laptop.people.add_person("Kees Jansen", Role.TRAINER, bakery.id)
    ilse = laptop.people.add_person("Ilse de Vries", Role.JOBCOACH)
    laptop.trajectories.add_candidate(
        name="Aïcha Benali",
        birth_date="2001-02-03",
        employer_id=bakery.id,
        trainer_id=kees.id,
        guide_key=guide,
        jobcoach_id=ilse.id,
    )
    laptop.marking.record_mark(
        trajectory.id, behaviours(laptop, trajectory, 1)[0], MarkStatus.PRACTISING, marloes.id
    )
    laptop.exchange.sync(folder)
    # Laptop B, a colleague jobcoach, reads everything, then starts a candidate at the canteen
    # with Ilse as jobcoach: B's first file in the canteen's stream.
    other = make_device("other", offset_minutes=2)
    other.exchange.set_scope("jobcoach")
    other.exchange.sync(folder)
    employer_id = trajectory.employer_id
    _, new = other.trajectories.add_candidate(
        name="Bram de Wit",
        birth_date="2002-05-06",
        employer_id=employer_id,
        trainer_id=fatma.id,
        guide_key=guide,
        jobcoach_id=ilse.id,
    )
    other.exchange.sync(folder)
    # The canteen's PC reads its own employer's stream, round after round.
    for _ in range(3):
        result = canteen.exchange.sync(folder)
    assert count(canteen, "trajectories", "id = ?", [new.id]) == 1, result.waiting
    assert result.waiting == ()


def test_a_deleted_writer_folder_does_not_strand_the_other_writers_snapshot(region, tmp_path):
    canteen, laptop, trajectory, fatma, marloes, folder = region
    write_rounds(laptop, folder, trajectory, marloes.id, COMPACT_AT)
    laptop.clock.advance(COMPACTION_GRACE + dt.timedelta(minutes=5))
    laptop.exchange.sync(folder)  # the covered files are deleted
    # The canteen's PC is replaced; its old device folder is removed from the stream.
    for path in (folder / "praktijkdesk-sync").glob(f"*/{canteen.device_id}"):
        shutil.rmtree(path)
    laptop.exchange.sync(folder)  # the laptop has nothing new; it sees the folder is gone
    late = Desk.open(tmp_path / "late", clock=FixedClock(laptop.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        for _ in range(2):
            result = late.exchange.sync(folder)
            laptop.exchange.sync(folder)
        # The laptop's marks and what they are about: the laptop still holds all of it.
        assert count(late, "trajectories", "id = ?", [trajectory.id]) == 1, result.waiting
        assert count(late, "marks") == count(laptop, "marks", "device_id = ?", [laptop.device_id])
        assert result.waiting == ()
        assert integrity_problems(late.db) == []
    finally:
        late.close()


def test_an_erasure_sticks_and_lean_marks_on_the_erased_trajectory_never_wait(region, tmp_path):
    """The laptop's later files hold marks on the trajectory but not the trajectory; the
    canteen erases the candidate before it read them, then compacts until the trajectory is
    nowhere in the folder. Everyone ends erased, and no file waits for the erased trajectory."""
    canteen, laptop, trajectory, fatma, marloes, folder = region
    b = behaviours(laptop, trajectory, 4)
    for i in range(2):
        laptop.marking.record_mark(trajectory.id, b[i], MarkStatus.PRACTISING, marloes.id)
        laptop.exchange.sync(folder)
    canteen.privacy.erase_candidate(trajectory.candidate_id)
    canteen.exchange.sync(folder)
    # The canteen goes on with another candidate until it compacts and deletes its old files.
    guide = canteen.guides.latest(GUIDE).key
    _, other = canteen.trajectories.add_candidate(
        name="Noor Haddad",
        birth_date="1999-09-09",
        employer_id=trajectory.employer_id,
        trainer_id=fatma.id,
        guide_key=guide,
    )
    write_rounds(canteen, folder, other, fatma.id, COMPACT_AT)
    for desk in (canteen, laptop):  # two days later, on both clocks
        desk.clock.advance(COMPACTION_GRACE + dt.timedelta(minutes=5))
    canteen.exchange.sync(folder)
    assert len(own_files(folder, canteen)) < COMPACT_AT  # the erasure's file is gone too
    late = Desk.open(tmp_path / "late", clock=FixedClock(canteen.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        for _ in range(2):
            results = [d.exchange.sync(folder) for d in (late, laptop, canteen)]
        assert all(r.waiting == () for r in results), [r.waiting for r in results]
        for desk in (late, laptop, canteen):
            assert count(desk, "candidates", "id = ?", [trajectory.candidate_id]) == 0
            assert count(desk, "marks", "trajectory_id = ?", [trajectory.id]) == 0
            assert count(desk, "erasures") == 1
        assert shared_state(late) == shared_state(canteen) == shared_state(laptop)
    finally:
        late.close()


def test_a_trajectory_made_on_the_laptop_changed_on_the_pc_then_compacted_reaches_a_late_joiner(
    region, tmp_path
):
    """The laptop makes a candidate at the canteen, the canteen's PC changes the trajectory
    (its revision is now the PC's), the laptop compacts and deletes its old files: the
    laptop's snapshot leaves the trajectory to the PC's files, the candidate stays the
    laptop's. A device that joins late gets the PC's revision and the laptop's candidate."""
    canteen, laptop, trajectory, fatma, marloes, folder = region
    guide = laptop.guides.latest(GUIDE).key
    cand, made = laptop.trajectories.add_candidate(
        name="Yara El Idrissi",
        birth_date="2003-03-03",
        employer_id=trajectory.employer_id,
        trainer_id=fatma.id,
        guide_key=guide,
        jobcoach_id=marloes.id,
    )
    laptop.exchange.sync(folder)
    canteen.exchange.sync(folder)
    canteen.trajectories.edit(made.id, end_date="2027-06-30")
    canteen.exchange.sync(folder)
    laptop.exchange.sync(folder)
    assert laptop.db.execute(
        "SELECT rev_device, end_date FROM trajectories WHERE id = ?", [made.id]
    ).fetchone() == (canteen.device_id, "2027-06-30")
    write_rounds(laptop, folder, made, marloes.id, COMPACT_AT)
    for desk in (canteen, laptop):  # two days later, on both clocks
        desk.clock.advance(COMPACTION_GRACE + dt.timedelta(minutes=5))
    laptop.exchange.sync(folder)
    assert len(own_files(folder, laptop)) < COMPACT_AT
    late = Desk.open(tmp_path / "late", clock=FixedClock(laptop.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        result = late.exchange.sync(folder)
        assert result.waiting == ()
        assert late.db.execute(
            "SELECT end_date FROM trajectories WHERE id = ?", [made.id]
        ).fetchone() == ("2027-06-30",)
        for desk in (canteen, laptop):
            desk.exchange.sync(folder)
        assert shared_state(late) == shared_state(laptop) == shared_state(canteen)
        assert integrity_problems(late.db) == []
    finally:
        late.close()


def test_both_writers_compacting_a_shared_candidate_still_reach_a_late_joiner(region, tmp_path):
    canteen, laptop, trajectory, fatma, marloes, folder = region
    guides = [s.key for s in laptop.guides.summaries() if s.key != trajectory.guide_key] or [
        trajectory.guide_key
    ]
    second = laptop.trajectories.add_trajectory(
        trajectory.candidate_id,
        employer_id=trajectory.employer_id,
        trainer_id=fatma.id,
        guide_key=guides[0],
        jobcoach_id=marloes.id,
    )
    laptop.exchange.sync(folder)
    canteen.exchange.sync(folder)
    # Both mark both trajectories, round after round, until both compacted.
    for i in range(COMPACT_AT):
        for desk, person in ((canteen, fatma), (laptop, marloes)):
            for t in (trajectory, canteen.trajectories.resolve(second.id)):
                b = behaviours(desk, t, 12)
                desk.marking.record_mark(t.id, b[i % len(b)], STATUSES[i % 3], person.id)
            desk.exchange.sync(folder)
    for desk in (canteen, laptop):
        desk.clock.advance(COMPACTION_GRACE + dt.timedelta(minutes=5))
    for desk in (canteen, laptop):
        desk.exchange.sync(folder)
    for desk in (canteen, laptop):
        assert len(own_files(folder, desk)) < COMPACT_AT  # both compacted and deleted
    late = Desk.open(tmp_path / "late", clock=FixedClock(laptop.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        for _ in range(2):
            result = late.exchange.sync(folder)
            canteen.exchange.sync(folder)
            laptop.exchange.sync(folder)
        assert result.waiting == ()
        assert shared_state(late) == shared_state(laptop) == shared_state(canteen)
    finally:
        late.close()


def test_format_two_files_of_an_older_device_in_the_folder_still_read(
    region, tmp_path, monkeypatch
):
    """An older praktijkdesk in the folder writes format 2 and names no maker of what it
    made (rev_device ""): the laptop reads it, compacts, and a late joiner still gets the
    older device's records from the laptop's snapshot or the older device's files."""
    from praktijkdesk.bundles.format import FORMAT, peek_manifest
    from praktijkdesk.services import exchange as exchange_service

    canteen, laptop, trajectory, fatma, marloes, folder = region
    real = exchange_service.encode_bundle

    def older(records, **kwargs):
        kwargs["one_payload"] = False
        return real(records, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(exchange_service, "encode_bundle", older)
        canteen.db.execute("UPDATE trajectories SET rev_device = ''")
        canteen.db.execute("UPDATE candidates SET rev_device = ''")
        canteen.db.execute("UPDATE people SET rev_device = ''")
        canteen.db.execute("UPDATE employers SET rev_device = ''")
        canteen.db.commit()
        b = behaviours(canteen, trajectory, 3)
        canteen.marking.record_mark(trajectory.id, b[0], MarkStatus.MASTERED, fatma.id)
        [written] = canteen.exchange.sync(folder).written_all
    assert peek_manifest(written.read_bytes())["format"] == FORMAT
    result = laptop.exchange.sync(folder)
    assert result.waiting == () and result.imported
    write_rounds(laptop, folder, trajectory, marloes.id, COMPACT_AT)
    late = Desk.open(tmp_path / "late", clock=FixedClock(laptop.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        assert late.exchange.sync(folder).waiting == ()
        assert shared_state(late) == shared_state(laptop)
    finally:
        late.close()


def test_the_employers_stream_and_pc_never_get_another_employers_candidates(region, tmp_path):
    """Lean later files and snapshots are cut from records already restricted to the stream's
    employer: a candidate of the bakery only, the bakery's trajectory of a shared candidate
    and their marks never reach the canteen's stream or its PC, however they change."""
    from praktijkdesk.bundles import read_bundle

    canteen, laptop, trajectory, fatma, marloes, folder = region
    employer_id = trajectory.employer_id
    canteen.exchange.set_scope("employer", [employer_id])
    guide = laptop.guides.latest(GUIDE).key
    bakery = laptop.people.add_employer("Bakkerij Het Korenaar", "Delft")
    kees = laptop.people.add_person("Kees Jansen", Role.TRAINER, bakery.id)
    secret, only_bakery = laptop.trajectories.add_candidate(
        name="Aïcha Benali",
        birth_date="2001-02-03",
        employer_id=bakery.id,
        trainer_id=kees.id,
        guide_key=guide,
        jobcoach_id=marloes.id,
    )
    shared = laptop.trajectories.add_trajectory(
        trajectory.candidate_id,
        employer_id=bakery.id,
        trainer_id=kees.id,
        guide_key=guide,
        jobcoach_id=marloes.id,
    )
    laptop.exchange.sync(folder)
    for i in range(COMPACT_AT + 2):  # lean files, a snapshot, and more lean files
        for t in (trajectory, only_bakery, shared):
            b = behaviours(laptop, t, 12)
            laptop.marking.record_mark(t.id, b[i % len(b)], STATUSES[i % 3], marloes.id)
        if i == 3:
            laptop.trajectories.edit_candidate(secret.id, name="Aïcha Benali-Smit", birth_date=None)
            laptop.trajectories.edit(shared.id, end_date="2027-01-31")
            laptop.trajectories.edit_candidate(
                trajectory.candidate_id, name="Şükrü Öztürk", birth_date="1991-04-18"
            )
        laptop.exchange.sync(folder)
        canteen.exchange.sync(folder)
    stream = folder / "praktijkdesk-sync" / employer_id
    seen = [read_bundle(p) for p in sorted(stream.glob("*/*.praktijk"))]
    assert seen
    for bundle in seen:
        assert {t["employer_id"] for t in bundle["trajectories"]} <= {employer_id}
        assert secret.id not in {c["id"] for c in bundle["candidates"]}
        assert not {only_bakery.id, shared.id} & {m["trajectory_id"] for m in bundle["marks"]}
    assert count(canteen, "trajectories", "employer_id != ?", [employer_id]) == 0
    assert count(canteen, "candidates", "id = ?", [secret.id]) == 0
    assert count(canteen, "marks", "trajectory_id IN (?, ?)", [only_bakery.id, shared.id]) == 0
    # And the canteen still got everything of its own: the shared candidate's new birth date.
    assert canteen.db.execute(
        "SELECT birth_date FROM candidates WHERE id = ?", [trajectory.candidate_id]
    ).fetchone() == ("1991-04-18",)
    assert count(canteen, "marks", "trajectory_id = ?", [trajectory.id]) == count(
        laptop, "marks", "trajectory_id = ?", [trajectory.id]
    )


@pytest.mark.parametrize("keep_on", ["canteen", "laptop"])
def test_a_candidate_merge_in_lean_files_converges_in_any_arrival_order(region, tmp_path, keep_on):
    """The laptop starts the same person again (a second record, a second trajectory at the
    canteen); the canteen marks that trajectory; the laptop merges the two records, keeping
    one or the other. The merge's file holds only what changed; a device that sees the newest
    files before the older ones (a slow sync client) still ends like everyone else."""
    canteen, laptop, trajectory, fatma, marloes, folder = region
    guide = laptop.guides.latest(GUIDE).key
    twin, twin_t = laptop.trajectories.add_candidate(
        name="Sukru Ozturk",
        birth_date="1991-04-17",
        employer_id=trajectory.employer_id,
        trainer_id=fatma.id,
        guide_key=guide,
        jobcoach_id=marloes.id,
    )
    laptop.exchange.sync(folder)
    canteen.exchange.sync(folder)
    b = behaviours(canteen, twin_t, 3)
    canteen.marking.record_mark(twin_t.id, b[0], MarkStatus.PRACTISING, fatma.id)
    canteen.exchange.sync(folder)
    keep, drop = (
        (trajectory.candidate_id, twin.id)
        if keep_on == "canteen"
        else (twin.id, trajectory.candidate_id)
    )
    laptop.exchange.merge_candidates(keep, drop)
    laptop.marking.record_mark(trajectory.id, b[1], MarkStatus.MASTERED, marloes.id)
    laptop.exchange.sync(folder)
    canteen.exchange.sync(folder)
    laptop.exchange.sync(folder)
    # A new device first sees only each device's newest file, then the rest.
    view = tmp_path / "slow"
    shutil.copytree(folder, view)
    for desk in (canteen, laptop):
        for path in sorted((view / "praktijkdesk-sync").glob(f"*/{desk.device_id}/*.praktijk"))[
            :-1
        ]:
            path.unlink()
    late = Desk.open(tmp_path / "late", clock=FixedClock(laptop.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        late.exchange.sync(view)
        shutil.rmtree(view)
        shutil.copytree(folder, view)
        result = late.exchange.sync(view)
        assert result.waiting == ()
        assert count(canteen, "candidates", "id = ?", [drop]) == 0
        assert shared_state(late) == shared_state(laptop) == shared_state(canteen)
        assert integrity_problems(late.db) == []
    finally:
        late.close()


def test_a_person_merge_cycle_in_lean_files_and_snapshots_settles_for_a_late_joiner(
    region, tmp_path
):
    """The laptop makes its own "Marloes Bakker"; both devices mark with their own record;
    each merges the other's into its own without seeing the other's merge; the laptop
    compacts. Everyone, a late joiner included, ends with the same one person."""
    canteen, laptop, trajectory, fatma, marloes, folder = region
    mine = laptop.people.add_person("Marloes Bakker", Role.JOBCOACH)
    b = behaviours(laptop, trajectory, 4)
    laptop.marking.record_mark(trajectory.id, b[0], MarkStatus.PRACTISING, mine.id)
    laptop.exchange.sync(folder)
    canteen.exchange.sync(folder)
    canteen.exchange.merge_people(marloes.id, mine.id)
    laptop.exchange.merge_people(mine.id, marloes.id)
    canteen.exchange.sync(folder)
    write_rounds(laptop, folder, trajectory, mine.id, COMPACT_AT, start=1)
    for _ in range(2):
        for desk in (canteen, laptop):
            desk.exchange.sync(folder)
    late = Desk.open(tmp_path / "late", clock=FixedClock(laptop.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        assert late.exchange.sync(folder).waiting == ()
        assert shared_state(late) == shared_state(laptop) == shared_state(canteen)
        assert integrity_problems(late.db) == []
    finally:
        late.close()
