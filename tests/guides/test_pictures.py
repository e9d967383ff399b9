"""The optional ``picture`` per work process and behaviour (issue #16)."""

from __future__ import annotations

import json

import pytest

from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides.bundled import bundled_guides
from praktijkdesk.guides.json_format import dump_json, load_json
from praktijkdesk.paths import resource

GUIDE = {
    "format": "praktijkdesk-guide/1",
    "slug": "test",
    "title": "Test",
    "version": "1",
    "qualification": {"name": "Test"},
    "core_tasks": [
        {
            "code": "B1-K1",
            "title": "Kern",
            "work_processes": [
                {
                    "code": "B1-K1-W1",
                    "title": "Werk",
                    "picture": "1F9F9",
                    "behaviours": [
                        {"id": "a", "text": "Veegt de vloer.", "picture": "1f4de"},
                        "Zonder",
                    ],
                },
            ],
        }
    ],
}


def test_pictures_load_dump_and_round_trip():
    guide = load_json(json.dumps(GUIDE))
    wp = guide.work_processes()[0]
    assert wp.picture == "1F9F9"
    assert [b.picture for b in wp.behaviours] == ["1F4DE", ""]  # upper case; none is fine
    text = dump_json(guide)
    assert text.count('"picture"') == 2
    again = load_json(text)
    assert [b.picture for b in again.behaviours()] == ["1F4DE", ""]
    assert again.work_processes()[0].picture == "1F9F9"


def test_a_guide_without_pictures_keeps_its_canonical_bytes():
    bare = json.loads(json.dumps(GUIDE))
    del bare["core_tasks"][0]["work_processes"][0]["picture"]
    del bare["core_tasks"][0]["work_processes"][0]["behaviours"][0]["picture"]
    assert '"picture"' not in dump_json(load_json(json.dumps(bare)))


def test_pictures_never_make_two_guides_different():
    """Presentation only: a copy with pictures is the same guide (exchange keeps it)."""
    bare = json.loads(json.dumps(GUIDE))
    del bare["core_tasks"][0]["work_processes"][0]["picture"]
    assert load_json(json.dumps(bare)) == load_json(json.dumps(GUIDE))


@pytest.mark.parametrize(
    "bad", ["bezem", "1F9F9.svg", "../../etc/passwd", 42, "1F9F9 1F4DE", "<svg/>"]
)
def test_a_bad_picture_is_refused_naming_where(bad):
    wrong = json.loads(json.dumps(GUIDE))
    wrong["core_tasks"][0]["work_processes"][0]["behaviours"][0]["picture"] = bad
    with pytest.raises(InvalidGuide) as caught:
        load_json(json.dumps(wrong))
    assert "core_tasks[0].work_processes[0].behaviours[0].picture" in str(caught.value)
    assert "plaatje" in caught.value.message


def test_every_bundled_work_process_has_a_picture_that_ships():
    for guide in bundled_guides():
        for wp in guide.work_processes():
            assert wp.picture, (guide.slug, wp.code)
            assert resource("pictures", f"{wp.picture}.svg").is_file(), wp.picture
        for b in guide.behaviours():
            if b.picture:
                assert resource("pictures", f"{b.picture}.svg").is_file(), b.picture


def test_only_the_pictures_used_ship_with_their_licence():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[2] / "tools"))
    import add_pictures

    shipped = {p.stem for p in resource("pictures").glob("*.svg")}
    assert shipped == add_pictures.used_pictures(bundled_guides())
    licence = resource("pictures", "LICENSE-OpenMoji.txt").read_text(encoding="utf-8")
    assert "Attribution-ShareAlike 4.0 International" in licence


def test_the_tool_is_idempotent_on_the_bundled_guides():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[2] / "tools"))
    import add_pictures

    for path in sorted(resource("guides").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        assert dump_json(add_pictures.add_pictures(load_json(text))) == text, path.name
