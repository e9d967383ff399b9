"""Broken CSV guides are refused whole, naming the physical line (the header is regel 1)."""

from __future__ import annotations

import pytest

from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides.csv_format import load_csv
from praktijkdesk.guides.validation import MAX_BEHAVIOURS, MAX_FILE_BYTES
from tests.guides.conftest import HEADER, csv_rows

ROW = "B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;Telt de dozen."


def refused(data: bytes) -> InvalidGuide:
    with pytest.raises(InvalidGuide) as exc:
        load_csv(data, today="2026-03-01")
    return exc.value


def test_missing_column_is_named():
    header = HEADER.replace(";werkproces_code", "")
    data = (header + "\r\nAssistent logistiek;;Entree;B1-K1;L;W;Telt.\r\n").encode()
    error = refused(data)
    assert error.where == "regel 1"
    assert "werkproces_code" in error.reason


def test_empty_file():
    assert "leeg" in refused(b"\r\n\r\n").message


def test_header_only():
    assert "geen regels" in refused((HEADER + "\r\n").encode()).message


def test_qualification_columns_must_agree():
    data = csv_rows(ROW, ROW.replace("dozen", "pallets")).replace(
        b"\r\nAssistent logistiek;;Entree;B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;Telt de p",
        b"\r\nAssistent logistiek;;2;B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;Telt de p",
    )
    error = refused(data)
    assert error.where == "regel 3"
    assert "niveau" in error.reason and "regel 2" in error.reason


def test_line_numbers_count_physical_lines():
    data = csv_rows(
        'B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;"Telt\r\nde\r\ndozen."',
        "",
        "B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;",
    )
    # header = 1, the quoted row spans 2-4, an empty row 5, the empty behaviour is on line 6.
    data = data.replace(b"\r\nAssistent logistiek;;Entree;\r\n", b"\r\n\r\n")
    error = refused(data)
    assert error.where == "regel 6"
    assert "leeg" in error.reason


def test_duplicate_behaviour_ids():
    header = HEADER + ";gedragsvoorbeeld_id"
    data = csv_rows(ROW + ";X-1", ROW.replace("dozen", "pallets") + ";x-1", header=header)
    error = refused(data)
    assert error.where == "regel 3"
    assert "twee keer" in error.reason and "regel 2" in error.reason


def test_work_process_under_two_core_tasks():
    data = csv_rows(ROW, "B1-K2;Opslag;B1-K1-W1;Ontvangt goederen;Scant.")
    assert refused(data).where == "regel 3"


def test_same_code_different_title():
    data = csv_rows(ROW, "B1-K1;Logistiek;B1-K1-W1;Ontvangt spullen;Scant.")
    error = refused(data)
    assert error.where == "regel 3" and "regel 2" in error.reason


def test_work_process_without_behaviour():
    error = refused(csv_rows(ROW, "B1-K1;Logistiek;B1-K1-W2;Slaat op;"))
    assert error.where == "regel 3"
    assert "gedragsvoorbeeld is leeg" in error.reason


def test_control_characters():
    error = refused(csv_rows(ROW.replace("dozen", "do\x0bzen")))
    assert error.where == "regel 2"
    assert "U+000B" in error.reason


def test_too_long_text():
    error = refused(csv_rows(ROW.replace("dozen", "d" * 600)))
    assert error.where == "regel 2" and "te lang" in error.reason


def test_too_many_columns():
    assert refused(csv_rows(ROW + ";extra")).where == "regel 2"


def test_trailing_empty_cells_are_fine():
    assert load_csv(csv_rows(ROW + ";;;"), today="2026-03-01").behaviours()


def test_unclosed_quote():
    error = refused(csv_rows(ROW, 'B1-K1;Logistiek;B1-K1-W1;Ontvangt goederen;"Telt de dozen'))
    assert error.where == "regel 3"
    assert "aanhalingstekens" in error.reason


def test_bad_bytes_in_neither_encoding():
    # 0x81 is undefined in Windows-1252 and not valid UTF-8 on its own.
    error = refused(csv_rows(ROW) + b"Telt de \x81dozen.")
    assert "UTF-8" in error.reason and error.where == "regel 3"


def test_utf16_is_named():
    assert "UTF-16" in refused(csv_rows(ROW).decode().encode("utf-16")).message


def test_too_large_file():
    assert "te groot" in refused(csv_rows(ROW) + b"\r\n" * MAX_FILE_BYTES).message


def test_too_many_rows():
    rows = [f"B1-K1;L;B1-K1-W1;O;Telt doos {n}." for n in range(MAX_BEHAVIOURS + 1)]
    assert "te veel" in refused(csv_rows(*rows)).reason


def test_bad_voorbeeld_value():
    error = refused(csv_rows(ROW + ";misschien", header=HEADER + ";voorbeeld"))
    assert error.where == "regel 2"
