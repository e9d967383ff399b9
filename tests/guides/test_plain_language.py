"""The plain-language check (B1): each kind of finding, where it is, what to do instead,
and the bundled guides passing it."""

from __future__ import annotations

import pytest

from praktijkdesk.guides.bundled import bundled_guides
from praktijkdesk.guides.plain_language import (
    ABSTRACT_NOUN,
    JARGON,
    LONG_SENTENCE,
    MAX_WORDS,
    PASSIVE,
    check_guide,
    check_text,
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in check_text(text)]


def test_plain_text_has_no_findings():
    assert check_text("Hij/zij zet de bestelling klaar volgens de picklijst.") == []
    assert check_text("") == [] and check_text("   ") == []


def test_a_sentence_over_the_limit_is_flagged_once_with_its_word_count():
    exactly = " ".join(["woord"] * MAX_WORDS) + "."
    assert check_text(exactly) == []
    text = "Kort. " + " ".join(["woord"] * (MAX_WORDS + 1)) + ". Ook kort."
    [finding] = check_text(text)
    assert finding.kind == LONG_SENTENCE
    assert text[finding.start : finding.end] == " ".join(["woord"] * (MAX_WORDS + 1)) + "."
    assert str(MAX_WORDS + 1) in finding.message
    assert "twee zinnen" in finding.suggestion


def test_hij_zij_counts_as_one_word():
    text = "Hij/zij " + " ".join(["woord"] * (MAX_WORDS - 1)) + "."
    assert check_text(text) == []


def test_jargon_is_found_as_a_phrase_with_a_plain_word_to_use():
    text = "Hij/zij draagt zorg voor de tafels ten behoeve van de gasten, indien nodig."
    found = kinds(text)
    assert (JARGON, "draagt zorg voor") in found
    assert (JARGON, "ten behoeve van") in found
    assert (JARGON, "indien") in found
    by_word = {text[f.start : f.end]: f for f in check_text(text)}
    assert "zorgt voor" in by_word["draagt zorg voor"].suggestion
    assert "'voor'" not in by_word["ten behoeve van"].message  # the message names the phrase
    assert "ten behoeve van" in by_word["ten behoeve van"].message


def test_jargon_is_not_found_inside_another_word():
    assert kinds("Hij/zij leest het dreedsboek.") == []  # "reeds" inside a word
    assert (JARGON, "Reeds") in kinds("Reeds gedaan.")


def test_abbreviations_and_slashes_count_as_jargon():
    found = kinds("Hij/zij meldt het m.b.t. de kassa en/of de bar.")
    assert (JARGON, "m.b.t.") in found and (JARGON, "en/of") in found
    assert all(kind == JARGON for kind, _ in found)


@pytest.mark.parametrize(
    "text, found",
    [
        ("De tafel wordt netjes gedekt.", "wordt netjes gedekt"),
        (
            "De vloer wordt door de kandidaat schoongemaakt.",
            "wordt door de kandidaat schoongemaakt",
        ),
        ("De dozen worden besproken.", "worden besproken"),
        ("De zaal is opgeruimd.", "is opgeruimd"),
        ("Het werk is gedaan.", "is gedaan"),
        ("De kassa werd geteld.", "werd geteld"),
    ],
)
def test_passive_voice_is_found(text, found):
    assert (PASSIVE, found) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hij/zij is gezond en dat is genoeg.",
        "Het gerecht is klaar.",
        "Hij/zij zet de gekoelde producten in de koeling.",
        "Zij zijn gewoon op tijd.",
    ],
)
def test_no_passive_where_there_is_none(text):
    assert [k for k, _ in kinds(text) if k == PASSIVE] == []


def test_abstract_nouns_are_found_but_common_things_are_not():
    found = kinds("Hij/zij zorgt voor de uitvoering en de afhandeling van de bestelling.")
    assert (ABSTRACT_NOUN, "uitvoering") in found
    assert (ABSTRACT_NOUN, "afhandeling") in found
    assert (ABSTRACT_NOUN, "bestelling") not in found
    [f] = [f for f in check_text("De nauwkeurigheid telt.") if f.kind == ABSTRACT_NOUN]
    assert "precies" in f.suggestion
    assert kinds("Hij/zij let op de veiligheid bij de reservering.") == []
    assert (ABSTRACT_NOUN, "communicatie") in kinds("De communicatie gaat goed.")


def test_a_jargon_word_with_an_abstract_ending_is_one_finding():
    assert kinds("Hij/zij doet de werkzaamheden.") == [(JARGON, "werkzaamheden")]


def test_findings_are_in_text_order_and_point_into_the_text():
    text = (
        "Indien de tafel wordt gedekt, zorgt hij/zij voor de uitvoering. "
        + " ".join(["woord"] * 20)
        + "."
    )
    findings = check_text(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.message and f.suggestion and f.describe().startswith(f.message)
    assert {f.kind for f in findings} == {JARGON, PASSIVE, ABSTRACT_NOUN, LONG_SENTENCE}


def test_not_text_gives_no_findings_instead_of_a_crash():
    assert check_text(None) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("guide", bundled_guides(), ids=lambda g: g.slug)
def test_the_bundled_guides_pass(guide):
    assert [(f.where, f.finding.describe()) for f in check_guide(guide)] == []


def test_check_guide_names_the_behaviour_and_the_short_title():
    from dataclasses import replace

    guide = bundled_guides()[0]
    core_task = guide.core_tasks[0]
    wp = core_task.work_processes[0]
    bad_behaviour = replace(wp.behaviours[0], text="Het werk wordt gedaan.")
    bad_wp = replace(wp, short_title="Uitvoering", behaviours=(bad_behaviour,) + wp.behaviours[1:])
    bad = replace(
        guide,
        core_tasks=(replace(core_task, work_processes=(bad_wp,) + core_task.work_processes[1:]),),
    )
    found = {(f.where, f.field, f.finding.kind) for f in check_guide(bad)}
    assert found == {
        (wp.code, "korte titel", ABSTRACT_NOUN),
        (bad_behaviour.id, "gedragsvoorbeeld", PASSIVE),
    }
