"""The school's registration list: one row per issued or withdrawn declaration, a CSV that a
Dutch spreadsheet opens right and never runs as a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from praktijkdesk.cli import main
from praktijkdesk.documents.registrations_csv import HEADER, formula_safe
from praktijkdesk.errors import InvalidInput
from tests.services.declaration_data import HARD_NAMES, add_candidate, master

NASTY = '=HYPERLINK("http://x";"klik")'


def parse(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    assert b"\r\n" in data
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


@pytest.fixture
def issued(desk, trainer, clock):
    school = desk.schools.add_school("ROC Mondriaan", brin="25LH")
    desk.people.edit_employer_details(trainer.employer_id, sbb_number="100234567")
    result = []
    for n, name in enumerate((HARD_NAMES[0], '-Anna; "de" Vries', "@Bob +31")):
        t = add_candidate(desk, trainer, name)
        if n != 1:
            desk.trajectories.edit(t.id, school_id=school.id)
        master(desk, t, trainer, ["B1-K1-W1", "B1-K2-W1"])
        result.append(desk.declarations.issue(t.id, trainer.id))
        clock.advance(dt.timedelta(days=40))
    desk.declarations.withdraw(result[2].id, trainer.id, "Verkeerde kandidaat gekozen")
    return school, result


def test_one_row_per_issued_or_withdrawn_declaration(desk, issued):
    school, declarations = issued
    rows = parse(desk.declarations.registrations_csv()[0])
    assert tuple(rows[0]) == HEADER
    body = rows[1:]
    assert [r[0] for r in body] == [d.number for d in declarations]
    assert [r[1] for r in body] == ["uitgereikt", "uitgereikt", "ingetrokken"]
    first = dict(zip(HEADER, body[0], strict=True))
    assert first["Kandidaat"] == HARD_NAMES[0] and first["Geboortedatum"] == "1991-04-17"
    assert first["Crebo"] == "25168" and first["Niveau"] == "2"
    assert first["Werkprocessen"] == "B1-K1-W1, B1-K2-W1"
    assert first["Erkenningsnummer SBB"] == "100234567" and first["School"] == "ROC Mondriaan"
    assert first["BRIN"] == "25LH" and first["Praktijkopleider"] == "Fatma Yılmaz"
    # Formula-safe: a name that starts with - or @ is text, quotes and ; survive.
    assert body[1][4] == '\'-Anna; "de" Vries' and body[2][4] == "'@Bob +31"
    assert body[2][3]  # the withdrawal date


def test_filters_by_school_and_dates(desk, issued):
    school, declarations = issued
    by_school = desk.declarations.registrations(school="25lh")
    assert [r.number for r in by_school] == [declarations[0].number, declarations[2].number]
    assert desk.declarations.registrations(school="ROC Mondriaan") == by_school
    first_day = by_school[0].issued_on
    only_first = desk.declarations.registrations(date_from=first_day, date_to=first_day)
    assert [r.number for r in only_first] == [declarations[0].number]
    with pytest.raises(InvalidInput, match="vóór de begindatum"):
        desk.declarations.registrations(date_from="2026-05-01", date_to="2026-04-01")
    with pytest.raises(InvalidInput, match="De begindatum '1 mei' is geen goede datum"):
        desk.declarations.registrations(date_from="1 mei")


@pytest.mark.parametrize("value", ["=1+1", "+31 70", "-5", "@SUM(A1)", "\tx", "\rx", NASTY])
def test_formula_starts_get_an_apostrophe(value):
    assert formula_safe(value) == "'" + value
    assert formula_safe("Şükrü =1") == "Şükrü =1" and formula_safe(None) == ""


def test_cli_writes_the_list_and_refuses_a_wrong_name(desk, issued, data_dir, tmp_path, capsys):
    desk.close()
    out = tmp_path / "registratie.csv"
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "registrations",
                "--out",
                str(out),
                "--school",
                "ROC Mondriaan",
            ]
        )
        == 0
    )
    assert "2 praktijkverklaring(en)" in capsys.readouterr().out
    assert len(parse(out.read_bytes())) == 3
    assert (
        main(["--data-dir", str(data_dir), "registrations", "--out", str(tmp_path / "x.xlsx")]) == 2
    )
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "registrations",
                "--out",
                str(out),
                "--school",
                "Onbekend College",
            ]
        )
        == 2
    )
    assert "bestaat niet" in capsys.readouterr().err
