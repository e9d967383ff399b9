"""A whole region on one synced folder (issue #18): files, size, round time, first sync.

N devices (default 50) share one folder: every employer has its canteen PC, some a second PC,
and the jobcoaches' laptops visit them. A school year of activity is generated fast: each
active day a device records its marks in one transaction (storage, not one CLI call per
mark) and then writes its news to the folder through the real sync code, so the folder holds
exactly the files and snapshots the app would leave. (During the year devices only write;
reading is what is measured afterwards.) Then it measures:

- the number of files in the folder, its size, the most files one device has there;
- a normal round on a device that is up to date (nothing new, and with one new file);
- a new laptop's first sync of the whole year (it reads every employer's stream);
- the size of one bundle of everything (export from that new laptop), to compare with.

Prints numbers; asserts nothing.

    python benchmarks/region.py            # 50 devices, a school year (160 days)
    python benchmarks/region.py --quick    # 12 devices, 40 days: a try-out in a minute
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from praktijkdesk.clock import FixedClock, to_iso
from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import Mark, MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.services import exchange as exchange_service
from praktijkdesk.storage import marks as mark_store
from praktijkdesk.storage.database import write

START = dt.datetime(2026, 8, 31, 8, 0, tzinfo=dt.timezone.utc)  # a Monday: the school year
STEPS = {MarkStatus.NOT_YET: MarkStatus.PRACTISING, MarkStatus.PRACTISING: MarkStatus.MASTERED}


class Device:
    def __init__(self, folder: Path, name: str, kind: str):
        self.clock = FixedClock(start=START, step=dt.timedelta(milliseconds=3))
        self.desk = Desk.open(folder / name, clock=self.clock)
        self.kind = kind  # "pc" or "laptop"
        self.person_id = ""
        self.employer_id = ""

    def at_day(self, day: int) -> None:
        target = START + dt.timedelta(days=day)
        now = self.clock.now_utc()
        if target > now:
            self.clock.advance(target - now)


def trusting_sync(device: Device, folder: Path):
    """A round, then "Vertrouwen" for every device that waits (as its user does after comparing
    the control codes, issue #13), and a round that reads them. The last round's result."""
    result = device.desk.exchange.sync(folder)
    waiting = device.desk.exchange.waiting_devices()
    for other in waiting:
        device.desk.exchange.trust_device(other.device_id)
    return device.desk.exchange.sync(folder) if waiting else result


def school_day(day: int) -> int:
    """Calendar day of the n-th school day (Monday to Friday)."""
    return day // 5 * 7 + day % 5


def build(
    tmp: Path,
    devices: int,
    employers: int,
    laptops: int,
    candidates: int,
    days: int,
    rounds: int,
    seed: int,
) -> tuple[Path, list[Device], dict]:
    rng = random.Random(seed)
    folder = tmp / "OneDrive - Regio"
    folder.mkdir()
    all_devices: list[Device] = []
    primaries: list[Device] = []
    guide_keys: list[str] = []
    trajectories: dict[
        str, list[tuple[str, list[str], str]]
    ] = {}  # employer → (id, behaviours, trainer)
    for e in range(employers):
        pc = Device(tmp, f"pc-{e}", "pc")
        desk = pc.desk
        if not guide_keys:
            guide_keys = [s.key for s in desk.guides.summaries()]
        employer = desk.people.add_employer(f"Leerbedrijf {e} van de regio", "Den Haag")
        trainer = desk.people.add_person(f"Opleider {e}", Role.TRAINER, employer.id)
        guide = desk.guides.get(guide_keys[e % len(guide_keys)])
        rows = []
        for c in range(candidates):
            _, trajectory = desk.trajectories.add_candidate(
                name=f"Kandidaat {e}-{c}",
                birth_date=None,
                employer_id=employer.id,
                trainer_id=trainer.id,
                guide_key=guide.key,
            )
            chosen = set(trajectory.work_processes)
            behaviours = [
                b.id for wp in guide.work_processes() if wp.code in chosen for b in wp.behaviours
            ]
            rows.append((trajectory.id, behaviours, trainer.id))
        trajectories[employer.id] = rows
        pc.person_id, pc.employer_id = trainer.id, employer.id
        desk.exchange.sync(folder)
        primaries.append(pc)
        all_devices.append(pc)
    employer_ids = [p.employer_id for p in primaries]
    for j in range(laptops):
        laptop = Device(tmp, f"laptop-{j}", "laptop")
        laptop.person_id = laptop.desk.people.add_person(f"Jobcoach {j}", Role.JOBCOACH).id
        laptop.desk.exchange.set_scope("jobcoach")
        trusting_sync(laptop, folder)  # the trajectories of every employer
        all_devices.append(laptop)
    for s in range(max(0, devices - employers - laptops)):
        employer_id = employer_ids[s % employers]
        second = Device(tmp, f"pc2-{s}", "pc")
        second.employer_id = employer_id
        # A new PC gets its employer's data once by a bundle file (the pairing step), then
        # lives on the folder like the first.
        first = sorted(
            (
                folder
                / exchange_service.SYNC_SUBFOLDER
                / exchange_service.stream_folder(employer_id)
            ).glob("*/*.praktijk")
        )[0]
        second.desk.exchange.import_file(first)
        second.desk.exchange.set_scope("employer", [employer_id])
        trusting_sync(second, folder)
        second.person_id = trajectories[employer_id][0][2]
        all_devices.append(second)
    # Everyone meets everyone's device once (Vertrouwen): first every device's own files are
    # in the folder, then each reads them and trusts the devices it met.
    for device in all_devices:
        device.desk.exchange.write_round(folder)
    for device in all_devices:
        trusting_sync(device, folder)
    status: dict[tuple[str, str], MarkStatus] = {}
    marks = 0
    visits = {j: rng.sample(employer_ids, min(len(employer_ids), 6)) for j in range(laptops)}
    for day in range(days):
        for device in all_devices:
            device.at_day(school_day(day))
            if device.kind == "pc":
                if rng.random() > 0.45:
                    continue
                today = [device.employer_id]
            else:
                if rng.random() > 0.6:
                    continue
                laptop_index = all_devices.index(device) - employers
                today = rng.sample(visits[laptop_index], 2)
            for _ in range(rounds):
                device.clock.advance(dt.timedelta(minutes=20))
                made = []
                for employer_id in today:
                    for trajectory_id, behaviours, _ in rng.sample(trajectories[employer_id], 2):
                        for behaviour_id in rng.sample(
                            behaviours, min(len(behaviours), rng.randint(1, 5))
                        ):
                            key = (trajectory_id, behaviour_id)
                            new = (
                                STEPS.get(status.get(key), MarkStatus.NOT_YET)
                                if key in status
                                else rng.choice([MarkStatus.NOT_YET, MarkStatus.PRACTISING])
                            )
                            status[key] = new
                            made.append(
                                Mark(
                                    uuid=str(uuid.uuid4()),
                                    trajectory_id=trajectory_id,
                                    behaviour_id=behaviour_id,
                                    status=new,
                                    person_id=device.person_id,
                                    at=to_iso(device.clock.now_utc()),
                                    device_id=device.desk.device_id,
                                    note="",
                                )
                            )
                with write(device.desk.db):
                    for mark in made:
                        mark_store.append_mark(device.desk.db, mark)
                marks += len(made)
                device.desk.exchange.write_round(folder)
    return folder, all_devices, {"marks": marks, "employers": employers, "laptops": laptops}


def folder_figures(folder: Path) -> dict:
    files, size, per_dir = 0, 0, {}
    per_device: dict[str, int] = {}
    for path, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(path, name))
            per_dir[path] = per_dir.get(path, 0) + 1
            device = os.path.basename(path)
            per_device[device] = per_device.get(device, 0) + 1
    return {
        "files": files,
        "bytes": size,
        "most_in_one_folder": max(per_dir.values(), default=0),
        "most_of_one_device": max(per_device.values(), default=0),
    }


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--employers", type=int, default=25)
    parser.add_argument("--laptops", type=int, default=5)
    parser.add_argument("--candidates", type=int, default=6, help="per employer")
    parser.add_argument("--days", type=int, default=160, help="school days")
    parser.add_argument("--rounds", type=int, default=1, help="rounds with news per active day")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--quick", action="store_true", help="12 devices, 40 days")
    parser.add_argument("--keep", type=Path, help="build in this (empty) folder and keep it")
    parser.add_argument("--compact-at", type=int, help="files that make a snapshot (try-out)")
    args = parser.parse_args()
    if args.compact_at and hasattr(exchange_service, "COMPACT_AT"):
        exchange_service.COMPACT_AT = args.compact_at
    if args.quick:
        args.devices, args.employers, args.laptops, args.days = 12, 6, 2, 40
    with tempfile.TemporaryDirectory() as tmp:
        tmp = args.keep or Path(tmp)
        seconds, (folder, devices, info) = timed(
            lambda: build(
                tmp,
                args.devices,
                args.employers,
                args.laptops,
                args.candidates,
                args.days,
                args.rounds,
                args.seed,
            )
        )
        print(
            f"built: {len(devices)} devices ({info['employers']} employers, {info['laptops']} "
            f"laptops), {args.days} school days, {info['marks']} marks in {seconds:.0f} s"
        )
        figures = folder_figures(folder)
        print(
            f"folder: {figures['files']} files, {figures['bytes'] / 1e6:.2f} MB; most files of one "
            f"device (all its employer folders): {figures['most_of_one_device']}; most in one "
            f"device's employer folder: {figures['most_in_one_folder']}"
        )
        newcomer = Device(tmp, "new-laptop", "laptop")
        newcomer.at_day(school_day(args.days))
        newcomer.desk.exchange.set_scope("jobcoach")
        seconds, result = timed(lambda: newcomer.desk.exchange.sync(folder))
        waiting = newcomer.desk.exchange.waiting_devices()
        print(
            f"new laptop's first sync: {seconds:.2f} s, {len(waiting)} devices wait for "
            f"Vertrouwen ({len(result.imported)} files read)"
        )
        for other in waiting:
            newcomer.desk.exchange.trust_device(other.device_id)
        seconds, result = timed(lambda: newcomer.desk.exchange.sync(folder))
        print(
            f"new laptop's first round after Vertrouwen: {seconds:.2f} s "
            f"({len(result.imported)} files read, {len(result.waiting)} waiting)"
        )
        everything = tmp / "alles.praktijk"
        newcomer.desk.exchange.export(everything, everything=True)
        one = everything.stat().st_size
        print(
            f"one bundle of everything: {one / 1e6:.2f} MB; folder = {figures['bytes'] / one:.1f}× that"
        )
        pc = devices[0]
        pc.at_day(school_day(args.days))
        seconds, result = timed(lambda: pc.desk.exchange.sync(folder))
        print(
            f"catch-up of an employer PC that only wrote all year: {seconds:.2f} s "
            f"({len(result.imported)} files)"
        )
        for label, device in (("employer PC", pc), ("new laptop", newcomer)):
            device.desk.exchange.sync(folder)
            times = [timed(lambda d=device: d.desk.exchange.sync(folder))[0] for _ in range(7)]
            print(
                f"normal round, nothing new, {label}: median {statistics.median(times) * 1000:.0f} ms,"
                f" max {max(times) * 1000:.0f} ms"
            )
        laptop = next(d for d in devices if d.kind == "laptop")
        laptop.at_day(school_day(args.days))
        trajectory_id = laptop.desk.db.execute(
            "SELECT id FROM trajectories WHERE employer_id = ? LIMIT 1", [pc.employer_id]
        ).fetchone()[0]
        behaviour = pc.desk.db.execute(
            "SELECT behaviour_id FROM marks WHERE trajectory_id = ? LIMIT 1", [trajectory_id]
        ).fetchone()
        if behaviour:
            laptop.desk.marking.record_mark(
                trajectory_id, behaviour[0], MarkStatus.MASTERED, laptop.person_id
            )
            laptop.desk.exchange.write_round(folder)
            seconds, result = timed(lambda: pc.desk.exchange.sync(folder))
            print(
                f"normal round, one new file, employer PC: {seconds * 1000:.0f} ms "
                f"({len(result.imported)} read)"
            )
        for device in (*devices, newcomer):
            device.desk.close()


if __name__ == "__main__":
    if not hasattr(exchange_service.ExchangeService, "write_round"):
        # Before issue #18 the write half of a round had no public name.
        def write_round(self, folder):
            root = Path(folder)
            return self._write_sync_files(
                root / exchange_service.SYNC_SUBFOLDER, root, self.scope(persist=True)
            )

        exchange_service.ExchangeService.write_round = write_round
    main()
