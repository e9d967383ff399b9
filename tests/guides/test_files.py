"""Reading and writing guide files on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from praktijkdesk.errors import InvalidGuide, InvalidInput
from praktijkdesk.guides import export_guide, load_guide_bytes, load_guide_file
from praktijkdesk.guides.validation import MAX_FILE_BYTES


@pytest.mark.parametrize("suffix", [".json", ".csv", ".JSON"])
def test_export_then_import_gives_the_same_guide(bundled, tmp_path, suffix):
    path = export_guide(bundled, tmp_path / f"gids{suffix}")
    assert load_guide_file(path, today="2030-01-01") == bundled
    assert [p.name for p in tmp_path.iterdir()] == [f"gids{suffix}"]  # no temp files left


def test_csv_export_starts_with_a_bom_for_excel(bundled, tmp_path):
    path = export_guide(bundled, tmp_path / "gids.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfkwalificatie;")


def test_export_replaces_an_existing_file(bundled, tmp_path):
    path = tmp_path / "gids.json"
    path.write_text("oud")
    export_guide(bundled, path, overwrite=True)
    assert load_guide_file(path) == bundled


def test_other_extensions_are_refused(bundled, tmp_path):
    path = tmp_path / "gids.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(InvalidGuide, match=r"\.json of \.csv"):
        load_guide_file(path)
    with pytest.raises(InvalidGuide):
        load_guide_bytes(b"{}", "gids.txt")
    with pytest.raises(InvalidInput, match=r"\.json of \.csv"):
        export_guide(bundled, tmp_path / "gids.txt")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InvalidGuide, match="bestaat niet"):
        load_guide_file(tmp_path / "weg.json")
    (tmp_path / "map.json").mkdir()
    with pytest.raises(InvalidGuide, match="map"):
        load_guide_file(tmp_path / "map.json")


def test_size_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "groot.json"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: large on paper, nothing to read

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(InvalidGuide, match="te groot"):
        load_guide_file(path)


def test_csv_without_versie_gets_today(tmp_path):
    data = (
        "kwalificatie;crebo;niveau;kerntaak_code;kerntaak;werkproces_code;werkproces;"
        "gedragsvoorbeeld\nAssistent logistiek;;Entree;K1;Logistiek;K1-W1;Ontvangt;Telt.\n"
    )
    guide = load_guide_bytes(data.encode(), "Gids.CSV", today="2026-04-05")
    assert guide.version == "2026-04-05"


def test_a_failed_write_is_a_dutch_message_and_leaves_nothing(bundled, tmp_path):
    (tmp_path / "gids.json").mkdir()  # a folder where the file should go: refused first
    with pytest.raises(InvalidInput, match="geen gewoon bestand"):
        export_guide(bundled, tmp_path / "gids.json", overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == ["gids.json"]
