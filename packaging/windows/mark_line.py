"""For smoke.ps1: write one `mark --stdin` line (UTF-8) for the demo data in DATA_DIR.

Usage: python mark_line.py DATA_DIR OUT.jsonl — uses the source package installed in the
workflow's Python to find a trajectory and a behaviour of the demo trainer Fatma Yılmaz.
"""

import json
import sys

from praktijkdesk.desk import Desk

data_dir, out = sys.argv[1], sys.argv[2]
with Desk.open(data_dir, daily_backup=False) as desk:
    summary = next(s for s in desk.trajectories.summaries() if s.trainer_name == "Fatma Yılmaz")
    checklist = desk.marking.checklist(summary.id)
    line = {
        "trajectory": summary.id,
        "by": "Fatma Yılmaz",
        "behaviour": checklist.items[0].behaviour.id,
        "status": "practising",
        "note": "Goed gedaan, Şükrü — Ĳverig",
    }
with open(out, "w", encoding="utf-8", newline="\n") as handle:
    handle.write(json.dumps(line, ensure_ascii=False) + "\n")
