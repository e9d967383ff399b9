"""Exchange at scale: export and import of a bundle with 500 trajectories (target ≤ 5 s each).

Builds a source data folder with N trajectories, each with every behaviour of its guide
marked twice (oefent, then beheerst) and its first work process concluded, then measures
through the real service: export of everything, the import preview, the import into an
empty data folder, and a second import of the same file (nothing new). Prints numbers;
asserts nothing.

    python benchmarks/exchange.py [--trajectories 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from praktijkdesk.clock import to_iso
from praktijkdesk.desk import Desk
from praktijkdesk.domain import hlc
from praktijkdesk.domain.names import search_key
from praktijkdesk.storage.integrity import integrity_problems, rebuild_current_marks


def build(folder: Path, count: int) -> Desk:
    """Bulk-load in one transaction (per-action commits would measure fsync, not exchange)."""
    desk = Desk.open(folder)
    db = desk.db
    guides = [desk.guides.get(s.key) for s in desk.guides.summaries()]
    start = dt.datetime(2026, 1, 5, 8, tzinfo=dt.timezone.utc)
    with db.atomic():
        for e in range(20):
            db.execute(
                "INSERT INTO employers (id, name, place, sbb_number, created_at) "
                "VALUES (?, ?, 'Den Haag', '', ?)",
                [f"e{e}", f"Leerbedrijf {e}", to_iso(start)],
            )
            db.execute(
                "INSERT INTO people (id, name, role, employer_id, created_at) "
                "VALUES (?, ?, 'trainer', ?, ?)",
                [f"p{e}", f"Opleider {e}", f"e{e}", to_iso(start)],
            )
        moment = start
        for n in range(count):
            guide = guides[n % len(guides)]
            name = f"Kandidaat {n}"
            db.execute(
                "INSERT INTO candidates (id, name, search_name, birth_date, created_at) "
                "VALUES (?, ?, ?, NULL, ?)",
                [f"c{n}", name, search_key(name), to_iso(start)],
            )
            codes = [wp.code for wp in guide.work_processes()]
            db.execute(
                "INSERT INTO trajectories (id, candidate_id, guide_id, employer_id, trainer_id, "
                "jobcoach_id, work_processes, start_date, end_date, status, created_at) "
                "VALUES (?, ?, ?, ?, ?, NULL, ?, '2026-01-05', NULL, 'active', ?)",
                [
                    f"t{n}",
                    f"c{n}",
                    guide.key,
                    f"e{n % 20}",
                    f"p{n % 20}",
                    "[" + ",".join(f'"{c}"' for c in codes) + "]",
                    to_iso(start),
                ],
            )
            for behaviour in guide.behaviours():
                for status in ("practising", "mastered"):
                    moment += dt.timedelta(seconds=7)
                    db.execute(
                        "INSERT INTO marks (uuid, seq, trajectory_id, behaviour_id, status, "
                        "person_id, at, device_id, note, undoes_uuid, hlc) VALUES (?, "
                        "(SELECT COALESCE(MAX(seq), 0) + 1 FROM marks), ?, ?, ?, ?, ?, 'bench', '', NULL, ?)",
                        [
                            str(uuid.uuid4()),
                            f"t{n}",
                            behaviour.id,
                            status,
                            f"p{n % 20}",
                            to_iso(moment),
                            hlc.from_iso(to_iso(moment)).encode(),
                        ],
                    )
            db.execute(
                "INSERT INTO conclusions (uuid, seq, trajectory_id, work_process_code, value, "
                "person_id, at, device_id, reason, undoes_uuid, hlc) VALUES (?, "
                "(SELECT COALESCE(MAX(seq), 0) + 1 FROM conclusions), ?, ?, 'mastered', ?, ?, "
                "'bench', '', NULL, ?)",
                [
                    str(uuid.uuid4()),
                    f"t{n}",
                    codes[0],
                    f"p{n % 20}",
                    to_iso(moment),
                    hlc.from_iso(to_iso(moment)).encode(),
                ],
            )
        rebuild_current_marks(db)
        # Each mark on top of the previous one of its behaviour, as marks made here one after
        # the other get (append_mark; up to schema step 6 a trigger did this for raw inserts).
        db.execute(
            "INSERT OR IGNORE INTO mark_parents (mark_uuid, parent_uuid) "
            "SELECT uuid, parent FROM (SELECT uuid, LAG(uuid) OVER "
            "(PARTITION BY trajectory_id, behaviour_id ORDER BY seq) AS parent "
            "FROM marks WHERE undoes_uuid IS NULL) WHERE parent IS NOT NULL"
        )
    return desk


def timed(label: str, fn):
    t0 = time.perf_counter()
    result = fn()
    print(f"{label:44} {time.perf_counter() - t0:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trajectories", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = timed(
            f"build {args.trajectories} trajectories", lambda: build(tmp / "a", args.trajectories)
        )
        marks = source.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0]
        print(f"{marks} marks")
        bundle = tmp / "alles.praktijk"
        result = timed("export --all", lambda: source.exchange.export(bundle, everything=True))
        print(
            f"bundle: {bundle.stat().st_size / 1e6:.1f} MB, {result.counts['trajectories']} trajectories"
        )
        target = Desk.open(tmp / "b")
        target.exchange.set_scope("jobcoach")  # a file of 20 employers: the jobcoach's laptop (#20)
        plan = timed("preview (import --dry-run)", lambda: target.exchange.preview(bundle))
        print(f"would add {plan.new_trajectories} trajectories, {plan.new_marks} marks")
        timed("import (backup + one transaction)", lambda: target.exchange.import_file(bundle))
        again = timed("import again (nothing new)", lambda: target.exchange.import_file(bundle))
        assert again.nothing_new
        timed("conflicts of one trajectory", lambda: target.exchange.conflicts("t0"))
        print("integrity:", integrity_problems(target.db) or "in orde")
        source.close()
        target.close()


if __name__ == "__main__":
    main()
