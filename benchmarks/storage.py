"""Storage at scale: 10,000 candidates and 2,000,000 mark events.

Builds the database once (kept in benchmarks/.data/, rebuilt with --rebuild), then measures
through the real services: committing one mark (WAL + synchronous=FULL), loading one
checklist, and searching candidates by name — beside a bare SQLite commit (one small row,
WAL + FULL, in a file of its own and in a scratch table of the same big file) measured in
the same loop. Prints numbers (wall and CPU time); asserts nothing.

The package is compiled to bytecode first (as pip and PyInstaller installs have it) and the
measuring children run without PYTHONDONTWRITEBYTECODE.

Between taps the app checkpoints the WAL when it has been quiet (Desk.idle, issue #18): the
loop calls it after every 5th round, outside the timed part, as a trainer who taps a few
marks and then looks; how long that idle checkpoint takes is printed too.

    python benchmarks/storage.py [--candidates 10000] [--marks 2000000] [--rebuild]
        [--runs 2] [--also OTHER_SOURCE_TREE] [--base-db FILE]

``--also``: another source tree of praktijkdesk (e.g. the commit before) measured in the same
run, alternately, each on its own copy of the same database (``--base-db``: a file to copy
from, e.g. one built by that older tree, whose schema this tree migrates).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST = [
    "Şükrü",
    "Nguyễn",
    "Øyvind",
    "Zoë",
    "Марія",
    "Jan",
    "Fatma",
    "Aïcha",
    "Dragoș",
    "Anouk",
    "Mohammed",
    "Priya",
    "Bas",
    "Lotte",
    "Kees",
    "Noor",
    "Daan",
    "Sanne",
    "Youssef",
    "Emma",
]
LAST = [
    "Öztürk",
    "Thị Ánh",
    "Ødegård",
    "Ĳsselmeer",
    "Шевченко",
    "de Vries",
    "Yılmaz",
    "Benali",
    "Popescu",
    "Jansen",
    "El Amrani",
    "Ramdin",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Bos",
    "Mulder",
    "de Boer",
    "Dekker",
]


def build(folder: Path, candidates: int, marks: int) -> None:
    """Bulk-load through plain SQL in big transactions (the services' per-action commits would
    take hours for 2M events); the measurements below go through the services. Each mark gets
    the previous mark of its behaviour as parent, as marks made one after the other here do."""
    from praktijkdesk.clock import to_iso
    from praktijkdesk.desk import Desk
    from praktijkdesk.domain import hlc
    from praktijkdesk.domain.names import search_key

    if folder.exists():
        shutil.rmtree(folder)
    desk = Desk.open(folder)
    db = desk.db
    rng = random.Random(7)
    guides = [desk.guides.get(s.key) for s in desk.guides.summaries()]
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    with db.atomic():
        for e in range(100):
            db.execute(
                "INSERT INTO employers (id, name, place, sbb_number, created_at) "
                "VALUES (?, ?, '', '', ?)",
                [f"e{e}", f"Leerbedrijf {e}", to_iso(now)],
            )
            db.execute(
                "INSERT INTO people (id, name, role, employer_id, created_at) "
                "VALUES (?, ?, 'trainer', ?, ?)",
                [f"p{e}", f"Opleider {e}", f"e{e}", to_iso(now)],
            )
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
                db.execute(
                    "INSERT INTO candidates (id, name, search_name, birth_date, created_at) "
                    "VALUES (?, ?, ?, NULL, ?)",
                    [cid, name, search_key(name), to_iso(now)],
                )
                codes = [wp.code for wp in guide.work_processes()]
                db.execute(
                    "INSERT INTO trajectories (id, candidate_id, guide_id, employer_id, trainer_id, "
                    "jobcoach_id, work_processes, start_date, end_date, status, created_at) "
                    "VALUES (?, ?, ?, ?, ?, NULL, ?, '2026-01-01', NULL, 'active', ?)",
                    [
                        tid,
                        cid,
                        guide.key,
                        f"e{c % 100}",
                        f"p{c % 100}",
                        "[" + ",".join(f'"{x}"' for x in codes) + "]",
                        to_iso(now),
                    ],
                )
                behaviours = behaviours_of.setdefault(guide.key, [b.id for b in guide.behaviours()])
                current = {}
                rows, parents = [], []
                for _i in range(per_candidate):
                    seq += 1
                    b = behaviours[rng.randrange(len(behaviours))]
                    u = str(uuid.UUID(int=rng.getrandbits(128)))
                    at = to_iso(now + dt.timedelta(seconds=seq))
                    rows.append(
                        (
                            u,
                            seq,
                            tid,
                            b,
                            rng.choice(("not_yet", "practising", "mastered")),
                            f"p{c % 100}",
                            at,
                            "bench",
                            "",
                            None,
                            hlc.from_iso(at).encode(),
                        )
                    )
                    if b in current:
                        parents.append((u, current[b]))
                    current[b] = u
                db.conn.executemany(
                    "INSERT INTO marks (uuid, seq, trajectory_id, behaviour_id, status, person_id, at, "
                    "device_id, note, undoes_uuid, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                db.conn.executemany(
                    "INSERT INTO current_marks (trajectory_id, behaviour_id, mark_uuid) VALUES (?, ?, ?)",
                    [(tid, b, u) for b, u in current.items()],
                )
                # INSERT OR IGNORE: a tree up to schema step 6 already made them by trigger.
                db.conn.executemany(
                    "INSERT OR IGNORE INTO mark_parents (mark_uuid, parent_uuid) VALUES (?, ?)",
                    parents,
                )
        if start % 2000 == 0:
            print(
                f"  built {start + 500} candidates, {seq} marks ({time.perf_counter() - t0:.0f} s)",
                flush=True,
            )
    desk.close()


def percentiles(samples: list[float]) -> str:
    samples = sorted(samples)

    def p(q):
        return samples[min(len(samples) - 1, int(q * len(samples)))] * 1000

    return f"p50 {p(0.50):6.2f} ms   p99 {p(0.99):6.2f} ms   max {samples[-1] * 1000:6.2f} ms"


def _bare_commit(conn: sqlite3.Connection, n: int) -> float:
    t = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO bare (n, at) VALUES (?, ?)", [n, time.time()])
    conn.execute("COMMIT")
    return time.perf_counter() - t


def _bare(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS bare (n INTEGER, at REAL)")
    return conn


def measure(folder: Path, candidates: int, rounds: int) -> dict:
    """One tree's measurement (in a child process, with that tree first on the path)."""
    from praktijkdesk.desk import Desk
    from praktijkdesk.domain.people import Role

    desk = Desk.open(folder)
    idle = getattr(desk, "idle", None)  # absent before issue #18
    rng = random.Random(11)
    trainer = desk.people.person_named("Opleider 1", Role.TRAINER)
    bare_file = _bare(folder / "bare.sqlite")
    bare_same = _bare(folder / "praktijkdesk.sqlite")  # a scratch table in the big file
    # Its commits must not checkpoint the log the app's commits wrote (SQLite's default would).
    bare_same.execute("PRAGMA wal_autocheckpoint=0")
    out = {
        k: []
        for k in (
            "mark",
            "mark_cpu",
            "checklist",
            "search",
            "search_cpu",
            "bare_file",
            "bare_same",
            "idle",
        )
    }
    for n in range(rounds):
        c = rng.randrange(candidates)
        tid = f"t{c:06d}"
        trajectory = desk.trajectories.resolve(tid)
        guide = desk.guides.get(trajectory.guide_key)
        wp = rng.choice(guide.work_processes())
        t = time.perf_counter()
        desk.marking.checklist(tid, wp.code)
        out["checklist"].append(time.perf_counter() - t)
        b = rng.choice(wp.behaviours)
        t, cpu = time.perf_counter(), time.process_time()
        desk.marking.record_mark(tid, b.id, rng.choice(["mastered", "practising"]), trainer.id)
        out["mark"].append(time.perf_counter() - t)
        out["mark_cpu"].append(time.process_time() - cpu)
        out["bare_file"].append(_bare_commit(bare_file, n))
        out["bare_same"].append(_bare_commit(bare_same, n))
        query = rng.choice(FIRST + LAST)[:4]
        t, cpu = time.perf_counter(), time.process_time()
        desk.trajectories.summaries(search=query, limit=50)
        out["search"].append(time.perf_counter() - t)
        out["search_cpu"].append(time.process_time() - cpu)
        if idle is not None and n % 5 == 4:
            t = time.perf_counter()
            idle()
            out["idle"].append(time.perf_counter() - t)
    bare_same.execute("DROP TABLE bare")
    bare_same.close()
    bare_file.close()
    out["events"] = desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0]
    desk.close()
    out["size"] = sum(p.stat().st_size for p in folder.glob("praktijkdesk.sqlite*"))
    return out


def report(name: str, out: dict, candidates: int) -> None:
    print(
        f"[{name}] database: {candidates} candidates, {out['events']} mark events, "
        f"{out['size'] / 1e6:.0f} MB"
    )
    lines = [
        ("commit one mark", "mark"),
        ("  its CPU time", "mark_cpu"),
        ("bare commit, own file", "bare_file"),
        ("bare commit, same file", "bare_same"),
        ("load one checklist", "checklist"),
        ("search by name (50)", "search"),
        ("  its CPU time", "search_cpu"),
        ("idle checkpoint (not timed)", "idle"),
    ]
    for label, key in lines:
        if out[key]:
            print(f"[{name}] {label:28s} {percentiles(out[key])}")


def _child(root: Path, folder: Path, candidates: int, rounds: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(root))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            str(root),
            "--folder",
            str(folder),
            "--candidates",
            str(candidates),
            "--rounds",
            str(rounds),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-3000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--marks", type=int, default=2_000_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--also", type=Path, action="append", default=[])
    parser.add_argument("--base-db", type=Path)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        sys.path.insert(0, str(args.child))
        print(json.dumps(measure(args.folder, args.candidates, args.rounds)))
        return
    sys.path.insert(0, str(ROOT))
    trees = {"this tree": ROOT, **{str(r): Path(r).resolve() for r in args.also}}
    for root in trees.values():
        compileall.compile_dir(root / "praktijkdesk", quiet=1)
    data = Path(__file__).resolve().parent / ".data"
    base = args.base_db
    if base is None:
        folder = data / f"storage-{args.candidates}-{args.marks}"
        base = folder / "praktijkdesk.sqlite"
        if args.rebuild or not base.exists():
            print(f"building {args.candidates} candidates with {args.marks} marks …", flush=True)
            build(folder, args.candidates, args.marks)
    copies = {}
    for n, (name, root) in enumerate(trees.items()):
        copy = Path(tempfile.mkdtemp(prefix=f"storage-bench-{n}-", dir=data))
        shutil.copy(base, copy / "praktijkdesk.sqlite")
        _child(root, copy, args.candidates, 0)  # opening migrates, outside the measurement
        copies[name] = copy
    try:
        for run in range(1, args.runs + 1):
            for name, root in trees.items():
                out = _child(root, copies[name], args.candidates, args.rounds)
                report(f"run {run}, {name}", out, args.candidates)
                print(
                    f"[run {run}, {name}] commit p99 / bare p99 (same file): "
                    f"{_p99(out['mark']) / _p99(out['bare_same']):.1f}×",
                    flush=True,
                )
    finally:
        for copy in copies.values():
            shutil.rmtree(copy, ignore_errors=True)


def _p99(samples: list[float]) -> float:
    samples = sorted(samples)
    return samples[min(len(samples) - 1, int(0.99 * len(samples)))]


if __name__ == "__main__":
    main()
