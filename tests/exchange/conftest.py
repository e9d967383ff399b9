"""Devices for exchange tests: each its own data folder, device id and clock."""

from __future__ import annotations

import datetime as dt

import pytest

from praktijkdesk.bundles.format import peek_manifest
from praktijkdesk.clock import FixedClock
from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role

GUIDE = "horeca-gastheer-gastvrouw"

# Tables and columns that are the same on every device once they exchanged everything.
# Left out: local order (seq), local bookkeeping (settings, record_changes, sync_files) and
# guides.imported_at (when this device stored it).
SHARED = {
    "employers": "id, name, place, sbb_number, created_at, rev, rev_device",
    "people": "id, name, role, employer_id, created_at, rev, rev_device",
    "candidates": "id, name, search_name, birth_date, created_at, rev, rev_device",
    "candidate_merges": "drop_id, keep_id, name, birth_date, merged_at, device_id",
    "person_merges": "drop_id, keep_id, name, role, merged_at, device_id",
    "guides": "id, slug, version, title, content",
    "trajectories": "id, candidate_id, guide_id, employer_id, trainer_id, jobcoach_id, "
    "work_processes, start_date, end_date, status, created_at, rev, rev_device",
    "marks": "uuid, trajectory_id, behaviour_id, status, person_id, at, device_id, note, undoes_uuid, "
    "hlc",
    "mark_parents": "mark_uuid, parent_uuid",
    "conclusions": "uuid, trajectory_id, work_process_code, value, person_id, at, device_id, "
    "reason, undoes_uuid, hlc",
    "current_marks": "trajectory_id, behaviour_id, mark_uuid",
    "declarations": "id, number, trajectory_id, issued_at, issued_by, snapshot, pdf, sha256, "
    "withdrawn_at, withdrawn_by, withdrawn_reason",
    "signatures": "id, declaration_id, role, name, strokes, snapshot_sha256, signed_at",
    "erasures": "candidate_id, erased_at, device_id, trajectory_ids",
}


def shared_state(desk: Desk) -> dict[str, list[tuple]]:
    return {
        table: sorted(tuple(r) for r in desk.db.execute(f"SELECT {columns} FROM {table}"))
        for table, columns in SHARED.items()
    }


def whole_state(desk: Desk) -> dict[str, list[tuple]]:
    """Every row of every table, local bookkeeping included (for "nothing changed")."""
    tables = [
        r[0]
        for r in desk.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(map(repr, desk.db.execute(f"SELECT * FROM {t}"))) for t in tables}


@pytest.fixture
def make_device(tmp_path):
    """make_device(name, minutes_offset) → a Desk in its own folder with its own clock."""
    opened: list[Desk] = []

    def make(name: str, offset_minutes: int = 0) -> Desk:
        clock = FixedClock(
            start=dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
            + dt.timedelta(minutes=offset_minutes),
            step=dt.timedelta(milliseconds=1),
        )
        desk = Desk.open(tmp_path / name, clock=clock)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.close()


@pytest.fixture
def shop(make_device):
    """One device with an employer, trainer Fatma, jobcoach Marloes and a trajectory."""
    desk = make_device("shop")
    employer = desk.people.add_employer("Hotel De Gouden Lepel", "Den Haag")
    fatma = desk.people.add_person("Fatma Yılmaz", Role.TRAINER, employer.id)
    marloes = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
    _, trajectory = desk.trajectories.add_candidate(
        name="Şükrü Öztürk",
        birth_date="1991-04-17",
        employer_id=employer.id,
        trainer_id=fatma.id,
        guide_key=desk.guides.latest(GUIDE).key,
        jobcoach_id=marloes.id,
    )
    return desk, trajectory, fatma, marloes


def behaviours(desk: Desk, trajectory, count: int) -> list[str]:
    guide = desk.guides.get(trajectory.guide_key)
    chosen = set(trajectory.work_processes)
    return [b.id for wp in guide.work_processes() if wp.code in chosen for b in wp.behaviours][
        :count
    ]


def trust_in_folder(desk, folder, *expected) -> None:
    """One round in the shared folder, then "Vertrouwen" for every new device it met there,
    as a user does after comparing the control codes (issue #13). ``expected``: the desks
    whose device must be among those waiting, with the code they show themselves."""
    desk.exchange.sync(folder)
    waiting = {d.device_id: d.code for d in desk.exchange.waiting_devices()}
    for other in expected:
        assert waiting.get(other.device_id) == other.exchange.device_code()
    for device_id in waiting:
        desk.exchange.trust_device(device_id)


class _TrustedUnlessSaid(dict):
    """known_devices' trust, where a device never met counts as trusted."""

    def get(self, key, default=None):
        return super().get(key, "trusted")


@pytest.fixture
def trust_every_device_on_sight(monkeypatch):
    """For tests about the folder itself (compaction, names, placeholders), not about trust:
    every device met in the shared folder is read at once, as if the user had pressed
    *Vertrouwen* the moment it appeared. The waiting and the choice are tested in
    test_pairing.py and tests/ui/test_pairing_ui.py."""
    from praktijkdesk.storage import bundle_records

    real = bundle_records.device_trust
    monkeypatch.setattr(bundle_records, "device_trust", lambda db: _TrustedUnlessSaid(real(db)))


# --- a synced folder shared by the canteen and a jobcoach's laptop (compaction, issue #18) ---
STATUSES = [MarkStatus.NOT_YET, MarkStatus.PRACTISING, MarkStatus.MASTERED]


def own_files(folder, desk):
    return sorted((folder / "praktijkdesk-sync").glob(f"*/{desk.device_id}/*.praktijk"))


def numbers(folder, desk):
    return [int(p.stem) for p in own_files(folder, desk)]


def snapshots(folder, desk):
    return [
        p for p in own_files(folder, desk) if "snapshot" in peek_manifest(p.read_bytes())["scope"]
    ]


def write_rounds(desk, folder, trajectory, person_id, count, start=0):
    """``count`` rounds, each with one new mark: one new file each."""
    b = behaviours(desk, trajectory, 12)
    for i in range(start, start + count):
        desk.marking.record_mark(trajectory.id, b[i % len(b)], STATUSES[i % 3], person_id)
        assert desk.exchange.sync(folder).written is not None


@pytest.fixture
def region(tmp_path, make_device, shop):
    """The canteen (the shop) and a jobcoach's laptop in one synced folder, each having read
    the other once."""
    canteen, trajectory, fatma, marloes = shop
    laptop = make_device("laptop", offset_minutes=1)
    laptop.exchange.set_scope("jobcoach")
    folder = tmp_path / "OneDrive - Regio"
    folder.mkdir()
    canteen.exchange.sync(folder)
    laptop.exchange.sync(folder)
    return canteen, laptop, trajectory, fatma, marloes, folder
