from __future__ import annotations

import csv
import io

from praktijkdesk.guides.csv_format import dump_csv, load_csv
from tests.guides.conftest import HEADER, csv_rows

TODAY = "2026-03-01"


def test_every_bundled_guide_survives_export_and_import(bundled):
    assert load_csv(dump_csv(bundled).encode("utf-8"), today=TODAY) == bundled


def test_with_a_bom(bundled):
    assert load_csv(dump_csv(bundled).encode("utf-8-sig"), today=TODAY) == bundled


def test_with_comma_separator(bundled):
    rows = list(csv.reader(io.StringIO(dump_csv(bundled), newline=""), delimiter=";"))
    out = io.StringIO()
    csv.writer(out, delimiter=",", lineterminator="\r\n").writerows(rows)
    assert load_csv(out.getvalue().encode("utf-8"), today=TODAY) == bundled


def test_windows_1252_as_dutch_excel_saves_it(bundled):
    data = dump_csv(bundled).encode("cp1252")
    assert load_csv(data, today=TODAY) == bundled


def test_cp1252_accents_are_read_as_accents():
    data = csv_rows("B1-K1;Café;B1-K1-W1;Creëert sfeer;Zet de stoelen recht.").decode()
    guide = load_csv(data.encode("cp1252"), today=TODAY)
    assert guide.core_tasks[0].title == "Café"
    assert guide.work_processes()[0].title == "Creëert sfeer"


def test_columns_in_any_order_and_case_with_empty_lines_and_quoted_breaks():
    data = (
        b"Gedragsvoorbeeld;WERKPROCES_CODE;werkproces;kerntaak;Kerntaak_Code;niveau;crebo;"
        b"kwalificatie;opmerking\r\n"
        b"\r\n"
        b'"Telt de dozen\r\nen de pallets.";B1-K1-W1;Ontvangt goederen;Logistiek;B1-K1;2;25253'
        b";Assistent logistiek;\r\n"
        b";;;;;;;;\r\n"
    )
    guide = load_csv(data, today=TODAY)
    assert guide.behaviours()[0].text == "Telt de dozen en de pallets."
    assert guide.qualification.crebo == "25253"
    assert guide.qualification.level == "2"


def test_slug_from_qualification_and_version_from_the_import_date():
    guide = load_csv(
        csv_rows("B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;Telt de dozen."), today=TODAY
    )
    assert (guide.slug, guide.title, guide.version) == (
        "assistent-logistiek",
        "Assistent logistiek",
        TODAY,
    )
    assert guide.example is False
    assert guide.behaviours()[0].id == "B1-K1-W1-1"


def test_a_versie_column_wins_over_the_import_date():
    header = HEADER + ";versie"
    data = csv_rows(
        "B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;Telt de dozen.;2025-2", header=header
    )
    assert load_csv(data, today=TODAY).version == "2025-2"


def test_rows_are_grouped_in_first_seen_order():
    data = csv_rows(
        "B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;Telt de dozen.",
        "B1-K2;Opslag;B1-K2-W1;Slaat op;Zet zware dozen onderop.",
        "B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;Scant de goederen.",
    )
    guide = load_csv(data, today=TODAY)
    assert [ct.code for ct in guide.core_tasks] == ["B1-K1", "B1-K2"]
    assert [b.id for b in guide.behaviours()] == ["B1-K1-W1-1", "B1-K1-W1-2", "B1-K2-W1-1"]
