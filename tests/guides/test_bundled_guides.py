"""The four example guides that ship with the app."""

from __future__ import annotations

import re

from praktijkdesk.domain.guide import LEVELS
from praktijkdesk.guides.bundled import bundled_guides
from praktijkdesk.guides.json_format import dump_json
from praktijkdesk.paths import resource

EXPECTED = {
    # slug: (work processes, level, crebo, example). Every bundled guide is an example: none
    # of their codes is verified against the current kwalificatiedossier.
    "horeca-gastheer-gastvrouw": (13, "2", "25168", True),
    "groene-ruimte-medewerker-hovenier": (6, "2", "", True),
    "assistent-dienstverlening": (5, "Entree", "", True),
    "assistent-logistiek": (5, "Entree", "", True),
}
# Words from school, not from work: the trainer judges work, there is no exam (DOMAIN.md).
SCHOOL_WORDS = re.compile(
    r"\b(toets\w*|examen\w*|examin\w*|cijfer\w*|leerdoel\w*|competentie\w*|les|lessen|"
    r"huiswerk|leerling\w*|student\w*|docent\w*|beoordel\w*)\b",
    re.IGNORECASE,
)


def test_the_four_guides_with_their_stable_slugs():
    guides = {g.slug: g for g in bundled_guides()}
    assert sorted(guides) == sorted(EXPECTED)
    for slug, (count, level, crebo, example) in EXPECTED.items():
        guide = guides[slug]
        assert len(guide.work_processes()) == count, slug
        assert (guide.qualification.level, guide.qualification.crebo, guide.example) == (
            level,
            crebo,
            example,
        ), slug
        assert guide.qualification.level in LEVELS


def test_horeca_and_hovenier_codes():
    guides = {g.slug: g for g in bundled_guides()}
    horeca = [wp.code for wp in guides["horeca-gastheer-gastvrouw"].work_processes()]
    assert horeca == [f"B1-K1-W{n}" for n in range(1, 11)] + [f"B1-K2-W{n}" for n in (1, 2, 3)]
    hovenier = [wp.code for wp in guides["groene-ruimte-medewerker-hovenier"].work_processes()]
    assert hovenier == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K1-W4", "P1-K1-W1", "P1-K1-W2"]


def test_every_work_process_has_three_to_six_behaviours(bundled):
    for wp in bundled.work_processes():
        assert 3 <= len(wp.behaviours) <= 6, wp.code


def test_behaviours_are_short_work_language(bundled):
    for behaviour in bundled.behaviours():
        assert not SCHOOL_WORDS.search(behaviour.text), behaviour
        assert len(behaviour.text) <= 120, behaviour
        assert behaviour.text.startswith("Hij/zij ") or behaviour.text[0].isupper(), behaviour
        assert behaviour.text.endswith("."), behaviour


def test_every_source_says_it_is_an_example(bundled):
    assert bundled.example
    assert bundled.source.startswith("VOORBEELD")
    assert "kwalificatiedossier" in bundled.source
    if any(ct.code.startswith("X-") for ct in bundled.core_tasks):
        assert "voorlopige codes" in bundled.source
        assert all(ct.code.startswith("X-") for ct in bundled.core_tasks)
    else:  # codes from a public dossier, but not checked against the current one
        assert "niet geverifieerd" in bundled.source


def test_hovenier_behaviours_sit_under_the_right_work_process():
    hovenier = next(g for g in bundled_guides() if g.slug == "groene-ruimte-medewerker-hovenier")
    talks = [b.text for b in hovenier.work_process("B1-K1-W3").behaviours]
    assert not any("collega" in t or "op tijd" in t for t in talks)
    prepares = hovenier.work_process("B1-K1-W4").behaviours
    # Moved with its id, so a mark made on the old version follows it (overstap by id).
    assert any(b.id == "B1-K1-W3-3" and "collega" in b.text for b in prepares)


def test_bundled_files_are_canonical(bundled):
    """The shipped file is exactly what dump_json writes, so exports and diffs stay quiet."""
    path = resource("guides", f"{bundled.slug}.json")
    assert path.read_text(encoding="utf-8") == dump_json(bundled)


def test_bundled_guides_returns_a_fresh_list():
    first = bundled_guides()
    first.clear()
    assert len(bundled_guides()) == 4
