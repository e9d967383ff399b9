"""How long the plain-language check (B1) takes: numbers to read, never assertions.

    python3 benchmarks/plain_language.py

The largest guide a file may hold (2,000 behaviours, the validation limit), made of the
bundled behaviour texts with a school-style sentence mixed in, checked whole as the import
preview does; and one long text (500 characters, the behaviour limit) as an editor would
check it on every change. Wall time and, in brackets, CPU time (steadier on a busy machine).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from praktijkdesk.guides.bundled import bundled_guides
from praktijkdesk.guides.plain_language import check_text
from praktijkdesk.guides.validation import MAX_BEHAVIOURS, MAX_TEXT_LENGTH

SCHOOL = "Hij/zij draagt zorg voor de uitvoering van werkzaamheden ten behoeve van de klant."


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    texts = [b.text for g in bundled_guides() for b in g.behaviours()] + [SCHOOL]
    guide = (texts * (MAX_BEHAVIOURS // len(texts) + 1))[:MAX_BEHAVIOURS]
    runs = [timed(lambda: [check_text(t) for t in guide]) for _ in range(5)]
    findings = sum(len(check_text(t)) for t in guide)
    print(
        f"{MAX_BEHAVIOURS} behaviours ({findings} findings): "
        f"p50 {statistics.median(r[0] for r in runs) * 1000:.0f} ms "
        f"({statistics.median(r[1] for r in runs) * 1000:.0f} ms CPU)"
    )
    long_text = (SCHOOL + " ") * (MAX_TEXT_LENGTH // (len(SCHOOL) + 1))
    runs = [timed(lambda: check_text(long_text)) for _ in range(50)]
    print(
        f"one text of {len(long_text)} characters: "
        f"p50 {statistics.median(r[0] for r in runs) * 1000:.2f} ms "
        f"({statistics.median(r[1] for r in runs) * 1000:.2f} ms CPU)"
    )


if __name__ == "__main__":
    main()
