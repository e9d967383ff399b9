"""Storage at scale: 10,000 candidates and 2,000,000 mark events.

Builds the database once (kept in benchmarks/.data/, rebuilt with --rebuild), then measures
through the real services: committing one mark (WAL + synchronous=FULL), loading one
checklist, and searching candidates by name. Prints numbers; asserts nothing.

    python benchmarks/storage.py [--candidates 10000] [--marks 2000000] [--rebuild]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from praktijkdesk.clock import to_iso
from praktijkdesk.desk import Desk
from praktijkdesk.domain import hlc
from praktijkdesk.domain.names import search_key
from praktijkdesk.domain.people import Role

FIRST = ["Şükrü", "Nguyễn", "Øyvind", "Zoë", "Марія", "Jan", "Fatma", "Aïcha", "Dragoș", "Anouk",
         "Mohammed", "Priya", "Bas", "Lotte", "Kees", "Noor", "Daan", "Sanne", "Youssef", "Emma"]
LAST = ["Öztürk", "Thị Ánh", "Ødegård", "Ĳsselmeer", "Шевченко", "de Vries", "Yılmaz", "Benali",
        "Popescu", "Jansen", "El Amrani", "Ramdin", "Bakker", "Visser", "Smit", "Meijer", "Bos",
        "Mulder", "de Boer", "Dekker"]


def build(folder: Path, candidates: int, marks: int) -> None:
    """Bulk-load through plain SQL in big transactions (the services' per-action commits would
    take hours for 2M events); the measurements below go through the services."""
    if folder.exists():
        shutil.rmtree(folder)
    desk = Desk.open(folder)
    db = desk.db
    rng = random.Random(7)
    guides = [desk.guides.get(s.key) for s in desk.guides.summaries()]
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    with db.atomic():
        for e in range(100):
            db.execute("INSERT INTO employers (id, name, place, sbb_number, created_at) "
                       "VALUES (?, ?, '', '', ?)", [f"e{e}", f"Leerbedrijf {e}", to_iso(now)])
            db.execute("INSERT INTO people (id, name, role, employer_id, created_at) "
                       "VALUES (?, ?, 'trainer', ?, ?)", [f"p{e}", f"Opleider {e}", f"e{e}", to_iso(now)])
    behaviours_of = {}
    per_candidate = marks // candidates
    t0 = time.perf_counter()
    seq = 0
    for start in range(0, candidates, 500):
        with db.atomic():
            for c in range(start, min(start + 500, candidates)):
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {c}"
                cid, tid = f"c{c:06d}", f"t{c:06d}"
                guide = guides[c % len(guides)]
                db.execute("INSERT INTO candidates (id, name, search_name, birth_date, created_at) "
                           "VALUES (?, ?, ?, NULL, ?)", [cid, name, search_key(name), to_iso(now)])
                codes = [wp.code for wp in guide.work_processes()]
                db.execute(
                    "INSERT INTO trajectories (id, candidate_id, guide_id, employer_id, trainer_id, "
                    "jobcoach_id, work_processes, start_date, end_date, status, created_at) "
                    "VALUES (?, ?, ?, ?, ?, NULL, ?, '2026-01-01', NULL, 'active', ?)",
                    [tid, cid, guide.key, f"e{c % 100}", f"p{c % 100}",
                     "[" + ",".join(f'"{x}"' for x in codes) + "]", to_iso(now)])
                behaviours = behaviours_of.setdefault(guide.key, [b.id for b in guide.behaviours()])
                current = {}
                rows = []
                for _i in range(per_candidate):
                    seq += 1
                    b = behaviours[rng.randrange(len(behaviours))]
                    u = str(uuid.UUID(int=rng.getrandbits(128)))
                    at = to_iso(now + dt.timedelta(seconds=seq))
                    rows.append((u, seq, tid, b, rng.choice(("not_yet", "practising", "mastered")),
                                 f"p{c % 100}", at, "bench", "", None, hlc.from_iso(at).encode()))
                    current[b] = u
                db.conn.executemany(
                    "INSERT INTO marks (uuid, seq, trajectory_id, behaviour_id, status, person_id, at, "
                    "device_id, note, undoes_uuid, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                db.conn.executemany(
                    "INSERT INTO current_marks (trajectory_id, behaviour_id, mark_uuid) VALUES (?, ?, ?)",
                    [(tid, b, u) for b, u in current.items()])
        if start % 2000 == 0:
            print(f"  built {start + 500} candidates, {seq} marks ({time.perf_counter() - t0:.0f} s)",
                  flush=True)
    desk.close()


def percentiles(samples: list[float]) -> str:
    samples = sorted(samples)
    def p(q):
        return samples[min(len(samples) - 1, int(q * len(samples)))] * 1000
    return f"p50 {p(0.50):6.2f} ms   p99 {p(0.99):6.2f} ms   max {samples[-1] * 1000:6.2f} ms"


def measure(folder: Path, candidates: int, rounds: int) -> None:
    desk = Desk.open(folder)
    rng = random.Random(11)
    trainer = desk.people.person_named("Opleider 1", Role.TRAINER)
    mark_times, checklist_times, search_times = [], [], []
    for _ in range(rounds):
        c = rng.randrange(candidates)
        tid = f"t{c:06d}"
        trajectory = desk.trajectories.resolve(tid)
        guide = desk.guides.get(trajectory.guide_key)
        wp = rng.choice(guide.work_processes())
        t = time.perf_counter()
        desk.marking.checklist(tid, wp.code)
        checklist_times.append(time.perf_counter() - t)
        b = rng.choice(wp.behaviours)
        t = time.perf_counter()
        desk.marking.record_mark(tid, b.id, rng.choice(["mastered", "practising"]), trainer.id)
        mark_times.append(time.perf_counter() - t)
        query = rng.choice(FIRST + LAST)[:4]
        t = time.perf_counter()
        desk.trajectories.summaries(search=query, limit=50)
        search_times.append(time.perf_counter() - t)
    events = desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0]
    desk.close()
    size = sum(p.stat().st_size for p in folder.glob("praktijkdesk.sqlite*"))
    print(f"database: {candidates} candidates, {events} mark events, {size / 1e6:.0f} MB")
    print(f"commit one mark        {percentiles(mark_times)}")
    print(f"load one checklist     {percentiles(checklist_times)}")
    print(f"search by name (50)    {percentiles(search_times)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--marks", type=int, default=2_000_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    folder = Path(__file__).resolve().parent / ".data" / f"storage-{args.candidates}-{args.marks}"
    if args.rebuild or not (folder / "praktijkdesk.sqlite").exists():
        print(f"building {args.candidates} candidates with {args.marks} marks …", flush=True)
        build(folder, args.candidates, args.marks)
    measure(folder, args.candidates, args.rounds)


if __name__ == "__main__":
    main()
