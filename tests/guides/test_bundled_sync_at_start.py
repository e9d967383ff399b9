"""The start's quick check of the bundled guides agrees with the full parse, and a missing
bundled version is still stored."""

from __future__ import annotations

from praktijkdesk.desk import Desk
from praktijkdesk.guides import bundled
from praktijkdesk.guides.bundled import bundled_guides, bundled_keys


def test_the_quick_keys_are_the_keys_the_full_parse_gives():
    assert sorted(bundled_keys()) == sorted(g.key for g in bundled_guides())


def test_a_bundled_version_that_is_missing_is_stored_again(tmp_path):
    with Desk.open(tmp_path) as desk:
        key = bundled_guides()[0].key
        desk.db.execute("DELETE FROM guides WHERE id = ?", [key])
        assert desk.guides.ensure_bundled() == 1
        assert desk.db.execute("SELECT COUNT(*) FROM guides WHERE id = ?", [key]).fetchone()[0] == 1
        assert desk.guides.ensure_bundled() == 0


def test_when_all_are_stored_the_guides_are_not_parsed(tmp_path, monkeypatch):
    with Desk.open(tmp_path) as desk:

        def parse():
            raise AssertionError("the full parse ran although every version is stored")

        monkeypatch.setattr(bundled, "_load", parse)
        assert desk.guides.ensure_bundled() == 0


def test_a_file_without_plain_slug_falls_back_to_the_full_parse(tmp_path, monkeypatch):
    folder = tmp_path / "guides"
    folder.mkdir()
    (folder / "x.json").write_text('{"slug": 3, "version": "1"}', encoding="utf-8")
    monkeypatch.setattr(bundled, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert bundled_keys() is None
