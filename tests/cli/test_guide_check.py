"""guide-check: the plain-language check (B1) from the command line, in Dutch."""

from __future__ import annotations

import json

from tests.cli.conftest import json_of, run_cli

GUIDE = {
    "format": "praktijkdesk-guide/1",
    "slug": "proef",
    "title": "Proef",
    "version": "1",
    "qualification": {"name": "Proef"},
    "core_tasks": [
        {
            "code": "B1-K1",
            "title": "Werkt",
            "work_processes": [
                {
                    "code": "B1-K1-W1",
                    "title": "Doet iets",
                    "short_title": "Uitvoering",
                    "behaviours": [
                        "De tafel wordt door hem gedekt.",
                        "Hij/zij zet de tafels klaar.",
                    ],
                }
            ],
        }
    ],
}


def test_findings_are_printed_in_dutch_with_where_and_exit_1(tmp_path):
    path = tmp_path / "proef.json"
    path.write_text(json.dumps(GUIDE), encoding="utf-8")
    result = run_cli(tmp_path / "data", "guide-check", str(path))
    assert result.returncode == 1, result.stderr
    assert "2 punten om eenvoudiger te schrijven" in result.stdout
    assert "B1-K1-W1-1 (gedragsvoorbeeld): De tafel wordt door hem gedekt." in result.stdout
    assert "lijdende zin" in result.stdout
    assert "B1-K1-W1 (korte titel): Uitvoering" in result.stdout
    assert "B1-K1-W1-2" not in result.stdout  # a plain behaviour is not listed
    as_json = json_of(run_cli(tmp_path / "data", "guide-check", str(path), "--json"))
    assert {(f["where"], f["kind"]) for f in as_json} == {
        ("B1-K1-W1-1", "passive"),
        ("B1-K1-W1", "abstract_noun"),
    }


def test_a_stored_guide_by_its_name_passes(tmp_path):
    result = run_cli(tmp_path / "data", "guide-check", "horeca-gastheer-gastvrouw")
    assert result.returncode == 0, result.stderr
    assert "geen punten gevonden" in result.stdout


def test_a_broken_file_gets_the_import_message_with_its_line(tmp_path):
    path = tmp_path / "kapot.csv"
    path.write_text("kwalificatie;crebo\nProef;1\n", encoding="utf-8")
    result = run_cli(tmp_path / "data", "guide-check", str(path))
    assert result.returncode == 2
    assert "regel 1" in result.stderr and "kopregel mist" in result.stderr
    assert "Traceback" not in result.stderr
    missing = run_cli(tmp_path / "data", "guide-check", "bestaat-niet")
    assert missing.returncode != 0 and "Er is geen begeleidingsdocument" in missing.stderr
