"""The checklist screen's data per tap: ``marking.checklist(trajectory, work process, person)``.

On the demo data's trajectory with the most work processes, then again after ``--extra``
more marks on its other work processes (a long trajectory: the view reads one work
process's marks, so this should hardly change). Prints the median of 300 calls and the
number of SQL statements; asserts nothing.

    python benchmarks/checklist.py [--extra 3000]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from praktijkdesk.desk import Desk


def measure(desk: Desk, trajectory_id: str, code: str, person_id: str) -> tuple[float, int]:
    for _ in range(20):
        desk.marking.checklist(trajectory_id, code, person_id)
    times = []
    for _ in range(300):
        start = time.perf_counter()
        desk.marking.checklist(trajectory_id, code, person_id)
        times.append(time.perf_counter() - start)
    statements: list[str] = []
    desk.db.conn.set_trace_callback(statements.append)
    desk.marking.checklist(trajectory_id, code, person_id)
    desk.db.conn.set_trace_callback(None)
    return statistics.median(times) * 1000, len(statements)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extra", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        with Desk.open(Path(folder) / "demo") as desk:
            desk.demo.load()
        with Desk.open(Path(folder) / "demo", daily_backup=False) as desk:
            t = max(
                (desk.trajectories.resolve(s.id) for s in desk.trajectories.summaries()),
                key=lambda t: len(t.work_processes),
            )
            code = t.work_processes[len(t.work_processes) // 2]
            guide = desk.guides.get(t.guide_key)
            for label, extra in (("demo", 0), ("long", args.extra)):
                others = [
                    b.id
                    for c in t.work_processes
                    if c != code
                    for b in guide.work_process(c).behaviours
                ]
                statuses = itertools.cycle(["not_yet", "practising", "mastered"])
                with desk.transaction():
                    for i in range(extra):
                        desk.marking.record_mark(
                            t.id, others[i % len(others)], next(statuses), t.trainer_id
                        )
                events = desk.db.execute(
                    "SELECT count(*) FROM marks WHERE trajectory_id = ?", [t.id]
                ).fetchone()[0]
                ms, statements = measure(desk, t.id, code, t.trainer_id)
                print(
                    f"checklist view ({label}, {events} mark events in the trajectory): "
                    f"{ms:.2f} ms median, {statements} SQL statements"
                )


if __name__ == "__main__":
    main()
