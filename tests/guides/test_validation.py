"""Cleaning single values: what is normalised quietly and what is refused."""

from __future__ import annotations

import unicodedata

import pytest

from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides.validation import clean_crebo, clean_level, clean_text, slugify


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Assistent logistiek", "assistent-logistiek"),
        ("Horeca – Gastheer/gastvrouw", "horeca-gastheer-gastvrouw"),
        ("Creëert   sfeer!", "creeert-sfeer"),
        ("Straße & Œuvre", "strasse-oeuvre"),
        ("Şükrü Øst", "sukru-ost"),
        ("  --  ", ""),
        ("日本語", ""),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slugify_keeps_long_slugs_whole_words():
    slug = slugify("woord " * 40)
    assert len(slug) <= 80 and slug.endswith("woord")


def test_text_is_nfc_trimmed_and_single_spaced():
    decomposed = unicodedata.normalize("NFD", "  Creëert\tde\r\n sfeer  ")
    assert clean_text(decomposed, what="x", where=None, max_length=50) == "Creëert de sfeer"


@pytest.mark.parametrize(
    "raw, level",
    [
        ("Entree", "Entree"),
        ("entree", "Entree"),
        ("Niveau 2", "2"),
        (3, "3"),
        ("", ""),
    ],
)
def test_level_spellings(raw, level):
    assert clean_level(raw, where=None) == level


def test_crebo_as_a_number():
    assert clean_crebo(25168, where=None) == "25168"


def test_message_carries_where():
    with pytest.raises(InvalidGuide) as exc:
        clean_text("", what="De titel", where="title", max_length=10)
    assert str(exc.value) == "title: De titel is leeg. Vul het in."
