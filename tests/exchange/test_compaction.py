"""Compaction of the synced folder (issue #18): a device replaces its own old files in a stream
by one snapshot, deletes them only after a grace period, and every reader converges — one that
read the old files skips the snapshot cheaply, one that joins late reads the snapshot, one that
sees a half-deleted set of old files still ends with everything."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from praktijkdesk.bundles.format import peek_manifest
from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.services import exchange as exchange_service
from praktijkdesk.services.exchange import COMPACT_AT, COMPACTION_GRACE
from praktijkdesk.storage.integrity import integrity_problems

from .conftest import (
    STATUSES,
    behaviours,
    numbers,
    own_files,
    shared_state,
    snapshots,
    write_rounds,
)

# The folder's own behaviour; trusting a new device is tested in test_pairing.py.
pytestmark = pytest.mark.usefixtures("trust_every_device_on_sight")


def test_a_snapshot_replaces_old_files_only_after_the_grace_period(region):
    canteen, laptop, trajectory, fatma, marloes, folder = region
    laptop_files = [p.read_bytes() for p in own_files(folder, laptop)]
    write_rounds(canteen, folder, trajectory, fatma.id, COMPACT_AT)
    mine = numbers(folder, canteen)
    assert len(mine) == COMPACT_AT + 2  # the first file, COMPACT_AT rounds, one snapshot
    [snapshot] = snapshots(folder, canteen)
    newer = [p for p in own_files(folder, canteen) if int(p.stem) > int(snapshot.stem)]
    # Within the grace period nothing is deleted, however many rounds run.
    canteen.clock.advance(COMPACTION_GRACE - dt.timedelta(minutes=5))
    canteen.exchange.sync(folder)
    assert numbers(folder, canteen) == mine
    canteen.clock.advance(dt.timedelta(minutes=10))
    canteen.exchange.sync(folder)
    assert own_files(folder, canteen) == [snapshot, *newer]
    # Another device's files are never touched.
    assert [p.read_bytes() for p in own_files(folder, laptop)] == laptop_files
    # A device that never saw the old files gets everything from the snapshot.
    late = Desk.open(folder.parent / "late", clock=FixedClock(canteen.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        late.exchange.sync(folder)
        canteen.exchange.sync(folder)
        assert shared_state(late) == shared_state(canteen)
        assert integrity_problems(late.db) == []
    finally:
        late.close()


def test_a_device_that_read_the_old_files_skips_the_snapshot_without_reading_it(
    region, monkeypatch
):
    canteen, laptop, trajectory, fatma, marloes, folder = region
    write_rounds(canteen, folder, trajectory, fatma.id, COMPACT_AT - 2)
    laptop.exchange.sync(folder)  # read every old file
    write_rounds(canteen, folder, trajectory, fatma.id, 1, start=COMPACT_AT)  # + the snapshot
    [snapshot] = snapshots(folder, canteen)
    assert snapshot == own_files(folder, canteen)[-1]
    real = exchange_service.read_bundle_bytes
    parsed = []

    def counting(data, name, *args, **kwargs):
        parsed.append(name)
        return real(data, name, *args, **kwargs)

    monkeypatch.setattr(exchange_service, "read_bundle_bytes", counting)
    result = laptop.exchange.sync(folder)
    assert snapshot.name not in parsed and len(parsed) == 1  # only the one new file is read
    assert result.waiting == ()
    assert (canteen.device_id, int(snapshot.stem)) in laptop.exchange.sync_files_done()
    assert laptop.exchange.sync(folder).imported == ()
    canteen.exchange.sync(folder)
    assert shared_state(laptop) == shared_state(canteen)


def test_a_half_deleted_set_of_old_files_and_the_snapshot_converge(region, tmp_path):
    canteen, laptop, trajectory, fatma, marloes, folder = region
    # The laptop marks too, so the snapshot must leave out its events (it writes them itself).
    laptop.marking.record_mark(
        trajectory.id, behaviours(laptop, trajectory, 20)[-1], MarkStatus.MASTERED, marloes.id
    )
    laptop.exchange.sync(folder)
    canteen.exchange.sync(folder)
    write_rounds(canteen, folder, trajectory, fatma.id, COMPACT_AT)
    files = own_files(folder, canteen)
    # What a slow sync client shows a new device: the snapshot, some old files, some gone.
    view = tmp_path / "half"
    shutil.copytree(folder, view)
    view_files = sorted((view / "praktijkdesk-sync").glob(f"*/{canteen.device_id}/*.praktijk"))
    for path in view_files[1:-1:2]:
        path.unlink()
    late = Desk.open(tmp_path / "late", clock=FixedClock(canteen.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        result = late.exchange.sync(view)
        assert result.waiting == ()
        from_canteen = [p.source for p in result.imported if p.device_id == canteen.device_id]
        # The snapshot is read first; the old files it covers are not read at all.
        [snapshot] = snapshots(folder, canteen)
        newer = [p.name for p in files if int(p.stem) > int(snapshot.stem)]
        assert sorted(from_canteen) == sorted(
            f"{canteen.device_id[:8]}/{name}" for name in [snapshot.name, *newer]
        )
        canteen.exchange.sync(folder)
        laptop.exchange.sync(folder)
        assert shared_state(late) == shared_state(canteen) == shared_state(laptop)
    finally:
        late.close()


def test_a_snapshot_carries_the_clock_high_water_mark(region, tmp_path):
    canteen, laptop, trajectory, fatma, marloes, folder = region
    write_rounds(canteen, folder, trajectory, fatma.id, COMPACT_AT)
    from praktijkdesk.bundles import read_bundle

    [path] = snapshots(folder, canteen)
    snapshot = read_bundle(path)
    assert snapshot.scope["snapshot"]["hlc"] <= canteen.setting("hlc")
    assert snapshot.scope["snapshot"]["hlc"] >= max(r["hlc"] for r in snapshot["marks"])
    assert snapshot.scope["snapshot"]["covers"] == [
        n for n in numbers(folder, canteen) if n < int(path.stem)
    ]
    assert snapshot.manifest.get("signature")  # signed like every sync file


# --- the convergence property -------------------------------------------------------------
mark_step = st.tuples(
    st.just("mark"), st.integers(0, 1), st.integers(0, 5), st.sampled_from(STATUSES)
)
step = st.one_of(
    mark_step,
    mark_step,
    st.tuples(st.just("round"), st.integers(0, 1)),
    st.tuples(st.just("wait"), st.sampled_from([1, 30, 60])),  # hours
    st.tuples(st.just("deliver"), st.integers(0, 10**6)),  # the sync engine moves one change
    st.tuples(
        st.just("read"),
    ),  # the late device runs a round on what it has so far
)


compacted: list[int] = []  # per example: snapshots in the folder at the end (see the last test)


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(step, min_size=5, max_size=36), late_from=st.integers(0, 35))
def test_any_delivery_order_of_files_snapshots_and_deletions_converges(
    tmp_path_factory, shop, monkeypatch, steps, late_from
):
    """Two writers (canteen PC, laptop) work on the real folder; a third device sees it
    through a slow sync engine that delivers each change (a new file, a deletion) in any
    order, and joins at a random moment. Once everything is delivered, all three agree.
    A snapshot every 3 files, so that a short run compacts several times."""
    compact_at = 3
    monkeypatch.setattr(exchange_service, "COMPACT_AT", compact_at)
    source, trajectory, fatma, _ = shop
    run = tmp_path_factory.mktemp("run")
    folder, view = run / "folder", run / "view"
    folder.mkdir()
    view.mkdir()
    setup = source.exchange.export(run / "setup.praktijk", trajectory_id=trajectory.id).path
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
    writers = []
    for i in range(2):
        desk = Desk.open(run / f"w{i}", clock=FixedClock(start, dt.timedelta(seconds=1)))
        desk.exchange.import_file(setup)
        writers.append(desk)
    writers[1].exchange.set_scope("jobcoach")
    late = Desk.open(run / "late", clock=FixedClock(start, dt.timedelta(seconds=1)))
    late.exchange.set_scope("jobcoach")
    b = behaviours(source, trajectory, 6)
    known: dict[str, bytes | None] = {}  # relative path → content delivered to the view
    pending: list[str] = []  # relative paths whose change the engine has not delivered yet

    def note_changes() -> None:
        now = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*.praktijk")}
        for name in set(now) | set(known):
            if known.get(name) != now.get(name) and name not in pending:
                pending.append(name)
                known[name] = known.get(name)

    def deliver(index: int) -> None:
        name = pending.pop(index % len(pending))
        target = view / name
        source_file = folder / name
        if source_file.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source_file.read_bytes())
            known[name] = source_file.read_bytes()
        else:
            target.unlink(missing_ok=True)
            known[name] = None

    def wait(hours: int) -> None:
        for desk in (*writers, late):
            desk.clock.advance(dt.timedelta(hours=hours))

    # Each writer starts with enough rounds for a snapshot; then the drawn steps.
    opening = [("mark", w, i % 6, STATUSES[i % 3]) for w in (0, 1) for i in range(compact_at + 1)]
    try:
        for n, s in enumerate([*opening, *steps]):
            if s[0] == "mark":
                person = fatma.id
                writers[s[1]].marking.record_mark(trajectory.id, b[s[2]], s[3], person)
                writers[s[1]].exchange.sync(folder)
            elif s[0] == "round":
                writers[s[1]].exchange.sync(folder)
            elif s[0] == "wait":
                wait(s[1])
            elif s[0] == "deliver" and pending:
                deliver(s[1])
            elif s[0] == "read" and n >= late_from + len(opening):
                late.exchange.sync(view)
            note_changes()
        # Enough time for every grace period, rounds, then the engine delivers the rest.
        wait(int(COMPACTION_GRACE.total_seconds() // 3600) + 1)
        for _ in range(2):
            for desk in writers:
                desk.exchange.sync(folder)
        note_changes()
        while pending:
            deliver(0)
        late.exchange.sync(view)
        for desk in writers:
            desk.exchange.sync(folder)
        for desk in writers:
            desk.exchange.sync(folder)
        states = [shared_state(d) for d in (*writers, late)]
        assert states[0] == states[1] == states[2]
        assert integrity_problems(late.db) == []
        compacted.append(sum(len(snapshots(folder, d)) for d in writers))
        for desk in writers:  # bounded: the old files went once their snapshot was there
            # (at most a snapshot and the files it covers, if it was made in the last round)
            assert len(list(folder.rglob(f"*/{desk.device_id}/*.praktijk"))) <= compact_at + 1
    finally:
        for desk in (*writers, late):
            desk.close()
        shutil.rmtree(run, ignore_errors=True)


def test_the_property_did_compact():
    """The property above is only worth something if its runs compacted."""
    if not compacted:
        pytest.skip("run together with the property test")
    assert all(compacted)


def test_a_forged_snapshot_does_not_make_unread_files_count_as_read(region):
    """A file that lies: it sits in the canteen's folder, names the canteen, says it replaces
    files 2 and 3 (and one that is gone, so it is read first) and holds nothing new, but is
    signed by another key. Files 2 and 3 (not read yet) are still read."""
    from praktijkdesk.bundles import signing
    from praktijkdesk.bundles.format import encode_bundle, write_bundle

    canteen, laptop, trajectory, fatma, marloes, folder = region
    laptop.exchange.sync(folder)
    b = behaviours(canteen, trajectory, 3)
    made = []
    for i in range(2):
        made.append(canteen.marking.record_mark(trajectory.id, b[i], MarkStatus.MASTERED, fatma.id))
        canteen.exchange.sync(folder)
    first = own_files(folder, canteen)[0]
    from praktijkdesk.bundles import read_bundle

    genuine = read_bundle(first)
    covers = numbers(folder, canteen)
    number = max(covers) + 2
    lie = first.parent / f"{number:06d}.praktijk"
    write_bundle(
        lie,
        encode_bundle(
            genuine.records,
            device_id=canteen.device_id,
            created_at=genuine.created_at,
            app_version="0.1.0",
            private_key=signing.new_private_key(),
            scope={"kind": "sync", "number": number, "snapshot": {"covers": [*covers, number - 1]}},
        ),
    )
    laptop.exchange.sync(folder)
    history = {m.uuid for i in range(2) for m in laptop.marking.history(trajectory.id, b[i])}
    assert {m.uuid for m in made} <= history


def test_a_clock_that_ran_ahead_when_the_snapshot_was_made_only_delays_the_deletion(region):
    canteen, laptop, trajectory, fatma, marloes, folder = region
    canteen.clock.advance(dt.timedelta(days=1))  # the PC's clock runs a day ahead ...
    write_rounds(canteen, folder, trajectory, fatma.id, COMPACT_AT)
    before = numbers(folder, canteen)
    canteen.clock.advance(-dt.timedelta(days=1))  # ... and is put right
    canteen.clock.advance(COMPACTION_GRACE)
    canteen.exchange.sync(folder)
    assert numbers(folder, canteen) == before  # by its clock the grace has not passed yet
    canteen.clock.advance(dt.timedelta(days=1, minutes=1))
    canteen.exchange.sync(folder)
    assert len(numbers(folder, canteen)) < len(before)
    laptop.exchange.sync(folder)
    canteen.exchange.sync(folder)
    assert shared_state(laptop) == shared_state(canteen)


def test_the_folders_files_are_format_three_and_a_carried_bundle_format_two(region, tmp_path):
    """Format 3 (one payload file) where files are many and small; a bundle a person carries
    stays format 2, so a colleague with an older praktijkdesk still reads it."""
    from praktijkdesk.bundles.format import FORMAT, FORMAT_V3

    canteen, laptop, trajectory, fatma, _, folder = region
    write_rounds(canteen, folder, trajectory, fatma.id, COMPACT_AT)
    formats = {peek_manifest(p.read_bytes())["format"] for p in own_files(folder, canteen)}
    assert formats == {FORMAT_V3} and snapshots(folder, canteen)
    carried = tmp_path / "voor-de-school.praktijk"
    canteen.exchange.export(carried, everything=True)
    assert peek_manifest(carried.read_bytes())["format"] == FORMAT
    laptop.exchange.sync(folder)
    assert shared_state(laptop) == shared_state(canteen)


def _records_of(path):
    from praktijkdesk.bundles import read_bundle

    return read_bundle(path)


def test_a_later_file_holds_what_changed_and_waits_for_what_it_refers_to(region, tmp_path):
    """Issue #18: a file after a stream's first holds the trajectories and candidates that
    changed, not every one its marks refer to. A device that gets that file before the one
    holding the trajectory (a slow sync client) lets it wait, and reads it once the other
    file is there: nothing half read, nothing skipped for good."""
    canteen, laptop, trajectory, fatma, marloes, folder = region
    laptop.exchange.sync(folder)
    b = behaviours(laptop, trajectory, 3)
    laptop.marking.record_mark(trajectory.id, b[0], MarkStatus.PRACTISING, marloes.id)
    laptop.exchange.sync(folder)
    laptop.marking.record_mark(trajectory.id, b[1], MarkStatus.PRACTISING, marloes.id)
    written = laptop.exchange.sync(folder).written
    lean = _records_of(written)
    assert [m["behaviour_id"] for m in lean["marks"]] == [b[1]]
    assert lean["trajectories"] == [] and lean["candidates"] == []
    # A new device sees the laptop's newest file before anything that holds the trajectory
    # has arrived: the canteen's files and the laptop's earlier ones.
    view = tmp_path / "slow"
    shutil.copytree(folder, view)
    for path in (view / "praktijkdesk-sync").glob(f"*/{canteen.device_id}"):
        shutil.rmtree(path)
    for path in (view / "praktijkdesk-sync").glob(f"*/{laptop.device_id}/*.praktijk"):
        if path.name != written.name:
            path.unlink()
    second = Desk.open(tmp_path / "second", clock=FixedClock(canteen.clock.now_utc()))
    try:
        second.exchange.set_scope("jobcoach")
        first_round = second.exchange.sync(view)
        assert f"{laptop.device_id[:8]}/{written.name}" in first_round.waiting
        assert second.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == 0
        shutil.rmtree(view)
        shutil.copytree(folder, view)  # the canteen's files arrive
        result = second.exchange.sync(view)
        assert shared_state(second) == shared_state(laptop)
        [read] = [p for p in result.imported if p.source.endswith(written.name)]
        assert read.candidate_names == ("Şükrü Öztürk",)  # named from here, for the toast
        assert (laptop.device_id, int(written.stem)) in second.exchange.sync_files_done()
    finally:
        second.close()


def test_a_snapshot_leaves_what_another_writer_made_to_that_writers_files(region, tmp_path):
    """The canteen made the employer, the people, the candidate and the trajectory: those
    are in the canteen's files. The laptop's first file in that employer folder, written
    before it marked anything there, holds none of them; its snapshot holds its own marks and
    what they refer to, so it reads on its own. A device that joins late gets everything."""
    from praktijkdesk.bundles.format import missing_references

    canteen, laptop, trajectory, fatma, marloes, folder = region
    laptop.exchange.sync(folder)  # the laptop's first file in the hotel's folder
    [first] = own_files(folder, laptop)
    empty = _records_of(first)
    for kind in ("employers", "people", "candidates", "trajectories", "guides", "marks"):
        assert empty[kind] == [], kind
    b = behaviours(laptop, trajectory, 12)
    for i in range(COMPACT_AT):
        laptop.marking.record_mark(trajectory.id, b[i], STATUSES[i % 3], marloes.id)
        laptop.exchange.sync(folder)
    [snapshot] = snapshots(folder, laptop)
    held = _records_of(snapshot)
    # (the snapshot came with the eighth file: the first file and seven with one mark each)
    assert len(held["marks"]) == COMPACT_AT - 1
    assert {m["device_id"] for m in held["marks"]} == {laptop.device_id}
    assert missing_references(held) == {}  # it reads on its own
    assert [t["id"] for t in held["trajectories"]] == [trajectory.id]
    first = _records_of(own_files(folder, canteen)[0])
    assert [c["name"] for c in first["candidates"]] == ["Şükrü Öztürk"]
    late = Desk.open(tmp_path / "late", clock=FixedClock(laptop.clock.now_utc()))
    try:
        late.exchange.set_scope("jobcoach")
        assert late.exchange.sync(folder).waiting == ()
        canteen.exchange.sync(folder)
        assert shared_state(late) == shared_state(laptop) == shared_state(canteen)
    finally:
        late.close()


def test_what_a_device_makes_names_it_as_maker_and_an_import_keeps_the_makers(region):
    canteen, laptop, trajectory, fatma, marloes, folder = region
    row = canteen.db.execute(
        "SELECT rev, rev_device FROM trajectories WHERE id = ?", [trajectory.id]
    ).fetchone()
    assert tuple(row) == (0, canteen.device_id)
    for table in ("employers", "people", "candidates"):
        makers = {r[0] for r in canteen.db.execute(f"SELECT rev_device FROM {table}")}
        assert makers == {canteen.device_id}, table
    laptop.exchange.sync(folder)
    row = laptop.db.execute(
        "SELECT rev, rev_device FROM trajectories WHERE id = ?", [trajectory.id]
    ).fetchone()
    assert tuple(row) == (0, canteen.device_id)  # read in: still the canteen's
    coach = laptop.people.add_person("Jan de Vries", Role.JOBCOACH)
    made = laptop.db.execute("SELECT rev_device FROM people WHERE id = ?", [coach.id]).fetchone()
    assert made[0] == laptop.device_id
