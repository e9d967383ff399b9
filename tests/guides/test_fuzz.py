"""Whatever a file holds, loading ends in a valid Guide or InvalidGuide; never a traceback."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from praktijkdesk.domain.guide import Guide
from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides.csv_format import dump_csv, load_csv
from praktijkdesk.guides.json_format import dump_json, load_json
from tests.guides.conftest import HEADER, TINY

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
# Keys and values a guide really has, so the generator reaches the deeper rules too.
keys = st.sampled_from(
    [
        "format",
        "slug",
        "title",
        "version",
        "example",
        "qualification",
        "source",
        "core_tasks",
        "code",
        "work_processes",
        "behaviours",
        "id",
        "text",
        "name",
        "crebo",
        "level",
    ]
)
texts = st.sampled_from(
    ["praktijkdesk-guide/1", "B1-K1", "B1-K1-W1", "2", "Entree", "", " ", "a\x00b", "é", "x" * 501]
) | st.text(max_size=20)


def looks_valid(guide: Guide) -> None:
    assert isinstance(guide, Guide)
    assert guide.core_tasks and all(ct.work_processes for ct in guide.core_tasks)
    assert all(wp.behaviours for wp in guide.work_processes())
    # A guide that loaded must survive its own round trips.
    assert load_json(dump_json(guide)) == guide
    assert load_csv(dump_csv(guide).encode("utf-8"), today="2026-01-01") == guide


def load_or_refuse(load, data) -> None:
    try:
        guide = load(data)
    except InvalidGuide as exc:
        assert exc.message
        return
    looks_valid(guide)


@SETTINGS
@given(st.text(max_size=300) | st.binary(max_size=300))
def test_any_text_or_bytes_as_json(data):
    load_or_refuse(load_json, data)


@SETTINGS
@given(json_values)
def test_any_json_value(value):
    load_or_refuse(load_json, json.dumps(value))


def mutate(data, path_keys, value):
    """Replace one value somewhere in the tiny guide."""
    node = data
    for key in path_keys[:-1]:
        if isinstance(node, dict) and node:
            node = node[sorted(node)[key % len(node)]]
        elif isinstance(node, list) and node:
            node = node[key % len(node)]
    if isinstance(node, dict) and node:
        node[sorted(node)[path_keys[-1] % len(node)]] = value
    elif isinstance(node, list) and node:
        node[path_keys[-1] % len(node)] = value


@SETTINGS
@given(
    st.lists(st.integers(0, 10), min_size=1, max_size=8),
    st.one_of(json_values, texts, st.dictionaries(keys, texts | json_values, max_size=4)),
)
def test_a_guide_with_one_value_changed(path_keys, value):
    data = json.loads(json.dumps(TINY))
    mutate(data, path_keys, value)
    load_or_refuse(load_json, json.dumps(data))


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_as_csv(data):
    load_or_refuse(lambda d: load_csv(d, today="2026-01-01"), data)


cells = st.sampled_from(
    [
        "",
        "B1-K1",
        "B1-K1-W1",
        "Entree",
        "2",
        "Telt de dozen.",
        '"',
        '"a;b"',
        "\r\n",
        "\x0b",
        "é",
        "x" * 501,
    ]
) | st.text(max_size=15)


BASE_ROW = [
    "Assistent logistiek",
    "",
    "Entree",
    "B1-K1",
    "Logistiek",
    "B1-K1-W1",
    "Ontvangt",
    "Telt de dozen.",
]


@st.composite
def rows_near_valid(draw):
    """A valid row with a few cells changed, or a row of any cells at all."""
    if draw(st.booleans()):
        return draw(st.lists(cells, max_size=10))
    row = list(BASE_ROW)
    for index in draw(st.lists(st.integers(0, len(row) - 1), max_size=2)):
        row[index] = draw(cells)
    return row


@SETTINGS
@given(
    st.lists(rows_near_valid(), max_size=8),
    st.sampled_from([";", ","]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_rows_under_a_valid_header(rows, separator, encoding):
    lines = [HEADER.replace(";", separator)] + [separator.join(row) for row in rows]
    data = "\r\n".join(lines).encode(encoding, errors="replace")
    load_or_refuse(lambda d: load_csv(d, today="2026-01-01"), data)
