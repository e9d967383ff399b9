"""How long the PDFs take: numbers to read, never assertions.

    python3 benchmarks/pdf.py

cold = a fresh process's first document, including the one-time font parse (import excluded,
reported separately); warm = median (p50) of repeated documents in one process.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WARM_RUNS = 30
REPORT_RUNS = 5
CANDIDATES = 30

CHILD = r"""
import json, sys, time
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
    start = time.perf_counter()
    render_declaration(snap, signatures=signatures)
else:
    reports = [samples.progress_report(samples.NAMES[i % 5], small=False) for i in range(30)]
    start = time.perf_counter()
    render_progress_report(reports, generated_at="2026-03-12T09:00:00Z")
end = time.perf_counter()
print(json.dumps({"import_fpdf": t1 - t0, "import_documents": t2 - t1, "first": end - start}))
"""


def fresh_process(what: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, what], cwd=REPO, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def warm(fn, runs: int) -> tuple[float, float]:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> None:
    sys.path.insert(0, str(REPO))
    from praktijkdesk.documents.declaration_pdf import render_declaration
    from praktijkdesk.documents.progress_report_pdf import render_progress_report
    from tests.documents import samples

    cold_decl = fresh_process("declaration")
    cold_report = fresh_process("report")

    snap = samples.snapshot(work_processes=10)
    signatures = (samples.signature(snap),)
    decl_p50, decl_p90 = warm(lambda: render_declaration(snap, signatures=signatures), WARM_RUNS)
    reports = [
        samples.progress_report(samples.NAMES[i % 5], small=False) for i in range(CANDIDATES)
    ]
    data = render_progress_report(reports, generated_at="2026-03-12T09:00:00Z")
    rep_p50, _ = warm(
        lambda: render_progress_report(reports, generated_at="2026-03-12T09:00:00Z"), REPORT_RUNS
    )

    print(f"import fpdf (fresh process)                 {ms(cold_decl['import_fpdf'])}")
    print(f"import praktijkdesk.documents.* after fpdf  {ms(cold_decl['import_documents'])}")
    print(f"declaration, cold (first, incl. font parse) {ms(cold_decl['first'])}")
    print(
        f"declaration, warm p50 of {WARM_RUNS}               {ms(decl_p50)}  (p90 {ms(decl_p90)})"
    )
    print(
        f"progress report {CANDIDATES} candidates, cold      {ms(cold_report['first'])}"
        f"  ({len(data) // 1024} kB)"
    )
    print(f"progress report {CANDIDATES} candidates, warm p50  {ms(rep_p50)}")


if __name__ == "__main__":
    main()
