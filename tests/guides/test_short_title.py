"""A work process's short title in shop-floor words: optional, at most 40 characters,
carried by JSON and CSV alike, and given to every work process of the bundled guides."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides import load_guide_bytes
from praktijkdesk.guides.bundled import bundled_guides
from praktijkdesk.guides.csv_format import dump_csv, load_csv
from praktijkdesk.guides.json_format import dump_json, load_json
from praktijkdesk.guides.validation import MAX_SHORT_TITLE_LENGTH
from praktijkdesk.paths import resource
from tests.guides.conftest import HEADER, csv_rows, tiny


def with_short_title(value) -> str:
    raw = tiny()
    raw["core_tasks"][0]["work_processes"][0]["short_title"] = value
    return json.dumps(raw, ensure_ascii=False)


def test_short_title_is_read_and_written_only_when_present():
    guide = load_json(with_short_title("Goederen  aannemen "))
    first, second = guide.work_processes()
    assert first.short_title == "Goederen aannemen"  # cleaned like every text
    assert first.plain_title == "Goederen aannemen"
    assert second.short_title == "" and second.plain_title == "Slaat goederen op"
    text = dump_json(guide)
    assert text.count('"short_title"') == 1
    assert load_json(text) == guide
    # A guide without short titles keeps its bytes: no empty key is written.
    assert '"short_title"' not in dump_json(load_json(json.dumps(tiny())))


@pytest.mark.parametrize("empty", ["", "   ", None])
def test_an_empty_short_title_means_none(empty):
    guide = load_json(with_short_title(empty))
    assert guide.work_processes()[0].short_title == ""


def test_a_short_title_too_long_is_refused_with_its_path():
    with pytest.raises(InvalidGuide) as exc:
        load_json(with_short_title("x" * (MAX_SHORT_TITLE_LENGTH + 1)))
    assert exc.value.where == "core_tasks[0].work_processes[0].short_title"
    assert "te lang" in exc.value.message
    load_json(with_short_title("x" * MAX_SHORT_TITLE_LENGTH))  # exactly the limit is fine


@pytest.mark.parametrize("bad", [12, ["a"], {"a": 1}])
def test_a_short_title_that_is_not_text_is_refused(bad):
    with pytest.raises(InvalidGuide) as exc:
        load_json(with_short_title(bad))
    assert "tekst" in exc.value.message


def test_csv_reads_the_short_title_column_and_refuses_two_different_ones():
    header = HEADER + ";werkproces_kort"
    rows = [
        "B1-K1;Werkt;B1-K1-W1;Ontvangt goederen;Telt de dozen.;Goederen aannemen",
        "B1-K1;Werkt;B1-K1-W1;Ontvangt goederen;Leest de pakbon.;",
    ]
    guide = load_csv(csv_rows(*rows, header=header), today="2026-03-01")
    assert guide.work_processes()[0].short_title == "Goederen aannemen"
    clash = rows + ["B1-K1;Werkt;B1-K1-W1;Ontvangt goederen;Tekent af.;Dozen tellen"]
    with pytest.raises(InvalidGuide) as exc:
        load_csv(csv_rows(*clash, header=header), today="2026-03-01")
    assert exc.value.where == "regel 4"
    assert "korte titel" in exc.value.message


@pytest.mark.parametrize("guide", bundled_guides(), ids=lambda g: g.slug)
def test_every_bundled_work_process_has_a_short_plain_title(guide):
    for ct in guide.core_tasks:
        assert ct.short_title and ct.code not in ct.short_title, ct.code
        assert len(ct.short_title) <= MAX_SHORT_TITLE_LENGTH
    for wp in guide.work_processes():
        assert wp.short_title, wp.code
        assert len(wp.short_title) <= MAX_SHORT_TITLE_LENGTH
        assert wp.short_title != wp.title
        assert wp.code not in wp.short_title


@pytest.mark.parametrize("guide", bundled_guides(), ids=lambda g: g.slug)
def test_bundled_guides_keep_their_short_titles_through_csv(guide):
    back = load_guide_bytes(dump_csv(guide).encode("utf-8-sig"), "x.csv")
    assert [wp.short_title for wp in back.work_processes()] == [
        wp.short_title for wp in guide.work_processes()
    ]
    assert [ct.short_title for ct in back.core_tasks] == [ct.short_title for ct in guide.core_tasks]


def test_a_core_task_may_have_a_short_title_too():
    raw = tiny()
    raw["core_tasks"][0]["short_title"] = "Werken in het magazijn"
    guide = load_json(json.dumps(raw))
    assert guide.core_tasks[0].plain_title == "Werken in het magazijn"
    assert load_json(dump_json(guide)) == guide
    assert (
        load_json(json.dumps(tiny())).core_tasks[0].plain_title
        == "Voert logistieke werkzaamheden uit"
    )
    raw["core_tasks"][0]["short_title"] = "x" * (MAX_SHORT_TITLE_LENGTH + 1)
    with pytest.raises(InvalidGuide) as exc:
        load_json(json.dumps(raw))
    assert exc.value.where == "core_tasks[0].short_title"
    assert "korte titel van de kerntaak" in exc.value.message


def _tool():
    path = Path(__file__).resolve().parents[2] / "tools" / "add_short_titles.py"
    spec = importlib.util.spec_from_file_location("add_short_titles", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tool_is_idempotent_and_keeps_keys_it_does_not_know():
    tool = _tool()
    for slug in tool.SHORT_TITLES:
        text = resource("guides", f"{slug}.json").read_text(encoding="utf-8")
        assert tool.update(text, slug) == text  # the shipped files are what the tool makes
    # Another key on the same lines (#16's pictures) survives a re-run, also when an old short
    # title is replaced on a line that carries a picture.
    slug = "horeca-gastheer-gastvrouw"
    text = resource("guides", f"{slug}.json").read_text(encoding="utf-8")
    assert text.count('"picture"') > 10
    marked = text.replace('"short_title": "Alles klaarzetten"', '"short_title": "Oud"', 1)
    assert marked != text
    updated = tool.update(marked, slug)
    assert updated == text
    assert updated.count('"picture"') == text.count('"picture"')


def test_an_old_version_gets_the_new_version_number():
    tool = _tool()
    slug = "assistent-logistiek"
    text = resource("guides", f"{slug}.json").read_text(encoding="utf-8")
    before, after = tool.VERSIONS[slug]
    old = text.replace(f'"version": "{after}"', f'"version": "{before}"', 1)
    assert f'"version": "{after}"' in tool.update(old, slug)
    raw = copy.deepcopy(json.loads(text))
    assert raw["version"] == after
