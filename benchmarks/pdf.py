"""How long the PDFs take: numbers to read, never assertions.

    python3 benchmarks/pdf.py [--root OTHER_SOURCE_TREE ...]

cold = a fresh process's first document, including the one-time font parse (import excluded,
reported separately); warm = median (p50) of repeated documents in one process; "new letters"
= warm, but every document uses a set of characters not seen before (no remembered font subset
fits, as for a new candidate's first declaration). Each figure
is wall time and, in brackets, CPU time (steadier on a busy machine). With --root, each
given source tree (e.g. an older commit) is measured too, the trees taking turns, so a
before/after table comes from one run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WARM_RUNS = 30
REPORT_RUNS = 5
CANDIDATES = 30

CHILD = r"""
import json, sys, time
sys.path.insert(0, ".")
t0 = time.perf_counter()
import fpdf
t1 = time.perf_counter()
from praktijkdesk.documents.declaration_pdf import render_declaration
from praktijkdesk.documents.progress_report_pdf import render_progress_report
from tests.documents import samples
t2 = time.perf_counter()
what = sys.argv[1]
if what == "declaration":
    snap = samples.snapshot(work_processes=10)
    signatures = (samples.signature(snap),)
    start, cpu = time.perf_counter(), time.process_time()
    render_declaration(snap, signatures=signatures)
else:
    reports = [samples.progress_report(samples.NAMES[i % 5], small=False) for i in range(30)]
    start, cpu = time.perf_counter(), time.process_time()
    render_progress_report(reports, generated_at="2026-03-12T09:00:00Z")
end, cpu_end = time.perf_counter(), time.process_time()
print(json.dumps({"import_fpdf": t1 - t0, "import_documents": t2 - t1, "first": end - start,
                  "first_cpu": cpu_end - cpu}))
"""


def fresh_process(what: str, root: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, what], cwd=root, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


WARM = r"""
import json, statistics, sys, time
sys.path.insert(0, ".")
from praktijkdesk.documents.declaration_pdf import render_declaration
from praktijkdesk.documents.progress_report_pdf import render_progress_report
from tests.documents import samples
what, runs = sys.argv[1], int(sys.argv[2])
if what == "declaration":
    snap = samples.snapshot(work_processes=10)
    signatures = (samples.signature(snap),)
    fn = lambda: render_declaration(snap, signatures=signatures)
elif what == "declaration-new":
    # Every document a glyph set not seen before (another name with one more letter), so no
    # remembered font subset fits: the first issue of each candidate's declaration.
    counter = iter(range(10**6))
    def fn():
        i = next(counter)
        snap = samples.snapshot(name=f"{samples.NAMES[i % 5]} {chr(0x100 + i)}",
                                work_processes=10)
        return render_declaration(snap, signatures=(samples.signature(snap),))
else:
    reports = [samples.progress_report(samples.NAMES[i % 5], small=False) for i in range(30)]
    fn = lambda: render_progress_report(reports, generated_at="2026-03-12T09:00:00Z")
size = len(fn())
wall, cpu = [], []
for _ in range(runs):
    start, c = time.perf_counter(), time.process_time()
    fn()
    wall.append(time.perf_counter() - start)
    cpu.append(time.process_time() - c)
wall.sort()
print(json.dumps({"p50": statistics.median(wall), "p90": wall[int(len(wall) * 0.9) - 1],
                  "cpu": statistics.median(cpu), "size": size}))
"""


def warm(what: str, runs: int, root: Path) -> dict[str, float]:
    """Repeated documents in one process of that tree (the first one not counted)."""
    out = subprocess.run(
        [sys.executable, "-c", WARM, what, str(runs)],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def measure(root: Path) -> dict[str, dict[str, float]]:
    return {
        "cold_decl": fresh_process("declaration", root),
        "cold_report": fresh_process("report", root),
        "decl": warm("declaration", WARM_RUNS, root),
        "decl_new": warm("declaration-new", WARM_RUNS, root),
        "report": warm("report", REPORT_RUNS, root),
    }


def show(r: dict[str, dict[str, float]]) -> None:
    cd, cr, d, rep = r["cold_decl"], r["cold_report"], r["decl"], r["report"]
    print(f"import fpdf (fresh process)                 {ms(cd['import_fpdf'])}")
    print(f"import praktijkdesk.documents.* after fpdf  {ms(cd['import_documents'])}")
    print(
        f"declaration, cold (first, incl. font parse) {ms(cd['first'])}"
        f"  (CPU {ms(cd.get('first_cpu', float('nan')))})"
    )
    print(
        f"declaration, warm p50 of {WARM_RUNS}               {ms(d['p50'])}"
        f"  (CPU {ms(d['cpu'])}, p90 {ms(d['p90'])})  target ≤ 60 ms"
    )
    n = r["decl_new"]
    print(
        f"declaration, warm, new letters each time   {ms(n['p50'])}"
        f"  (CPU {ms(n['cpu'])}, p90 {ms(n['p90'])})"
    )
    print(
        f"progress report {CANDIDATES} candidates, cold      {ms(cr['first'])}"
        f"  (CPU {ms(cr.get('first_cpu', float('nan')))}, {int(rep['size']) // 1024} kB)"
    )
    print(
        f"progress report {CANDIDATES} candidates, warm p50  {ms(rep['p50'])}"
        f"  (CPU {ms(rep['cpu'])})  target ≤ 1.0 s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--root",
        type=Path,
        action="append",
        default=[],
        help="another source tree (e.g. an older commit) measured in turn",
    )
    args = parser.parse_args()
    roots = {"this tree": REPO, **{str(r): r.resolve() for r in args.root}}
    results: dict[str, list] = {name: [] for name in roots}
    for _ in range(2 if args.root else 1):  # taking turns: the same load for each tree
        for name, root in roots.items():
            results[name].append(measure(root))
    for name, runs in results.items():
        if len(roots) > 1:
            print(f"-- {name}")
        best = min(runs, key=lambda r: r["decl"]["cpu"])  # the quieter of the turns
        show(best)


if __name__ == "__main__":
    main()
