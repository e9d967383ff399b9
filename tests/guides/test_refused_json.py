"""Broken JSON guides are refused whole, with a Dutch message naming the path or line."""

from __future__ import annotations

import json

import pytest

from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides.json_format import load_json
from praktijkdesk.guides.validation import MAX_FILE_BYTES
from tests.guides.conftest import tiny, tiny_json


def refused(data) -> InvalidGuide:
    with pytest.raises(InvalidGuide) as exc:
        load_json(data)
    return exc.value


def test_broken_json_names_line_and_column():
    text = tiny_json().replace('"slug": ', '"slug" ', 1)
    error = refused(text)
    column = text.index('"slug" ') + len('"slug" ') + 1  # where the colon was expected
    assert error.where == f"regel 1, kolom {column}"
    assert "geen geldige JSON" in error.message


def test_broken_json_on_a_later_line():
    error = refused('{\n  "format": "praktijkdesk-guide/1",\n  "slug": ,\n}')
    assert error.where == "regel 3, kolom 11"


def test_not_utf8_says_so_and_names_the_line():
    data = tiny_json(title="Café").encode("utf-8").replace("é".encode(), "é".encode("cp1252"))
    data = data.replace(b', "version"', b',\n"version"')
    error = refused(data)
    assert "UTF-8" in error.message
    assert error.where == "regel 1"


def test_utf16_is_named():
    assert "UTF-16" in refused(tiny_json().encode("utf-16")).message


@pytest.mark.parametrize(
    "fmt, words",
    [
        ("praktijkdesk-guide/2", "Werk praktijkdesk bij"),
        ("iets anders", "geen begeleidingsdocument"),
        (1, "geen begeleidingsdocument"),
    ],
)
def test_wrong_format(fmt, words):
    error = refused(tiny_json(format=fmt))
    assert words in error.message
    assert error.where == "format"


def test_missing_format():
    data = tiny()
    del data["format"]
    assert "'format' ontbreekt" in refused(json.dumps(data)).message


@pytest.mark.parametrize("key", ["title", "version", "qualification", "core_tasks"])
def test_missing_top_level_key(key):
    data = tiny()
    del data[key]
    assert refused(json.dumps(data)).reason == f"'{key}' ontbreekt."


def test_missing_nested_key_names_the_path():
    data = tiny()
    del data["core_tasks"][0]["work_processes"][1]["title"]
    error = refused(json.dumps(data))
    assert error.where == "core_tasks[0].work_processes[1]"
    assert error.reason == "'title' ontbreekt."


@pytest.mark.parametrize(
    "change, where",
    [
        (lambda d: d.update(core_tasks={}), "core_tasks"),
        (lambda d: d.update(title=3), "title"),
        (lambda d: d.update(example="ja"), "example"),
        (lambda d: d["qualification"].update(level=["2"]), "qualification.level"),
        (lambda d: d["core_tasks"][0].update(code=None), "core_tasks[0].code"),
        (
            lambda d: d["core_tasks"][0]["work_processes"][0]["behaviours"].append(5),
            "core_tasks[0].work_processes[0].behaviours[2]",
        ),
        (
            lambda d: d["core_tasks"][0]["work_processes"][0]["behaviours"][0].update(text=[]),
            "core_tasks[0].work_processes[0].behaviours[0].text",
        ),
    ],
)
def test_wrong_types_name_the_path(change, where):
    data = tiny()
    change(data)
    assert refused(json.dumps(data)).where == where


def test_a_list_instead_of_a_guide():
    assert "blok" in refused("[]").message


def test_duplicate_work_process_codes():
    data = tiny()
    data["core_tasks"][0]["work_processes"][1]["code"] = "b1-k1-w1"
    error = refused(json.dumps(data))
    assert error.where == "core_tasks[0].work_processes[1]"
    assert "twee keer" in error.reason and "core_tasks[0].work_processes[0]" in error.reason


def test_duplicate_behaviour_ids():
    data = tiny()
    # The plain string at position 2 gets B1-K1-W1-2 by the rule; an explicit id clashes.
    data["core_tasks"][0]["work_processes"][1]["behaviours"] = [
        {"id": "B1-K1-W1-2", "text": "Zet zware dozen onderop."}
    ]
    error = refused(json.dumps(data))
    assert error.where == "core_tasks[0].work_processes[1].behaviours[0]"


def test_duplicate_core_task_codes():
    data = tiny()
    data["core_tasks"].append(dict(data["core_tasks"][0]))
    assert refused(json.dumps(data)).where == "core_tasks[1]"


def test_work_process_without_behaviours():
    data = tiny()
    data["core_tasks"][0]["work_processes"][1]["behaviours"] = []
    error = refused(json.dumps(data))
    assert error.where == "core_tasks[0].work_processes[1]"
    assert "geen gedragsvoorbeelden" in error.reason


def test_core_task_without_work_processes_and_guide_without_core_tasks():
    data = tiny()
    data["core_tasks"][0]["work_processes"] = []
    assert "geen werkprocessen" in refused(json.dumps(data)).reason
    assert "geen kerntaken" in refused(tiny_json(core_tasks=[])).reason


def test_control_characters_are_refused():
    data = tiny()
    data["core_tasks"][0]["work_processes"][0]["behaviours"][1] = "Telt\u0007 de dozen."
    error = refused(json.dumps(data))
    assert error.where == "core_tasks[0].work_processes[0].behaviours[1]"
    assert "U+0007" in error.reason


@pytest.mark.parametrize("char", ["\u202e", "\ud800", "\x00", "\x1f"])
def test_invisible_and_broken_characters_are_refused(char):
    error = refused(json.dumps(tiny(title=f"Assistent{char} logistiek")))
    assert error.where == "title"


def test_too_long_behaviour_text():
    data = tiny()
    data["core_tasks"][0]["work_processes"][0]["behaviours"][0]["text"] = "a" * 501
    error = refused(json.dumps(data))
    assert error.where == "core_tasks[0].work_processes[0].behaviours[0].text"
    assert "te lang" in error.reason


def test_too_long_title():
    assert refused(tiny_json(title="t" * 201)).where == "title"


def test_empty_text_is_refused():
    data = tiny()
    data["core_tasks"][0]["work_processes"][0]["behaviours"][1] = " \t "
    assert "leeg" in refused(json.dumps(data)).reason


def test_too_large_is_refused_before_parsing():
    data = tiny_json().encode() + b" " * (MAX_FILE_BYTES + 1)
    assert "te groot" in refused(data).message


def test_duplicate_keys_are_refused():
    text = tiny_json().replace(
        '"slug": "assistent-logistiek"', '"slug": "a", "slug": "assistent-logistiek"'
    )
    assert "twee keer" in refused(text).message


@pytest.mark.parametrize(
    "field, value",
    [
        ("slug", "Assistent Logistiek"),
        ("version", "versie 1"),
        ("version", "1@2"),
    ],
)
def test_bad_slug_or_version(field, value):
    assert refused(tiny_json(**{field: value})).where == field


@pytest.mark.parametrize("field, value", [("code", "B1 K1"), ("code", "-B1"), ("code", "B" * 41)])
def test_bad_codes(field, value):
    data = tiny()
    data["core_tasks"][0][field] = value
    assert refused(json.dumps(data)).where == "core_tasks[0].code"


def test_bad_level_and_crebo():
    data = tiny()
    data["qualification"]["level"] = "5"
    assert refused(json.dumps(data)).where == "qualification.level"
    data = tiny()
    data["qualification"]["crebo"] = "25xxx"
    assert refused(json.dumps(data)).where == "qualification.crebo"


def test_deep_nesting_and_huge_numbers_are_refused_politely():
    assert refused("[" * 100_000 + "]" * 100_000)
    assert refused("1" * 10_000)
