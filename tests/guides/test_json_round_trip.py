from __future__ import annotations

import json

from praktijkdesk.domain.guide import Behaviour
from praktijkdesk.guides.json_format import dump_json, load_json
from tests.guides.conftest import tiny, tiny_json


def test_every_bundled_guide_survives_dump_and_load(bundled):
    assert load_json(dump_json(bundled)) == bundled
    assert load_json(dump_json(bundled).encode("utf-8")) == bundled


def test_dump_is_stable(bundled):
    once = dump_json(bundled)
    assert dump_json(load_json(once)) == once


def test_dump_is_plain_json_with_every_key(bundled):
    data = json.loads(dump_json(bundled))
    assert list(data) == [
        "format",
        "slug",
        "title",
        "version",
        "example",
        "qualification",
        "source",
        "core_tasks",
    ]
    assert data["format"] == "praktijkdesk-guide/1"


def test_a_plain_string_behaviour_is_numbered_by_position():
    guide = load_json(tiny_json())
    first = guide.work_process("B1-K1-W1")
    assert first.behaviours == (
        Behaviour("B1-K1-W1-1", "Telt de dozen."),
        Behaviour("B1-K1-W1-2", "Zet de bestelling klaar volgens de picklijst."),
    )
    assert guide.work_process("B1-K1-W2").behaviours[0].id == "B1-K1-W2-1"


def test_example_is_optional_and_false_by_default():
    assert load_json(tiny_json()).example is False
    assert load_json(tiny_json(example=True)).example is True


def test_slug_comes_from_the_title_when_missing():
    data = tiny(title="Assistent dienstverlening en zorg")
    del data["slug"]
    assert load_json(json.dumps(data)).slug == "assistent-dienstverlening-en-zorg"


def test_a_utf8_bom_is_accepted():
    assert load_json(b"\xef\xbb\xbf" + tiny_json().encode()).slug == "assistent-logistiek"


def test_unknown_keys_are_ignored_for_newer_files():
    data = tiny(remark="iets nieuws")
    assert load_json(json.dumps(data)) == load_json(tiny_json())
